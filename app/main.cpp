#include "commandline.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

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
        window.sendPanel()->setInputText(QStringLiteral("type here, Ctrl+Enter sends"));
        QTableView *log = window.trafficPane()->view();
        log->setCurrentIndex(log->model()->index(log->model()->rowCount() - 1, 0));
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

    // A subcommand needs no display: it runs on a QCoreApplication, like any command-line tool.
    if (Sockbench::Cli::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslations(app, {}); // the system language: LANG=fr_FR.UTF-8 sockbench ...
        return Sockbench::Cli::runCommandLine(app.arguments());
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sockbench.svg")));
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "A workbench for TCP sessions. Run \"sockbench --help\" without a display for the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QApplication::translate("main", "Use this language (fr, de, en)."),
                                      QApplication::translate("main", "language"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo: an echo server and a client."));
    parser.addOption(language);
    parser.addOption(demo);
    parser.process(app);
    installTranslations(app, parser.value(language));

    Sockbench::MainWindow window;
    window.show();
    // With no sessions saved from before, the first start opens a ready demo: traffic in the first seconds.
    QSettings settings;
    if (parser.isSet(demo) || !settings.value(QStringLiteral("firstStartDone")).toBool()) {
        window.startDemo();
        settings.setValue(QStringLiteral("firstStartDone"), true);
    }
    const QString screenshot = qEnvironmentVariable("SOCKBENCH_SCREENSHOT");
    if (!screenshot.isEmpty())
        scheduleScreenshot(window, screenshot);
    return app.exec();
}
