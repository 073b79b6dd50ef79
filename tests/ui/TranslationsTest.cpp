// The desk in German, French and Spanish: the embedded translation loads for the chosen language
// (and for the system's when none is chosen), the windows show it — menus, plural forms, Qt's own
// buttons — and an unknown language leaves the desk in English.
#include "Translations.h"
#include "DeskCommandLine.h"
#include "MainWindow.h"
#include "conversations/ConversationDelegate.h"
#include "settings/ConnectDialog.h"

#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace Signet;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;

namespace {
QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}
} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private slots:
    void cleanup()
    {
        for (QTranslator *t :
             qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void theDeskSpeaksTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("fiveMinutes");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("connect");
        QTest::newRow("German") << u"de"_s << u"&Datei"_s << u"5 Min."_s << u"Abbrechen"_s
                                << u"Verbinden"_s;
        QTest::newRow("French") << u"fr"_s << u"&Fichier"_s << u"5 min"_s << u"Annuler"_s
                                << u"Se connecter"_s;
        QTest::newRow("Spanish") << u"es"_s << u"&Archivo"_s << u"5 min"_s << u"Cancelar"_s
                                 << u"Conectar"_s;
        QTest::newRow("English") << u"en"_s << u"&File"_s << u"5 min"_s << u"Cancel"_s
                                 << u"Connect"_s;
    }

    void theDeskSpeaksTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, fiveMinutes);
        QFETCH(QString, cancel);
        QFETCH(QString, connect);
        QCOMPARE(installTranslations(language).left(2), language);
        MainWindow window;
        QCOMPARE(menuTitles(window).value(0), fileMenu);
        // Plural forms come from the translation too.
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(ConversationDelegate::waitingText(now.addSecs(-300), now), fiveMinutes);
        // Qt's own buttons follow (the qt6-translations-l10n catalogue), and Signet's.
        ConnectDialog dialog;
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), cancel);
        QCOMPARE(box->button(QDialogButtonBox::Ok)->text(), connect);
    }

    void anUnknownLanguageLeavesTheDeskInEnglish()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no translation for \"xx\""_s));
        QCOMPARE(installTranslations(u"xx"_s), u"en"_s);
        MainWindow window;
        QCOMPARE(menuTitles(window).value(0), u"&File"_s);
    }
};

QTEST_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
