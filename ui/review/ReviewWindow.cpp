#include "review/ReviewWindow.h"

#include "FileAccess.h"
#include "Theme.h"

#include "chat/BubbleDelegate.h"
#include "chat/BubbleLayout.h"
#include "conversation/DeskSession.h"
#include "conversation/HistoryModel.h"
#include "conversation/MessageListModel.h"
#include "protocol/Codec.h"
#include "review/TranscriptExport.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;
using Review::SearchQuery;

namespace {
QString when(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return QLocale().toString(t.date(), QLocale::ShortFormat) + u' ' + shortTime(t.time());
}

// The hub marks matches with STX/ETX: escape the text first, then emphasise.
QString highlighted(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(2), u"<b>"_s).replace(QChar(3), u"</b>"_s);
    return html;
}

// Where each sign-in request of a transcript ended, by request id, from its timeline: what its
// card in the transcript says.
QHash<QString, QString> requestOutcomes(const QJsonArray &timeline)
{
    QHash<QString, QString> out;
    QSet<QString> settled;
    for (const QJsonValue &value : timeline) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value("requestIdentifier"_L1).toString();
        if (id.isEmpty() || settled.contains(id))
            continue;
        const QString action = entry.value("action"_L1).toString();
        const QJsonObject d = entry.value("details"_L1).toObject();
        QString name = d.value("name"_L1).toString();
        if (name.isEmpty())
            name = d.value("subject"_L1).toString();
        if (action == "signin.requested"_L1) {
            out.insert(id, QObject::tr("sent; no answer recorded"));
        } else if (action == "signin.started"_L1) {
            out.insert(id, QObject::tr("the customer opened the login page"));
        } else if (action == "signin.password-wrong"_L1) {
            out.insert(id, QObject::tr("wrong password (attempt %1 of %2)")
                               .arg(d.value("attempt"_L1).toInt())
                               .arg(d.value("of"_L1).toInt()));
        } else if (action == "signin.verified"_L1 || action == "signin.confirmed"_L1) {
            out.insert(id, QObject::tr("signed in as %1").arg(name));
            settled.insert(id);
        } else if (action == "signin.asserted"_L1) {
            out.insert(id, QObject::tr("not verified by the hub: the agent said %1").arg(name));
            settled.insert(id);
        } else if (action == "signin.answered"_L1 && !d.value("status"_L1).toBool()) {
            out.insert(id, QObject::tr("failed: %1").arg(d.value("error"_L1).toString()));
        } else if (action == "signin.refused"_L1 || action == "signin.report-refused"_L1 ||
                   action == "signin.request-refused"_L1) {
            out.insert(id, QObject::tr("refused: %1").arg(d.value("reason"_L1).toString()));
            settled.insert(id);
        } else if (action == "signin.failed"_L1) {
            out.insert(id, QObject::tr("failed: %1").arg(d.value("reason"_L1).toString()));
        }
    }
    return out;
}

QString timelineText(const QJsonObject &entry)
{
    const QString action = entry.value("action"_L1).toString();
    const QJsonObject d = entry.value("details"_L1).toObject();
    QString what;
    if (action == "signin.requested"_L1)
        what = QObject::tr("Sign-in requested (%1 bubble, \"%2\")")
                   .arg(d.value("style"_L1).toString(), d.value("title"_L1).toString());
    else if (action == "signin.started"_L1)
        what = QObject::tr("Customer opened the login page (%1)")
                   .arg(d.value("generation"_L1).toString());
    else if (action == "signin.answered"_L1)
        what = d.value("status"_L1).toBool()
                   ? QObject::tr("Answered with an encrypted token")
                   : QObject::tr("Answered: failed — %1").arg(d.value("error"_L1).toString());
    else if (action == "signin.verified"_L1)
        what = QObject::tr("Verified as %1 (%2), expires %3")
                   .arg(d.value("name"_L1).toString(), d.value("subject"_L1).toString(),
                        d.value("expiresAt"_L1).toInteger() > 0
                            ? when(d.value("expiresAt"_L1).toInteger())
                            : QObject::tr("not stated"));
    else if (action == "signin.asserted"_L1)
        what = QObject::tr("Not verified by the hub: the agent said %1 (%2)")
                   .arg(d.value("name"_L1).toString(), d.value("subject"_L1).toString());
    else if (action == "signin.confirmed"_L1)
        what = QObject::tr("The agent's desk confirmed the identity the hub checked (%1)")
                   .arg(d.value("subject"_L1).toString());
    else if (action == "signin.password-wrong"_L1)
        what = d.value("stopped"_L1).toBool()
                   ? QObject::tr("Wrong password (attempt %1 of %2): the sign-in was stopped")
                         .arg(d.value("attempt"_L1).toInt())
                         .arg(d.value("of"_L1).toInt())
                   : QObject::tr("Wrong password (attempt %1 of %2)")
                         .arg(d.value("attempt"_L1).toInt())
                         .arg(d.value("of"_L1).toInt());
    else
        what = QObject::tr("%1: %2").arg(action, d.value("reason"_L1).toString());
    return when(entry.value("timestamp"_L1).toInteger()) + u"  "_s + what;
}
} // namespace

