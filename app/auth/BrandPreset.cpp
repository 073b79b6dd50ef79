#include "auth/BrandPreset.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Signet::Auth {

using namespace Qt::StringLiterals;

QJsonArray BrandPreset::toJson(const QList<BrandPreset> &presets)
{
    QJsonArray out;
    for (const BrandPreset &p : presets) {
        out.append(QJsonObject{{"name"_L1, p.name},
                               {"default"_L1, p.isDefault},
                               {"received"_L1, toStoredJson(p.draft.received)},
                               {"reply"_L1, toStoredJson(p.draft.reply)}});
    }
    return out;
}

QList<BrandPreset> BrandPreset::fromJson(const QJsonArray &json)
{
    QList<BrandPreset> out;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        BrandPreset p;
        p.name = o.value("name"_L1).toString();
        if (p.name.isEmpty())
            continue;
        p.isDefault = o.value("default"_L1).toBool();
        p.draft.received = bubbleFromStoredJson(o.value("received"_L1).toObject());
        p.draft.reply = bubbleFromStoredJson(o.value("reply"_L1).toObject());
        out.append(p);
    }
    return out;
}

BrandPreset BrandPreset::builtIn()
{
    BrandPreset p;
    p.name = tr("Standard");
    p.isDefault = true;
    p.draft.received = {tr("Sign in to continue"), tr("Verify it's you to see your account"),
                        QString(), BubbleStyle::Icon};
    p.draft.reply = {tr("You're signed in"), tr("Thanks for verifying"), QString(),
                     BubbleStyle::Icon};
    return p;
}

} // namespace Signet::Auth
