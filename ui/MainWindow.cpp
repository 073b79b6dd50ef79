#include "MainWindow.h"

#include "auth/SignInService.h"
#include "authbubble/AuthBubbleComposer.h"
#include "chat/BubbleDelegate.h"
#include "composer/CannedResponses.h"
#include "composer/ComposerEdit.h"
#include "conversation/Attention.h"
#include "conversation/ConversationFilterModel.h"
#include "conversation/DeskSession.h"
#include "conversation/RecentMessagesModel.h"
#include "conversations/CloseDialog.h"
#include "conversations/ConversationDelegate.h"
#include "conversations/LiveFilterBar.h"
#include "conversations/TransferDialog.h"
#include "customer/CustomerPanel.h"
#include "customer/HistoryPanel.h"
#include "review/ReviewWindow.h"
#include "transport/AgentConnection.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Signet"));
    setWindowIcon(QIcon(u":/icons/signet.svg"_s));
    m_attention = new Attention(this);
    buildUi();
    buildMenus();
    // Waiting times and the reconnect countdown move on their own.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this] {
        refreshStatus();
        refreshIdentityPanel();  // the "expires in" countdown
        m_filter->refreshTime(); // "waiting 5 min+" and expired sign-ins move with the clock
        m_conversationList->viewport()->update();
    });
    tick->start(1000);
}

