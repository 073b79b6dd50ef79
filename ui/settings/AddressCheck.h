#pragma once

#include <QString>
#include <QUrl>

namespace Signet::Ui {

// What the settings forms say about an address the agent typed: empty when it is acceptable.
// https:// everywhere; http:// only to this computer (TLS is not optional on a network).
QString addressProblem(const QString &text, bool required);
// A LivePerson-style account: its discovery domain (host[:port], over https) and account id.
QString liveAccountProblem(const QString &domain, const QString &account);
// A host name for the image allow-list ("images.example.com"): empty when it is one.
QString hostProblem(const QString &host);

} // namespace Signet::Ui
