#include "newsessiondialog.h"

#include "serverresponseseditor.h"
#include "session/serverpreset.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "tlsoptionsbox.h"

#include <functional>

namespace Sockbench {

namespace {

const QString settingsGroup = QStringLiteral("newSessionDialog");
const QString recentClientsKey = QStringLiteral("recentClients");
const QString recentServersKey = QStringLiteral("recentServers");
const QString hostKey = QStringLiteral("host");
const QString addressKey = QStringLiteral("address");
const QString portKey = QStringLiteral("port");
// The behaviour combo's items carry their ServerPreset key under this role (the behaviours also carry
// their ServerBehaviour as data); the last item, custom responses, has this key.
constexpr int PresetKeyRole = Qt::UserRole + 1;
const QString customKey = QStringLiteral("custom");

// A mid red and a dark amber that read on light and dark palettes alike.
const QColor errorColor(0xd3, 0x2f, 0x2f);
const QColor warningColor(0xc7, 0x7c, 0x02);

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

bool isAnyAddress(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6)
        || address == QHostAddress(QHostAddress::Any);
}

// Whether an IPv4 address is a broadcast one: the limited broadcast, or the directed broadcast of a network
// this machine has an address on (127.255.255.255 for the loopback's 127.0.0.0/8, 192.168.1.255 for a /24).
// The kernel refuses to send there without SO_BROADCAST ("permission denied").
bool isBroadcastAddress(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    if (address == QHostAddress(QHostAddress::Broadcast))
        return true;
    const quint32 bits = address.toIPv4Address();
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol || entry.prefixLength() >= 31)
                continue;
            const quint32 mask = entry.netmask().toIPv4Address();
            if ((bits & mask) == (entry.ip().toIPv4Address() & mask) && (bits | mask) == 0xffffffffu)
                return true;
        }
    }
    return false;
}

// The tallest the dialog asks to be: a 1366 x 768 screen's 768 px less a title bar and a panel, room to
// spare.
constexpr int MostHeight = 700;

// The dialog's advanced sections (TLS, the responses) in a scroll area that asks for their whole height when
// the dialog has room for it, and for the room there is when not: with all of them a New Server dialog was
// 793 px high, and a shorter screen cut its buttons off or squashed its rows. Rows in it keep their height; a
// scroll bar shows what does not fit.
class AdvancedArea final : public QScrollArea
{
public:
    /// room says how high the area may be: the most the dialog may be, less what its other rows take;
    /// changed is called once its sections' rows have changed (their layout is settled then).
    AdvancedArea(std::function<int()> room, std::function<void()> changed, QWidget *parent)
        : QScrollArea(parent)
        , m_room(std::move(room))
        , m_changed(std::move(changed))
    {
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(true);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    QSize sizeHint() const override
    {
        // QScrollArea's own bounds its hint at 24 lines and keeps the first one it computed; its sections
        // show and hide rows.
        const QSize content = widget() ? widget()->sizeHint() : QSize();
        const int wanted = widget() && widget()->hasHeightForWidth()
            ? widget()->heightForWidth(std::max(viewport()->width(), content.width()))
            : content.height();
        const int most = std::max(m_room(), minimumSizeHint().height());
        const bool scrolls = wanted > most;
        return QSize(content.width() + (scrolls ? verticalScrollBar()->sizeHint().width() : 0),
            std::min(wanted, most));
    }

    QSize minimumSizeHint() const override
    {
        // A few lines at least, so that a scrolled section still shows something of itself.
        const QSize content = widget() ? widget()->minimumSizeHint() : QSize();
        return QSize(content.width(), std::min(content.height(), fontMetrics().lineSpacing() * 6));
    }

protected:
    bool viewportEvent(QEvent *event) override
    {
        // A section shown, hidden or grown asks the dialog for a new height. Only here are the sections'
        // own layouts settled: a refit asked for when a TLS row hid measured them still with it, and the
        // dialog did not shrink back.
        if (event->type() == QEvent::LayoutRequest) {
            updateGeometry();
            m_changed();
        }
        return QScrollArea::viewportEvent(event);
    }

private:
    std::function<int()> m_room;
    std::function<void()> m_changed;
};

QList<QVariantMap> readRecent(const QString &key)
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    QList<QVariantMap> entries;
    const QVariantList stored = settings.value(key).toList();
    for (const QVariant &item : stored)
        entries.append(item.toMap());
    return entries;
}

// Most recent first, without duplicates, at most maxRecent entries.
void writeRecent(const QString &key, const QVariantMap &entry)
{
    QList<QVariantMap> entries = readRecent(key);
    entries.removeAll(entry);
    entries.prepend(entry);
    QVariantList stored;
    for (const QVariantMap &item : std::as_const(entries)) {
        if (stored.size() >= NewSessionDialog::maxRecent)
            break;
        stored.append(item);
    }
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(key, stored);
}

} // namespace

