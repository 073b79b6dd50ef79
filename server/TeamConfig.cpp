#include "TeamConfig.h"

#include "auth/AppleAuthRequest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Signet::Hub {

using namespace Qt::StringLiterals;

TeamConfig TeamConfig::defaults()
{
    TeamConfig team;
    team.dispositions = {
        {u"resolved"_s, u"Resolved"_s},
        {u"follow-up"_s, u"Needs a follow-up"_s},
        {u"escalated"_s, u"Escalated"_s},
        {u"no-response"_s, u"The customer stopped answering"_s},
        {u"misdirected"_s, u"Wrong team or spam"_s},
    };
    team.cannedResponses = {
        {u"greeting"_s,
         u"Hi {customer}, thanks for getting in touch! I'm {agent}. How can I help?"_s},
        {u"sign-in"_s, u"To look at your account I'll send you a secure sign-in request. Please "
                       "tap it and sign in as you usually do."_s},
        {u"checking"_s, u"Thanks for your patience, {customer}. I'm checking that for you now."_s},
        {u"anything-else"_s, u"Is there anything else I can help you with today?"_s},
        {u"goodbye"_s, u"Thanks for chatting with us, {customer}. Have a great day!"_s},
    };
    return team;
}

bool TeamConfig::hasDisposition(const QString &code) const
{
    return std::any_of(dispositions.begin(), dispositions.end(),
                       [&](const Protocol::Disposition &d) { return d.code == code; });
}

Result<TeamConfig> TeamConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"--team: cannot read %1: %2"_s.arg(path, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(u"--team: %1 is not a JSON object (%2)"_s.arg(path, error.errorString()));
    const QJsonObject o = doc.object();
    TeamConfig team = defaults();
    auto where = [&](const QString &what) { return u"--team: %1: %2"_s.arg(path, what); };
    auto textOk = [](const QString &text) {
        return !text.trimmed().isEmpty() && text.size() <= kMaxTextLength;
    };
    if (o.contains("skills"_L1)) {
        static const QRegularExpression skillName(u"^[A-Za-z0-9 _.-]{1,64}$"_s);
        team.skills.clear();
        const QJsonArray skills = o.value("skills"_L1).toArray();
        if (!o.value("skills"_L1).isArray() || skills.size() > kMaxEntries)
            return fail(where(u"\"skills\" is a list of up to %1 names"_s.arg(kMaxEntries)));
        for (const QJsonValue &v : skills) {
            if (!skillName.match(v.toString()).hasMatch())
                return fail(
                    where(u"the skill \"%1\" is not a name of letters, digits, spaces, "
                          "dots, dashes or underscores (at most 64)"_s.arg(v.toString().left(64))));
            team.skills << v.toString();
        }
    }
    if (o.contains("dispositions"_L1)) {
        static const QRegularExpression code(u"^[a-z0-9_-]{1,40}$"_s);
        team.dispositions.clear();
        const QJsonArray list = o.value("dispositions"_L1).toArray();
        if (!o.value("dispositions"_L1).isArray() || list.size() > kMaxEntries)
            return fail(where(u"\"dispositions\" is a list of {code, label}"_s));
        for (const QJsonValue &v : list) {
            const Protocol::Disposition d{v.toObject().value("code"_L1).toString(),
                                          v.toObject().value("label"_L1).toString()};
            if (!code.match(d.code).hasMatch() || !textOk(d.label))
                return fail(where(u"each disposition needs a code (a-z, 0-9, - and _) and a "
                                  "label"_s));
            if (team.hasDisposition(d.code))
                return fail(where(u"the disposition \"%1\" is there twice"_s.arg(d.code)));
            team.dispositions << d;
        }
    }
    if (o.contains("cannedResponses"_L1)) {
        team.cannedResponses.clear();
        const QJsonArray list = o.value("cannedResponses"_L1).toArray();
        if (!o.value("cannedResponses"_L1).isArray() || list.size() > kMaxEntries)
            return fail(where(u"\"cannedResponses\" is a list of {title, text}"_s));
        for (const QJsonValue &v : list) {
            const Protocol::CannedResponse c{v.toObject().value("title"_L1).toString(),
                                             v.toObject().value("text"_L1).toString()};
            if (!textOk(c.title) || c.title.size() > 80 || !textOk(c.text))
                return fail(where(u"each canned response needs a title (at most 80 characters) "
                                  "and a text"_s));
            team.cannedResponses << c;
        }
    }
    if (o.contains("imageHosts"_L1)) {
        const QJsonArray list = o.value("imageHosts"_L1).toArray();
        if (!o.value("imageHosts"_L1).isArray() || list.size() > kMaxEntries)
            return fail(
                where(u"\"imageHosts\" is a list of up to %1 host names"_s.arg(kMaxEntries)));
        for (const QJsonValue &v : list) {
            const QString host = v.toString().trimmed().toLower();
            if (!Auth::AppleAuthRequest::isImageHostName(host))
                return fail(where(u"\"%1\" is not a host name (write images.example.com, "
                                  "without https://)"_s.arg(v.toString().left(64))));
            if (!team.imageHosts.contains(host))
                team.imageHosts << host;
        }
    }
    return team;
}

} // namespace Signet::Hub
