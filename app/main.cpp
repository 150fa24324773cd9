#include "commandline.h"
#include "session/clientsession.h"
#include "session/serversession.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"
#include "widgets/trafficpane.h"
#include "widgets/transcriptcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
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

int refuse(const QString &message)
{
    std::fprintf(stderr, "sockbench: %s\n", qPrintable(message));
    return 2;
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
    const QCommandLineOption server(QStringLiteral("server"),
                                    QApplication::translate("main", "Open a server on 127.0.0.1 at this port."),
                                    QApplication::translate("main", "port"));
    const QCommandLineOption client(QStringLiteral("client"),
                                    QApplication::translate("main", "Open a client connected to HOST:PORT."),
                                    QApplication::translate("main", "host:port"));
    parser.addOption(language);
    parser.addOption(demo);
    parser.addOption(server);
    parser.addOption(client);
    parser.addPositionalArgument(QStringLiteral("transcripts"),
                                 QApplication::translate("main", "Transcripts to open (pcapng, JSON Lines)."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);
    installTranslations(app, parser.value(language));

    // Bad arguments change nothing: they are refused before any window or socket exists.
    std::optional<Sockbench::ServerOptions> serverOptions;
    std::optional<Sockbench::ClientOptions> clientOptions;
    if (parser.isSet(server)) {
        bool ok = false;
        serverOptions.emplace();
        serverOptions->port = parser.value(server).toUShort(&ok);
        if (!ok)
            return refuse(QApplication::translate("main", "--server needs a port from 0 to 65535"));
    }
    if (parser.isSet(client)) {
        const QString target = parser.value(client);
        const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        clientOptions.emplace();
        clientOptions->host = target.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        clientOptions->port = target.mid(colon + 1).toUShort(&ok);
        if (colon <= 0 || !ok || clientOptions->port == 0)
            return refuse(QApplication::translate("main", "--client needs HOST:PORT, with a port from 1 to 65535"));
    }

    Sockbench::MainWindow window;
    window.show();
    // Traffic of a run that crashed is offered back first; then this run journals its own.
    window.transcripts()->offerRecovery();
    window.transcripts()->startJournal();

    bool opened = serverOptions || clientOptions;
    if (serverOptions)
        window.openServer(*serverOptions);
    if (clientOptions)
        window.openClient(*clientOptions);
    for (const QString &path : parser.positionalArguments()) {
        window.transcripts()->open(path);
        opened = true;
    }
    // With no sessions saved from before, the first start opens a ready demo: traffic in the first seconds.
    QSettings settings;
    if (parser.isSet(demo) || (!opened && !settings.value(QStringLiteral("firstStartDone")).toBool())) {
        window.startDemo();
        settings.setValue(QStringLiteral("firstStartDone"), true);
    }
    const QString screenshot = qEnvironmentVariable("SOCKBENCH_SCREENSHOT");
    if (!screenshot.isEmpty())
        scheduleScreenshot(window, screenshot);
    return app.exec();
}