NewSessionDialog::NewSessionDialog(Role role, QWidget *parent)
    : QDialog(parent)
{
    m_clientRadio = new QRadioButton(tr("&Client: connect to a server"), this);
    m_clientRadio->setObjectName(QStringLiteral("clientRadio"));
    m_clientRadio->setToolTip(tr("Open a TCP connection to a host and port."));
    m_serverRadio = new QRadioButton(tr("Se&rver: listen for clients"), this);
    m_serverRadio->setObjectName(QStringLiteral("serverRadio"));
    m_serverRadio->setToolTip(tr("Listen on an address and port and accept any number of clients."));
    m_udpRadio = new QRadioButton(tr("&UDP socket: send and receive datagrams"), this);
    m_udpRadio->setObjectName(QStringLiteral("udpRadio"));
    m_udpRadio->setToolTip(tr("Bind a UDP socket: every address that sends to it becomes a peer; send to "
                              "a peer, to a destination or to every peer."));
    m_roleGroup = new QButtonGroup(this);
    m_roleGroup->addButton(m_clientRadio, int(Role::Client));
    m_roleGroup->addButton(m_serverRadio, int(Role::Server));
    m_roleGroup->addButton(m_udpRadio, int(Role::Udp));

    m_destinationEdit = new QLineEdit(this);
    m_destinationEdit->setObjectName(QStringLiteral("destinationEdit"));
    m_destinationEdit->setPlaceholderText(tr("optional: HOST:PORT, e.g. 127.0.0.1:9999 or [::1]:9999"));
    m_destinationEdit->setToolTip(tr("Where sends go before anyone has sent to this socket. Leave it empty "
                                     "to wait for peers."));

    m_broadcastCheck = new QCheckBox(tr("Allow &broadcast (SO_BROADCAST)"), this);
    m_broadcastCheck->setObjectName(QStringLiteral("broadcastCheck"));
    m_broadcastCheck->setToolTip(
        tr("Lets this socket send to a broadcast address, such as 255.255.255.255 or "
           "a network's last address (192.168.1.255). Off, the system refuses those "
           "sends. IPv4 only."));

    m_groupEdit = new QLineEdit(this);
    m_groupEdit->setObjectName(QStringLiteral("multicastGroupEdit"));
    m_groupEdit->setPlaceholderText(tr("optional: e.g. 239.255.0.1 or ff02::1:3"));
    m_groupEdit->setToolTip(tr("A multicast group to join once bound: its datagrams reach this socket. IPv4 "
                               "groups are 224.0.0.0 to 239.255.255.255, IPv6 groups start with ff."));
    m_interfaceCombo = new QComboBox(this);
    m_interfaceCombo->setObjectName(QStringLiteral("multicastInterfaceCombo"));
    m_interfaceCombo->setToolTip(tr("The network interface to join the group on."));
    m_interfaceCombo->addItem(tr("The system's choice (its route to the group)"), QString());
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (!interface.flags().testFlag(QNetworkInterface::IsUp))
            continue;
        // Loopback is listed even without the MULTICAST flag: the join then fails with the system's reason.
        const bool multicast = interface.flags().testFlag(QNetworkInterface::CanMulticast);
        m_interfaceCombo->addItem(
            multicast ? interface.name() : tr("%1 (no multicast flag)").arg(interface.name()),
            interface.name());
    }
    m_multicastHint = new QLabel(this);
    m_multicastHint->setObjectName(QStringLiteral("multicastHint"));
    m_multicastHint->setWordWrap(true);
    setTextColor(m_multicastHint, warningColor);

    m_paceCombo = new QComboBox(this);
    m_paceCombo->setObjectName(QStringLiteral("paceCombo"));
    m_paceCombo->addItem(tr("At the recorded pace"), int(Replayer::Pace::Original));
    m_paceCombo->addItem(tr("As fast as possible"), int(Replayer::Pace::Fast));
    m_paceCombo->setToolTip(tr("Send the recorded bytes with the pauses they had, or all at once."));

    m_hostEdit = new QComboBox(this);
    m_hostEdit->setObjectName(QStringLiteral("hostEdit"));
    m_hostEdit->setEditable(true);
    m_hostEdit->setInsertPolicy(QComboBox::NoInsert);
    m_hostEdit->setMinimumContentsLength(28);
    m_hostEdit->lineEdit()->setPlaceholderText(tr("a host name or an IP address"));
    m_hostEdit->setToolTip(tr("The server to connect to, e.g. localhost, 192.168.1.10, ::1 or example.com. "
                              "Recent hosts are in the list."));

    m_bindEdit = new QComboBox(this);
    m_bindEdit->setObjectName(QStringLiteral("bindEdit"));
    m_bindEdit->setEditable(true);
    m_bindEdit->setInsertPolicy(QComboBox::NoInsert);
    m_bindEdit->setMinimumContentsLength(28);
    // Inline completion would turn a typed "::" into "::1 (this computer only…)"; addresses are typed whole.
    m_bindEdit->setCompleter(nullptr);
    m_bindEdit->addItem(tr("127.0.0.1 (this computer only)"), QStringLiteral("127.0.0.1"));
    m_bindEdit->addItem(tr("::1 (this computer only, IPv6)"), QStringLiteral("::1"));
    m_bindEdit->addItem(
        tr("0.0.0.0 (all interfaces — reachable from the network)"), QStringLiteral("0.0.0.0"));
    m_bindEdit->addItem(tr(":: (all interfaces, IPv6 — reachable from the network)"), QStringLiteral("::"));
    m_bindEdit->setItemData(2, warningColor, Qt::ForegroundRole);
    m_bindEdit->setItemData(3, warningColor, Qt::ForegroundRole);
    m_bindEdit->setToolTip(
        tr("The local address to listen on. 127.0.0.1 accepts connections from this computer "
           "only; you may also type the address of one of your network interfaces."));

    m_bindWarning
        = new QLabel(tr("⚠ Listening on all interfaces: anyone who can reach this computer over the "
                        "network can connect."),
            this);
    m_bindWarning->setObjectName(QStringLiteral("bindWarningLabel"));
    m_bindWarning->setWordWrap(true);
    setTextColor(m_bindWarning, warningColor);

    m_portEdit = new QLineEdit(this);
    m_portEdit->setObjectName(QStringLiteral("portEdit"));
    m_portEdit->setMaxLength(10);
    m_portEdit->setToolTip(tr("The TCP port, 1 to 65535 (0 for a server picks a free port)."));

    m_portHint = new QLabel(tr("0 or empty picks a free port; the session list shows which one."), this);
    m_portHint->setObjectName(QStringLiteral("portHint"));
    m_portHint->setWordWrap(true);
    m_portHint->setForegroundRole(QPalette::PlaceholderText);

    m_timeoutSpin = new QSpinBox(this);
    m_timeoutSpin->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeoutSpin->setRange(0, 600);
    m_timeoutSpin->setValue(10);
    m_timeoutSpin->setSuffix(tr(" s"));
    m_timeoutSpin->setSpecialValueText(tr("system default"));
    m_timeoutSpin->setToolTip(tr("Give up when the name cannot be resolved and connected within this time."));

    m_behaviourCombo = new QComboBox(this);
    m_behaviourCombo->setObjectName(QStringLiteral("behaviourCombo"));
    m_behaviourCombo->addItem(tr("Manual"), QVariant::fromValue(ServerBehaviour::Manual));
    m_behaviourCombo->addItem(tr("Echo"), QVariant::fromValue(ServerBehaviour::Echo));
    m_behaviourCombo->addItem(tr("Discard"), QVariant::fromValue(ServerBehaviour::Discard));
    m_behaviourCombo->setToolTip(tr("What the server does with the bytes its clients send."));
    m_behaviourCombo->setItemData(
        0, tr("Nothing automatic: you reply from the send panel."), Qt::ToolTipRole);
    m_behaviourCombo->setItemData(1, tr("Sends every received byte back to its sender."), Qt::ToolTipRole);
    m_behaviourCombo->setItemData(2, tr("Records received bytes and answers nothing."), Qt::ToolTipRole);
    // The behaviours are the first three presets, in the order above; the chapter's servers follow.
    const QList<ServerPreset> presets = ServerPreset::all();
    for (int i = 0; i < 3; ++i)
        m_behaviourCombo->setItemData(i, presets.at(i).key, PresetKeyRole);
    m_behaviourCombo->insertSeparator(m_behaviourCombo->count());
    for (qsizetype i = 3; i < presets.size(); ++i) {
        m_behaviourCombo->addItem(presets.at(i).name, presets.at(i).key);
        const int index = m_behaviourCombo->count() - 1;
        m_behaviourCombo->setItemData(index, presets.at(i).key, PresetKeyRole);
        m_behaviourCombo->setItemData(index, presets.at(i).description, Qt::ToolTipRole);
    }
    m_behaviourCombo->addItem(tr("Custom responses"), customKey);
    m_behaviourCombo->setItemData(m_behaviourCombo->count() - 1, customKey, PresetKeyRole);
    m_behaviourCombo->setItemData(m_behaviourCombo->count() - 1,
        tr("Your own greeting, answers and timeouts, set below."), Qt::ToolTipRole);

    m_responsesEditor = new ServerResponsesEditor(this);

    m_behaviourHint = new QLabel(this);
    m_behaviourHint->setObjectName(QStringLiteral("behaviourHint"));
    m_behaviourHint->setWordWrap(true);
    m_behaviourHint->setForegroundRole(QPalette::PlaceholderText);

    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_hostEdit);
    auto *bindLabel = new QLabel(tr("&Bind address:"), this);
    bindLabel->setBuddy(m_bindEdit);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_portEdit);
    auto *timeoutLabel = new QLabel(tr("Connect &timeout:"), this);
    timeoutLabel->setBuddy(m_timeoutSpin);
    auto *destinationLabel = new QLabel(tr("&Destination:"), this);
    destinationLabel->setBuddy(m_destinationEdit);
    auto *behaviourLabel = new QLabel(tr("Beha&viour:"), this);
    behaviourLabel->setBuddy(m_behaviourCombo);
    auto *paceLabel = new QLabel(tr("Pa&ce:"), this);
    paceLabel->setBuddy(m_paceCombo);
    auto *groupLabel = new QLabel(tr("&Multicast group:"), this);
    groupLabel->setBuddy(m_groupEdit);
    auto *interfaceLabel = new QLabel(tr("&Interface:"), this);
    interfaceLabel->setBuddy(m_interfaceCombo);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(hostLabel, m_hostEdit);
    m_form->addRow(bindLabel, m_bindEdit);
    m_form->addRow(QString(), m_bindWarning);
    m_form->addRow(portLabel, m_portEdit);
    m_form->addRow(QString(), m_portHint);
    m_form->addRow(timeoutLabel, m_timeoutSpin);
    m_form->addRow(paceLabel, m_paceCombo);
    m_form->setRowVisible(m_paceCombo, false);
    m_form->addRow(destinationLabel, m_destinationEdit);
    m_form->addRow(QString(), m_broadcastCheck);
    m_form->addRow(groupLabel, m_groupEdit);
    m_form->addRow(interfaceLabel, m_interfaceCombo);
    m_form->addRow(QString(), m_multicastHint);
    m_form->addRow(behaviourLabel, m_behaviourCombo);
    m_form->addRow(QString(), m_behaviourHint);

    m_tlsBox = new TlsOptionsBox(this);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setMinimumHeight(m_messageLabel->fontMetrics().lineSpacing() * 2);
    m_messageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewSessionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewSessionDialog::reject);

    auto *roles = new QHBoxLayout;
    roles->addWidget(m_clientRadio);
    roles->addSpacing(16);
    roles->addWidget(m_serverRadio);
    roles->addSpacing(16);
    roles->addWidget(m_udpRadio);
    roles->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    auto *advanced = new QWidget;
    auto *advancedLayout = new QVBoxLayout(advanced);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->addWidget(m_tlsBox);
    advancedLayout->addWidget(m_responsesEditor);
    advancedLayout->addStretch(1);
    // What the dialog's other rows take (they are not in the area: asking them does not ask it).
    auto *area = new AdvancedArea(
        [this, layout, roles] {
            const QMargins margins = layout->contentsMargins();
            const int rest = margins.top() + margins.bottom() + roles->sizeHint().height() + 8
                + m_form->sizeHint().height() + m_messageLabel->sizeHint().height()
                + m_buttons->sizeHint().height() + 4 * std::max(0, layout->spacing());
            return MostHeight - rest;
        },
        [this] { fitHeightLater(); }, this);
    area->setObjectName(QStringLiteral("advancedArea"));
    area->setWidget(advanced);
    layout->addLayout(roles);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addWidget(area, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);

    // Wide enough that the hints and the any-interface warning wrap into two lines, not four.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    // A word-wrapped label's own width is a short one (QLabel aims at a few words a line): in the form's
    // field column it would wrap in three lines beside empty room. Expanding, it takes the column's width.
    // Its least height likewise: the lines it takes at that narrow width, which the form would keep as the
    // row's height, a gap under a one-line text. One line at least; its height for the width it has.
    for (QLabel *hint : { m_bindWarning, m_portHint, m_behaviourHint, m_multicastHint }) {
        hint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        hint->setMinimumHeight(hint->fontMetrics().lineSpacing());
        hint->setAlignment(Qt::AlignLeft | Qt::AlignTop); // under its field, whatever height the row gets
    }

    loadRecent();

    connect(m_roleGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            setRole(Role(id));
    });
    connect(m_hostEdit, &QComboBox::editTextChanged, this, &NewSessionDialog::validate);
    connect(m_hostEdit->lineEdit(), &QLineEdit::editingFinished, this, &NewSessionDialog::splitHostField);
    connect(m_hostEdit, &QComboBox::activated, this, &NewSessionDialog::onRecentHostChosen);
    connect(m_bindEdit, &QComboBox::editTextChanged, this, &NewSessionDialog::validate);
    connect(m_portEdit, &QLineEdit::textChanged, this, &NewSessionDialog::validate);
    connect(m_tlsBox, &TlsOptionsBox::edited, this, &NewSessionDialog::validate);
    connect(m_destinationEdit, &QLineEdit::textChanged, this, &NewSessionDialog::validate);
    connect(m_broadcastCheck, &QCheckBox::toggled, this, &NewSessionDialog::validate);
    connect(m_groupEdit, &QLineEdit::textChanged, this, &NewSessionDialog::validate);
    connect(m_interfaceCombo, &QComboBox::currentIndexChanged, this, &NewSessionDialog::validate);
    // A row shown or hidden in the TLS box (its warning) changes the height the dialog needs.
    connect(m_tlsBox, &TlsOptionsBox::rowsChanged, this, &NewSessionDialog::fitHeightLater);
    connect(m_portEdit, &QLineEdit::textEdited, this, [this] { m_portChosen = true; });
    connect(m_behaviourCombo, &QComboBox::currentIndexChanged, this, &NewSessionDialog::updateBehaviourHint);
    connect(m_behaviourCombo, &QComboBox::currentIndexChanged, this, &NewSessionDialog::applyPreset);
    connect(m_responsesEditor, &ServerResponsesEditor::edited, this, &NewSessionDialog::onResponsesEdited);

    updateBehaviourHint();
    m_role = role == Role::Client ? Role::Server : Role::Client; // so that setRole() does all its work
    setRole(role);
}

