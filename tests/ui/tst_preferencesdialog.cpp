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
    void remembersTheDefaultsAndTheLanguage();
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
    // The rows later settings join: the capture's two, then the defaults and the language.
    QCOMPARE(dialog.form()->rowCount(), 5);
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

void tst_PreferencesDialog::remembersTheDefaultsAndTheLanguage()
{
    PreferencesDialog::Settings current;
    PreferencesDialog dialog(current);
    QCOMPARE(LineEnding(dialog.lineEndingBox()->currentData().toInt()), LineEnding::LF);
    QCOMPARE(dialog.closedRetentionBox()->value(), 1000);
    QCOMPARE(dialog.languageBox()->currentData().toString(), QString()); // the system's
    dialog.lineEndingBox()->setCurrentIndex(dialog.lineEndingBox()->findData(int(LineEnding::CRLF)));
    dialog.closedRetentionBox()->setValue(25);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
    QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Deutsch")); // named in itself
    {
        QSettings settings;
        dialog.settings().save(settings);
    }
    QSettings settings;
    const PreferencesDialog::Settings loaded = PreferencesDialog::Settings::load(settings);
    QCOMPARE(loaded.textLineEnding, LineEnding::CRLF);
    QCOMPARE(loaded.closedRetention, 25);
    QCOMPARE(loaded.language, QStringLiteral("de"));
    QCOMPARE(PreferencesDialog::startLanguage(settings), QStringLiteral("de"));
    PreferencesDialog again(loaded);
    QCOMPARE(again.closedRetentionBox()->value(), 25);
    QCOMPARE(again.languageBox()->currentText(), QStringLiteral("Deutsch"));

    // Nonsense falls back to the defaults, and a language without a translation to the system's.
    settings.setValue(QStringLiteral("defaults/textLineEnding"), QStringLiteral("lfcr"));
    settings.setValue(QStringLiteral("defaults/closedConnectionsKept"), -3);
    settings.setValue(QStringLiteral("window/language"), QStringLiteral("xx"));
    const PreferencesDialog::Settings fallback = PreferencesDialog::Settings::load(settings);
    QCOMPARE(fallback.textLineEnding, LineEnding::LF);
    QCOMPARE(fallback.closedRetention, 1000);
    QCOMPARE(fallback.language, QString());
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
