#include "review/TranscriptChain.h"

#include "protocol/Codec.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Signet::Review::TranscriptChain {

using namespace Qt::StringLiterals;

QString seed(const QString &conversationId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(
            QByteArray(QByteArray("signet-transcript-v1\n") + conversationId.toUtf8()),
            QCryptographicHash::Sha256)
            .toHex());
}

QByteArray canonical(const Protocol::MessagingEvent &event)
{
    const QJsonObject object{{"conversationId"_L1, event.conversationId},
                             {"sequence"_L1, event.sequence},
                             {"originatorId"_L1, event.originatorId},
                             {"originatorRole"_L1, Protocol::roleName(event.originatorRole)},
                             {"serverTimestamp"_L1, event.serverTimestamp},
                             {"event"_L1, Protocol::toJson(event.event)},
                             {"metadata"_L1, event.metadata}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString next(const QString &previous, const Protocol::MessagingEvent &event)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical(event));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Signet::Review::TranscriptChain