NewSessionDialog::~NewSessionDialog() = default;

void NewSessionDialog::setRole(Role role)
{
    const bool changed = role != m_role;
    m_role = role;
    const bool client = role == Role::Client;
    const bool udp = role == Role::Udp;
    (client ? m_clientRadio : udp ? m_udpRadio : m_serverRadio)->setChecked(true);
    m_form->setRowVisible(m_destinationEdit, udp);
    m_form->setRowVisible(m_broadcastCheck, udp);
    m_form->setRowVisible(m_groupEdit, udp);
    m_tlsBox->setRole(client ? TlsOptions::Role::Client : TlsOptions::Role::Server);
    m_tlsBox->setVisible(!udp); // no DTLS

    m_form->setRowVisible(m_hostEdit, client);
    m_form->setRowVisible(m_timeoutSpin, client);
    m_form->setRowVisible(m_bindEdit, !client);
    m_form->setRowVisible(m_portHint, !client);
    m_form->setRowVisible(m_behaviourCombo, !client);
    m_form->setRowVisible(m_behaviourHint, !client);
    // A UDP socket answers its peers as a server its clients, through the same responses (UdpSession).
    m_responsesEditor->setVisible(!client);
    m_responsesEditor->setUdp(udp);
    updateBehaviourHint();

    setWindowTitle(client ? tr("New Client Session") : udp ? tr("New UDP Socket") : tr("New Server Session"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(client ? tr("C&onnect")
                : udp    ? tr("&Bind")
                         : tr("&Listen"));
    m_portEdit->setPlaceholderText(client ? tr("1–65535, e.g. 8080") : tr("0 = any free port"));
    if (changed && !m_portChosen)
        m_portEdit->setText(proposedPort(role));

    validate();
    if (changed) {
        (client ? static_cast<QWidget *>(m_hostEdit) : m_bindEdit)->setFocus(Qt::OtherFocusReason);
        adjustSize();
        fitHeight();
    }
}

void NewSessionDialog::fitHeightLater()
{
    if (m_fitQueued)
        return;
    m_fitQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fitQueued = false;
            fitHeight();
        },
        Qt::QueuedConnection);
}

