#pragma once

#include "session/serversession.h"
#include "session/udpsession.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Sockbench {

/// The New Server dialog's section for a server's life cycle and automatic responses: backlog, accept
/// timeout, one client only, receive timeout, a greeting and an answer (to each chunk or line, or to what
/// matches) with the templates of the send panel. A preset fills it; editing it says "custom".
class ServerResponsesEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerResponsesEditor)
public:
    explicit ServerResponsesEditor(QWidget *parent = nullptr);
    ~ServerResponsesEditor() override;

    /// Shows options' life cycle and effective responses (a behaviour's preset when it has none of its own).
    void setOptions(const ServerOptions &options);
    /// Writes the life cycle and the responses into options (the address, port and behaviour stay).
    void applyTo(ServerOptions *options) const;
    /// Writes the responses into a UDP socket's options (the behaviour stays).
    void applyTo(UdpOptions *options) const;
    /// For a UDP socket: hides the life cycle of TCP (backlog, accept timeout, one client), which means
    /// nothing there, and words the close as forgetting the peer.
    void setUdp(bool udp);
    /// The responses as shown.
    ResponseSettings responses() const;

    /// Why the fields cannot be used (a bad template, regular expression or hex match); empty when they can.
    QString errorMessage() const;

Q_SIGNALS:
    /// The user changed a field (not setOptions()).
    void edited();

private:
    void updateEnabled();
    void onEdited();

    QSpinBox *m_backlogSpin = nullptr;
    QSpinBox *m_acceptTimeoutSpin = nullptr;
    QCheckBox *m_singleClientCheck = nullptr;
    QSpinBox *m_receiveTimeoutSpin = nullptr;
    QLineEdit *m_greetingEdit = nullptr;
    QComboBox *m_unitCombo = nullptr;
    QComboBox *m_matchCombo = nullptr;
    QLineEdit *m_patternEdit = nullptr;
    QLineEdit *m_answerEdit = nullptr;
    QCheckBox *m_hexCheck = nullptr;
    QCheckBox *m_closeCheck = nullptr;
    QFormLayout *m_form = nullptr;
    QString m_name; ///< The preset's name while nothing was edited.
    bool m_finishWithPeer = false; ///< The preset's, kept while nothing was edited.
    bool m_filling = false;
};

} // namespace Sockbench
