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
constexpr int MaxLimitMiB = 1024 * 1024 * 1024; // 1 PiB in MiB: no real disk is larger

} // namespace

PreferencesDialog::Settings PreferencesDialog::Settings::load(QSettings &settings)
{
    Settings loaded;
    loaded.captureLimitMiB = std::clamp<qint64>(settings.value(LimitKey, 0).toLongLong(), 0, MaxLimitMiB);
    loaded.limitPolicy = settings.value(PolicyKey).toString() == QLatin1String("stop")
        ? CaptureStore::LimitPolicy::StopCapturing
        : CaptureStore::LimitPolicy::DropOldest;
    return loaded;
}

void PreferencesDialog::Settings::save(QSettings &settings) const
{
    settings.setValue(LimitKey, captureLimitMiB);
    settings.setValue(PolicyKey,
        limitPolicy == CaptureStore::LimitPolicy::StopCapturing ? QStringLiteral("stop")
                                                                : QStringLiteral("drop-oldest"));
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
    return now;
}

} // namespace Sockbench