void NewSessionDialog::fitHeight()
{
    // adjustSize() asks the layout's height for the width it proposes, which may differ from the one shown:
    // ask for this width, so a warning wraps as it will be painted. And adjustSize() gives a window at most
    // two thirds of the screen (512 px of 768), where the whole dialog fits in its hint: the advanced area
    // scrolled for nothing.
    QLayout *box = layout();
    box->activate();
    const int wanted
        = box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : box->totalSizeHint().height();
    const int most = screen() ? screen()->availableGeometry().height() : wanted;
    resize(width(), std::min(std::max(wanted, box->totalMinimumSize().height()), most));
}

void NewSessionDialog::setEndpoint(const QString &host, quint16 port)
{
    m_hostEdit->setCurrentText(host);
    m_portEdit->setText(QString::number(port));
    m_portChosen = true;
    validate();
}

void NewSessionDialog::setRoleFixed(bool fixed)
{
    m_clientRadio->setVisible(!fixed);
    m_serverRadio->setVisible(!fixed);
    m_udpRadio->setVisible(!fixed);
}

ClientOptions NewSessionDialog::clientOptions() const
{
    ClientOptions options;
    parseTarget(&options.host, &options.port);
    options.connectTimeoutMs = m_timeoutSpin->value() * 1000;
    options.tls = m_tlsBox->options();
    return options;
}

