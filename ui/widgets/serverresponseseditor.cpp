#include "serverresponseseditor.h"

#include "codec/payloadtemplate.h"
#include "respond/responder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Sockbench {

namespace {

// The unit combo's first entry: nothing is answered.
constexpr int NoAnswer = -1;

} // namespace

ServerResponsesEditor::ServerResponsesEditor(QWidget *parent)
    : QGroupBox(tr("Life cycle and responses"), parent)
{
    setObjectName(QStringLiteral("serverResponsesEditor"));
    const QString fields
        = tr("Escapes as in the send panel (\\r \\n \\t \\xHH) and fields: {{data}} what came, "
             "{{counter}}, {{time}}, {{random:N}}, and checksums of what precedes them: "
             "{{sum8}} {{xor8}} {{crc16}} (Modbus) {{crc32}}, with :hex for hex digits.");

    m_backlogSpin = new QSpinBox(this);
    m_backlogSpin->setObjectName(QStringLiteral("backlogSpin"));
    m_backlogSpin->setRange(0, 65535);
    m_backlogSpin->setSpecialValueText(tr("system maximum"));
    m_backlogSpin->setToolTip(tr("How many connection requests wait while none is accepted (the chapter "
                                 "uses 10). The kernel caps it at net.core.somaxconn."));

    m_acceptTimeoutSpin = new QSpinBox(this);
    m_acceptTimeoutSpin->setObjectName(QStringLiteral("acceptTimeoutSpin"));
    m_acceptTimeoutSpin->setRange(0, 86400);
    m_acceptTimeoutSpin->setSuffix(tr(" s"));
    m_acceptTimeoutSpin->setSpecialValueText(tr("wait forever"));
    m_acceptTimeoutSpin->setToolTip(tr("Stop listening when no client came this long (waitForAcceptFor:)."));

    m_singleClientCheck = new QCheckBox(tr("Stop listening after the first client"), this);
    m_singleClientCheck->setObjectName(QStringLiteral("singleClientCheck"));
    m_singleClientCheck->setToolTip(
        tr("Like nc -l without -k: the first client is served, no other is accepted."));

    m_receiveTimeoutSpin = new QSpinBox(this);
    m_receiveTimeoutSpin->setObjectName(QStringLiteral("receiveTimeoutSpin"));
    m_receiveTimeoutSpin->setRange(0, 86400);
    m_receiveTimeoutSpin->setSuffix(tr(" s"));
    m_receiveTimeoutSpin->setSpecialValueText(tr("none"));
    m_receiveTimeoutSpin->setToolTip(tr("Close a connection when nothing arrives from its client this long "
                                        "(receiveDataTimeout:)."));

    m_greetingEdit = new QLineEdit(this);
    m_greetingEdit->setObjectName(QStringLiteral("greetingEdit"));
    m_greetingEdit->setPlaceholderText(tr("nothing; e.g. Hello\\r\\n"));
    m_greetingEdit->setToolTip(tr("Sent to each client when it is accepted. %1").arg(fields));

    m_unitCombo = new QComboBox(this);
    m_unitCombo->setObjectName(QStringLiteral("unitCombo"));
    m_unitCombo->addItem(tr("Nothing"), NoAnswer);
    m_unitCombo->addItem(tr("Each chunk received"), int(ResponseSettings::Unit::Chunk));
    m_unitCombo->addItem(tr("Each line received"), int(ResponseSettings::Unit::Line));
    m_unitCombo->setToolTip(tr("What is answered: each piece as it arrives, or each line (up to LF)."));

    m_matchCombo = new QComboBox(this);
    m_matchCombo->setObjectName(QStringLiteral("matchCombo"));
    m_matchCombo->addItem(tr("Always"), int(ResponseSettings::Match::Any));
    m_matchCombo->addItem(tr("Containing text"), int(ResponseSettings::Match::Text));
    m_matchCombo->addItem(
        tr("Matching a regular expression"), int(ResponseSettings::Match::RegularExpression));
    m_matchCombo->addItem(tr("Containing hex bytes"), int(ResponseSettings::Match::Bytes));
    m_patternEdit = new QLineEdit(this);
    m_patternEdit->setObjectName(QStringLiteral("patternEdit"));
    m_patternEdit->setToolTip(tr("Text with escapes, a regular expression (over the bytes, one character "
                                 "each), or hex bytes such as 01 03."));

    m_answerEdit = new QLineEdit(this);
    m_answerEdit->setObjectName(QStringLiteral("answerEdit"));
    m_answerEdit->setPlaceholderText(tr("e.g. ECHO: {{data}}"));
    m_answerEdit->setToolTip(tr("Sent back for each chunk or line that matches. %1").arg(fields));

    m_hexCheck = new QCheckBox(tr("Greeting and answer are hex bytes"), this);
    m_hexCheck->setObjectName(QStringLiteral("hexCheck"));
    m_hexCheck->setToolTip(tr("Read the greeting and the answer as hex (01 03 {{crc16}}), not as text."));
    m_closeCheck = new QCheckBox(tr("Close the connection after answering"), this);
    m_closeCheck->setObjectName(QStringLiteral("closeAfterAnswerCheck"));
    m_closeCheck->setToolTip(tr("Like the chapter's echo servers: one answer, then close."));

    auto *matchRow = new QHBoxLayout;
    matchRow->addWidget(m_matchCombo);
    matchRow->addWidget(m_patternEdit, 1);

    auto *form = m_form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [this, form](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    addRow(tr("Bac&klog:"), m_backlogSpin);
    addRow(tr("Acce&pt timeout:"), m_acceptTimeoutSpin);
    form->addRow(QString(), m_singleClientCheck);
    addRow(tr("&Receive timeout:"), m_receiveTimeoutSpin);
    addRow(tr("&Greeting:"), m_greetingEdit);
    addRow(tr("&Answer:"), m_unitCombo);
    auto *matchLabel = new QLabel(tr("&Only when:"), this);
    matchLabel->setBuddy(m_matchCombo);
    form->addRow(matchLabel, matchRow);
    addRow(tr("Ans&wer with:"), m_answerEdit);
    form->addRow(QString(), m_hexCheck);
    form->addRow(QString(), m_closeCheck);

    for (QLineEdit *edit : { m_greetingEdit, m_patternEdit, m_answerEdit })
        connect(edit, &QLineEdit::textChanged, this, &ServerResponsesEditor::onEdited);
    for (QComboBox *combo : { m_unitCombo, m_matchCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &ServerResponsesEditor::onEdited);
    for (QCheckBox *check : { m_singleClientCheck, m_hexCheck, m_closeCheck })
        connect(check, &QCheckBox::toggled, this, &ServerResponsesEditor::onEdited);
    connect(m_receiveTimeoutSpin, &QSpinBox::valueChanged, this, &ServerResponsesEditor::onEdited);
    // The life cycle is not a response: changing it keeps the preset's name.
    for (QSpinBox *spin : { m_backlogSpin, m_acceptTimeoutSpin })
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_filling)
                Q_EMIT edited();
        });
    setOptions(ServerOptions());
}