void MainWindow::buildUi()
{
    m_conversationList = new QListView;
    m_conversationList->setObjectName(u"conversationList"_s);
    m_conversationList->setAccessibleDescription(
        tr("Your conversations and those waiting for an agent; offers and the longest waits "
           "first"));
    m_conversationList->setAccessibleName(tr("Conversations"));
    m_conversationDelegate = new ConversationDelegate(m_conversationList);
    m_conversationList->setItemDelegate(m_conversationDelegate);
    m_filter = new ConversationFilterModel(this);
    m_filterBar = new LiveFilterBar(m_filter);
    m_filterBar->hide(); // supervisors only
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_conversationList, 1);
    m_conversationList->setUniformItemSizes(true);
    m_conversationList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conversationList->setMinimumWidth(240);
    left->setMinimumWidth(240);

    // Centre: a placeholder until a conversation is chosen, then header, transcript, composer.
    m_centre = new QStackedWidget;
    auto *placeholder = new QLabel(
        tr("Choose a conversation on the left.\nNew customers ring here as they arrive."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setObjectName(u"noConversation"_s);
    m_centre->addWidget(placeholder);

    auto *chat = new QWidget;
    m_header = new QLabel;
    m_header->setObjectName(u"conversationHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setContentsMargins(12, 8, 12, 8);

    m_transcript = new QListView;
    m_recentMessages = new RecentMessagesModel(this);
    m_transcript->setObjectName(u"transcript"_s);
    m_transcript->setAccessibleName(tr("Conversation"));
    m_transcript->setAccessibleDescription(tr("The messages of the conversation, oldest first"));
    m_bubbles = new BubbleDelegate(m_transcript);
    m_transcript->setItemDelegate(m_bubbles);
    m_transcript->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_transcript->setSelectionMode(QAbstractItemView::NoSelection);
    m_transcript->setResizeMode(QListView::Adjust);
    m_transcript->setWordWrap(true);
    // The transcript sticks to its newest message while the agent is at the bottom, through every
    // relayout (a new message, a resize, the first layout of a long conversation, whose bubbles
    // are measured after the first scroll); scrolling up to read lets go until they come back.
    QScrollBar *transcriptBar = m_transcript->verticalScrollBar();
    connect(transcriptBar, &QScrollBar::rangeChanged, this, [this, transcriptBar](int, int max) {
        if (m_followTranscript)
            transcriptBar->setValue(max);
    });
    connect(transcriptBar, &QScrollBar::valueChanged, this, [this, transcriptBar](int value) {
        m_followTranscript = value >= transcriptBar->maximum() - 40;
        if (value == transcriptBar->minimum() && transcriptBar->maximum() > value &&
            m_recentMessages->hiddenEarlier() > 0)
            QTimer::singleShot(0, this, &MainWindow::showEarlierMessages);
    });
    m_transcript->setFocusPolicy(Qt::NoFocus);

    m_acceptBar = new QWidget;
    m_acceptBar->setObjectName(u"acceptBar"_s);
    m_acceptText = new QLabel;
    m_acceptText->setTextFormat(Qt::PlainText); // the customer's name
    m_acceptButton = new QPushButton(tr("&Accept"));
    m_acceptButton->setObjectName(u"acceptButton"_s);
    m_acceptButton->setToolTip(tr("Take the conversation: the customer is then yours to answer"));
    m_acceptButton->setDefault(true);
    auto *acceptLayout = new QHBoxLayout(m_acceptBar);
    acceptLayout->addWidget(m_acceptText, 1);
    acceptLayout->addWidget(m_acceptButton);

    m_composer = new ComposerEdit;
    m_composer->setObjectName(u"composer"_s);
    m_composer->setAccessibleName(tr("Message"));
    m_composer->setAccessibleDescription(
        tr("What you write to the customer, or to colleagues as a private note; / inserts a "
           "canned response"));
    m_canned = new CannedResponses(m_composer);
    m_typing = new QLabel;
    m_typing->setObjectName(u"typingIndicator"_s);
    m_typing->setTextFormat(Qt::PlainText);
    m_typing->setForegroundRole(QPalette::PlaceholderText);
    m_typing->hide();
    m_sendButton = new QPushButton(tr("&Send"));
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setToolTip(tr("Send what is in the message box (Enter)"));
    m_composerNote = new QLabel;
    m_composerNote->setObjectName(u"composerNote"_s);
    m_composerNote->setTextFormat(Qt::PlainText);
    // Request sign-in: one action, in the header toolbar, beside Send and in the menu.
    m_requestSignInAction =
        new QAction(QIcon(u":/icons/lock.svg"_s), tr("Request &Sign-in…"), this);
    m_requestSignInAction->setObjectName(u"requestSignInAction"_s);
    m_requestSignInAction->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
    connect(m_requestSignInAction, &QAction::triggered, this, &MainWindow::openSignInComposer);
    auto *headerSignIn = new QToolButton;
    headerSignIn->setObjectName(u"headerSignInButton"_s);
    headerSignIn->setDefaultAction(m_requestSignInAction);
    headerSignIn->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *composerSignIn = new QToolButton;
    composerSignIn->setObjectName(u"composerSignInButton"_s);
    composerSignIn->setDefaultAction(m_requestSignInAction);
    composerSignIn->setToolButtonStyle(Qt::ToolButtonIconOnly);

    m_pendingBar = new QWidget;
    m_pendingBar->setObjectName(u"signInPendingBar"_s);
    m_pendingText = new QLabel;
    m_pendingText->setObjectName(u"signInPendingText"_s);
    m_pendingText->setTextFormat(Qt::PlainText);
    m_pendingText->setWordWrap(true);
    auto *resend = new QPushButton(tr("&Resend"));
    resend->setObjectName(u"resendSignInButton"_s);
    resend->setToolTip(tr("Send the same sign-in request again"));
    auto *cancelRequest = new QPushButton(tr("Cancel &Request"));
    cancelRequest->setObjectName(u"cancelSignInButton"_s);
    cancelRequest->setToolTip(tr("Withdraw the request: an answer to it will be refused"));
    auto *pendingLayout = new QHBoxLayout(m_pendingBar);
    pendingLayout->addWidget(m_pendingText, 1);
    pendingLayout->addWidget(resend);
    pendingLayout->addWidget(cancelRequest);
    m_pendingBar->hide();
    connect(resend, &QPushButton::clicked, this, [this] {
        if (m_signIn)
            m_signIn->resend(m_current, [this](Result<QString> r) {
                if (!r)
                    statusBar()->showMessage(tr("Sign-in request not sent: %1").arg(r.error()),
                                             10000);
            });
    });
    connect(cancelRequest, &QPushButton::clicked, this, [this] {
        if (!m_signIn)
            return;
        if (const auto pending = m_signIn->tracker()->pending(m_current))
            m_signIn->cancel(pending->requestId);
    });

    // A supervisor looking at someone else's conversation: monitoring until they join.
    m_monitorBar = new QWidget;
    m_monitorBar->setObjectName(u"monitorBar"_s);
    m_monitorText = new QLabel;
    m_monitorText->setObjectName(u"monitorText"_s);
    m_monitorText->setTextFormat(Qt::PlainText);
    m_monitorText->setWordWrap(true);
    m_joinButton = new QPushButton(tr("&Join as Manager"));
    m_joinButton->setObjectName(u"joinButton"_s);
    m_joinButton->setToolTip(tr("Join the conversation so that you can write to the customer"));
    m_leaveButton = new QPushButton(tr("&Leave"));
    m_leaveButton->setObjectName(u"leaveButton"_s);
    m_leaveButton->setToolTip(tr("Leave the conversation and go back to monitoring it"));
    auto *monitorLayout = new QHBoxLayout(m_monitorBar);
    monitorLayout->addWidget(m_monitorText, 1);
    monitorLayout->addWidget(m_joinButton);
    monitorLayout->addWidget(m_leaveButton);
    m_monitorBar->hide();
    connect(m_joinButton, &QPushButton::clicked, this, &MainWindow::joinCurrent);
    connect(m_leaveButton, &QPushButton::clicked, this, &MainWindow::leaveCurrent);

    // A private note: between the agent and supervisors, never sent to the customer.
    m_privateNoteAction = new QAction(tr("Private &Note"), this);
    m_privateNoteAction->setObjectName(u"privateNoteAction"_s);
    m_privateNoteAction->setCheckable(true);
    m_privateNoteAction->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    connect(m_privateNoteAction, &QAction::toggled, this, &MainWindow::refreshComposer);
    auto *noteButton = new QToolButton;
    noteButton->setObjectName(u"privateNoteButton"_s);
    noteButton->setDefaultAction(m_privateNoteAction);

    auto *composerRow = new QHBoxLayout;
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(noteButton, 0, Qt::AlignBottom);
    composerRow->addWidget(composerSignIn, 0, Qt::AlignBottom);
    composerRow->addWidget(m_sendButton, 0, Qt::AlignBottom);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(headerSignIn);
    headerRow->setContentsMargins(0, 0, 8, 0);

    // An earlier conversation of a verified customer opens read-only beside the live transcript.
    m_earlierPane = new QWidget;
    m_earlierPane->setObjectName(u"earlierTranscriptPane"_s);
    m_earlierHeader = new QLabel;
    m_earlierHeader->setObjectName(u"earlierTranscriptHeader"_s);
    m_earlierHeader->setWordWrap(true);
    m_earlierHeader->setTextFormat(Qt::RichText);
    auto *closeEarlier = new QToolButton;
    closeEarlier->setObjectName(u"closeEarlierTranscript"_s);
    closeEarlier->setText(u"✕"_s);
    closeEarlier->setToolTip(tr("Close the earlier conversation"));
    closeEarlier->setAutoRaise(true);
    connect(closeEarlier, &QToolButton::clicked, this, &MainWindow::closeEarlierTranscript);
    m_earlierView = new QListView;
    m_earlierView->setObjectName(u"earlierTranscript"_s);
    m_earlierView->setAccessibleName(tr("Earlier conversation"));
    m_earlierView->setAccessibleDescription(tr("An earlier conversation, read-only"));
    m_earlierBubbles = new BubbleDelegate(m_earlierView);
    m_earlierView->setItemDelegate(m_earlierBubbles);
    m_earlierView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_earlierView->setSelectionMode(QAbstractItemView::NoSelection);
    m_earlierView->setResizeMode(QListView::Adjust);
    m_earlierView->setWordWrap(true);
    m_earlierView->setFocusPolicy(Qt::NoFocus);
    auto *earlierTop = new QHBoxLayout;
    earlierTop->addWidget(m_earlierHeader, 1);
    earlierTop->addWidget(closeEarlier, 0, Qt::AlignTop);
    auto *earlierLayout = new QVBoxLayout(m_earlierPane);
    earlierLayout->setContentsMargins(0, 0, 0, 0);
    earlierLayout->addLayout(earlierTop);
    earlierLayout->addWidget(m_earlierView, 1);
    m_earlierPane->hide();
    auto *transcripts = new QSplitter(Qt::Horizontal);
    transcripts->setObjectName(u"transcriptSplitter"_s);
    transcripts->addWidget(m_transcript);
    transcripts->addWidget(m_earlierPane);
    transcripts->setChildrenCollapsible(false);

    auto *chatLayout = new QVBoxLayout(chat);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addLayout(headerRow);
    chatLayout->addWidget(transcripts, 1);
    chatLayout->addWidget(m_typing);
    chatLayout->addWidget(m_monitorBar);
    chatLayout->addWidget(m_pendingBar);
    chatLayout->addWidget(m_acceptBar);
    chatLayout->addWidget(m_composerNote);
    chatLayout->addLayout(composerRow);
    m_centre->addWidget(chat);

    m_customerPanel = new CustomerPanel;
    connect(m_customerPanel, &CustomerPanel::askAgainRequested, this,
            &MainWindow::openSignInComposer);
    m_historyPanel = new HistoryPanel;
    connect(m_historyPanel, &HistoryPanel::openRequested, this, &MainWindow::openEarlierTranscript);
    m_sideTabs = new QTabWidget;
    m_sideTabs->setObjectName(u"customerTabs"_s);
    m_sideTabs->setMinimumWidth(240);
    m_sideTabs->addTab(m_customerPanel, tr("C&ustomer"));
    m_sideTabs->addTab(m_historyPanel, tr("&History"));
    m_sideTabs->setTabToolTip(0, tr("Who the customer is, their device and their sign-in"));
    m_sideTabs->setTabToolTip(1,
                              tr("The verified customer's earlier conversations on every channel"));

    auto *splitter = new QSplitter;
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_centre);
    splitter->addWidget(m_sideTabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 620, 280});
    setCentralWidget(splitter);

    m_connectionStatus = new QLabel;
    m_connectionStatus->setObjectName(u"connectionStatus"_s);
    m_connectionStatus->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_connectionStatus);

    connect(m_composer, &ComposerEdit::submitted, this, &MainWindow::sendComposed);
    // The customer sees "typing…" while the agent writes to them (never for a private note).
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this] {
        if (m_session && !m_current.isEmpty() && !m_privateNoteAction->isChecked())
            m_session->setComposing(m_current, !m_composer->toPlainText().trimmed().isEmpty());
    });
    connect(m_sendButton, &QPushButton::clicked, this, &MainWindow::sendComposed);
    connect(m_acceptButton, &QPushButton::clicked, this, &MainWindow::acceptCurrent);
    resize(1200, 760);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction =
        file->addAction(tr("&Connect to Server…"), this, &MainWindow::connectToServerRequested);
    connectAction->setObjectName(u"connectAction"_s);
    file->addAction(tr("Use the &Demo Hub"), this, &MainWindow::useDemoHubRequested);
    QAction *demoSupervisor = file->addAction(tr("Use the Demo Hub as &Supervisor"), this,
                                              &MainWindow::useDemoHubAsSupervisorRequested);
    demoSupervisor->setObjectName(u"demoSupervisorAction"_s);
    demoSupervisor->setToolTip(
        tr("Try the supervisor's live view and transcript review on the built-in demo hub"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    m_acceptAction = conversation->addAction(tr("&Accept"), this, &MainWindow::acceptCurrent);
    m_acceptAction->setShortcut(QKeySequence(u"Ctrl+Shift+A"_s));
    m_closeAction =
        conversation->addAction(tr("&Close Conversation…"), this, &MainWindow::closeCurrent);
    m_closeAction->setObjectName(u"closeAction"_s);
    m_closeAction->setShortcut(QKeySequence(u"Ctrl+Shift+W"_s));
    m_transferAction =
        conversation->addAction(tr("&Transfer…"), this, &MainWindow::transferCurrent);
    m_transferAction->setObjectName(u"transferAction"_s);
    m_transferAction->setShortcut(QKeySequence(u"Ctrl+Shift+T"_s));
    m_transferAction->setEnabled(false);
    conversation->addAction(m_requestSignInAction);
    conversation->addSeparator();
    QAction *next =
        conversation->addAction(tr("&Next Conversation"), this, [this] { stepConversation(+1); });
    next->setObjectName(u"nextConversationAction"_s);
    next->setShortcut(QKeySequence(u"Ctrl+Tab"_s));
    QAction *previous = conversation->addAction(tr("&Previous Conversation"), this,
                                                [this] { stepConversation(-1); });
    previous->setObjectName(u"previousConversationAction"_s);
    previous->setShortcut(QKeySequence(u"Ctrl+Shift+Tab"_s));
    conversation->addSeparator();
    conversation->addAction(m_privateNoteAction);
    m_joinAction = conversation->addAction(tr("&Join as Manager"), this, &MainWindow::joinCurrent);
    m_joinAction->setObjectName(u"joinAction"_s);
    m_leaveAction =
        conversation->addAction(tr("&Leave Conversation"), this, &MainWindow::leaveCurrent);
    m_leaveAction->setObjectName(u"leaveAction"_s);

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    m_reviewAction = review->addAction(tr("&Transcripts…"), this, &MainWindow::openReview);
    m_reviewAction->setObjectName(u"reviewAction"_s);
    m_reviewAction->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    m_reviewAction->setEnabled(false);

    m_settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_settingsMenu->setObjectName(u"settingsMenu"_s);
    QAction *preferences =
        m_settingsMenu->addAction(tr("&Preferences…"), this, &MainWindow::preferencesRequested);
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setShortcut(QKeySequence(u"Ctrl+,"_s));
    preferences->setMenuRole(QAction::PreferencesRole);
    m_settingsMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *play = help->addAction(tr("&Play the Customer…"), this,
                                    [this] { emit playCustomerRequested(m_current); });
    play->setObjectName(u"playCustomerAction"_s);
    play->setToolTip(
        tr("Open the current customer's side of the chat in your browser (built-in demo hub)"));
    help->addAction(tr("&About Signet"), this, [this] {
        QMessageBox::about(
            this, tr("About Signet"),
            tr("<h3>Signet %1</h3><p>The agent desk for authenticated conversations.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setSession(DeskSession *session)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    // What one login fetched is not shown to the next: the review window (supervisors' data) and
    // an earlier transcript close on any change of login.
    if (m_review && m_review->property("session").value<QObject *>() != session) {
        m_review->close();
        m_review->deleteLater();
        m_review = nullptr;
    }
    if (session != m_session)
        closeEarlierTranscript();
    m_session = session;
    m_current.clear();
    m_attention->setSession(session);
    refreshView();
    m_filterBar->clear();
    m_filter->setSourceModel(session ? session->conversations() : nullptr);
    m_filterBar->setSource(session ? session->conversations() : nullptr);
    m_conversationList->setModel(m_filter);
    m_bubbles->setNameLookup(
        [this](const QString &id) { return m_session ? m_session->agentName(id) : id; });
    // Another desk's request: signed in when the hub's record names it.
    m_bubbles->setOutcomeLookup([this](const QString &requestId) {
        const ConversationListModel::Item *item =
            m_session ? m_session->conversations()->item(m_current) : nullptr;
        if (!item || !Protocol::isCheckedIdentity(item->details.verifiedIdentity) ||
            item->details.verifiedIdentity.value("requestIdentifier"_L1).toString() != requestId)
            return QString();
        return Auth::AuthTracker::stateText(Auth::AuthTracker::State::Succeeded);
    });
    if (session) {
        m_sessionConnections << connect(m_conversationList->selectionModel(),
                                        &QItemSelectionModel::currentChanged, this,
                                        &MainWindow::onCurrentChanged);
        m_sessionConnections << connect(
            m_filter, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_conversationList->currentIndex();
                if (current.isValid() && current.row() >= topLeft.row() &&
                    current.row() <= bottomRight.row())
                    refreshCurrent();
            });
        m_sessionConnections << connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
            if (!m_conversationList->currentIndex().isValid())
                m_conversationList->setCurrentIndex(m_conversationList->model()->index(0, 0));
        });
        m_sessionConnections << connect(m_filter, &QAbstractItemModel::rowsRemoved, this,
                                        &MainWindow::onCurrentChanged);
        m_sessionConnections << connect(session, &DeskSession::customerTypingChanged, this,
                                        [this](const QString &convId) {
                                            if (convId == m_current)
                                                refreshTyping();
                                        });
        m_sessionConnections << connect(session, &DeskSession::agentNamed, this, [this] {
            m_bubbles->clearCache(); // a name in a bubble's line can change its width
            m_transcript->doItemsLayout();
        });
        m_sessionConnections << connect(
            session, &DeskSession::privateNoteArrived, this,
            [this](const QString &convId, const QString &from, const QString &text) {
                if (convId == m_current)
                    return; // on screen already
                const auto *item = m_session->conversations()->item(convId);
                statusBar()->showMessage(
                    tr("Private note from %1 about %2: %3")
                        .arg(from, item ? item->customerName : tr("a customer"), text.simplified()),
                    15000);
            });
        m_sessionConnections << connect(session->connection(), &AgentConnection::stateChanged, this,
                                        &MainWindow::refreshStatus);
        m_sessionConnections << connect(session, &DeskSession::outboxChanged, this,
                                        &MainWindow::refreshStatus);
        m_sessionConnections << connect(
            session, &DeskSession::actionFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    }
    onCurrentChanged();
    refreshStatus();
}

void MainWindow::selectConversation(const QString &convId)
{
    if (!m_session)
        return;
    const int row = m_session->conversations()->rowOf(convId);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_session->conversations()->index(row));
    if (!index.isValid()) {
        // Hidden by the supervisor's filters: show everything rather than nothing.
        m_filterBar->clear();
        index = m_filter->mapFromSource(m_session->conversations()->index(row));
    }
    m_conversationList->setCurrentIndex(index);
}

void MainWindow::onCurrentChanged()
{
    for (const QMetaObject::Connection &c : std::as_const(m_transcriptConnections))
        disconnect(c);
    m_transcriptConnections.clear();
    const QModelIndex index = m_conversationList->currentIndex();
    if (m_session && !m_current.isEmpty())
        m_session->setComposing(m_current, false); // the agent left that conversation
    m_current = index.isValid() ? index.data(ConversationListModel::IdRole).toString() : QString();
    MessageListModel *messages =
        m_session && !m_current.isEmpty() ? m_session->messages(m_current) : nullptr;
    m_bubbles->clearCache();
    // The view gets the newest page of the transcript; earlier pages come as the agent scrolls up.
    m_recentMessages->setSourceModel(messages); // a reset the view follows
    m_transcript->setModel(messages ? m_recentMessages : nullptr);
    if (messages) {
        auto invalidate = [this] { m_bubbles->clearCache(); };
        // A bubble's size depends on its message and the one before it (the day separator), and
        // the cache is keyed by the view's row: rows appended at the end change no earlier bubble,
        // so only an insertion above the end empties it. (Emptying it for every new message
        // re-laid out the whole transcript: 170 ms per message in a conversation of 5,000, see
        // docs/benchmarks.md.)
        m_transcriptConnections << connect(m_recentMessages, &QAbstractItemModel::rowsInserted,
                                           this,
                                           [this, invalidate](const QModelIndex &, int, int last) {
                                               if (last != m_recentMessages->rowCount() - 1)
                                                   invalidate();
                                           });
        m_transcriptConnections << connect(m_recentMessages, &QAbstractItemModel::rowsRemoved, this,
                                           invalidate);
        m_transcriptConnections << connect(m_recentMessages, &QAbstractItemModel::layoutChanged,
                                           this, invalidate);
        m_transcriptConnections << connect(messages, &QAbstractItemModel::rowsInserted, this,
                                           &MainWindow::onMessagesInserted);
        m_followTranscript = true; // a conversation opens at its newest message
        m_transcript->scrollToBottom();
        if (agentSeesDesk())
            m_session->markRead(m_current);
    }
    m_centre->setCurrentIndex(m_current.isEmpty() ? 0 : 1);
    refreshView();
    closeEarlierTranscript();               // it belonged to the previous customer
    m_privateNoteAction->setChecked(false); // each conversation starts with the customer
    refreshCurrent();
}

void MainWindow::stepConversation(int direction)
{
    // The next open conversation (closed ones are skipped), with the keyboard where the agent
    // types next: the message box, or Accept while it waits for an agent.
    const QAbstractItemModel *model = m_conversationList->model();
    if (!model || model->rowCount() == 0)
        return;
    const int rows = model->rowCount();
    const int from = m_conversationList->currentIndex().isValid()
                         ? m_conversationList->currentIndex().row()
                         : (direction > 0 ? -1 : 0);
    for (int step = 1; step <= rows; ++step) {
        const int row = ((from + direction * step) % rows + rows) % rows;
        const QModelIndex index = model->index(row, 0);
        if (index.data(ConversationListModel::StateRole).toInt() ==
            static_cast<int>(Protocol::ConversationState::Closed))
            continue;
        m_conversationList->setCurrentIndex(index);
        break;
    }
    if (m_composer->isEnabled())
        m_composer->setFocus(Qt::ShortcutFocusReason);
    else if (m_acceptBar->isVisible())
        m_acceptButton->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setEscalationPolicy(const ConversationFilterModel::EscalationPolicy &policy)
{
    m_filter->setEscalationPolicy(policy);
    m_conversationDelegate->setEscalationPolicy(policy);
    m_conversationList->viewport()->update();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange || event->type() == QEvent::WindowStateChange)
        refreshView();
}

bool MainWindow::agentSeesDesk() const
{
    // The agent is looking when the desk is the active window — or one of its own dialogs is,
    // over it (a composer, a confirmation): the conversation is still on screen behind it.
    if (!isVisible() || isMinimized())
        return false;
    const QWidget *active = QApplication::activeWindow();
    if (active == this)
        return true;
    if (!qobject_cast<const QDialog *>(active))
        return false;
    for (const QWidget *w = active->parentWidget(); w; w = w->parentWidget()) {
        if (w == this)
            return true;
    }
    return false;
}

void MainWindow::refreshView()
{
    const bool seen = agentSeesDesk();
    m_attention->setView(m_current, seen);
    // What arrived while the desk was in the background is read once the agent comes back to it.
    if (seen && m_session && !m_current.isEmpty())
        if (const auto *item = m_session->conversations()->item(m_current); item && item->unread)
            m_session->markRead(m_current);
}

void MainWindow::showEarlierMessages()
{
    // The agent reached the top of what is shown: the page before it goes above, and the message
    // they were reading stays where it was.
    QScrollBar *bar = m_transcript->verticalScrollBar();
    // Only for an agent at the top of a transcript that scrolls (not a view still being laid out).
    if (bar->value() != bar->minimum() || bar->maximum() == bar->minimum() ||
        m_recentMessages->rowCount() == 0)
        return;
    const QPersistentModelIndex reading = m_recentMessages->index(0, 0);
    if (m_recentMessages->showEarlier() == 0)
        return;
    m_transcript->scrollTo(reading, QAbstractItemView::PositionAtTop);
}

void MainWindow::onMessagesInserted()
{
    // Follow the conversation unless the agent has scrolled up to read.
    if (m_followTranscript)
        QTimer::singleShot(0, m_transcript, [view = m_transcript] { view->scrollToBottom(); });
    // The conversation is on screen: what arrives in it counts as seen. Once per turn of the event
    // loop: a page of a catch-up inserts hundreds of rows, and each used to send its own receipt.
    // Read means the agent saw it: not while the desk is in the background.
    if (m_session && agentSeesDesk() && !m_markReadQueued) {
        m_markReadQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_markReadQueued = false;
            if (m_session && !m_current.isEmpty() && agentSeesDesk())
                m_session->markRead(m_current);
        });
    }
}

