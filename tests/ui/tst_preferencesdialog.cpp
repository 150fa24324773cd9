#include "capture/capturestore.h"
#include "widgets/preferencesdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockbench;

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsAndReturnsTheCaptureLimit();
    void remembersTheSettings();
    void appliesThemToTheCapture();
};

void tst_PreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings in a test location, not the user's
    QSettings().clear();
}

void tst_PreferencesDialog::showsAndReturnsTheCaptureLimit()
{
    PreferencesDialog::Settings current;
    current.captureLimitMiB = 2048;
    PreferencesDialog dialog(current);
    QCOMPARE(dialog.captureLimitBox()->value(), 2048);
    QCOMPARE(dialog.limitPolicyBox()->currentIndex(), 0);
    dialog.captureLimitBox()->setValue(0);
    QVERIFY(dialog.captureLimitBox()->text().startsWith(QStringLiteral("Automatic")));
    dialog.captureLimitBox()->clear();
    QTest::keyClicks(dialog.captureLimitBox(), QStringLiteral("512"));
    dialog.limitPolicyBox()->setCurrentIndex(1);
    const PreferencesDialog::Settings chosen = dialog.settings();
    QCOMPARE(chosen.captureLimitMiB, 512);
    QCOMPARE(chosen.limitPolicy, CaptureStore::LimitPolicy::StopCapturing);
    QCOMPARE(dialog.form()->rowCount(), 2); // the rows later settings join
}

void tst_PreferencesDialog::remembersTheSettings()
{
    PreferencesDialog::Settings chosen;
    chosen.captureLimitMiB = 768;
    chosen.limitPolicy = CaptureStore::LimitPolicy::StopCapturing;
    {
        QSettings settings;
        chosen.save(settings);
    }
    QSettings settings;
    const PreferencesDialog::Settings loaded = PreferencesDialog::Settings::load(settings);
    QCOMPARE(loaded.captureLimitMiB, 768);
    QCOMPARE(loaded.limitPolicy, CaptureStore::LimitPolicy::StopCapturing);
    // Nonsense in the settings file falls back to the defaults.
    settings.setValue(QStringLiteral("capture/limitMiB"), -5);
    settings.setValue(QStringLiteral("capture/limitPolicy"), QStringLiteral("explode"));
    const PreferencesDialog::Settings fallback = PreferencesDialog::Settings::load(settings);
    QCOMPARE(fallback.captureLimitMiB, 0);
    QCOMPARE(fallback.limitPolicy, CaptureStore::LimitPolicy::DropOldest);
    settings.clear();
}

void tst_PreferencesDialog::appliesThemToTheCapture()
{
    QTemporaryDir dir;
    CaptureStore capture(dir.path());
    PreferencesDialog::Settings chosen;
    chosen.captureLimitMiB = 300;
    chosen.limitPolicy = CaptureStore::LimitPolicy::StopCapturing;
    chosen.apply(&capture);
    QCOMPARE(capture.captureLimit(), qint64(300) * 1024 * 1024);
    QCOMPARE(capture.limitPolicy(), CaptureStore::LimitPolicy::StopCapturing);
    PreferencesDialog::Settings automatic;
    automatic.apply(&capture);
    QVERIFY(capture.captureLimit() > 0 && capture.captureLimit() <= qint64(4) << 30);
    QCOMPARE(capture.limitPolicy(), CaptureStore::LimitPolicy::DropOldest);
}

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
