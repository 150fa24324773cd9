#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sockbench {

namespace {

const QString LimitKey = QStringLiteral("capture/limitMiB");
const QString PolicyKey = QStringLiteral("capture/limitPolicy");
const QString LineEndingKey = QStringLiteral("defaults/textLineEnding");
const QString RetentionKey = QStringLiteral("defaults/closedConnectionsKept");
const QString LanguageKey = QStringLiteral("window/language");
constexpr int MaxRetention = 1000000;

// Settings hold names, not enum values.
const QList<std::pair<LineEnding, QString>> &lineEndingNames()
{
    static const QList<std::pair<LineEnding, QString>> names
        = { { LineEnding::None, QStringLiteral("none") }, { LineEnding::LF, QStringLiteral("lf") },
              { LineEnding::CR, QStringLiteral("cr") }, { LineEnding::CRLF, QStringLiteral("crlf") } };
    return names;
}

// The languages the program has translations for, each named in itself.
const QStringList &languages()
{
    static const QStringList codes = { QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de") };
    return codes;
}
constexpr int MaxLimitMiB = 1024 * 1024 * 1024; // 1 PiB in MiB: no real disk is larger

} // namespace

PreferencesDialog::Settings PreferencesDialog::Settings::load(QSettings &settings)
{
    Settings loaded;
    loaded.captureLimitMiB = std::clamp<qint64>(settings.value(LimitKey, 0).toLongLong(), 0, MaxLimitMiB);
    loaded.limitPolicy = settings.value(PolicyKey).toString() == QLatin1String("stop")
        ? CaptureStore::LimitPolicy::StopCapturing
        : CaptureStore::LimitPolicy::DropOldest;
    const QString ending = settings.value(LineEndingKey).toString();
    for (const auto &[value, name] : lineEndingNames()) {
        if (name == ending)
            loaded.textLineEnding = value;
    }
    bool ok = false;
    const int retention = settings.value(RetentionKey).toInt(&ok);
    if (ok && retention >= 0 && retention <= MaxRetention)
        loaded.closedRetention = retention;
    loaded.language = startLanguage(settings);
    return loaded;
}

void PreferencesDialog::Settings::save(QSettings &settings) const
{
    settings.setValue(LimitKey, captureLimitMiB);
    settings.setValue(PolicyKey,
        limitPolicy == CaptureStore::LimitPolicy::StopCapturing ? QStringLiteral("stop")
                                                                : QStringLiteral("drop-oldest"));
    for (const auto &[value, name] : lineEndingNames()) {
        if (value == textLineEnding)
            settings.setValue(LineEndingKey, name);
    }
    settings.setValue(RetentionKey, closedRetention);
    settings.setValue(LanguageKey, language);
}

QString PreferencesDialog::startLanguage(QSettings &settings)
{
    const QString language = settings.value(LanguageKey).toString();
    return languages().contains(language) ? language : QString();
}

void PreferencesDialog::Settings::apply(CaptureStore *capture) const
{
    capture->setLimitPolicy(limitPolicy);
    capture->setCaptureLimit(captureLimitMiB * 1024 * 1024);
}

PreferencesDialog::PreferencesDialog(const Settings &current, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_limit(new QSpinBox(this))
    , m_policy(new QComboBox(this))
    , m_lineEnding(new QComboBox(this))
    , m_retention(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_limit->setObjectName(QStringLiteral("captureLimit"));
    m_limit->setRange(0, MaxLimitMiB);
    m_limit->setSingleStep(256);
    m_limit->setSuffix(tr(" MiB"));
    m_limit->setSpecialValueText(tr("Automatic (the smaller of 4 GiB and a quarter of the free space)"));
    m_limit->setValue(int(current.captureLimitMiB));
    m_limit->setToolTip(tr("The most the capture keeps on disk"));
    m_form->addRow(tr("Capture &limit:"), m_limit);

    m_policy->setObjectName(QStringLiteral("limitPolicy"));
    m_policy->addItem(tr("Drop the oldest payloads (their events stay)"),
        QVariant::fromValue(int(CaptureStore::LimitPolicy::DropOldest)));
    m_policy->addItem(
        tr("Stop keeping payloads"), QVariant::fromValue(int(CaptureStore::LimitPolicy::StopCapturing)));
    m_policy->setCurrentIndex(current.limitPolicy == CaptureStore::LimitPolicy::StopCapturing ? 1 : 0);
    m_form->addRow(tr("When the limit is &reached:"), m_policy);

    m_lineEnding->setObjectName(QStringLiteral("textLineEnding"));
    m_lineEnding->addItem(tr("None"), QVariant::fromValue(int(LineEnding::None)));
    m_lineEnding->addItem(tr("LF (\\n)"), QVariant::fromValue(int(LineEnding::LF)));
    m_lineEnding->addItem(tr("CR (\\r)"), QVariant::fromValue(int(LineEnding::CR)));
    m_lineEnding->addItem(tr("CRLF (\\r\\n)"), QVariant::fromValue(int(LineEnding::CRLF)));
    m_lineEnding->setCurrentIndex(m_lineEnding->findData(int(current.textLineEnding)));
    m_lineEnding->setToolTip(tr("The line ending the send panel starts with in text mode"));
    m_form->addRow(tr("Text line &ending:"), m_lineEnding);

    m_retention->setObjectName(QStringLiteral("closedRetention"));
    m_retention->setRange(0, MaxRetention);
    m_retention->setSingleStep(100);
    m_retention->setValue(current.closedRetention);
    m_retention->setToolTip(tr("How many closed connections each session keeps listed; older ones are "
                               "removed from the list (their traffic stays in the log)"));
    m_form->addRow(tr("Closed connections &kept:"), m_retention);

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's"), QString());
    // Each language in its own words, so a user lost in a foreign one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_language->setToolTip(tr("Applies from the next start; --lang overrides it"));
    m_form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
}

PreferencesDialog::~PreferencesDialog() = default;

PreferencesDialog::Settings PreferencesDialog::settings() const
{
    Settings now;
    now.captureLimitMiB = m_limit->value();
    now.limitPolicy = CaptureStore::LimitPolicy(m_policy->currentData().toInt());
    now.textLineEnding = LineEnding(m_lineEnding->currentData().toInt());
    now.closedRetention = m_retention->value();
    now.language = m_language->currentData().toString();
    return now;
}

} // namespace Sockbench
