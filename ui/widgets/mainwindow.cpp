#include "mainwindow.h"

namespace Sockbench {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Sockbench"));
}

MainWindow::~MainWindow() = default;

} // namespace Sockbench