ReviewWindow::ReviewWindow(DeskSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_text(new QLineEdit)
    , m_customer(new QLineEdit)
    , m_subject(new QLineEdit)
    , m_agent(new QLineEdit)
    , m_channel(new QComboBox)
    , m_auth(new QComboBox)
    , m_period(new QComboBox)
    , m_status(new QLabel)
    , m_hits(new QListWidget)
    , m_header(new QLabel)
    , m_transcript(new QListView)
    , m_bubbles(new BubbleDelegate(m_transcript))
    , m_timeline(new QListWidget)
    , m_exportJson(new QPushButton(tr("Export &JSON…")))
    , m_exportCsv(new QPushButton(tr("Export &CSV…")))
    , m_exportPdf(new QPushButton(tr("Export &PDF…")))
{
    setObjectName(u"reviewWindow"_s);
    setWindowTitle(tr("Transcript Review — Signet"));
    m_text->setObjectName(u"reviewText"_s);
    m_text->setPlaceholderText(tr("Words, \"a phrase\", prefix*"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search words"));
    m_customer->setObjectName(u"reviewCustomer"_s);
    m_customer->setPlaceholderText(tr("Customer's name"));
    m_customer->setAccessibleName(tr("Customer's name"));
    m_subject->setObjectName(u"reviewSubject"_s);
    m_subject->setPlaceholderText(tr("Verified identity (subject)"));
    m_subject->setAccessibleName(tr("Verified identity (subject)"));
    m_agent->setObjectName(u"reviewAgent"_s);
    m_agent->setPlaceholderText(tr("Agent id"));
    m_agent->setAccessibleName(tr("Agent id"));
    m_channel->setAccessibleName(tr("Channel"));
    m_auth->setAccessibleName(tr("Sign-in"));
    m_period->setAccessibleName(tr("Period"));
    m_channel->setToolTip(tr("Only conversations on this channel"));
    m_auth->setToolTip(tr("Only conversations with this sign-in outcome"));
    m_period->setToolTip(tr("Only conversations started in this period"));
    m_channel->setObjectName(u"reviewChannel"_s);
    m_channel->addItem(tr("Any channel"), int(Protocol::ChannelType::Unknown));
    m_channel->addItem(tr("Apple Messages"), int(Protocol::ChannelType::AppleMessages));
    m_channel->addItem(tr("Web chat"), int(Protocol::ChannelType::WebChat));
    m_auth->setObjectName(u"reviewAuth"_s);
    for (const auto &[auth, label] :
         {std::pair{SearchQuery::Auth::Any, tr("Any sign-in")},
          std::pair{SearchQuery::Auth::Verified, tr("Verified")},
          std::pair{SearchQuery::Auth::NotVerified, tr("Not verified")},
          std::pair{SearchQuery::Auth::Expired, tr("Sign-in expired")},
          std::pair{SearchQuery::Auth::Failed, tr("Sign-in failed or refused")}})
        m_auth->addItem(label, int(auth));
    m_period->setObjectName(u"reviewPeriod"_s);
    for (const auto &[days, label] :
         {std::pair{0, tr("Any time")}, std::pair{1, tr("Today")}, std::pair{7, tr("Last 7 days")},
          std::pair{30, tr("Last 30 days")}, std::pair{365, tr("Last year")}})
        m_period->addItem(label, days);
    auto *go = new QPushButton(tr("&Search"));
    go->setObjectName(u"reviewSearch"_s);
    go->setToolTip(tr("Search with the words and filters above"));
    go->setDefault(true);
    m_status->setObjectName(u"reviewStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_hits->setObjectName(u"reviewHits"_s);
    m_hits->setAccessibleName(tr("Conversations found"));
    m_hits->setAccessibleDescription(tr("Choose one to read its transcript"));
    m_header->setObjectName(u"reviewHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setText(tr("Choose a conversation to read its transcript."));
    m_transcript->setObjectName(u"reviewTranscript"_s);
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->setAccessibleDescription(tr("The conversation as it was, read-only"));
    // People by name (as the team knows them now), and each sign-in card with its outcome.
    m_bubbles->setNameLookup([this](const QString &id) {
        const QString name = m_session ? m_session->agentName(id) : id;
        return name == id ? tr("someone no longer on the team") : name;
    });
    m_bubbles->setOutcomeLookup([this](const QString &id) { return m_outcomes.value(id); });
    m_transcript->setItemDelegate(m_bubbles);
    m_transcript->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_transcript->setSelectionMode(QAbstractItemView::NoSelection);
    m_transcript->setResizeMode(QListView::Adjust);
    m_transcript->setWordWrap(true);
    m_timeline->setObjectName(u"reviewTimeline"_s);
    m_timeline->setAccessibleName(tr("Sign-in timeline"));
    m_timeline->setAccessibleDescription(tr("Every step of the sign-ins in this conversation"));
    m_timeline->setWordWrap(true);
    m_exportJson->setObjectName(u"reviewExportJson"_s);
    m_exportCsv->setObjectName(u"reviewExportCsv"_s);
    m_exportPdf->setObjectName(u"reviewExportPdf"_s);
    m_exportJson->setToolTip(tr("This transcript as a verifiable JSON export"));
    m_exportCsv->setToolTip(tr("This transcript as a spreadsheet"));
    m_exportPdf->setToolTip(tr("This transcript as a printable document"));
    for (QPushButton *b : {m_exportJson, m_exportCsv, m_exportPdf})
        b->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 3);
    filters->addWidget(m_customer, 2);
    filters->addWidget(m_subject, 1);
    filters->addWidget(m_agent, 1);
    filters->addWidget(m_channel);
    filters->addWidget(m_auth);
    filters->addWidget(m_period);
    filters->addWidget(go);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_hits, 1);
    auto *timelineTitle = new QLabel(tr("<b>Authentication timeline</b>"));
    auto *exports = new QHBoxLayout;
    exports->addStretch();
    exports->addWidget(m_exportJson);
    exports->addWidget(m_exportCsv);
    exports->addWidget(m_exportPdf);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    auto *beside = new QSplitter(Qt::Horizontal);
    beside->addWidget(m_transcript);
    auto *timelineBox = new QWidget;
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(timelineTitle);
    timelineLayout->addWidget(m_timeline, 1);
    beside->addWidget(timelineBox);
    beside->setSizes({420, 280});
    rightLayout->addWidget(beside, 1);
    rightLayout->addLayout(exports);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setSizes({360, 720});
    auto *exportAll = new QPushButton(tr("Export &Results…"));
    exportAll->setObjectName(u"reviewExportResults"_s);
    exportAll->setToolTip(tr("Every conversation found, as one verifiable JSON export"));
    leftLayout->addWidget(exportAll, 0, Qt::AlignRight);
    connect(exportAll, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export Results"), u"review-results.json"_s);
        if (path.isEmpty())
            return;
        exportResults(
            path, path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? Format::Csv : Format::Json,
            [self = QPointer(this), path](const Status &written) {
                if (self)
                    self->m_status->setText(written ? tr("Exported to %1.").arg(path)
                                                    : tr("Not exported: %1").arg(written.error()));
            });
    });
    auto *transcripts = new QWidget;
    auto *transcriptsLayout = new QVBoxLayout(transcripts);
    transcriptsLayout->addLayout(filters);
    transcriptsLayout->addWidget(split, 1);

    // The audit log: who did what, with the hub's check of the whole chain on every load.
    auto *audit = new QWidget;
    m_auditAction = new QComboBox;
    m_auditAction->setObjectName(u"auditAction"_s);
    for (const auto &[prefix, label] :
         {std::pair{QString(), tr("Everything")}, std::pair{u"signin."_s, tr("Sign-ins")},
          std::pair{u"history."_s, tr("History reads")},
          std::pair{u"transcript."_s, tr("Transcript reads")},
          std::pair{u"review."_s, tr("Searches and refusals")},
          std::pair{u"export."_s, tr("Exports")}})
        m_auditAction->addItem(label, prefix);
    m_auditConversation = new QLineEdit;
    m_auditConversation->setPlaceholderText(tr("Conversation id"));
    m_auditActor = new QLineEdit;
    m_auditActor->setPlaceholderText(tr("Actor (agent id, hub, customer:…)"));
    auto *load = new QPushButton(tr("&Load"));
    load->setObjectName(u"auditLoad"_s);
    auto *exportAudit = new QPushButton(tr("Export CS&V…"));
    exportAudit->setObjectName(u"auditExport"_s);
    m_auditAction->setAccessibleName(tr("Kind of entry"));
    m_auditAction->setToolTip(tr("Only entries of this kind"));
    m_auditConversation->setObjectName(u"auditConversation"_s);
    m_auditConversation->setAccessibleName(tr("Conversation id"));
    m_auditConversation->setToolTip(tr("Only entries about this conversation"));
    m_auditActor->setObjectName(u"auditActor"_s);
    m_auditActor->setAccessibleName(tr("Actor"));
    m_auditActor->setToolTip(tr("Only entries by this actor"));
    load->setToolTip(tr("Load the entries and check the log's hash chain"));
    exportAudit->setToolTip(tr("The entries shown, as a spreadsheet"));
    m_auditStatus = new QLabel;
    m_auditStatus->setObjectName(u"auditStatus"_s);
    m_auditStatus->setTextFormat(Qt::PlainText);
    m_auditStatus->setWordWrap(true);
    m_auditTable = new QTableWidget(0, 5);
    m_auditTable->setObjectName(u"auditTable"_s);
    m_auditTable->setAccessibleName(tr("Audit log"));
    m_auditTable->setAccessibleDescription(tr("Who did what, newest first"));
    m_auditTable->setHorizontalHeaderLabels(
        {tr("Time"), tr("Actor"), tr("Action"), tr("Conversation"), tr("Details")});
    m_auditTable->horizontalHeader()->setStretchLastSection(true);
    m_auditTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_auditTable->verticalHeader()->hide();
    auto *auditFilters = new QHBoxLayout;
    auditFilters->addWidget(m_auditAction);
    auditFilters->addWidget(m_auditConversation, 1);
    auditFilters->addWidget(m_auditActor, 1);
    auditFilters->addWidget(load);
    auditFilters->addWidget(exportAudit);
    auto *auditLayout = new QVBoxLayout(audit);
    auditLayout->addLayout(auditFilters);
    auditLayout->addWidget(m_auditStatus);
    auditLayout->addWidget(m_auditTable, 1);
    connect(load, &QPushButton::clicked, this, &ReviewWindow::loadAudit);
    connect(exportAudit, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export Audit Log"), u"audit-log.csv"_s);
        if (path.isEmpty())
            return;
        exportAuditTo(path, [self = QPointer(this), path](const Status &written) {
            if (self)
                self->m_auditStatus->setText(written ? tr("Exported to %1.").arg(path)
                                                     : tr("Not exported: %1").arg(written.error()));
        });
    });

    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"reviewTabs"_s);
    tabs->addTab(transcripts, tr("&Transcripts"));
    tabs->addTab(audit, tr("&Audit Log"));
    tabs->setTabToolTip(0, tr("Search and read transcripts"));
    tabs->setTabToolTip(1, tr("The hub's audit log and the check of its chain"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    resize(1120, 700);
    m_text->setFocus(); // a review starts with what to look for
    // Escape closes the window, as it does a dialog.
    auto *escape = new QShortcut(QKeySequence::Cancel, this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    connect(go, &QPushButton::clicked, this, &ReviewWindow::search);
    connect(m_text, &QLineEdit::returnPressed, this, &ReviewWindow::search);
    connect(m_customer, &QLineEdit::returnPressed, this, &ReviewWindow::search);
    connect(m_subject, &QLineEdit::returnPressed, this, &ReviewWindow::search);
    connect(m_agent, &QLineEdit::returnPressed, this, &ReviewWindow::search);
    connect(m_hits, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            open(item->data(Qt::UserRole).toString());
    });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { chooseExport(Format::Json); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExport(Format::Csv); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseExport(Format::Pdf); });
    m_status->setText(tr("Search what customers and agents said, or filter the conversations."));
}

SearchQuery ReviewWindow::query() const
{
    SearchQuery q;
    q.text = m_text->text();
    q.customer = m_customer->text();
    q.subject = m_subject->text().trimmed();
    q.agentId = m_agent->text().trimmed();
    q.channel = static_cast<Protocol::ChannelType>(m_channel->currentData().toInt());
    q.auth = static_cast<SearchQuery::Auth>(m_auth->currentData().toInt());
    const int days = m_period->currentData().toInt();
    if (days > 0)
        q.fromTs =
            QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0)).toMSecsSinceEpoch();
    return q;
}