ServerResponsesEditor::~ServerResponsesEditor() = default;

void ServerResponsesEditor::setOptions(const ServerOptions &options)
{
    m_filling = true;
    const ResponseSettings responses = options.effectiveResponses();
    m_name = responses.name;
    m_finishWithPeer = responses.finishWithPeer;
    m_backlogSpin->setValue(options.backlog == ServerOptions::kernelMaxBacklog() ? 0 : options.backlog);
    m_acceptTimeoutSpin->setValue(options.acceptTimeoutMs / 1000);
    m_singleClientCheck->setChecked(options.singleClient);
    m_receiveTimeoutSpin->setValue(responses.receiveTimeoutMs / 1000);
    m_greetingEdit->setText(responses.greeting);
    m_unitCombo->setCurrentIndex(
        m_unitCombo->findData(responses.answer.isEmpty() ? NoAnswer : int(responses.unit)));
    m_matchCombo->setCurrentIndex(m_matchCombo->findData(int(responses.match)));
    m_patternEdit->setText(responses.pattern);
    m_answerEdit->setText(responses.answer);
    m_hexCheck->setChecked(responses.mode == PayloadMode::Hex);
    m_closeCheck->setChecked(responses.closeAfterAnswer);
    m_filling = false;
    updateEnabled();
}

