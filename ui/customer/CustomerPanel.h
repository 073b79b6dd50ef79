#pragma once

#include <QWidget>

class QLabel;

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

private:
    QLabel *m_name;
    QLabel *m_channel;
    QLabel *m_device;
    QLabel *m_signIn;
    QLabel *m_status;
    QLabel *m_request;
};

} // namespace Signet::Ui