void ReviewWindow::search()
{
    if (!m_session)
        return;
    m_status->setText(tr("Searching…"));
    m_session->reviewSearch(query(), [this](Result<Review::SearchResults> results) {
        if (!results) {
            {
                const QSignalBlocker quiet(m_hits);
                m_hits->clear();
            }
            m_hitIds.clear();
            clearTranscript();
            m_status->setText(tr("The search did not run: %1").arg(results.error()));
        } else {
            showHits(results.value());
        }
        emit searched();
    });
}

void ReviewWindow::clearTranscript()
{
    m_opening.clear();
    m_openId.clear();
    m_export = {};
    m_transcript->setModel(nullptr);
    delete m_messages;
    m_messages = nullptr;
    m_bubbles->clearCache();
    m_timeline->clear();
    m_header->setText(tr("Choose a conversation to read its transcript."));
    for (QPushButton *b : {m_exportJson, m_exportCsv, m_exportPdf})
        b->setEnabled(false);
}

void ReviewWindow::showHits(const Review::SearchResults &results)
{
    const QStringList before = m_hitIds;
    {
        const QSignalBlocker quiet(m_hits); // clearing the list is not choosing another hit
        m_hits->clear();
    }
    m_hitIds.clear();
    for (const Review::SearchHit &hit : results.hits)
        m_hitIds << hit.conversation.conversationId;
    // A transcript stays open only while the results it came from are the ones shown.
    if (m_hitIds != before)
        clearTranscript();
    m_status->setText(results.hits.isEmpty()
                          ? tr("Nothing found.")
                          : (results.more ? tr("The %1 newest conversations found (more match: "
                                               "narrow the search).")
                                                .arg(results.hits.size())
                             : results.hits.size() == 1
                                 ? tr("1 conversation found.")
                                 : tr("%1 conversations found.").arg(results.hits.size())));
    for (const Review::SearchHit &hit : results.hits) {
        const Protocol::HistoryEntry &c = hit.conversation;
        const QString who = hit.identityName.isEmpty() ? hit.customerName : hit.identityName;
        const QString badge = c.verified ? tr("✓ verified")
                              : hit.identityAssurance == "asserted"_L1
                                  ? tr("asserted by an agent, not verified")
                                  : tr("not verified");
        const QString html =
            u"<b>%1</b> · %2 · %3<br><span style='color:palette(placeholder-text)'>%4 · %5</span>"
            "<br>%6"_s.arg(who.toHtmlEscaped(),
                           HistoryModel::channelText(c.channel).toHtmlEscaped(),
                           when(c.startTs).toHtmlEscaped(),
                           (c.agentName.isEmpty() ? tr("No agent") : c.agentName).toHtmlEscaped(),
                           badge, highlighted(hit.snippet));
        auto *item = new QListWidgetItem(m_hits);
        item->setData(Qt::UserRole, c.conversationId);
        item->setData(Qt::AccessibleTextRole, QTextDocumentFragment::fromHtml(html).toPlainText());
        auto *label = new QLabel(html);
        label->setObjectName(u"reviewHit"_s);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setContentsMargins(6, 4, 6, 4);
        item->setSizeHint(label->sizeHint());
        m_hits->setItemWidget(item, label);
        if (c.conversationId == m_openId) {
            const QSignalBlocker quiet(m_hits);
            m_hits->setCurrentItem(item);
        }
    }
}