void MainWindow::refreshCurrent()
{
    const QModelIndex index = m_conversationList->currentIndex();
    const QString me = m_session ? m_session->userId() : QString();
    m_customerPanel->showConversation(index, me);
    refreshSignIn();
    refreshHistory();
    if (!m_session || m_current.isEmpty()) {
        m_acceptAction->setEnabled(false);
        m_closeAction->setEnabled(false);
        m_transferAction->setEnabled(false);
        m_typing->hide();
        return;
    }
    const QString name = index.data(ConversationListModel::CustomerNameRole).toString();
    m_header->setText(
        u"<b>%1</b> &nbsp; <span style='color:palette(placeholder-text)'>%2</span>"_s.arg(
            name.toHtmlEscaped(),
            index.data(ConversationListModel::DeviceRole).toString().toHtmlEscaped()));

    const bool mine = m_session->isAssignedToMe(m_current);
    const bool open = m_session->isOpen(m_current);
    const bool canAccept = m_session->canAccept(m_current);
    m_acceptBar->setVisible(canAccept);
    m_acceptText->setText(tr("%1 is waiting. Accept the conversation to answer.").arg(name));
    m_acceptAction->setEnabled(canAccept);
    m_closeAction->setEnabled(open && (mine || m_session->isSupervisor()));
    m_transferAction->setEnabled(open && mine);
    refreshTyping();
    m_canned->setNames(name, m_session->agentName(m_session->userId()));
    refreshSupervisorView();
    refreshComposer();
}