ServerOptions NewSessionDialog::serverOptions() const
{
    ServerOptions options;
    QHostAddress address;
    if (parseBindAddress(&address).isEmpty())
        options.bindAddress = address;
    parsePort(&options.port);
    options.tls = m_tlsBox->options();
    const QVariant behaviour = m_behaviourCombo->currentData();
    if (behaviour.metaType() == QMetaType::fromType<ServerBehaviour>())
        options.behaviour = behaviour.value<ServerBehaviour>();
    m_responsesEditor->applyTo(&options);
    return options;
}

UdpOptions NewSessionDialog::udpOptions() const
{
    UdpOptions options;
    QHostAddress address;
    if (parseBindAddress(&address).isEmpty())
        options.bindAddress = address;
    parsePort(&options.port);
    parseDestination(&options.destinationHost, &options.destinationPort);
    parseUdpExtras(options.bindAddress.value_or(QHostAddress()), options.destinationHost, &options);
    // The chapter's servers and custom responses carry a key, not a behaviour: their responses say it all.
    const QVariant behaviour = m_behaviourCombo->currentData();
    if (behaviour.metaType() == QMetaType::fromType<ServerBehaviour>())
        options.behaviour = behaviour.value<ServerBehaviour>();
    m_responsesEditor->applyTo(&options);
    return options;
}

