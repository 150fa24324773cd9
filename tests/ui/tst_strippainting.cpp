#include "models/sessiontreemodel.h"
#include "session/serversession.h"
#include "widgets/mainwindow.h"
#include "widgets/stripstyle.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Sockbench;

class tst_StripPainting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowPaintsWithoutQtsThreadPool();
    void stripsPaintWhatTheStylePaints_data();
    void stripsPaintWhatTheStylePaints();
};

namespace {

/// Threads of this process that Qt's global thread pool started ("Thread (pooled)", kept 30 s once made):
/// the raster engine starts them the first time it hands a fill to the pool.
int pooledThreads()
{
    int count = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "Thread (pooled)")
            ++count;
    }
    return count;
}

/// The application's style without StripStyle: a new one of the style StripStyle is over.
void useTheStyleItself()
{
    const auto *strips = qobject_cast<const StripStyle *>(QApplication::style());
    QVERIFY(strips);
    QApplication::setStyle(QStyleFactory::create(strips->baseStyle()->name()));
    QCoreApplication::processEvents();
    QVERIFY(!qobject_cast<const StripStyle *>(QApplication::style()));
}

} // namespace

void tst_StripPainting::windowPaintsWithoutQtsThreadPool()
{
    // Nothing in this process has used the pool yet: any pool thread after a grab is the window's.
    QCOMPARE(pooledThreads(), 0);
    QThreadPool::globalInstance()->setExpiryTimeout(50);
    QTemporaryDir spool;
    MainWindow window(spool.path());
    QVERIFY(qobject_cast<StripStyle *>(QApplication::style()));
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    ServerSession *server = window.openServer(options);
    QVERIFY(server && server->isListening());
    // More connections than the tree has room for: its scroll bar, its frame, the log and the send panel all
    // taller than the 96 rows the raster engine hands to its pool.
    constexpr int Clients = 60;
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < Clients; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, server->listenEndpoint().port);
    }
    SessionTreeModel *tree = window.sessionModel();
    QTRY_COMPARE_WITH_TIMEOUT(tree->rowCount(tree->indexOfSession(server)), Clients, 10000);
    for (auto &client : clients)
        client->write(QByteArrayLiteral("hello, strips\n"));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.begin(), clients.end(),
                                 [](const auto &client) { return client->bytesAvailable() >= 14; }),
        10000);
    // Nothing moves any more (the rates have fallen to 0): two grabs a moment apart show the same texts.
    QTRY_VERIFY_WITH_TIMEOUT(!tree->isSampling(), 10000);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("sessionView"));
    QVERIFY(view);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QVERIFY(view->verticalScrollBar()->isVisible());
    QVERIFY(view->verticalScrollBar()->height() >= 96);
    QCoreApplication::processEvents();

    // Fusion draws a header section into a cached pixmap, with a painter of its own, the first time it sees
    // its size: that painting is not the window's and may use the pool once. Every repaint after it must
    // not: the pool's idle threads leave after 50 ms here, and the next grab must start none.
    window.grab();
    QTRY_COMPARE_WITH_TIMEOUT(pooledThreads(), 0, 10000);
    const QImage strips = window.grab().toImage();
    QCOMPARE(pooledThreads(), 0);
    // The tree's focus frame is still there: 2 px of the highlight inside the viewport's left edge.
    const QPoint edge = view->viewport()->mapTo(&window, QPoint(1, view->viewport()->height() / 2));
    QCOMPARE(strips.pixel(edge), view->palette().color(QPalette::Active, QPalette::Highlight).rgb());

    // The same window under the style itself: the same pixels, and fills handed to the pool (which shows
    // that the check above can fail).
    useTheStyleItself();
    QTRY_VERIFY(view->hasFocus());
    const QImage styled = window.grab().toImage();
    QVERIFY(pooledThreads() > 0);
    StripStyle::install();
    QCOMPARE(strips.size(), styled.size());
    QVERIFY(strips == styled);
}

void tst_StripPainting::stripsPaintWhatTheStylePaints_data()
{
    QTest::addColumn<QString>("kind");
    // Each taller than the 96 device rows at which the raster engine uses its pool.
    for (const char *kind : { "scroll bar", "tree with a frame", "text edit", "tab widget" })
        QTest::addRow("%s", kind) << QString::fromLatin1(kind);
}

void tst_StripPainting::stripsPaintWhatTheStylePaints()
{
    QFETCH(QString, kind);
    StripStyle::install();
    std::unique_ptr<QWidget> widget;
    if (kind == QLatin1String("scroll bar")) {
        auto *bar = new QScrollBar(Qt::Vertical);
        bar->setRange(0, 1000);
        bar->setValue(400);
        bar->resize(16, 600);
        widget.reset(bar);
    } else if (kind == QLatin1String("tree with a frame")) {
        auto *tree = new QTreeView;
        auto *model = new QStandardItemModel(tree);
        for (int i = 0; i < 100; ++i)
            model->appendRow(new QStandardItem(QStringLiteral("row %1").arg(i)));
        tree->setModel(model);
        tree->setCurrentIndex(model->index(3, 0));
        tree->resize(300, 500);
        widget.reset(tree);
    } else if (kind == QLatin1String("text edit")) {
        auto *edit = new QPlainTextEdit;
        edit->setPlainText(QStringLiteral("one\ntwo\nthree"));
        edit->resize(300, 400);
        widget.reset(edit);
    } else {
        auto *tabs = new QTabWidget;
        tabs->addTab(new QWidget, QStringLiteral("Traffic"));
        tabs->addTab(new QWidget, QStringLiteral("Conversation"));
        tabs->resize(400, 500);
        widget.reset(tabs);
    }
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    const QImage strips = widget->grab().toImage();
    useTheStyleItself();
    const QImage styled = widget->grab().toImage();
    StripStyle::install();
    QVERIFY(!strips.isNull());
    QCOMPARE(strips.size(), styled.size());
    QVERIFY(strips == styled);
}

QTEST_MAIN(tst_StripPainting)
#include "tst_strippainting.moc"