void MainWindow::refreshSupervisorView()
{
    // A supervisor on someone else's conversation monitors it (nothing they do marks it read or
    // reaches the customer) until they join as manager.
    const bool supervisor = m_session && m_session->isSupervisor();
    const bool relevant = supervisor && !m_current.isEmpty() && m_session->isOpen(m_current) &&
                          !m_session->isAssignedToMe(m_current);
    const bool joined = relevant && m_session->hasJoined(m_current);
    m_monitorBar->setVisible(relevant);
    m_joinButton->setVisible(relevant && !joined);
    m_leaveButton->setVisible(joined);
    m_joinAction->setEnabled(relevant && !joined);
    m_leaveAction->setEnabled(joined);
    if (!relevant)
        return;
    const QModelIndex index = m_conversationList->currentIndex();
    const QString agent = index.data(ConversationListModel::AssignedAgentNameRole).toString();
    if (joined)
        m_monitorText->setText(tr("You joined as manager: the customer sees what you send."));
    else if (agent.isEmpty())
        m_monitorText->setText(tr("Monitoring: no agent has accepted yet. The customer does not "
                                  "see you, and nothing is marked read."));
    else
        m_monitorText->setText(tr("Monitoring: %1 and the customer do not see you, and nothing "
                                  "is marked read. Private notes reach %1 only.")
                                   .arg(agent));
}

