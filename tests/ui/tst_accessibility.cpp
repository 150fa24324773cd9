// What a screen reader finds in the real MainWindow: every control one can act on has a name. Walks the
// accessibility tree as an assistive technology would (QAccessible::queryAccessibleInterface and the
// children of each interface), on the offscreen platform.
#include "session/serversession.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"

#include <QAccessible>
#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>

using namespace Sockbench;

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyInteractiveControlHasAName();
    void theIssuesSixControlsAreNamed();

private:
    QTemporaryDir m_spool;
};

namespace {

/// The roles a user acts on: what needs a name to be found and understood by ear.
bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

struct Unnamed
{
    QStringList paths;
    int interactive = 0;
};

/// Every interface under root, depth first; path names the way there by roles and names.
void walk(QAccessibleInterface *interface, const QString &path, Unnamed *found, int depth = 0)
{
    if (!interface || !interface->isValid() || depth > 40)
        return;
    const QAccessible::State state = interface->state();
    if (state.invisible || state.offscreen)
        return;
    const QAccessible::Role role = interface->role();
    // Items of tables and trees are named by their cells; the views themselves are checked.
    if (role == QAccessible::Cell || role == QAccessible::Row || role == QAccessible::TreeItem
        || role == QAccessible::ListItem || role == QAccessible::ColumnHeader
        || role == QAccessible::RowHeader)
        return;
    const QString name = interface->text(QAccessible::Name).trimmed();
    const QString here = path + QLatin1Char('/') + QString::number(int(role), 16)
        + (name.isEmpty() ? QString() : QLatin1Char('"') + name + QLatin1Char('"'));
    if (interactive(role) && !state.disabled) {
        ++found->interactive;
        if (name.isEmpty()) {
            QString what;
            if (QObject *object = interface->object())
                what = QStringLiteral(" (%1 %2)")
                           .arg(QLatin1String(object->metaObject()->className()), object->objectName());
            found->paths.append(here + what);
        }
    }
    for (int i = 0; i < interface->childCount(); ++i)
        walk(interface->child(i), here, found, depth + 1);
}

} // namespace

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_spool.isValid());
}

void tst_Accessibility::everyInteractiveControlHasAName()
{
    MainWindow window(m_spool.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ServerSession *server = window.openServer(ServerOptions {});
    QVERIFY(server->isListening());
    QAccessible::setActive(true);
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&window);
    QVERIFY(root);
    Unnamed found;
    walk(root, QStringLiteral("window"), &found);
    QVERIFY2(found.interactive >= 20, qPrintable(QString::number(found.interactive))); // it did walk the tree
    QVERIFY2(found.paths.isEmpty(), qPrintable(found.paths.join(QLatin1Char('\n'))));
}

void tst_Accessibility::theIssuesSixControlsAreNamed()
{
    // Find next and previous, the search field, the traffic table, the sessions tree, the payload view.
    MainWindow window(m_spool.path());
    window.show();
    QAccessible::setActive(true);
    const auto nameOf = [](QObject *object) {
        QAccessibleInterface *interface = object ? QAccessible::queryAccessibleInterface(object) : nullptr;
        return interface ? interface->text(QAccessible::Name) : QString();
    };
    QCOMPARE(
        nameOf(window.findChild<QToolButton *>(QStringLiteral("findNext"))), QStringLiteral("Find next"));
    QCOMPARE(nameOf(window.findChild<QToolButton *>(QStringLiteral("findPrevious"))),
        QStringLiteral("Find previous"));
    QCOMPARE(nameOf(window.findChild<QWidget *>(QStringLiteral("searchEdit"))),
        QStringLiteral("Find in payloads"));
    QCOMPARE(
        nameOf(window.findChild<QWidget *>(QStringLiteral("trafficView"))), QStringLiteral("Traffic log"));
    QCOMPARE(nameOf(window.findChild<QWidget *>(QStringLiteral("sessionView"))), QStringLiteral("Sessions"));
    QCOMPARE(
        nameOf(window.findChild<QWidget *>(QStringLiteral("textView"))), QStringLiteral("Payload as text"));
    QCOMPARE(nameOf(window.findChild<QWidget *>(QStringLiteral("hexdumpView"))),
        QStringLiteral("Payload as hexdump"));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
