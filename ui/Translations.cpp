#include "Translations.h"

#include "logging/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(QCoreApplication::instance());
    // Looks for signet_de_DE.qm, signet_de.qm… following the locale's UI languages.
    if (!ours->load(locale, u"signet"_s, u"_"_s, u":/i18n"_s)) {
        delete ours;
        if (!language.isEmpty() && language != "en"_L1)
            qCWarning(lcUi) << "no translation for" << language << "; the desk speaks English";
        return u"en"_s;
    }
    QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt; // Qt's own buttons stay English (the qt6-translations-l10n package has them)
    return ours->language();
}

} // namespace Signet::Ui
