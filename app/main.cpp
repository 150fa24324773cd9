#include "quitonsignal.h"
#include "session/clientsession.h"
#include "session/serversession.h"
#include "widgets/mainwindow.h"
#include "widgets/preferencesdialog.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "widgets/transcriptcontroller.h"
#include "windowarguments.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <optional>

namespace {

/// Installs Qt's own translations and ours for the language asked for, or the system's.
void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English is a translation too (its plural forms), and the one to fall back on.
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("sockbench"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("sockbench_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

/// For README screenshots: SOCKBENCH_SCREENSHOT=file.png sends a few lines through the demo, saves the window
/// and quits.
void scheduleScreenshot(Sockbench::MainWindow &window, const QString &path)
{
    const QStringList lines = { QStringLiteral("Hello, Sockbench!"), QStringLiteral("GET / HTTP/1.0\\r"),
        QStringLiteral("binary: \\x00\\x01\\xfe\\xff") };
    for (int i = 0; i < lines.size(); ++i) {
        QTimer::singleShot(1000 + 300 * i, &window, [&window, line = lines.at(i)] {
            window.sendPanel()->setInputText(line);
            window.sendPanel()->send();
        });
    }
    QTimer::singleShot(1000 + 300 * int(lines.size()) + 700, &window, [&window, path] {
        window.sendPanel()->setInputText(QApplication::translate("main", "type here, Ctrl+Enter sends"));
        QTableView *log = window.trafficPane()->view();
        log->setCurrentIndex(log->model()->index(log->model()->rowCount() - 1, 0));
        if (auto *payloadTabs = window.findChild<QTabWidget *>(QStringLiteral("payloadTabs")))
            payloadTabs->setCurrentIndex(2); // the hexdump: the view people know from the terminal
        window.grab().save(path);
        QCoreApplication::quit();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Sockbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Sockbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKBENCH_VERSION));

    // A subcommand needs no display: it runs on a QCoreApplication, like any command-line tool. So do --help,
    // --version and the refusal of bad window arguments, which are checked before a window could open.
    if (Sockbench::WindowArguments::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        // The system language (LANG=fr_FR.UTF-8 sockbench ...), or --lang's: sockbench --lang fr --help.
        installTranslations(app, Sockbench::WindowArguments::commandLineLanguage(app.arguments()));
        return Sockbench::WindowArguments::runWithoutWindow(app.arguments());
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sockbench.Sockbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sockbench.svg")));
    // Read again without Qt's own options (-platform, -style...), which QApplication has taken out by now.
    int refusedExitCode = 0;
    const std::optional<Sockbench::WindowOptions> options
        = Sockbench::WindowArguments::windowOptions(app.arguments(), &refusedExitCode);
    if (!options)
        return refusedExitCode;
    // A logout's SIGTERM closes the window as Quit does, from here on.
    Sockbench::QuitOnSignal quitOnSignal(&Sockbench::MainWindow::quitApplication);
    {
        // --lang, else the language chosen in Preferences, else the system's.
        QSettings settings;
        installTranslations(app,
            options->language.isEmpty() ? Sockbench::PreferencesDialog::startLanguage(settings)
                                        : options->language);
    }

    Sockbench::MainWindow window;
    window.show();
    // Traffic of a run that crashed is offered back first; then this run journals its own.
    window.transcripts()->offerRecovery();
    window.transcripts()->startJournal();

    bool opened = options->server || options->client;
    if (options->server)
        window.openServer(*options->server);
    if (options->client)
        window.openClient(*options->client);
    for (const QString &path : options->transcripts) {
        window.transcripts()->open(path);
        opened = true;
    }
    // With no sessions saved from before, the first start opens a ready demo: traffic in the first seconds.
    QSettings settings;
    if (options->demo || (!opened && !settings.value(QStringLiteral("firstStartDone")).toBool())) {
        window.startDemo();
        settings.setValue(QStringLiteral("firstStartDone"), true);
    }
    const QString screenshot = qEnvironmentVariable("SOCKBENCH_SCREENSHOT");
    if (!screenshot.isEmpty())
        scheduleScreenshot(window, screenshot);
    // A signal during the start's dialogs closed the windows, but quit() does nothing before exec().
    if (quitOnSignal.requested()) {
        window.close();
        return 0;
    }
    return app.exec();
}
