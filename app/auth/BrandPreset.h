#pragma once

#include "auth/AppleAuthRequest.h"
#include <QCoreApplication>

#include <QJsonArray>

namespace Signet::Auth {

// A named pair of bubbles an agent sends with one click; one of them is the default.
struct BrandPreset
{
    Q_DECLARE_TR_FUNCTIONS(Signet::Auth::BrandPreset)

public:
    QString name;
    AuthRequestDraft draft;
    bool isDefault = false;

    static QJsonArray toJson(const QList<BrandPreset> &presets);
    static QList<BrandPreset> fromJson(const QJsonArray &json);
    // What a fresh desk offers before an administrator sets the brand's own.
    static BrandPreset builtIn();
};

} // namespace Signet::Auth