QHash<QString, QString> ReviewWindow::signInOutcomes(const QJsonArray &timeline)
{
    return requestOutcomes(timeline);
}

QString ReviewWindow::identityText(const QJsonObject &identity)
{
    // Plain text (callers escape it): every part of an identity came from elsewhere.
    const QString name = identity.value("name"_L1).toString();
    const QString subject = identity.value("subject"_L1).toString();
    const QString issuer = identity.value("issuer"_L1).toString();
    switch (Protocol::identityAssurance(identity)) {
    case Protocol::IdentityAssurance::None:
        return tr("The customer did not sign in.");
    case Protocol::IdentityAssurance::Asserted:
        return tr("Not verified by the hub: %1 said the customer is %2 (%3 at %4)")
            .arg(Protocol::assertedByText(identity, tr("an agent")),
                 name.isEmpty() ? subject : name, subject, issuer);
    case Protocol::IdentityAssurance::ProviderSigned:
    case Protocol::IdentityAssurance::Hub:
        break;
    }
    return tr("Verified as %1 — %2 at %3").arg(name, subject, issuer);
}

void ReviewWindow::open(const QString &conversationId)
{
    if (!m_session)
        return;
    // The hub's export of the transcript: its events, chain and sign-in timeline in one answer.
    m_opening = conversationId;
    m_session->reviewExport(
        {conversationId}, u"view"_s, [this, conversationId](Result<QJsonObject> doc) {
            if (conversationId != m_opening)
                return; // a new search or another hit came first
            if (!doc) {
                m_header->setText(
                    tr("The transcript could not be opened: %1").arg(doc.error().toHtmlEscaped()));
                return;
            }
            Result<QList<Review::ExportedConversation>> conversations =
                Review::TranscriptExport::fromJson(doc.value());
            if (!conversations || conversations->isEmpty()) {
                m_header->setText(tr("The transcript could not be read."));
                return;
            }
            const Review::ExportedConversation &c = conversations->first();
            m_export = doc.value();
            m_openId = conversationId;
            delete m_messages;
            m_messages = new MessageListModel(conversationId, this);
            for (const Protocol::MessagingEvent &e : c.events)
                m_messages->apply(e);
            m_bubbles->clearCache();
            m_transcript->setModel(m_messages);
            const QJsonObject id = c.verifiedIdentity;
            // An identity only an agent vouched for stands out: it is the line a reviewer must not
            // read as a checked one.
            const bool asserted =
                Protocol::identityAssurance(id) == Protocol::IdentityAssurance::Asserted;
            const QString identityLine =
                asserted ? u"<span style='color:%1'><b>%2</b></span>"_s.arg(
                               Theme::tone(Theme::Tone::Warning, palette()).name(),
                               identityText(id).toHtmlEscaped())
                         : identityText(id).toHtmlEscaped();
            m_header->setText(
                u"<b>%1</b> · %2 · %3<br>%4<br><span style='color:palette(placeholder-text)'>%5</span>"_s
                    .arg(HistoryModel::channelText(c.conversation.channel).toHtmlEscaped(),
                         when(c.conversation.startTs).toHtmlEscaped(),
                         (c.conversation.agentName.isEmpty() ? tr("No agent")
                                                             : c.conversation.agentName)
                             .toHtmlEscaped(),
                         identityLine,
                         tr("Export hash %1").arg(m_export.value("exportHash"_L1).toString())));
            m_outcomes = requestOutcomes(c.authTimeline);
            m_timeline->clear();
            for (const QJsonValue &entry : c.authTimeline)
                m_timeline->addItem(timelineText(entry.toObject()));
            if (c.authTimeline.isEmpty())
                m_timeline->addItem(tr("No sign-in in this conversation."));
            for (QPushButton *b : {m_exportJson, m_exportCsv, m_exportPdf})
                b->setEnabled(true);
            emit opened(conversationId);
        });
}

