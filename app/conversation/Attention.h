#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

namespace Signet {

class DeskSession;

// What deserves the agent's attention, decided without any widget: conversations offered to them,
// customer messages and colleagues' private notes in conversations they take part in that are not
// in front of them. The desk shows the result as desktop notifications, a tray icon with a count
// and a taskbar request (ui/attention); this class only decides.
//
// Rules, chosen so that a desk that notifies is one that is trusted:
// * An offer is announced once, when it starts (with the customer's name once known), and withdrawn
//   when it ends: accepted here or elsewhere, or taken back.
// * A conversation handed to the agent (a transfer) is announced like a message.
// * Messages and notes are announced when their conversation is not the one on screen, or when the
//   desk's window is not the active one. One notice per conversation, updated with a count, so a
//   chatty customer is one notification and not twenty.
// * Loading a transcript for the first time announces nothing (see
//   DeskSession::customerMessageArrived): a restart does not replay the day.
// * Looking at a conversation in the active window withdraws its notice; activating the window ends
//   the request for attention.
class Attention : public QObject
{
    Q_OBJECT
public:
    struct Notice
    {
        enum class Kind { Offer, Message, PrivateNote, HandedOver };
        Kind kind = Kind::Message;
        QString convId;
        QString title; // "Maya Tester", "New conversation: Maya Tester"
        QString body;  // the latest text, shortened
        int count = 1; // messages or notes this notice stands for
    };

    explicit Attention(QObject *parent = nullptr);

    // The session to follow (nullptr: none); notices of the previous one are withdrawn.
    void setSession(DeskSession *session);
    // What the agent has in front of them: the conversation shown (empty: none) and whether the
    // desk's window is the active one.
    void setView(const QString &convId, bool windowActive);

    // Unread customer messages in the conversations the agent takes part in.
    int unreadMessages() const { return m_unread; }
    // Conversations offered to this agent now.
    int offers() const { return static_cast<int>(m_offered.size()); }
    // What the tray shows: both of the above.
    int badgeCount() const { return m_unread + offers(); }
    bool needsAttention() const { return m_needsAttention; }
    // The notice standing for a conversation now (nullptr: none).
    const Notice *notice(const QString &convId) const;

    // Longest text a notice body carries.
    static constexpr int kBodyLength = 180;

signals:
    // A notice to show, or to update in place (same convId).
    void noticePosted(const Signet::Attention::Notice &notice);
    void noticeWithdrawn(const QString &convId);
    void countsChanged();
    // The desk needs the agent (a notice arrived while the window was inactive), or no longer does.
    void attentionChanged(bool needed);

private:
    void reconcile();
    void onMessage(const QString &convId, const QString &text, Notice::Kind kind,
                   const QString &from = QString());
    void post(const Notice &notice);
    void withdraw(const QString &convId);
    void withdrawAll();
    bool inView(const QString &convId) const;
    QString customerName(const QString &convId) const;
    void setNeedsAttention(bool needed);

    QPointer<DeskSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    QString m_viewed;
    bool m_windowActive = false;
    QSet<QString> m_offered;
    bool m_reconcileQueued = false;   // a reconcile() is due at the next turn of the event loop
    QSet<QString> m_offerUnnamed;     // offers announced before the customer's name was known
    QSet<QString> m_unnamedHandovers; // transfers announced before the customer's name was known
    QHash<QString, Notice> m_notices;
    int m_unread = 0;
    bool m_needsAttention = false;
};

} // namespace Signet

Q_DECLARE_METATYPE(Signet::Attention::Notice)
