#pragma once

#include "session/clientsession.h"
#include "session/serversession.h"
#include "session/udpsession.h"
#include "stream/endpointparser.h"
#include "transcript/replayer.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Sockbench {

class TlsOptionsBox;
class ServerResponsesEditor;

/// Opens a client, server or UDP session: validates as the user types and remembers recent endpoints.
class NewSessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSessionDialog)
public:
    enum class Role { Client, Server, Udp };

    explicit NewSessionDialog(Role role, QWidget *parent = nullptr);
    ~NewSessionDialog() override;

    Role role() const { return m_role; }
    void setRole(Role role);
    /// Fills in the endpoint (a replay's original peer, for example).
    void setEndpoint(const QString &host, quint16 port);
    /// Hides the role choice when the caller has decided it.
    void setRoleFixed(bool fixed);
    /// Chooses a server preset by its ServerPreset key ("echo", "chapter-echoserver", ..., or "custom");
    /// false when there is none of that key.
    bool choosePreset(const QString &key);
    /// Ports Sockbench already listens on: a server is not proposed one of them (a free port instead).
    void setPortsInUse(const QList<quint16> &ports);
    /// Makes this a replay's dialog: a Pace row, starting at pace, under the endpoint.
    void showReplayPace(Replayer::Pace pace);
    /// The pace chosen in the Pace row (meaningful after showReplayPace()).
    Replayer::Pace replayPace() const;

    /// Meaningful when role() is Client and isInputValid().
    ClientOptions clientOptions() const;
    /// Meaningful when role() is Server and isInputValid().
    ServerOptions serverOptions() const;
    /// Meaningful when role() is Udp and isInputValid().
    UdpOptions udpOptions() const;

    bool isInputValid() const { return m_errorMessage.isEmpty(); }
    /// Why the input cannot be used; empty when it can.
    QString errorMessage() const { return m_errorMessage; }

    /// How many recent endpoints are kept in the settings.
    static constexpr int maxRecent = 10;

    void accept() override;

private:
    void validate();
    void updateBindWarning();
    void updateBehaviourHint();
    void applyPreset();
    void onResponsesEdited();
    void onRecentHostChosen(int index);
    void loadRecent();
    void saveRecent() const;

    // Both return an empty message when the text is usable.
    QString parsePort(quint16 *port) const;
    QString parsePortText(const QString &text, quint16 *port) const;
    QString parseBindAddress(QHostAddress *address) const;
    /// The Host field split by EndpointParser: a host, and a port when one was typed with it.
    HostAndPort hostField(EndpointError *error = nullptr) const;
    /// The client's host and port: the Host field's port when it has one, else the Port field's.
    QString parseTarget(QString *host, quint16 *port) const;
    /// A UDP socket's optional default destination, HOST:PORT; an empty field is none.
    QString parseDestination(QString *host, quint16 *port) const;
    /// A UDP socket's broadcast and multicast fields against its bind address and destination: a group
    /// that is not one or not of the bind address's family, an unknown interface, a broadcast destination
    /// without Allow broadcast. Empty when they can be used; options (may be null) gets what they say.
    QString parseUdpExtras(
        const QHostAddress &bindAddress, const QString &destinationHost, UdpOptions *options) const;
    /// Shows the interface choice only with a group, and says what the kernel will do.
    void updateMulticastFields();
    /// Grows or shrinks the dialog's height to what its rows need at its width, once the layout has settled:
    /// a top-level window does not follow its word-wrapped labels' height by itself, so a row shown late (a
    /// warning) was cut off.
    void fitHeightLater();
    /// fitHeightLater()'s work, now: the height the rows need at the dialog's width, at most the screen's.
    void fitHeight();
    /// Moves a port typed in the Host field ("example.com:8080", "[::1]:8080") to the Port field.
    void splitHostField();
    /// The port a role starts with: its own last one (a client's with its host; none for a server).
    QString proposedPort(Role role) const;

    Role m_role = Role::Client;
    QString m_errorMessage;
    /// Ports remembered per role: a client's target is another program's port, where a server cannot listen.
    QString m_recentClientPort;
    QString m_recentServerPort;
    QList<quint16> m_portsInUse;
    /// Once the user (or a caller) has set the port, switching roles keeps it.
    bool m_portChosen = false;

    QRadioButton *m_clientRadio = nullptr;
    QRadioButton *m_serverRadio = nullptr;
    QRadioButton *m_udpRadio = nullptr;
    QLineEdit *m_destinationEdit = nullptr;
    QCheckBox *m_broadcastCheck = nullptr;
    QLineEdit *m_groupEdit = nullptr;
    QComboBox *m_interfaceCombo = nullptr;
    QLabel *m_multicastHint = nullptr;
    QComboBox *m_paceCombo = nullptr; ///< A replay's pace; its row shows only in a replay's dialog.
    bool m_fitQueued = false;
    QButtonGroup *m_roleGroup = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_hostEdit = nullptr;
    QComboBox *m_bindEdit = nullptr;
    QLabel *m_bindWarning = nullptr;
    QLineEdit *m_portEdit = nullptr;
    QLabel *m_portHint = nullptr;
    QSpinBox *m_timeoutSpin = nullptr;
    QComboBox *m_behaviourCombo = nullptr;
    QLabel *m_behaviourHint = nullptr;
    TlsOptionsBox *m_tlsBox = nullptr; ///< Its own section: TLS for either role.
    ServerResponsesEditor *m_responsesEditor = nullptr; ///< The server's life cycle and responses.
    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sockbench