void ReviewWindow::chooseExport(Format format)
{
    const QString suffix = format == Format::Json  ? u"json"_s
                           : format == Format::Csv ? u"csv"_s
                                                   : u"pdf"_s;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Transcript"), u"transcript-%1.%2"_s.arg(m_openId.left(8), suffix));
    if (path.isEmpty())
        return;
    m_status->setText(tr("Exporting…"));
    exportTo(path, format, [self = QPointer(this), path](const Status &written) {
        if (self)
            self->m_status->setText(written ? tr("Exported to %1.").arg(path)
                                            : tr("Not exported: %1").arg(written.error()));
    });
}

QString ReviewWindow::formatName(Format format)
{
    return format == Format::Json ? u"json"_s : format == Format::Csv ? u"csv"_s : u"pdf"_s;
}

void ReviewWindow::exportTo(const QString &path, Format format, std::function<void(Status)> done)
{
    if (m_openId.isEmpty() || !m_session)
        return done(fail(tr("Open a transcript first.")));
    // The file is written from the hub's answer to this export, which the hub audits (and
    // refuses a login that may no longer export) — never from what the window already holds.
    const QPointer<ReviewWindow> self(this);
    m_session->reviewExport({m_openId}, formatName(format),
                            [self, path, format, done, id = m_openId](Result<QJsonObject> doc) {
                                if (!doc)
                                    return done(fail(doc.error()));
                                if (!self)
                                    return done(fail(tr("The review window was closed.")));
                                done(self->writeExport(doc.value(), id, path, format));
                            });
}