void MainWindow::refreshComposer()
{
    const bool canCustomer =
        m_session && !m_current.isEmpty() && m_session->canWriteToCustomer(m_current);
    const bool canNote = m_session && !m_current.isEmpty() && m_session->canWriteNote(m_current);
    // Notes only (a supervisor monitoring): the note mode is on, and there is nothing to switch.
    if (canNote && !canCustomer && !m_privateNoteAction->isChecked()) {
        const QSignalBlocker blocker(m_privateNoteAction);
        m_privateNoteAction->setChecked(true);
    }
    if (!canNote && m_privateNoteAction->isChecked()) {
        const QSignalBlocker blocker(m_privateNoteAction);
        m_privateNoteAction->setChecked(false);
    }
    m_privateNoteAction->setEnabled(canNote && canCustomer);
    const bool note = m_privateNoteAction->isChecked();
    const bool writable = note ? canNote : canCustomer;
    m_composer->setEnabled(writable);
    m_sendButton->setEnabled(writable);
    m_sendButton->setText(note ? tr("Send &Note") : tr("&Send"));
    m_composer->setPlaceholderText(
        note ? tr("Private note to the agent and supervisors; the customer never sees it")
             : QString());
    // Notes are amber, like their bubbles, so nobody mistakes where the text goes.
    QPalette palette = this->palette();
    if (note)
        palette.setColor(QPalette::Base,
                         BubbleDelegate::noteColor(palette.color(QPalette::Base), 0.2f));
    m_composer->setPalette(palette);
    const bool canAccept = m_session && !m_current.isEmpty() && m_session->canAccept(m_current);
    const bool open = m_session && !m_current.isEmpty() && m_session->isOpen(m_current);
    m_composerNote->setVisible(!writable && !canAccept);
    m_composerNote->setText(!open ? tr("This conversation is closed.")
                                  : tr("Another agent is handling this conversation."));
}