QString NewSessionDialog::parseUdpExtras(
    const QHostAddress &bindAddress, const QString &destinationHost, UdpOptions *options) const
{
    const bool ipv6 = bindAddress.protocol() == QAbstractSocket::IPv6Protocol;
    const bool broadcast = m_broadcastCheck->isChecked();
    if (broadcast && ipv6)
        return tr(
            "IPv6 has no broadcast: untick Allow broadcast, or send to a multicast group such as ff02::1");
    const QHostAddress destination(destinationHost);
    if (!broadcast && isBroadcastAddress(destination))
        return tr("%1 is a broadcast address: tick Allow broadcast to send to it")
            .arg(destination.toString());

    const QString groupText = m_groupEdit->text().trimmed();
    QHostAddress group;
    if (!groupText.isEmpty()) {
        EndpointError error;
        const std::optional<QHostAddress> parsed = EndpointParser::address(groupText, &error);
        if (!parsed)
            return tr("multicast group \"%1\" is not an IP address").arg(groupText);
        group = *parsed;
        if (!group.isMulticast())
            return tr(
                "%1 is not a multicast group: IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 groups "
                "start with ff")
                .arg(group.toString());
        const bool groupIpv6 = group.protocol() == QAbstractSocket::IPv6Protocol;
        if (groupIpv6 != ipv6)
            return groupIpv6 ? tr("the group %1 is IPv6 and the bind address %2 is IPv4: bind to :: or ::1 "
                                  "to join it")
                                   .arg(group.toString(), bindAddress.toString())
                             : tr("the group %1 is IPv4 and the bind address %2 is IPv6: bind to 0.0.0.0 or "
                                  "127.0.0.1 to join it")
                                   .arg(group.toString(), bindAddress.toString());
    }
    if (options) {
        options->broadcast = broadcast;
        options->multicastGroup = group;
        options->multicastInterface = group.isNull() ? QString() : m_interfaceCombo->currentData().toString();
    }
    return {};
}

void NewSessionDialog::updateMulticastFields()
{
    const bool udp = m_role == Role::Udp;
    const bool group = !m_groupEdit->text().trimmed().isEmpty();
    const bool changed = m_interfaceCombo->isVisibleTo(this) != (udp && group);
    m_form->setRowVisible(m_interfaceCombo, udp && group);
    QString hint;
    QHostAddress address;
    if (udp && group && m_errorMessage.isEmpty() && parseBindAddress(&address).isEmpty()
        && !isAnyAddress(address))
        // A datagram to the group is addressed to the group: Linux gives a datagram only to sockets bound to
        // its destination address or to the any address, so one bound to 127.0.0.1 never sees it.
        hint
            = tr("Bound to %1, the socket will not hear the group: bind to %2 to receive what is sent to it.")
                  .arg(address.toString(),
                      address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("::")
                                                                          : QStringLiteral("0.0.0.0"));
    if (hint != m_multicastHint->text())
        m_multicastHint->setText(hint);
    const bool hintShown = udp && !hint.isEmpty();
    if (m_multicastHint->isVisibleTo(this) != hintShown) {
        m_form->setRowVisible(m_multicastHint, hintShown);
        fitHeightLater();
    } else if (changed) {
        fitHeightLater();
    }
}

QString NewSessionDialog::parseDestination(QString *host, quint16 *port) const
{
    host->clear();
    *port = 0;
    const QString text = m_destinationEdit->text().trimmed();
    if (text.isEmpty())
        return {};
    EndpointError error;
    // A UDP socket's destination: a service name is its udp entry (tftp is 69/udp only).
    const std::optional<std::pair<QString, quint16>> parsed
        = EndpointParser::hostAndPort(text, &error, PortProtocol::Udp);
    if (!parsed)
        return tr("destination: %1").arg(error.message());
    *host = parsed->first;
    *port = parsed->second;
    return {};
}

void NewSessionDialog::accept()
{
    splitHostField();
    validate();
    if (!isInputValid())
        return;
    saveRecent();
    QDialog::accept();
}