Status ReviewWindow::writeExport(const QJsonObject &exported, const QString &conversationId,
                                 const QString &path, Format format) const
{
    Result<QList<Review::ExportedConversation>> conversations =
        Review::TranscriptExport::fromJson(exported);
    if (!conversations)
        return fail(conversations.error());
    if (conversations->isEmpty())
        return fail(tr("The hub sent no transcript."));
    if (format == Format::Pdf) {
        // A document for people: the identity, verification times and the export hash on top.
        const Review::ExportedConversation &c = conversations->first();
        QString html = u"<h2>%1</h2><p>%2 · %3 · %4</p>"_s.arg(
            tr("Transcript").toHtmlEscaped(),
            HistoryModel::channelText(c.conversation.channel).toHtmlEscaped(),
            when(c.conversation.startTs).toHtmlEscaped(), c.conversation.agentName.toHtmlEscaped());
        html += u"<p>%1</p>"_s.arg(identityText(c.verifiedIdentity).toHtmlEscaped());
        html += u"<p><b>%1</b></p><ul>"_s.arg(tr("Authentication timeline"));
        for (const QJsonValue &entry : c.authTimeline)
            html += u"<li>%1</li>"_s.arg(timelineText(entry.toObject()).toHtmlEscaped());
        html += u"</ul><p><small>%1<br>%2</small></p><hr>"_s.arg(
            tr("Export hash: %1").arg(exported.value("exportHash"_L1).toString()),
            tr("Exported %1 by %2; the JSON export of the same transcript can be checked with "
               "signet-hub verify-export.")
                .arg(exported.value("exportedAt"_L1).toString(),
                     exported.value("exportedBy"_L1).toString())
                .toHtmlEscaped());
        for (const Protocol::MessagingEvent &e : c.events) {
            if (e.event.type != Protocol::Event::Type::Content &&
                e.event.type != Protocol::Event::Type::RichContent)
                continue;
            const bool customer = e.originatorRole == Protocol::ParticipantRole::Consumer;
            const bool manager = e.originatorRole == Protocol::ParticipantRole::Manager;
            const QString who = e.event.agentsOnly ? tr("Private note (agents only)")
                                : customer         ? tr("Customer")
                                : manager          ? tr("Supervisor")
                                                   : tr("Agent");
            html += u"<p><b>%1</b> <small>%2</small><br>%3</p>"_s.arg(
                who.toHtmlEscaped(), when(e.serverTimestamp).toHtmlEscaped(),
                (e.event.message.isEmpty() ? tr("[sign-in request]") : e.event.message)
                    .toHtmlEscaped()
                    .replace(u'\n', u"<br>"_s));
        }
        QPdfWriter pdf(path);
        pdf.setTitle(tr("Transcript %1").arg(conversationId));
        pdf.setCreator(u"Signet"_s);
        QTextDocument document;
        document.setHtml(html);
        // Owner-only from its first byte: an empty owner-only file first, which the printer
        // then writes into.
        QFile::remove(path);
        if (!ensureOwnerOnlyFile(path))
            return fail(tr("Could not write %1").arg(path));
        document.print(&pdf);
        return QFileInfo::exists(path) && restrictToOwner(path)
                   ? Status(Done{})
                   : Status(fail(tr("Could not write %1").arg(path)));
    }
    const QByteArray bytes = format == Format::Json
                                 ? QJsonDocument(exported).toJson(QJsonDocument::Indented)
                                 : Review::TranscriptExport::toCsv(conversations.value());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnlyFile) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Could not write %1: %2").arg(path, file.errorString()));
    return Done{};
}