void MainWindow::joinCurrent()
{
    if (!m_session || m_current.isEmpty() || !m_session->isSupervisor())
        return;
    m_joinButton->setEnabled(false);
    m_session->join(m_current, [this](const Status &status) {
        m_joinButton->setEnabled(true);
        if (status) {
            m_privateNoteAction->setChecked(false); // joined to talk to the customer
            statusBar()->showMessage(tr("You joined the conversation as manager."), 5000);
        }
        refreshCurrent();
        if (status && m_composer->isEnabled())
            m_composer->setFocus();
    });
}

void MainWindow::leaveCurrent()
{
    if (!m_session || m_current.isEmpty() || !m_session->hasJoined(m_current))
        return;
    m_session->leave(m_current, [this](const Status &status) {
        if (status)
            statusBar()->showMessage(tr("You left the conversation; you are monitoring it."), 5000);
        refreshCurrent();
    });
}

void MainWindow::setSignIn(Auth::SignInService *signIn, DeskSettings *settings, ImageLoader *images)
{
    for (const QMetaObject::Connection &c : std::as_const(m_signInConnections))
        disconnect(c);
    m_signInConnections.clear();
    m_signIn = signIn;
    m_settings = settings;
    m_images = images;
    m_bubbles->setAuthTracker(signIn ? signIn->tracker() : nullptr);
    if (signIn) {
        m_signInConnections << connect(signIn->tracker(), &Auth::AuthTracker::changed, this,
                                       &MainWindow::onRequestChanged);
    }
    refreshSignIn();
}

void MainWindow::refreshSignIn()
{
    const QString shortcut = m_requestSignInAction->shortcut().toString(QKeySequence::NativeText);
    if (!m_signIn || m_current.isEmpty()) {
        m_requestSignInAction->setEnabled(false);
        m_requestSignInAction->setToolTip(tr("Ask the customer to sign in (%1)").arg(shortcut));
        m_pendingBar->hide();
        refreshIdentityPanel();
        return;
    }
    const Auth::SignInService::Gate gate = m_signIn->gate(m_current);
    m_requestSignInAction->setEnabled(gate.allowed);
    m_requestSignInAction->setToolTip(
        gate.allowed ? tr("Ask the customer to sign in (%1)").arg(shortcut)
                     : Qt::convertFromPlainText(tr("Sign-in is not available: %1").arg(gate.reason),
                                                Qt::WhiteSpaceNormal));
    m_requestSignInAction->setStatusTip(gate.allowed ? QString() : gate.reason);
    m_pendingBar->setVisible(!gate.pendingRequestId.isEmpty());
    m_pendingText->setText(gate.reason);
    refreshIdentityPanel();
}

