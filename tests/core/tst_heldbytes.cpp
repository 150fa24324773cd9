#include "session/connection.h"
#include "session/heldbytes.h"
#include "session/serversession.h"
#include "session/workbench.h"

#include <QSocketNotifier>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Sockbench;

namespace {

/// A raw loopback client that sends its own pattern and reads only when told to: a peer that does not read
/// (a small receive buffer, so the kernel holds little of what is echoed to it).
class PatternClient
{
public:
    PatternClient(quint16 port, int index, qint64 total)
        : m_index(index)
        , m_total(total)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int small = 32 * 1024;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(port);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            qWarning("connect: %s", std::strerror(errno));
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        m_writer = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Write);
        QObject::connect(m_writer.get(), &QSocketNotifier::activated, m_writer.get(), [this] { pump(); });
        m_reader = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        m_reader->setEnabled(false);
        QObject::connect(m_reader.get(), &QSocketNotifier::activated, m_reader.get(), [this] { drain(); });
    }
    ~PatternClient()
    {
        m_writer.reset();
        m_reader.reset();
        ::close(m_fd);
    }

    void startReading() { m_reader->setEnabled(true); }
    qint64 sent() const { return m_sent; }
    qint64 received() const { return m_received; }
    bool corrupt() const { return m_corrupt; }
    bool ended() const { return m_ended; }

private:
    char byteAt(qint64 offset) const { return char((m_index * 131 + offset) & 0xff); }
    void pump()
    {
        char chunk[64 * 1024];
        while (m_sent < m_total) {
            const qint64 size = qMin<qint64>(sizeof chunk, m_total - m_sent);
            for (qint64 i = 0; i < size; ++i)
                chunk[i] = byteAt(m_sent + i);
            const ssize_t n = ::send(m_fd, chunk, size_t(size), MSG_NOSIGNAL);
            if (n <= 0)
                return; // full: the notifier calls again
            m_sent += n;
        }
        ::shutdown(m_fd, SHUT_WR); // all sent: the echo server finishes once it answered everything
        m_writer->setEnabled(false);
    }
    void drain()
    {
        char chunk[64 * 1024];
        for (;;) {
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n > 0) {
                for (ssize_t i = 0; i < n && !m_corrupt; ++i)
                    m_corrupt = chunk[i] != byteAt(m_received + i);
                m_received += n;
                continue;
            }
            if (n == 0) {
                m_ended = true;
                m_reader->setEnabled(false);
            }
            return;
        }
    }

    int m_fd = -1;
    int m_index = 0;
    qint64 m_total = 0;
    qint64 m_sent = 0;
    qint64 m_received = 0;
    bool m_corrupt = false;
    bool m_ended = false;
    std::unique_ptr<QSocketNotifier> m_writer;
    std::unique_ptr<QSocketNotifier> m_reader;
};

} // namespace

/// HeldBytes, the one bound on bytes held for slow readers, over real loopback connections to an echo server.
class tst_HeldBytes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { HeldBytes::instance()->setLimit(HeldBytes::DefaultLimit); }
    void defaultBound();
    void connectionsCountAgainstTheBound();
    void slowReadersStayWithinTheBound();
};

void tst_HeldBytes::defaultBound()
{
    QCOMPARE(HeldBytes::DefaultLimit, qint64(256) * 1024 * 1024);
    QCOMPARE(HeldBytes::instance()->limit(), HeldBytes::DefaultLimit);
    QCOMPARE(HeldBytes::instance()->held(), 0);
    QVERIFY(!HeldBytes::instance()->isEngaged());
}

