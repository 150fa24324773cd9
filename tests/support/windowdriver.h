#pragma once

// What the window tests do to the real MainWindow the way a user would: find an action by its menu text or
// its shortcut, type into the send panel and press Ctrl+Enter. Header-only, because only the tests that link
// sockbench_ui (and so QtWidgets) include it; sockbench_testsupport itself stays on QtCore and QtNetwork.

#include <QAction>
#include <QFile>
#include <QKeySequence>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace Sockbench::Test {

/// The action whose text, without its mnemonic ampersands, is text; null when there is none.
inline QAction *actionNamed(QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

/// The action bound to shortcut; null when there is none, or when the platform has no such key (an empty
/// sequence must not find an action that has no shortcut).
inline QAction *actionWithShortcut(QWidget &window, const QKeySequence &shortcut)
{
    if (shortcut.isEmpty())
        return nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == shortcut)
            return action;
    }
    return nullptr;
}

/// Types text into the send panel's editor and sends it with Ctrl+Enter, as a user does.
inline void typeAndSend(QWidget &window, const QString &text)
{
    auto *edit = window.findChild<QPlainTextEdit *>(QStringLiteral("payloadEdit"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
}

/// The environment for the real program started by a test: this one's, with HOME and the XDG data, state and
/// config directories inside home (so settings, journals and certificates never touch the user's), offscreen.
inline QProcessEnvironment privateProgramEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

/// Puts the offscreen platform on one 1366 x 768 screen (the size a laptop has, which the issue's window and
/// dialogs did not fit), described in a file in config. Call before QApplication exists; false when the file
/// could not be written.
inline bool useLaptopScreen(const QTemporaryDir &config)
{
    if (!config.isValid())
        return false;
    const QString file = config.filePath(QStringLiteral("screens.json"));
    QFile json(file);
    if (!json.open(QIODevice::WriteOnly)
        || json.write(R"({"screens":[{"name":"laptop","x":0,"y":0,"width":1366,"height":768,)"
                      R"("logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})")
            < 0)
        return false;
    json.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(file));
    return true;
}

} // namespace Sockbench::Test