void NewSessionDialog::validate()
{
    QString message;
    QString summary;
    quint16 port = 0;
    if (m_role == Role::Client) {
        QString host;
        message = parseTarget(&host, &port);
        if (message.isEmpty())
            summary = tr("Connects to %1 on port %2.").arg(host).arg(port);
    } else {
        QHostAddress address;
        message = parseBindAddress(&address);
        if (message.isEmpty())
            message = parsePort(&port);
        QString host;
        quint16 destinationPort = 0;
        if (message.isEmpty() && m_role == Role::Udp)
            message = parseDestination(&host, &destinationPort);
        UdpOptions extras;
        if (message.isEmpty() && m_role == Role::Udp)
            message = parseUdpExtras(address, host, &extras);
        if (message.isEmpty())
            message = m_responsesEditor->errorMessage();
        if (message.isEmpty() && m_role == Role::Udp) {
            summary = port == 0 ? tr("Binds UDP on %1, on a free port.").arg(address.toString())
                                : tr("Binds UDP on %1, port %2.").arg(address.toString()).arg(port);
            if (!host.isEmpty())
                summary += QLatin1Char(' ') + tr("Sends to %1 on port %2.").arg(host).arg(destinationPort);
            if (!extras.multicastGroup.isNull())
                summary += QLatin1Char(' ')
                    + (extras.multicastInterface.isEmpty()
                            ? tr("Joins %1.").arg(extras.multicastGroup.toString())
                            : tr("Joins %1 on %2.")
                                  .arg(extras.multicastGroup.toString(), extras.multicastInterface));
            if (extras.broadcast)
                summary += QLatin1Char(' ') + tr("May broadcast.");
        } else if (message.isEmpty()) {
            summary = port == 0 ? tr("Listens on %1, on a free port.").arg(address.toString())
                                : tr("Listens on %1, port %2.").arg(address.toString()).arg(port);
        }
    }
    if (message.isEmpty() && m_role != Role::Udp)
        message = m_tlsBox->problem();

    m_errorMessage = message;
    // A field not filled in yet is a hint, not an error: red is for what the user typed wrong.
    // "example.com:" is a port still being typed into the Host field.
    const HostAndPort field = hostField();
    const bool incomplete = m_role == Role::Client
        && (m_hostEdit->currentText().trimmed().isEmpty()
            || (field.hasPort ? field.port.isEmpty() : m_portEdit->text().trimmed().isEmpty()));
    if (message.isEmpty() || incomplete) {
        m_messageLabel->setText(message.isEmpty() ? summary : message);
        m_messageLabel->setPalette(QPalette());
    } else {
        m_messageLabel->setText(message);
        setTextColor(m_messageLabel, errorColor);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
    updateBindWarning();
    updateMulticastFields();
}

void NewSessionDialog::updateBindWarning()
{
    QHostAddress address;
    const bool any = m_role != Role::Client && parseBindAddress(&address).isEmpty() && isAnyAddress(address);
    if (any == m_bindWarning->isVisibleTo(this))
        return;
    m_form->setRowVisible(m_bindWarning, any);
    // Grow to fit the warning's lines (and shrink back), so none is cut off.
    fitHeightLater();
}

void NewSessionDialog::updateBehaviourHint()
{
    const QString key = m_behaviourCombo->currentData(PresetKeyRole).toString();
    if (m_role == Role::Udp)
        m_behaviourHint->setText(key == customKey
                ? tr("The greeting, answers and timeout below; a peer is greeted when its first datagram "
                     "comes.")
                : ServerPreset::find(key).descriptionOverUdp());
    else
        m_behaviourHint->setText(key == customKey ? tr("The greeting, answers and timeouts below.")
                                                  : ServerPreset::find(key).description);
    // A hint of two lines (or back to one) changes the height the rows need.
    fitHeightLater();
}

void NewSessionDialog::applyPreset()
{
    const QString key = m_behaviourCombo->currentData(PresetKeyRole).toString();
    if (key != customKey)
        m_responsesEditor->setOptions(ServerPreset::find(key).options);
    validate();
}

void NewSessionDialog::onResponsesEdited()
{
    const QString key = m_behaviourCombo->currentData(PresetKeyRole).toString();
    if (key != customKey
        && m_responsesEditor->responses() != ServerPreset::find(key).options.effectiveResponses()) {
        const QSignalBlocker blocker(m_behaviourCombo); // keep what was typed: do not fill from a preset
        m_behaviourCombo->setCurrentIndex(m_behaviourCombo->findData(customKey, PresetKeyRole));
        updateBehaviourHint();
    }
    validate();
}

bool NewSessionDialog::choosePreset(const QString &key)
{
    const int index = m_behaviourCombo->findData(key, PresetKeyRole);
    if (index < 0)
        return false;
    m_behaviourCombo->setCurrentIndex(index);
    return true;
}

void NewSessionDialog::onRecentHostChosen(int index)
{
    // A recent host brings back the port it was last used with.
    const QVariant port = m_hostEdit->itemData(index);
    if (port.isValid()) {
        m_recentClientPort = QString::number(port.toUInt());
        m_portEdit->setText(m_recentClientPort);
    }
}

QString NewSessionDialog::proposedPort(Role role) const
{
    if (role == Role::Udp)
        return {}; // a free port: nothing remembered for UDP sockets yet
    if (role == Role::Server && m_portsInUse.contains(m_recentServerPort.toUShort()))
        return {}; // listening there again would fail with "address in use"
    return role == Role::Client ? m_recentClientPort : m_recentServerPort;
}

void NewSessionDialog::setPortsInUse(const QList<quint16> &ports)
{
    m_portsInUse = ports;
    if (m_role == Role::Server && !m_portChosen)
        m_portEdit->setText(proposedPort(m_role));
}

void NewSessionDialog::showReplayPace(Replayer::Pace pace)
{
    m_paceCombo->setCurrentIndex(std::max(0, m_paceCombo->findData(int(pace))));
    m_form->setRowVisible(m_paceCombo, true);
    adjustSize();
    fitHeight();
}

Replayer::Pace NewSessionDialog::replayPace() const
{
    return Replayer::Pace(m_paceCombo->currentData().toInt());
}

void NewSessionDialog::loadRecent()
{
    const QList<QVariantMap> clients = readRecent(recentClientsKey);
    for (const QVariantMap &entry : clients) {
        const QString host = entry.value(hostKey).toString();
        if (!host.isEmpty() && m_hostEdit->findText(host) < 0)
            m_hostEdit->addItem(host, entry.value(portKey));
    }
    if (!clients.isEmpty()) {
        m_hostEdit->setCurrentIndex(0);
        const QVariant port = m_hostEdit->itemData(0);
        if (port.isValid())
            m_recentClientPort = QString::number(port.toUInt());
    } else {
        m_hostEdit->setEditText(QStringLiteral("127.0.0.1"));
    }

    // Addresses typed before come after the four standard ones; the default stays 127.0.0.1 on purpose.
    const QList<QVariantMap> servers = readRecent(recentServersKey);
    // A server's own last port, if it asked for one; otherwise none, which is any free port.
    if (!servers.isEmpty()) {
        const uint port = servers.first().value(portKey).toUInt();
        if (port != 0)
            m_recentServerPort = QString::number(port);
    }
    for (const QVariantMap &entry : servers) {
        const QString address = entry.value(addressKey).toString();
        if (!address.isEmpty() && m_bindEdit->findData(address) < 0)
            m_bindEdit->addItem(address, address);
    }
    m_bindEdit->setCurrentIndex(0);
}

void NewSessionDialog::saveRecent() const
{
    if (m_role == Role::Udp)
        return;
    quint16 port = 0;
    if (m_role == Role::Client) {
        QString host;
        parseTarget(&host, &port);
        writeRecent(recentClientsKey, QVariantMap { { hostKey, host }, { portKey, port } });
    } else {
        QHostAddress address;
        parseBindAddress(&address);
        parsePort(&port);
        writeRecent(recentServersKey, QVariantMap { { addressKey, address.toString() }, { portKey, port } });
    }
}

QString NewSessionDialog::parsePort(quint16 *port) const
{
    return parsePortText(m_portEdit->text(), port);
}

QString NewSessionDialog::parsePortText(const QString &text, quint16 *port) const
{
    *port = 0;
    const bool client = m_role == Role::Client;
    // A server's empty port is port 0: any free one.
    if (text.trimmed().isEmpty())
        return client ? tr("enter a port between 1 and 65535") : QString();
    EndpointError error;
    const std::optional<quint16> value
        = EndpointParser::port(text, client ? PortUse::Connect : PortUse::Listen, &error);
    if (value) {
        *port = *value;
        return {};
    }
    // The parser's facts in the form's words: the field says what it wants, as the other fields do.
    switch (error.problem) {
    case EndpointError::Problem::UnknownService:
        return tr("port must be a number or a service name such as http; this system knows no service \"%1\"")
            .arg(error.text);
    case EndpointError::Problem::OutOfRange:
        if (error.text.startsWith(QLatin1Char('-')))
            return tr("port must be a number from %1 to 65535, without a sign").arg(error.lowest);
        return client ? tr("port must be between 1 and 65535") : tr("port must be between 0 and 65535");
    default:
        return tr("port must be a number");
    }
}

QString NewSessionDialog::parseBindAddress(QHostAddress *address) const
{
    const QString text = m_bindEdit->currentText().trimmed();
    const int index = m_bindEdit->findText(text);
    EndpointError error;
    const std::optional<QHostAddress> parsed
        = EndpointParser::address(index >= 0 ? m_bindEdit->itemData(index).toString() : text, &error);
    if (parsed) {
        *address = *parsed;
        return {};
    }
    if (error.problem == EndpointError::Problem::Empty)
        return tr("enter the address to listen on, e.g. 127.0.0.1");
    return tr("bind address \"%1\" is not an IP address").arg(error.text);
}

HostAndPort NewSessionDialog::hostField(EndpointError *error) const
{
    EndpointError ignored;
    return EndpointParser::splitHost(m_hostEdit->currentText(), error ? error : &ignored)
        .value_or(HostAndPort {});
}

QString NewSessionDialog::parseTarget(QString *host, quint16 *port) const
{
    *port = 0;
    EndpointError error;
    const HostAndPort field = hostField(&error);
    *host = field.host;
    switch (error.problem) {
    case EndpointError::Problem::None:
        break;
    case EndpointError::Problem::Empty:
        return tr("enter a host name or an IP address");
    case EndpointError::Problem::Spaces:
        return tr("the host must not contain spaces");
    default:
        return tr("\"%1\" is neither a host name nor an IP address; write an IPv6 address with a port as "
                  "[::1]:80")
            .arg(error.text);
    }
    // "example.com:8080" typed or pasted in the Host field: its port counts, and moves to the Port field
    // when the field is left (splitHostField).
    return parsePortText(field.hasPort ? field.port : m_portEdit->text(), port);
}

void NewSessionDialog::splitHostField()
{
    const HostAndPort field = hostField();
    if (m_role != Role::Client || !field.hasPort)
        return;
    const QSignalBlocker blocker(m_hostEdit);
    m_hostEdit->setEditText(field.host);
    m_portEdit->setText(field.port);
    m_portChosen = true;
    validate();
}

} // namespace Sockbench