void MainWindow::refreshIdentityPanel()
{
    // What the panel says about sign-in; cheap, so the 1 s tick keeps "expires in" live. Who the
    // customer is comes from this desk's own answer or from the hub's record (a web chat sign-in,
    // another desk's request, an earlier run), whichever was verified last.
    const auto latest =
        m_signIn && !m_current.isEmpty() ? m_signIn->tracker()->latest(m_current) : std::nullopt;
    std::optional<Auth::VerifiedIdentity> identity;
    if (latest && latest->state == Auth::AuthTracker::State::Succeeded)
        identity = latest->identity;
    const QModelIndex index = m_conversationList->currentIndex();
    const QJsonObject recorded =
        !m_current.isEmpty() && index.isValid()
            ? index.data(ConversationListModel::RecordedIdentityRole).toJsonObject()
            : QJsonObject();
    if (!recorded.isEmpty()) {
        const Auth::VerifiedIdentity hub = Auth::VerifiedIdentity::fromHubRecord(recorded);
        if (!identity || hub.verifiedAt > identity->verifiedAt)
            identity = hub;
    }
    m_customerPanel->showIdentity(identity, QDateTime::currentDateTimeUtc());
    m_customerPanel->showNote(m_notes.value(m_current));
    QString request;
    if (latest && latest->isPending() && !recorded.isEmpty() &&
        recorded.value("requestIdentifier"_L1).toString() == latest->requestId)
        request = Auth::AuthTracker::stateText(Auth::AuthTracker::State::Succeeded); // the hub
    else if (latest) // checked it first
        request = Auth::AuthTracker::stateText(latest->state) +
                  (latest->reason.isEmpty() ? QString() : u": "_s + latest->reason);
    else if (!recorded.isEmpty())
        request = index.data(ConversationListModel::ChannelRole).toInt() ==
                          static_cast<int>(Protocol::ChannelType::WebChat)
                      ? tr("The customer signed in on the chat page")
                      : tr("Signed in (recorded by the hub)");
    m_customerPanel->showSignInRequest(request);
    // After a failed, refused or expired request, asking again is one click away.
    const bool ended = latest && (latest->state == Auth::AuthTracker::State::Failed ||
                                  latest->state == Auth::AuthTracker::State::Expired);
    m_customerPanel->showAskAgain(ended && m_signIn && m_signIn->gate(m_current).allowed);
}

void MainWindow::refreshHistory()
{
    // The history is the hub's to give once it has recorded the sign-in: asking on this desk's
    // own success, before the hub's record arrives, would only be refused (and audited so).
    const QModelIndex index = m_conversationList->currentIndex();
    const QJsonObject recorded =
        index.isValid() ? index.data(ConversationListModel::RecordedIdentityRole).toJsonObject()
                        : QJsonObject();
    const Auth::VerifiedIdentity hub = Auth::VerifiedIdentity::fromHubRecord(recorded);
    const QString verifiedName = hub.name.isEmpty() ? hub.subject : hub.name;
    const QDateTime until = hub.expiresAt;
    const bool expired = until.isValid() && until <= QDateTime::currentDateTimeUtc();
    const QString key = m_session && !m_current.isEmpty() && !verifiedName.isEmpty() && !expired
                            ? m_current + u'\n' + verifiedName
                            : QString();
    if (key == m_historyKey)
        return;
    m_historyKey = key;
    if (key.isEmpty()) {
        m_historyPanel->showMessage(
            expired ? tr("The customer's sign-in has expired. Ask them to sign in again to see "
                         "their history.")
                    : tr("Once the customer signs in, their conversations on every channel "
                         "appear here."));
        return;
    }
    m_historyPanel->showLoading(verifiedName);
    const QString convId = m_current;
    m_session->queryHistory(convId, [this, key, convId](Result<Protocol::HistoryResponse> r) {
        if (key != m_historyKey)
            return; // the agent has moved on
        if (!r) {
            m_historyPanel->showMessage(tr("The history could not be loaded: %1").arg(r.error()));
            m_historyKey.clear(); // try again next time
            return;
        }
        m_historyPanel->showHistory(r.value(), convId);
    });
}

void MainWindow::openEarlierTranscript(const QString &convId)
{
    if (!m_session || m_current.isEmpty())
        return;
    const QString via = m_current;
    const quint64 request = ++m_earlierRequest;
    m_session->queryTranscript(
        convId, via, [this, convId, via, request](Result<Protocol::TranscriptResponse> r) {
            if (via != m_current || request != m_earlierRequest)
                return; // the agent moved on, closed it, or opened another meanwhile
            if (!r) {
                statusBar()->showMessage(
                    tr("The earlier conversation could not be opened: %1").arg(r.error()), 10000);
                return;
            }
            delete m_earlierModel;
            m_earlierModel = new MessageListModel(convId, this);
            for (const Protocol::MessagingEvent &event : std::as_const(r->events))
                m_earlierModel->apply(event);
            m_earlierBubbles->clearCache();
            m_earlierView->setModel(m_earlierModel);
            m_earlierView->scrollToBottom();
            const Protocol::HistoryEntry &c = r->conversation;
            const QDateTime started = QDateTime::fromMSecsSinceEpoch(c.startTs).toLocalTime();
            m_earlierHeader->setText(
                u"<b>%1</b> · %2<br><span style='color:palette(placeholder-text)'>%3 · %4 · "
                "%5</span>"_s.arg(
                    HistoryModel::channelText(c.channel).toHtmlEscaped(),
                    HistoryPanel::whenText(started).toHtmlEscaped(),
                    (c.agentName.isEmpty() ? tr("No agent") : c.agentName).toHtmlEscaped(),
                    c.verified ? tr("verified") : tr("not verified"), tr("read-only")));
            m_earlierConversation = convId;
            m_earlierPane->show();
        });
}

void MainWindow::showHistoryTab()
{
    m_sideTabs->setCurrentWidget(m_historyPanel);
}

const HistoryModel *MainWindow::historyModel() const
{
    return m_historyPanel->model();
}

bool MainWindow::isEarlierTranscriptOpen() const
{
    return !m_earlierConversation.isEmpty();
}

void MainWindow::closeEarlierTranscript()
{
    ++m_earlierRequest;
    m_earlierPane->hide();
    m_earlierView->setModel(nullptr);
    delete m_earlierModel;
    m_earlierModel = nullptr;
    m_earlierConversation.clear();
}

void MainWindow::onRequestChanged(const QString &requestId)
{
    // A customer this desk verified gets the badge at once (the hub's record follows for others).
    // Nothing is cleared here: an identity the hub recorded from another desk stays shown.
    const auto request = m_signIn ? m_signIn->tracker()->request(requestId) : std::nullopt;
    if (m_session && request && request->state == Auth::AuthTracker::State::Succeeded)
        m_session->conversations()->setVerified(request->conversationId, request->identity.name,
                                                request->identity.expiresAt.toLocalTime());
    refreshSignIn();
    // A card's state or an answer's "not accepted" can change a row's height.
    m_bubbles->clearCache();
    m_transcript->doItemsLayout();
}

