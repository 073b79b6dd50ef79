#pragma once

#include "auth/VerifiedIdentity.h"

#include <QWidget>

#include <optional>

class QLabel;
class QFormLayout;
class QPushButton;

namespace Signet::Ui {

// The customer beside the transcript: who, on which channel and device, and whether they can be
// asked to sign in (or exactly why not).
class CustomerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPanel(QWidget *parent = nullptr);

    // Fills the panel from a row of the conversation list model; an invalid index clears it.
    void showConversation(const QModelIndex &index, const QString &myUserId);
    // The state of the conversation's latest sign-in request (empty: none sent).
    void showSignInRequest(const QString &state);
    // "Ask Again" beside a request that failed, was refused or expired.
    void showAskAgain(bool offered);
    // Who the customer proved to be, with a live "expires in"; nullopt hides the section.
    void showIdentity(const std::optional<Auth::VerifiedIdentity> &identity, const QDateTime &now);
    // A refused answer or another event the agent must know about (empty hides it).
    void showNote(const QString &note);

    // "in 59 min", "in 40 s", or empty when unknown.
    static QString expiresInText(const QDateTime &expires, const QDateTime &now);

signals:
    void askAgainRequested();

private:
    QLabel *m_name;
    QLabel *m_channel;
    QLabel *m_device;
    QLabel *m_signIn;
    QLabel *m_status;
    QLabel *m_request;
    QLabel *m_identity;
    QLabel *m_note;
    QFormLayout *m_form = nullptr;
    QPushButton *m_askAgain = nullptr;
};

} // namespace Signet::Ui