void ReviewWindow::exportResults(const QString &path, Format format,
                                 std::function<void(Status)> done)
{
    if (!m_session || m_hitIds.isEmpty())
        return done(fail(tr("Search first: there are no results to export.")));
    if (format == Format::Pdf)
        return done(fail(tr("Results export as JSON or CSV; open a transcript for its PDF.")));
    m_session->reviewExport(
        m_hitIds, formatName(format), [path, format, done](Result<QJsonObject> doc) {
            if (!doc)
                return done(fail(doc.error()));
            QByteArray bytes = QJsonDocument(doc.value()).toJson(QJsonDocument::Indented);
            if (format == Format::Csv) {
                Result<QList<Review::ExportedConversation>> conversations =
                    Review::TranscriptExport::fromJson(doc.value());
                if (!conversations)
                    return done(fail(conversations.error()));
                bytes = Review::TranscriptExport::toCsv(conversations.value());
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnlyFile) ||
                file.write(bytes) != bytes.size() || !file.commit())
                return done(fail(tr("Could not write %1: %2").arg(path, file.errorString())));
            done(Done{});
        });
}

QJsonObject ReviewWindow::auditFilter() const
{
    QJsonObject filter{{"limit"_L1, 2000}};
    if (const QString prefix = m_auditAction->currentData().toString(); !prefix.isEmpty())
        filter.insert("actionPrefix"_L1, prefix);
    if (!m_auditConversation->text().trimmed().isEmpty())
        filter.insert("conversationId"_L1, m_auditConversation->text().trimmed());
    if (!m_auditActor->text().trimmed().isEmpty())
        filter.insert("actor"_L1, m_auditActor->text().trimmed());
    return filter;
}