void MainWindow::showConversationNote(const QString &convId, const QString &note)
{
    m_notes.insert(convId, note);
    if (!note.isEmpty())
        statusBar()->showMessage(note, 10000);
    refreshSignIn();
}

void MainWindow::openSignInComposer()
{
    if (!m_signIn || m_current.isEmpty() || !m_signIn->gate(m_current).allowed)
        return;
    const QString name =
        m_conversationList->currentIndex().data(ConversationListModel::CustomerNameRole).toString();
    auto *composer = new AuthBubbleComposer(m_signIn, m_current, name, m_settings, m_images, this);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    connect(composer, &AuthBubbleComposer::sent, this, [this] {
        statusBar()->showMessage(tr("Sign-in request sent."), 5000);
        m_transcript->scrollToBottom();
    });
    composer->open();
}

void MainWindow::refreshStatus()
{
    QString status = m_session ? m_session->connection()->stateText() : tr("Not connected");
    // What the agent sent and the hub has not confirmed: kept, and sent once back online.
    if (const int waiting = m_session ? m_session->waitingToSend() : 0; waiting > 0)
        status += tr(" · %n waiting to be sent", nullptr, waiting);
    m_connectionStatus->setText(status);
    // The role comes from the login; the hub enforces it whatever this menu shows.
    const bool supervisor = m_session && m_session->isSupervisor();
    m_reviewAction->setEnabled(supervisor);
    // The live view: filters and who handles each conversation, for supervisors.
    if (m_filterBar->isVisibleTo(this) != supervisor) {
        if (!supervisor)
            m_filterBar->clear(); // an agent's list is never filtered
        m_filterBar->setVisible(supervisor);
        m_conversationDelegate->setShowAgents(supervisor);
        m_conversationList->viewport()->update();
    }
    m_reviewAction->setToolTip(supervisor ? tr("Search, review and export transcripts")
                                          : tr("For supervisors"));
}

ReviewWindow *MainWindow::reviewWindow() const
{
    return m_review;
}

void MainWindow::openReview()
{
    if (!m_session)
        return;
    if (!m_review || m_review->property("session").value<QObject *>() != m_session.data()) {
        delete m_review;
        m_review = new ReviewWindow(m_session, this);
        m_review->setProperty("session", QVariant::fromValue<QObject *>(m_session.data()));
    }
    m_review->show();
    m_review->raise();
    m_review->activateWindow();
}

void MainWindow::sendComposed()
{
    if (!m_session || m_current.isEmpty() || !m_composer->isEnabled())
        return;
    const QString text = m_composer->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    m_session->sendText(m_current, text, m_privateNoteAction->isChecked());
    m_composer->clear(); // (its textChanged tells the customer the agent stopped typing)
    m_transcript->scrollToBottom();
}

void MainWindow::acceptCurrent()
{
    if (!m_session || m_current.isEmpty())
        return;
    m_acceptButton->setEnabled(false);
    m_session->accept(m_current, [this](const Status &) {
        m_acceptButton->setEnabled(true);
        refreshCurrent();
        if (m_composer->isEnabled())
            m_composer->setFocus();
    });
}

void MainWindow::closeCurrent()
{
    if (!m_session || m_current.isEmpty() || !m_closeAction->isEnabled())
        return;
    const QString name =
        m_conversationList->currentIndex().data(ConversationListModel::CustomerNameRole).toString();
    delete m_closeDialog;
    m_closeDialog = new CloseDialog(name, m_session->team().dispositions, this);
    m_closeDialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString convId = m_current;
    connect(m_closeDialog, &QDialog::accepted, this, [this, convId, dialog = m_closeDialog] {
        if (!m_session)
            return;
        m_session->close(convId, dialog->dispositionCode(), dialog->note(), {});
    });
    m_closeDialog->open();
}

CloseDialog *MainWindow::closeDialog() const
{
    return m_closeDialog;
}

TransferDialog *MainWindow::transferDialog() const
{
    return m_transferDialog;
}

void MainWindow::transferCurrent()
{
    if (!m_session || m_current.isEmpty() || !m_transferAction->isEnabled())
        return;
    const QModelIndex index = m_conversationList->currentIndex();
    delete m_transferDialog;
    m_transferDialog = new TransferDialog(
        index.data(ConversationListModel::CustomerNameRole).toString(),
        index.data(ConversationListModel::SkillRole).toString(), m_session->userId(), this);
    m_transferDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_transferDialog->setTeam(m_session->team());
    QPointer<TransferDialog> dialog = m_transferDialog;
    m_session->fetchTeam([dialog](Result<Protocol::TeamInfo> team) {
        if (!dialog)
            return;
        if (team)
            dialog->setTeam(team.value());
        else
            dialog->setTeamError(team.error());
    });
    const QString convId = m_current;
    connect(m_transferDialog, &QDialog::accepted, this, [this, convId, dialog] {
        if (!m_session || !dialog)
            return;
        m_session->transfer(convId, dialog->agent(), dialog->skill(), [this](const Status &done) {
            if (done)
                statusBar()->showMessage(tr("The conversation was transferred."), 8000);
        });
    });
    m_transferDialog->open();
}

void MainWindow::setCannedResponses(const QList<Protocol::CannedResponse> &personal,
                                    const QList<Protocol::CannedResponse> &team)
{
    m_canned->setResponses(personal, team);
}

void MainWindow::refreshTyping()
{
    const bool typing = m_session && !m_current.isEmpty() && m_session->isCustomerTyping(m_current);
    if (typing) {
        const QString name = m_conversationList->currentIndex()
                                 .data(ConversationListModel::CustomerNameRole)
                                 .toString();
        m_typing->setText(tr("%1 is typing…").arg(name.isEmpty() ? tr("The customer") : name));
    }
    m_typing->setVisible(typing);
}

} // namespace Signet::Ui
