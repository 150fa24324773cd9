#pragma once

#include "codec/payloadparser.h"
#include "codec/payloadtemplate.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTimer;
class QToolButton;

namespace Sockbench {

class Connection;

/// What the user types and sends: text with escapes or hex, a line ending, repeat, history, snippets, files.
///
/// It sends through the Connections it is given (setTargets()), which record what they send, so whatever
/// the panel sends is in the capture.
class SendPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendPanel)
public:
    explicit SendPanel(QWidget *parent = nullptr);
    ~SendPanel() override;

    /// After the bold "Payload": "for #3 127.0.0.1:51234", "for all 4 connections of Echo server …" or
    /// "(select a connection to send it to)".
    void setTargetDescription(const QString &text);
    /// False when there is no open target: the Send button is disabled, a send attempt does nothing and a
    /// running repeat stops.
    void setSendEnabled(bool enabled);
    bool isSendEnabled() const { return m_sendEnabled; }
    /// Where each send goes: every one of these still open at the time gets the bytes through
    /// Connection::send(). Also enables sending when one is open and disables it (stopping a repeat) when
    /// none is. Targets that are destroyed drop out.
    void setTargets(const QList<Connection *> &targets);
    /// The targets given and not yet destroyed.
    QList<Connection *> targets() const;

    /// The parsed input plus the line ending; empty when the input is invalid. With CR or CRLF chosen,
    /// every line break typed in the input is that ending too. Dynamic fields ({{counter}}, {{time}},
    /// {{data}}: the last chunk the first target received, ...) are filled as the next send would be.
    QByteArray currentBytes() const;
    bool isInputValid() const;
    void focusInput();

    QString inputText() const;
    void setInputText(const QString &text);
    PayloadMode mode() const;
    /// Also switches the line ending to the mode's default (LF for text, none for hex), as choosing it does.
    void setMode(PayloadMode mode);
    LineEnding lineEnding() const;
    void setLineEnding(LineEnding ending);
    /// The ending text mode starts with (Preferences; LF unless changed); in text mode it applies at once.
    void setTextLineEnding(LineEnding ending);

    /// Sends the input (or starts the repeat), as the Send button and Ctrl+Enter do; false when nothing went.
    bool send();
    bool isRepeating() const { return m_repeatRemaining > 0; }
    /// Ends a running repeat; a reason, when given, is shown with how far it got ("Stopped after 3 of 5: …").
    void stopRepeat(const QString &reason = {});
    /// Sends bytes as they are (no parsing, no line ending) to the targets, as "send again" on a logged event
    /// does; false when there is no open target. Not kept in the history.
    bool sendBytes(const QByteArray &bytes);
    /// Sends the file's contents once; false (with the reason shown in the panel) when it cannot be read.
    /// With a chunk size, in chunks of that many bytes, one send each, the last padded with zeros (the
    /// chapter's fixed-size chunks).
    bool sendFile(const QString &path, qint64 chunkSize = 0);

    /// Oldest first.
    QStringList history() const;
    /// The history's entries as sent: input, mode and line ending, oldest first.
    struct HistoryEntry
    {
        QString text;
        PayloadMode mode = PayloadMode::Text;
        LineEnding lineEnding = LineEnding::LF;
        friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
    };
    QList<HistoryEntry> historyEntries() const { return m_history; }

    QStringList snippetNames() const;
    /// Saves the current input, mode and line ending under name, replacing a snippet of that name. False (the
    /// reason shown in the panel) when the input is larger than maxKeptEntryBytes or the snippets would pass
    /// maxKeptTotalBytes.
    bool saveSnippet(const QString &name);
    /// Puts the snippet's input, mode and line ending back; false when there is none of that name.
    bool loadSnippet(const QString &name);
    void deleteSnippet(const QString &name);

    /// Files larger than this are refused by sendFile().
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;
    /// A file sent in chunks makes at most this many sends.
    static constexpr qint64 maxFileChunks = 100000;
    static constexpr int maxHistory = 100;
    /// What the history and the snippets keep in the settings: an input up to 64 KiB (as UTF-8) an entry,
    /// 1 MiB in all for each. A larger send is not kept (the panel says so): one 10 MB send had made the
    /// settings file 42 MB, rewritten whole on every send. QSettings stores these lists as UTF-16 with
    /// escapes, about 3 bytes in the file per character of ASCII text, so 1 MiB of history is ~3 MiB of file.
    static constexpr qint64 maxKeptEntryBytes = 64 * 1024;
    static constexpr qint64 maxKeptTotalBytes = 1024 * 1024;

    /// The mode, line ending and repeat settings, remembered by the main window between runs.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    /// Before each send reaches the targets: whoever sets them and refreshes them lazily (the main window,
    /// for a server of 10,000 connections) brings them up to date here.
    void targetsNeeded();
    /// Once per send, after the bytes went to the open targets; a repeat emits it each time.
    void sendRequested(const QByteArray &bytes);
    void repeatingChanged(bool repeating);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void deliver(const QByteArray &bytes);
    /// The template's bytes for the next send (counter = sends so far + 1) plus the line ending.
    QByteArray renderBytes(const PayloadTemplate &payload, LineEnding ending) const;
    /// What a typed line break becomes for this ending.
    static QByteArray lineBreakFor(LineEnding ending);
    void validate();
    void updateSendButton();
    void showNotice(const QString &message);
    void onModeChanged();
    void onRepeatTick();
    /// False when the input is too large to keep (see maxKeptEntryBytes).
    bool remember(const QString &text);
    /// Drops what passes the bounds, oldest first; true when something went.
    bool trimHistory();
    static qint64 keptSize(const QString &text);
    static QString notKeptNote(qint64 size);
    QString closedReason() const;
    void walkHistory(int step);
    void applyEntry(const HistoryEntry &entry);
    void loadHistory();
    void saveHistory() const;
    void chooseFile(qint64 chunkSize = 0);
    void chooseFileInChunks();
    void promptSaveSnippet();
    void rebuildSnippetMenu();

    QLabel *m_targetLabel = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QComboBox *m_lineEndingCombo = nullptr;
    QPushButton *m_sendButton = nullptr;
    QToolButton *m_fileButton = nullptr;
    QToolButton *m_snippetsButton = nullptr;
    QCheckBox *m_repeatCheck = nullptr;
    QSpinBox *m_repeatCount = nullptr;
    QSpinBox *m_repeatInterval = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTimer *m_repeatTimer = nullptr;

    QList<QPointer<Connection>> m_targets;
    bool m_sendEnabled = true;
    bool m_applyingEntry = false;
    LineEnding m_textLineEnding = LineEnding::LF;
    ParseResult m_parsed; ///< Whether the input is valid, and where not (bytes: unused).
    PayloadTemplate m_template; ///< The input, parsed with its fields.
    quint64 m_sendCount = 0; ///< Sends so far, for {{counter}}.
    QByteArray m_lastReceived; ///< What the first target last received, for {{data}}.
    QMetaObject::Connection m_receivedConnection;
    PayloadTemplate m_repeatTemplate; ///< A dynamic input being repeated: rendered anew each time.
    LineEnding m_repeatEnding = LineEnding::None;

    QByteArray m_repeatBytes;
    int m_repeatRemaining = 0;
    int m_repeatTotal = 0;

    QList<HistoryEntry> m_history;
    int m_historyIndex = -1; ///< -1 while editing a new entry.
    HistoryEntry m_draft; ///< What was typed before walking into the history.
};

} // namespace Sockbench
