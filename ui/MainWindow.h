#pragma once

#include "conversation/ConversationFilterModel.h"
#include "conversation/DeskSession.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListView;
class QMenu;
class QToolButton;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Signet {
class Attention;
class DeskSettings;
class HistoryModel;
class RecentMessagesModel;
namespace Auth {
class SignInService;
}
} // namespace Signet

namespace Signet::Ui {

class BubbleDelegate;
class CannedResponses;
class CloseDialog;
class TransferDialog;
class ConversationDelegate;
class ImageLoader;
class LiveFilterBar;
class ComposerEdit;
class CustomerPanel;
class HistoryPanel;
class ReviewWindow;

// The agent's desk: conversations on the left, the transcript and composer in the middle, the
// customer on the right, the connection's state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // The window shows one session at a time; switching servers hands it a new one.
    void setSession(DeskSession *session);
    DeskSession *session() const { return m_session; }
    QString currentConversation() const { return m_current; }
    void selectConversation(const QString &convId);
    // Sign-in requests for the current session (may be null: no keychain service configured).
    void setSignIn(Auth::SignInService *signIn, DeskSettings *settings, ImageLoader *images);
    // Opens the composer for the current conversation (window-modal, not blocking).
    void openSignInComposer();
    QAction *requestSignInAction() const { return m_requestSignInAction; }
    // Something about a conversation's sign-in the agent must see (a refused answer, a failure).
    void showConversationNote(const QString &convId, const QString &note);
    // The History tab of the customer panel, and what it lists.
    void showHistoryTab();
    const HistoryModel *historyModel() const;
    // An earlier conversation of the verified customer, read-only beside the live one.
    void openEarlierTranscript(const QString &convId);
    bool isEarlierTranscriptOpen() const;

    // What deserves the agent's attention in this window's session (ui/attention shows it).
    Attention *attention() const { return m_attention; }
    // When waiting customers turn the list amber and red.
    void setEscalationPolicy(const ConversationFilterModel::EscalationPolicy &policy);
    // The Settings menu, which the desk's parts fill.
    QMenu *settingsMenu() const { return m_settingsMenu; }
    // Conversation → Accept, for the current conversation.
    void acceptCurrent();
    // Conversation → Close… and Transfer… (dialogs, window-modal); the dialog while it is open.
    void closeCurrent();
    void transferCurrent();
    CloseDialog *closeDialog() const;
    TransferDialog *transferDialog() const;
    // The canned responses "/" offers in the composer: the agent's own and the team's.
    void setCannedResponses(const QList<Protocol::CannedResponse> &personal,
                            const QList<Protocol::CannedResponse> &team);
    CannedResponses *cannedResponses() const { return m_canned; }

    // Supervisors: the live view's filters, and joining the current conversation as manager.
    ConversationFilterModel *liveFilter() const { return m_filter; }
    void joinCurrent();
    void leaveCurrent();
    // Review → Transcripts… (supervisors); the window once opened.
    void openReview();
    ReviewWindow *reviewWindow() const;

signals:
    void connectToServerRequested();
    // Settings → Preferences….
    void preferencesRequested();
    void useDemoHubRequested();
    // The demo hub again, logged in as its demo supervisor (the live view and the review).
    void useDemoHubAsSupervisorRequested();
    // Help → Play the Customer…: open the current customer's side in a browser.
    void playCustomerRequested(const QString &convId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void refreshView();
    // Ctrl+Tab / Ctrl+Shift+Tab: the next or previous open conversation.
    void stepConversation(int direction);
    // The desk (or a dialog of its own over it) is the active, unminimised window.
    bool agentSeesDesk() const;
    void buildMenus();
    void onCurrentChanged();
    void refreshCurrent();
    void refreshStatus();
    void sendComposed();
    void refreshTyping();
    void onMessagesInserted();
    void showEarlierMessages();
    void refreshSignIn();
    void refreshIdentityPanel();
    void onRequestChanged(const QString &requestId);
    // The History tab follows the current conversation's verified identity.
    void refreshHistory();
    void closeEarlierTranscript();
    // Review → Transcripts… (supervisors).
    void refreshComposer();
    void refreshSupervisorView();

    QPointer<DeskSession> m_session;
    Attention *m_attention = nullptr;
    QString m_current;
    bool m_followTranscript = true;                  // the transcript stays at its newest message
    RecentMessagesModel *m_recentMessages = nullptr; // what the transcript view shows
    bool m_markReadQueued = false;
    QListView *m_conversationList = nullptr;
    QStackedWidget *m_centre = nullptr;
    QLabel *m_header = nullptr;
    QListView *m_transcript = nullptr;
    BubbleDelegate *m_bubbles = nullptr;
    QWidget *m_acceptBar = nullptr;
    QLabel *m_acceptText = nullptr;
    QPushButton *m_acceptButton = nullptr;
    ComposerEdit *m_composer = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_composerNote = nullptr;
    CustomerPanel *m_customerPanel = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    QString m_historyKey; // conversation + identity the History tab shows
    QWidget *m_earlierPane = nullptr;
    QLabel *m_earlierHeader = nullptr;
    QListView *m_earlierView = nullptr;
    BubbleDelegate *m_earlierBubbles = nullptr;
    MessageListModel *m_earlierModel = nullptr;
    QString m_earlierConversation;
    QAction *m_reviewAction = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QPointer<ReviewWindow> m_review;
    quint64 m_earlierRequest = 0; // the latest open; a late answer to an earlier one is dropped
    QLabel *m_connectionStatus = nullptr;
    QAction *m_acceptAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_transferAction = nullptr;
    QPointer<CloseDialog> m_closeDialog;
    QPointer<TransferDialog> m_transferDialog;
    CannedResponses *m_canned = nullptr;
    QLabel *m_typing = nullptr;
    QAction *m_requestSignInAction = nullptr;
    QWidget *m_pendingBar = nullptr;
    QLabel *m_pendingText = nullptr;
    QPointer<Auth::SignInService> m_signIn;
    DeskSettings *m_settings = nullptr;
    ImageLoader *m_images = nullptr;
    QList<QMetaObject::Connection> m_signInConnections;
    QHash<QString, QString> m_notes; // convId → note
    QList<QMetaObject::Connection> m_sessionConnections;
    QList<QMetaObject::Connection> m_transcriptConnections;
    ConversationFilterModel *m_filter = nullptr;
    LiveFilterBar *m_filterBar = nullptr;
    ConversationDelegate *m_conversationDelegate = nullptr;
    QWidget *m_monitorBar = nullptr;
    QLabel *m_monitorText = nullptr;
    QPushButton *m_joinButton = nullptr;
    QPushButton *m_leaveButton = nullptr;
    QAction *m_privateNoteAction = nullptr;
    QAction *m_joinAction = nullptr;
    QAction *m_leaveAction = nullptr;
};

} // namespace Signet::Ui
