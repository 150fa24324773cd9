// Every context in translations/*.ts is one the code translates in: a context the code does not use is a set
// of messages that never translate (the pcapng reader's 25 did not: its tr() said "Sockbench::PcapngReader",
// lupdate filed them under "Sockbench::PcapngReader::Private").

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

/// The contexts a .ts file lists.
QStringList contextsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList contexts;
    QXmlStreamReader xml(&file);
    bool inContext = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("context"))
            inContext = true;
        else if (xml.isStartElement() && xml.name() == QLatin1String("name") && inContext) {
            contexts.append(xml.readElementText());
            inContext = false;
        }
    }
    return contexts;
}

/// The contexts the code translates in: each Q_OBJECT class by its qualified name (namespace and class),
/// each Q_DECLARE_TR_FUNCTIONS(NAME) and each translate("NAME", ...).
QSet<QString> contextsInCode(const QString &root)
{
    // The macro names are split so that moc, which reads this file too, does not take them for its own.
    static const QRegularExpression declared(
        QLatin1String("Q_DECLARE_TR_") + QLatin1String("FUNCTIONS\\(\\s*([\\w:]+)\\s*\\)"));
    static const QRegularExpression translated(QStringLiteral("translate\\(\\s*\"([^\"]+)\""));
    static const QRegularExpression nameSpace(
        QStringLiteral("^namespace\\s+([\\w:]+)\\s*\\{"), QRegularExpression::MultilineOption);
    // A class with its Q_ OBJECT first in its body (this code's layout, clang-format's too).
    static const QRegularExpression objectClass(
        QLatin1String("\\bclass\\s+(\\w+)(?:\\s+final)?\\s*(?::[^{;]*)?\\{\\s*Q_")
        + QLatin1String("OBJECT\\b"));
    QSet<QString> contexts;
    for (const QString &room : { QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app") }) {
        QDirIterator files(QDir(root).filePath(room), { QStringLiteral("*.h"), QStringLiteral("*.cpp") },
            QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (const auto &re : { declared, translated }) {
                for (auto match = re.globalMatch(text); match.hasNext();)
                    contexts.insert(match.next().captured(1));
            }
            for (auto match = objectClass.globalMatch(text); match.hasNext();) {
                const QRegularExpressionMatch found = match.next();
                // The innermost namespace opened before the class (files here open one, possibly nested).
                QString prefix;
                for (auto ns = nameSpace.globalMatch(text.left(found.capturedStart())); ns.hasNext();)
                    prefix = ns.next().captured(1);
                contexts.insert(
                    prefix.isEmpty() ? found.captured(1) : prefix + QLatin1String("::") + found.captured(1));
            }
        }
    }
    return contexts;
}

} // namespace

class TestTranslationContexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyContextExistsInTheCode_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("context");
        const QDir translations(QStringLiteral(SOCKBENCH_SOURCE_DIR "/translations"));
        const QStringList files = translations.entryList({ QStringLiteral("*.ts") }, QDir::Files);
        QVERIFY(files.size() >= 3); // fr, de, en
        for (const QString &name : files) {
            const QStringList contexts = contextsOf(translations.filePath(name));
            QVERIFY2(contexts.size() > 20, qPrintable(name));
            for (const QString &context : contexts)
                QTest::addRow("%s %s", qPrintable(name), qPrintable(context)) << name << context;
        }
    }
    void everyContextExistsInTheCode()
    {
        QFETCH(QString, context);
        static const QSet<QString> code = contextsInCode(QStringLiteral(SOCKBENCH_SOURCE_DIR));
        QVERIFY2(code.contains(context),
            qPrintable(QStringLiteral("no code translates in '%1': its messages never show translated")
                           .arg(context)));
    }

    // The scan itself finds what it must: a Q_OBJECT class, a declared context, a translate() call.
    void theScanSeesEachKind_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addRow("Q_OBJECT class") << QStringLiteral("Sockbench::MainWindow");
        QTest::addRow("nested namespace") << QStringLiteral("Sockbench::Cli::ConnectCommand");
        QTest::addRow("Q_DECLARE_TR_FUNCTIONS") << QStringLiteral("Sockbench::EndpointParser");
        QTest::addRow("translate()") << QStringLiteral("main");
        QTest::addRow("pcapng reader") << QStringLiteral("Sockbench::PcapngReader::Private");
    }
    void theScanSeesEachKind()
    {
        QFETCH(QString, context);
        QVERIFY(contextsInCode(QStringLiteral(SOCKBENCH_SOURCE_DIR)).contains(context));
        QVERIFY(!contextsInCode(QStringLiteral(SOCKBENCH_SOURCE_DIR))
                     .contains(QStringLiteral("Sockbench::Nowhere")));
    }
};

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