ResponseSettings ServerResponsesEditor::responses() const
{
    ResponseSettings settings;
    settings.name = m_name;
    settings.finishWithPeer = m_finishWithPeer;
    settings.greeting = m_greetingEdit->text();
    const int unit = m_unitCombo->currentData().toInt();
    if (unit != NoAnswer) {
        settings.unit = ResponseSettings::Unit(unit);
        settings.match = ResponseSettings::Match(m_matchCombo->currentData().toInt());
        if (settings.match != ResponseSettings::Match::Any)
            settings.pattern = m_patternEdit->text();
        settings.answer = m_answerEdit->text();
        settings.closeAfterAnswer = m_closeCheck->isChecked();
    }
    settings.mode = m_hexCheck->isChecked() ? PayloadMode::Hex : PayloadMode::Text;
    settings.receiveTimeoutMs = m_receiveTimeoutSpin->value() * 1000;
    return settings;
}

void ServerResponsesEditor::applyTo(ServerOptions *options) const
{
    options->backlog
        = m_backlogSpin->value() > 0 ? m_backlogSpin->value() : ServerOptions::kernelMaxBacklog();
    options->acceptTimeoutMs = m_acceptTimeoutSpin->value() * 1000;
    options->singleClient = m_singleClientCheck->isChecked();
    const ResponseSettings settings = responses();
    // The behaviour's own preset, unedited, stays the behaviour (so the session reads as an echo server).
    options->responses = settings == responsesFor(options->behaviour) ? ResponseSettings() : settings;
}

void ServerResponsesEditor::applyTo(UdpOptions *options) const
{
    const ResponseSettings settings = responses();
    options->responses = settings == responsesFor(options->behaviour) ? ResponseSettings() : settings;
}

void ServerResponsesEditor::setUdp(bool udp)
{
    for (QWidget *row : { static_cast<QWidget *>(m_backlogSpin), static_cast<QWidget *>(m_acceptTimeoutSpin),
             static_cast<QWidget *>(m_singleClientCheck) })
        m_form->setRowVisible(row, !udp);
    setTitle(udp ? tr("Responses") : tr("Life cycle and responses"));
    m_closeCheck->setText(
        udp ? tr("Forget the peer after answering") : tr("Close the connection after answering"));
    m_closeCheck->setToolTip(udp ? tr("Its next datagram makes a new peer, answered anew.")
                                 : tr("Like the chapter's echo servers: one answer, then close."));
}

QString ServerResponsesEditor::errorMessage() const
{
    const ResponseSettings settings = responses();
    if (m_unitCombo->currentData().toInt() != NoAnswer && settings.answer.isEmpty())
        return tr("Say what to answer, or choose to answer nothing.");
    QString error;
    if (!Responder::create(settings, &error))
        return tr("Responses: %1").arg(error);
    return {};
}

void ServerResponsesEditor::updateEnabled()
{
    const bool answers = m_unitCombo->currentData().toInt() != NoAnswer;
    m_matchCombo->setEnabled(answers);
    m_patternEdit->setEnabled(
        answers && m_matchCombo->currentData().toInt() != int(ResponseSettings::Match::Any));
    m_answerEdit->setEnabled(answers);
    m_closeCheck->setEnabled(answers);
}

void ServerResponsesEditor::onEdited()
{
    updateEnabled();
    if (m_filling)
        return;
    // Edited by hand: no longer the preset it came from.
    m_name.clear();
    m_finishWithPeer = m_unitCombo->currentData().toInt() != NoAnswer;
    Q_EMIT edited();
}

} // namespace Sockbench
