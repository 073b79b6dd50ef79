#pragma once

#include "protocol/Values.h"
#include "store/Store.h"

#include <QHash>
#include <QObject>

namespace Signet::Hub {

class HubServer;

// Scripted customers so a newcomer sees the whole job at once: an iPhone on iOS 17, one on iOS 15,
// one on iOS 11 (which cannot sign in) and a web-chat visitor. They arrive over the first minute,
// acknowledge and read what the agent writes, and answer with plausible replies.
class DemoCustomers : public QObject
{
    Q_OBJECT
public:
    struct Script
    {
        ConsumerRecord consumer;
        int arrivalMs = 0;
        QString opening;
        QStringList replies;
        // Their account at the brand's identity provider (the login page).
        CustomerAccount account;
        QString password;
        QString mistyped; // a wrong password tried first when signing in (empty: none)
        QString skill;    // what they came about (the supervisor's live view filters on it)
    };

    DemoCustomers(HubServer *hub, double timeScale, QObject *parent = nullptr);

    static QList<Script> scripts();
    // arrivals: new customers come over the first minute (otherwise only those still in an open
    // conversation carry on).
    void start(bool arrivals = true);

private:
    // Earlier conversations of Maya and Daniel on both channels (some verified, one not), so the
    // History tab has something to show once they sign in; once per identity provider.
    void seedHistory();
    void arrive(int index);
    void onEvent(const Protocol::MessagingEvent &event);
    // The customer taps Sign in a little after a request arrives, and signs in.
    void signInLater(int scriptIndex, const QString &requestIdentifier);
    int scaled(int ms) const;

    HubServer *m_hub;
    double m_timeScale;
    QList<Script> m_scripts;
    QHash<QString, int> m_scriptOfConversation; // convId → script index
    QHash<QString, int> m_nextReply;            // convId → index into replies
    class DemoBrowser *m_browser;
};

} // namespace Signet::Hub
