#pragma once

#include "capture/capturestore.h"
#include "codec/payloadparser.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QSettings;
class QSpinBox;

namespace Sockbench {

/// The window's Preferences: settings remembered in QSettings and applied to the live workbench. One form
/// (form()) of labelled rows, a row per setting; a setting is a load(), a save() and an apply() beside the
/// capture limit's, so another setting is one more row and three more lines.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    /// What Preferences holds, as QSettings keeps it.
    struct Settings
    {
        qint64 captureLimitMiB = 0; ///< 0: automatic (CaptureStore::defaultCaptureLimit)
        CaptureStore::LimitPolicy limitPolicy = CaptureStore::LimitPolicy::DropOldest;
        /// The send panel's line ending in text mode, until the user picks another.
        LineEnding textLineEnding = LineEnding::LF;
        /// Closed connections each session keeps listed (Session::setClosedConnectionRetention).
        int closedRetention = 1000;
        /// "fr", "de", "en", or empty for the system's; applies from the next start (main.cpp).
        QString language;

        static Settings load(QSettings &settings);
        void save(QSettings &settings) const;
        /// Puts them in force on a capture.
        void apply(CaptureStore *capture) const;
    };

    explicit PreferencesDialog(const Settings &current, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// What the form says now.
    Settings settings() const;
    QFormLayout *form() const { return m_form; }
    QSpinBox *captureLimitBox() const { return m_limit; }
    QComboBox *limitPolicyBox() const { return m_policy; }
    QComboBox *lineEndingBox() const { return m_lineEnding; }
    QSpinBox *closedRetentionBox() const { return m_retention; }
    QComboBox *languageBox() const { return m_language; }

    /// The language a start uses when --lang does not say: what Preferences chose, else empty (the system's).
    static QString startLanguage(QSettings &settings);

private:
    QFormLayout *m_form = nullptr;
    QSpinBox *m_limit = nullptr;
    QComboBox *m_policy = nullptr;
    QComboBox *m_lineEnding = nullptr;
    QSpinBox *m_retention = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Sockbench