void ReviewWindow::loadAudit()
{
    if (!m_session)
        return;
    m_auditStatus->setText(tr("Loading…"));
    const QJsonObject filter = auditFilter();
    m_session->reviewAudit(filter, [this, filter](Result<QJsonObject> answer) {
        m_auditTable->setRowCount(0);
        m_auditEntries = {};
        m_auditFilter = filter;
        if (!answer) {
            m_auditStatus->setText(tr("The audit log could not be loaded: %1").arg(answer.error()));
            emit auditLoaded();
            return;
        }
        m_auditEntries = answer->value("entries"_L1).toArray();
        const bool intact = answer->value("intact"_L1).toBool();
        m_auditStatus->setText(
            intact ? tr("%1 entries. The log's hash chain is intact.").arg(m_auditEntries.size())
                   : tr("%1 entries. THE AUDIT LOG WAS CHANGED: %2")
                         .arg(m_auditEntries.size())
                         .arg(answer->value("problem"_L1).toString()));
        QFont font = m_auditStatus->font();
        font.setBold(!intact);
        m_auditStatus->setFont(font);
        if (!intact)
            Theme::setTone(m_auditStatus, Theme::Tone::Error);
        else
            Theme::clearTone(m_auditStatus);
        // Newest first.
        for (qsizetype i = m_auditEntries.size() - 1; i >= 0; --i) {
            const QJsonObject e = m_auditEntries.at(i).toObject();
            const int row = m_auditTable->rowCount();
            m_auditTable->insertRow(row);
            const QStringList cells{
                when(e.value("timestamp"_L1).toInteger()), e.value("actor"_L1).toString(),
                e.value("action"_L1).toString(), e.value("conversationId"_L1).toString(),
                QString::fromUtf8(QJsonDocument(e.value("details"_L1).toObject())
                                      .toJson(QJsonDocument::Compact))};
            for (int c = 0; c < cells.size(); ++c)
                m_auditTable->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
        m_auditTable->resizeColumnsToContents();
        emit auditLoaded();
    });
}

void ReviewWindow::exportAuditTo(const QString &path, std::function<void(Status)> done)
{
    if (m_auditEntries.isEmpty() || !m_session)
        return done(fail(tr("Load the audit log first.")));
    // The entries written are the hub's answer to an export request, which it audits.
    QJsonObject filter = m_auditFilter;
    filter.insert("exportFormat"_L1, u"csv"_s);
    m_session->reviewAudit(filter, [path, done](Result<QJsonObject> answer) {
        if (!answer)
            return done(fail(answer.error()));
        done(writeAuditCsv(answer->value("entries"_L1).toArray(), path));
    });
}

Status ReviewWindow::writeAuditCsv(const QJsonArray &entries, const QString &path)
{
    auto cell = [](QString value) -> QString { // a QString, not a builder over a local
        if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
            value.prepend(u'\'');
        value.replace(u"\""_s, u"\"\""_s);
        return u'"' + value + u'"';
    };
    QString csv = u"sequence,time_utc,actor,action,conversation_id,request_id,details,hash\r\n"_s;
    for (const QJsonValue &value : entries) {
        const QJsonObject e = value.toObject();
        csv += QStringList{cell(QString::number(e.value("sequence"_L1).toInteger())),
                           cell(QDateTime::fromMSecsSinceEpoch(e.value("timestamp"_L1).toInteger(),
                                                               Qt::UTC)
                                    .toString(Qt::ISODateWithMs)),
                           cell(e.value("actor"_L1).toString()),
                           cell(e.value("action"_L1).toString()),
                           cell(e.value("conversationId"_L1).toString()),
                           cell(e.value("requestIdentifier"_L1).toString()),
                           cell(QString::fromUtf8(QJsonDocument(e.value("details"_L1).toObject())
                                                      .toJson(QJsonDocument::Compact))),
                           cell(e.value("hash"_L1).toString())}
                   .join(u',') +
               u"\r\n"_s;
    }
    QSaveFile file(path);
    const QByteArray bytes = csv.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnlyFile) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Could not write %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace Signet::Ui
