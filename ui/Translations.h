#pragma once

#include <QString>

namespace Signet::Ui {

// Installs the desk's translation for language ("de", "fr", "es"; empty: the system's languages,
// in order of preference) and Qt's own for its standard buttons and dialogs. English needs none.
// Returns the language installed ("en" when none applied). Call once, before any window exists.
QString installTranslations(const QString &language);

} // namespace Signet::Ui
