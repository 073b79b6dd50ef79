#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

class QHttpServerResponder;
class QHttpServerResponse;

namespace Signet::Hub {

// Checks passwords (agents' logins, customers' sign-ins) off the event loop, so a flood of
// guesses slows only the guessers: each check is a deliberately slow hash (~0.3 s of one core),
// and on the hub's one event loop 40 of them once froze every desk for 15 s.
//
// At most Limits::threads hashes run at once, on worker threads; at most Limits::waiting checks
// are running or queued, and at most Limits::perAddress of them for one address (so one
// address cannot take every place). A check beyond that is refused at once: the caller answers
// 429. The request waits for its answer on its own connection; the event loop serves everyone
// else meanwhile.
class PasswordChecks : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int threads = defaultThreads();         // hashes at once
        int waiting = 4 * defaultThreads() + 4; // checks running or queued
        int perAddress = 2 * defaultThreads() + 2;
    };
    // What the request is answered with once its password is checked: matches is false for a
    // wrong password and for an unknown user (checked against a dummy hash, so it takes as
    // long). It runs on this object's thread, also when the client has gone meanwhile (a wrong
    // guess still counts).
    using Answer = std::function<QHttpServerResponse(bool matches)>;
    // Makes an answer ready to send (the hub adds its safety headers).
    using Finish = std::function<QHttpServerResponse(QHttpServerResponse &&)>;

    PasswordChecks(Limits limits, Finish finish, QObject *parent = nullptr);
    ~PasswordChecks() override;

    // Starts checking password against stored (a PasswordHash; empty: unknown user) for a
    // request from address, and takes responder to answer it later. False, responder untouched,
    // when the limits are reached.
    bool check(QHttpServerResponder &responder, const QString &address, const QString &password,
               const QString &stored, Answer answer);
    // Answers a request now, with the same finish as the checked ones.
    void respond(QHttpServerResponder &&responder, QHttpServerResponse &&response) const;

    int pending() const { return static_cast<int>(m_pending.size()); }
    const Limits &limits() const { return m_limits; }
    static int defaultThreads();

private:
    struct Pending;
    void finished(quint64 id, bool matches);

    Limits m_limits;
    Finish m_finish;
    QThreadPool m_pool;
    quint64 m_nextId = 1;
    QHash<quint64, std::shared_ptr<Pending>> m_pending;
    QHash<QString, int> m_perAddress;
};

} // namespace Signet::Hub
