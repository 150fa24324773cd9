#include "commandline.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Sockbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Sockbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKBENCH_VERSION));

    // A subcommand needs no display: it runs on a QCoreApplication, like any command-line tool.
    if (Sockbench::Cli::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        return Sockbench::Cli::runCommandLine(app.arguments());
    }

    QApplication app(argc, argv);
    Sockbench::MainWindow window;
    window.show();
    return app.exec();
}
