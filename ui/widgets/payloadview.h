#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Sockbench {

/// Shows one payload three ways: text with control characters visible, plain hex, and a hexdump.
class PayloadView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadView)
public:
    explicit PayloadView(QWidget *parent = nullptr);
    ~PayloadView() override;

    /// header e.g. "#3 ← 1,234 bytes at 14:02:01.123"; shown as plain text, like the bytes.
    void showPayload(const QByteArray &bytes, const QString &header);
    void clear();

    /// The hexdump shows at most the first maxShownBytes of a payload, the text and hex views the first
    /// maxTextBytes, with a note saying so: a text view laying out megabytes would stall the window.
    static constexpr qsizetype maxShownBytes = 1024 * 1024;
    static constexpr qsizetype maxTextBytes = 64 * 1024;

private:
    QLabel *m_headerLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_textView = nullptr;
    QPlainTextEdit *m_hexView = nullptr;
    QPlainTextEdit *m_hexdumpView = nullptr;
};

} // namespace Sockbench