void tst_HeldBytes::connectionsCountAgainstTheBound()
{
    constexpr qint64 Bound = 1024 * 1024;
    constexpr qint64 Cost = HeldBytes::ConnectionCost;
    HeldBytes *budget = HeldBytes::instance();
    budget->setLimit(Bound);
    const qint64 open = budget->connectionBytes() / Cost; // any still alive in this process
    for (int i = 0; i < 32; ++i)
        budget->addConnection();
    QCOMPARE(budget->connectionBytes(), (open + 32) * Cost);

    // Queued bytes that alone would stay well under the bound reach it with the connections' own state.
    const qint64 queued = Bound - HeldBytes::Headroom - budget->connectionBytes();
    budget->add(queued - 1);
    QVERIFY(!budget->isEngaged());
    budget->add(1);
    QVERIFY(budget->isEngaged());
    QCOMPARE(budget->held(), queued); // held() stays the queued bytes
    budget->release(queued);
    QVERIFY(!budget->isEngaged());

    // At most a quarter of the bound counts for connections: many open ones alone never engage it, and the
    // queued bytes can always fall below half of it.
    for (int i = 0; i < 1000; ++i)
        budget->addConnection();
    QCOMPARE(budget->connectionBytes(), Bound / 4);
    QVERIFY(!budget->isEngaged());
    budget->add(Bound - HeldBytes::Headroom - Bound / 4);
    QVERIFY(budget->isEngaged());
    budget->release(Bound / 2);
    QVERIFY(!budget->isEngaged());
    budget->release(Bound);
    for (int i = 0; i < 1032; ++i)
        budget->removeConnection();
    QCOMPARE(budget->connectionBytes(), open * Cost);
    QCOMPARE(budget->held(), 0);
}

void tst_HeldBytes::slowReadersStayWithinTheBound()
{
    // Eight peers that send 12 MiB each and read nothing: echo alone would hold about 4 MiB for each (its
    // per-connection mark), 32 MiB, four times the bound of 8 MiB set here.
    constexpr qint64 Bound = 8 * 1024 * 1024;
    constexpr qint64 PerClient = 12 * 1024 * 1024;
    constexpr int Clients = 8;
    HeldBytes *budget = HeldBytes::instance();
    budget->setLimit(Bound);
    budget->resetPeak();

    Workbench workbench;
    ServerSession *server = workbench.createServer();
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    QVERIFY(server->listen(options));
    std::vector<std::unique_ptr<PatternClient>> clients;
    for (int i = 0; i < Clients; ++i)
        clients.push_back(std::make_unique<PatternClient>(server->listenEndpoint().port, i, PerClient));
    QTRY_COMPARE_WITH_TIMEOUT(server->connections().size(), Clients, 5000);

    // The bound is reached, and then every echo connection stops reading (TCP slows the peers)...
    QTRY_VERIFY_WITH_TIMEOUT(budget->isEngaged(), 20000);
    for (Connection *connection : server->connections())
        QVERIFY(connection->isReadPaused());
    // ... and stays stopped: nothing more is read while nobody drains.
    qint64 received = 0;
    for (Connection *connection : server->connections())
        received += connection->bytesReceived();
    QTest::qWait(300);
    qint64 receivedLater = 0;
    for (Connection *connection : server->connections())
        receivedLater += connection->bytesReceived();
    QCOMPARE(receivedLater, received);
    QVERIFY2(budget->peak() <= Bound, qPrintable(QString::number(budget->peak())));
    QVERIFY(budget->held() >= Bound / 2);

    // The peers read: held bytes drain, reading resumes below half, and every byte comes back, in order.
    for (const auto &client : clients)
        client->startReading();
    QTRY_VERIFY_WITH_TIMEOUT(!budget->isEngaged(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(clients.cbegin(), clients.cend(), [](const auto &client) { return client->ended(); }),
        60000);
    for (const auto &client : clients) {
        QCOMPARE(client->sent(), PerClient);
        QCOMPARE(client->received(), PerClient);
        QVERIFY(!client->corrupt());
    }
    QVERIFY2(budget->peak() <= Bound, qPrintable(QString::number(budget->peak())));
    QTRY_COMPARE(budget->held(), 0);
}

QTEST_GUILESS_MAIN(tst_HeldBytes)
#include "tst_heldbytes.moc"
