// The supervisor's review window, offscreen against a real hub: search with highlights, the
// transcript beside its authentication timeline, exports (JSON verified against the hub's chain,
// CSV, PDF); an agent's desk gets the hub's refusal; the Review menu follows the login's role.
#include "review/ReviewWindow.h"
#include "MainWindow.h"
#include "TestDesk.h"
#include "TestHub.h"
#include "chat/BubbleDelegate.h"
#include "conversation/DeskSession.h"
#include "conversation/MessageListModel.h"
#include "review/TranscriptExport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

struct World
{
    TestHub hub;
    QString convId;
    World()
    {
        (void)hub.addUser(u"ana"_s, kPassword);
        (void)hub.addUser(u"sam"_s, kPassword, u"supervisor"_s);
        convId = hub.startCustomer(u"maya"_s, u"Maya"_s, u"I was charged twice"_s);
        (void)hub.hub().consumerSend(convId, u"Can I get a refund for one?"_s);
        (void)hub.hub().recordVerifiedIdentity(
            convId, QJsonObject{{"issuer"_L1, "https://idp.example"_L1},
                                {"subject"_L1, "maya-1"_L1},
                                {"assurance"_L1, "hub"_L1},
                                {"name"_L1, "Maya Chen"_L1},
                                {"expiresAt"_L1, QDateTime::currentMSecsSinceEpoch() + 3600000}});
        hub.hub().audit(u"agent"_s, u"signin.requested"_s, convId, u"r1"_s,
                        QJsonObject{{"style"_L1, "small"_L1}, {"title"_L1, "Sign in"_L1}});
        hub.hub().audit(
            u"hub"_s, u"signin.verified"_s, convId, u"r1"_s,
            QJsonObject{{"name"_L1, "Maya Chen"_L1},
                        {"subject"_L1, "maya-1"_L1},
                        {"expiresAt"_L1, QDateTime::currentMSecsSinceEpoch() + 3600000}});
    }
};

using Desk = TestDesk;
using Format = Ui::ReviewWindow::Format;

// The window's export, waited for: the hub answers before the file is written.
Status exportOf(Ui::ReviewWindow &review, const QString &path, Format format)
{
    return awaitStatus([&](auto done) { review.exportTo(path, format, done); });
}
Status exportAuditOf(Ui::ReviewWindow &review, const QString &path)
{
    return awaitStatus([&](auto done) { review.exportAuditTo(path, done); });
}
} // namespace

class ReviewWindowTest : public QObject
{
    Q_OBJECT
private slots:
    void anIdentityOnlyAnAgentVouchedForSaysSo()
    {
        // Supervisors read how the hub knows who the customer is: checked, or only an agent's
        // word (kept, never linked to a history), or no sign-in at all.
        const QJsonObject checked{{"issuer"_L1, "https://idp"_L1},
                                  {"subject"_L1, "maya-1"_L1},
                                  {"name"_L1, "Maya Chen"_L1},
                                  {"assurance"_L1, "provider-signed"_L1}};
        QCOMPARE(Ui::ReviewWindow::identityText(checked),
                 u"Verified as Maya Chen — maya-1 at https://idp"_s);
        QJsonObject asserted = checked;
        asserted.insert("assurance"_L1, "asserted"_L1);
        asserted.insert("assertedBy"_L1, "agent-7"_L1);
        QCOMPARE(Ui::ReviewWindow::identityText(asserted),
                 u"Not verified by the hub: agent-7 said the customer is Maya Chen (maya-1 at "
                 "https://idp)"_s);
        // By the name supervisors know the agent by, when the hub recorded it.
        asserted.insert("assertedByName"_L1, "Ana Silva"_L1);
        QVERIFY(Ui::ReviewWindow::identityText(asserted).startsWith(
            u"Not verified by the hub: Ana Silva said the customer is Maya Chen"_s));
        // Recorded before the hub told them apart, by a desk: the agent's word too.
        QJsonObject old = checked;
        old.remove("assurance"_L1);
        QVERIFY(Ui::ReviewWindow::identityText(old).startsWith(u"Not verified by the hub"_s));
        old.insert("reportedBy"_L1, "hub"_L1);
        QVERIFY(Ui::ReviewWindow::identityText(old).startsWith(u"Verified as"_s));
        QCOMPARE(Ui::ReviewWindow::identityText({}), u"The customer did not sign in."_s);
    }

    void aTranscriptSaysWhenOnlyAnAgentVouchedForTheCustomer()
    {
        World w;
        const QString convId = w.hub.startCustomer(u"dan"_s, u"Daniel"_s, u"Where is my card?"_s);
        const Hub::AgentRecord ana = *w.hub.hub().store().agentByName(u"ana"_s);
        QVERIFY(w.hub.hub()
                    .recordVerifiedIdentity(
                        convId, QJsonObject{{"issuer"_L1, "https://idp.example"_L1},
                                            {"subject"_L1, "dan-3"_L1},
                                            {"name"_L1, "Daniel Okafor"_L1},
                                            {"assurance"_L1, "asserted"_L1},
                                            {"assertedBy"_L1, ana.id},
                                            {"assertedByName"_L1, ana.displayName},
                                            {"expiresAt"_L1,
                                             QDateTime::currentMSecsSinceEpoch() + 3600000}})
                    .ok());
        Desk sam(w.hub, u"sam"_s);
        QVERIFY(sam.online());
        Ui::ReviewWindow review(sam.session.get());
        review.resize(1100, 700);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        QSignalSpy opened(&review, &Ui::ReviewWindow::opened);
        review.open(convId);
        QVERIFY(opened.wait(kWait));
        const QString header = review.findChild<QLabel *>(u"reviewHeader"_s)->text();
        QVERIFY2(
            header.contains(u"Not verified by the hub: %1 said the customer is Daniel Okafor"_s.arg(
                ana.displayName.toHtmlEscaped())),
            qPrintable(header));
        QVERIFY2(!header.contains(u"Verified as"_s), qPrintable(header));
    }

    void aSupervisorFindsReviewsAndExports()
    {
        World w;
        // The agent's desk then agrees with what the hub checked itself.
        w.hub.hub().audit(u"agent"_s, u"signin.confirmed"_s, w.convId, u"r1"_s,
                          QJsonObject{{"subject"_L1, "maya-1"_L1}, {"assurance"_L1, "hub"_L1}});
        Desk sam(w.hub, u"sam"_s);
        QVERIFY(sam.online());
        Ui::ReviewWindow review(sam.session.get());
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        QSignalSpy searched(&review, &Ui::ReviewWindow::searched);
        QSignalSpy opened(&review, &Ui::ReviewWindow::opened);
        review.findChild<QLineEdit *>(u"reviewText"_s)->setText(u"refund"_s);
        review.search();
        QVERIFY(searched.wait(kWait));
        auto *hits = review.findChild<QListWidget *>(u"reviewHits"_s);
        QCOMPARE(hits->count(), 1);
        const QString hit = static_cast<QLabel *>(hits->itemWidget(hits->item(0)))->text();
        QVERIFY2(hit.contains(u"<b>refund</b>"_s) && hit.contains(u"Maya Chen"_s), qPrintable(hit));

        // The identity filter: someone else's subject finds nothing, Maya's finds her.
        review.findChild<QLineEdit *>(u"reviewSubject"_s)->setText(u"ola-7"_s);
        review.search();
        QVERIFY(searched.wait(kWait));
        QCOMPARE(hits->count(), 0);
        review.findChild<QLineEdit *>(u"reviewSubject"_s)->setText(u"maya-1"_s);
        review.search();
        QVERIFY(searched.wait(kWait));
        QCOMPARE(hits->count(), 1);

        hits->setCurrentRow(0);
        QVERIFY(opened.wait(kWait));
        QCOMPARE(review.findChild<QListView *>(u"reviewTranscript"_s)->model()->rowCount(), 2);
        auto *timeline = review.findChild<QListWidget *>(u"reviewTimeline"_s);
        QCOMPARE(timeline->count(), 3);
        QVERIFY(timeline->item(0)->text().contains(u"Sign-in requested (small bubble"_s));
        QVERIFY(timeline->item(1)->text().contains(u"Verified as Maya Chen (maya-1)"_s));
        QVERIFY2(timeline->item(2)->text().contains(
                     u"The agent's desk confirmed the identity the hub checked (maya-1)"_s),
                 qPrintable(timeline->item(2)->text()));
        QVERIFY(review.findChild<QLabel *>(u"reviewHeader"_s)->text().contains(u"Export hash"_s));

        QTemporaryDir dir;
        const QString json = dir.filePath(u"t.json"_s);
        QVERIFY(exportOf(review, json, Format::Json).ok());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        Store &store = w.hub.hub().store();
        const Review::TranscriptExport::Report report = Review::TranscriptExport::verify(
            QJsonDocument::fromJson(jsonFile.readAll()).object(), store.exportRecords());
        QVERIFY2(report.ok, qPrintable(report.problem));
        const QString csv = dir.filePath(u"t.csv"_s);
        QVERIFY(exportOf(review, csv, Format::Csv).ok());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().contains("Can I get a refund for one?"));
        const QString pdf = dir.filePath(u"t.pdf"_s);
        QVERIFY(exportOf(review, pdf, Format::Pdf).ok());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QVERIFY(pdfFile.size() > 1000);
        // Every export is owner-only, whatever the umask.
        for (const QString &written : {json, csv, pdf})
            QVERIFY2(
                !(QFile::permissions(written) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)),
                qPrintable(written));
        QVERIFY(!exportOf(review, dir.filePath(u"missing/dir/t.json"_s), Format::Json).ok());
        // Each file written is in the hub's audit log, by whom and in which format; looking at
        // the transcript is recorded as a view, not an export.
        AuditFilter exports;
        exports.actionPrefix = u"export.created"_s;
        QStringList formats;
        for (const AuditEntry &e : store.audit(exports)) {
            QCOMPARE(e.actor, sam.session->userId());
            formats << e.details.value("format"_L1).toString();
        }
        QCOMPARE(formats, (QStringList{u"json"_s, u"csv"_s, u"pdf"_s, u"json"_s}));
        AuditFilter views;
        views.actionPrefix = u"transcript.viewed"_s;
        QCOMPARE(store.audit(views).size(), 1);

        // The whole result set as one export.
        const QString results = dir.filePath(u"results.json"_s);
        std::optional<Status> written;
        review.exportResults(results, Ui::ReviewWindow::Format::Json,
                             [&](const Status &s) { written = s; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kWait);
        QVERIFY2(written->ok(), qPrintable(written->error()));
        QFile resultsFile(results);
        QVERIFY(resultsFile.open(QIODevice::ReadOnly));
        const QJsonObject resultsDoc = QJsonDocument::fromJson(resultsFile.readAll()).object();
        QVERIFY(Review::TranscriptExport::verify(resultsDoc).ok);
        QCOMPARE(resultsDoc.value("conversations"_L1).toArray().size(), 1);
    }

    void theAuditLogTabShowsFiltersAndExports()
    {
        World w;
        Desk sam(w.hub, u"sam"_s);
        QVERIFY(sam.online());
        Ui::ReviewWindow review(sam.session.get());
        QSignalSpy loaded(&review, &Ui::ReviewWindow::auditLoaded);
        review.loadAudit();
        QVERIFY(loaded.wait(kWait));
        auto *table = review.findChild<QTableWidget *>(u"auditTable"_s);
        QVERIFY(table->rowCount() >= 2);
        QVERIFY(review.findChild<QLabel *>(u"auditStatus"_s)->text().contains(u"intact"_s));
        auto *action = review.findChild<QComboBox *>(u"auditAction"_s);
        action->setCurrentIndex(action->findData(u"signin."_s));
        review.loadAudit();
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(table->rowCount(), 2);
        // Newest first: the last sign-in step on top.
        QCOMPARE(table->item(0, 2)->text(), u"signin.verified"_s);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"audit.csv"_s);
        QVERIFY(exportAuditOf(review, csv).ok());
        AuditFilter recorded;
        recorded.actionPrefix = u"export.audit-log"_s;
        QCOMPARE(w.hub.hub().store().audit(recorded).size(), 1);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("sequence,time_utc,actor,action"));
        QVERIFY(text.contains("\"signin.requested\""));
    }

    void anAgentIsRefusedByTheHub()
    {
        World w;
        Desk ana(w.hub, u"ana"_s);
        QVERIFY(ana.online());
        Ui::ReviewWindow review(ana.session.get());
        QSignalSpy searched(&review, &Ui::ReviewWindow::searched);
        review.search();
        QVERIFY(searched.wait(kWait));
        QVERIFY(
            review.findChild<QLabel *>(u"reviewStatus"_s)->text().contains(u"Only supervisors"_s));
        QVERIFY(!exportOf(review, u"/tmp/never.json"_s, Format::Json).ok());
        QSignalSpy loaded(&review, &Ui::ReviewWindow::auditLoaded);
        review.loadAudit();
        QVERIFY(loaded.wait(kWait));
        QVERIFY(
            review.findChild<QLabel *>(u"auditStatus"_s)->text().contains(u"Only supervisors"_s));
    }

    void theReviewMenuFollowsTheRole()
    {
        World w;
        Desk sam(w.hub, u"sam"_s);
        Desk ana(w.hub, u"ana"_s);
        QVERIFY(sam.online() && ana.online());
        Ui::MainWindow window;
        auto *action = window.findChild<QAction *>(u"reviewAction"_s);
        window.setSession(ana.session.get());
        QVERIFY(!action->isEnabled());
        window.setSession(sam.session.get());
        QVERIFY(action->isEnabled());
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<Ui::ReviewWindow *>() != nullptr &&
                                     window.findChild<Ui::ReviewWindow *>()->isVisible(),
                                 kWait);

        // The supervisor reads a transcript; then the desk logs in as an agent. What the
        // supervisor fetched goes with the window, which closes.
        QPointer<Ui::ReviewWindow> review = window.reviewWindow();
        QSignalSpy searched(review.data(), &Ui::ReviewWindow::searched);
        QSignalSpy opened(review.data(), &Ui::ReviewWindow::opened);
        review->search();
        QVERIFY(searched.wait(kWait));
        review->findChild<QListWidget *>(u"reviewHits"_s)->setCurrentRow(0);
        QVERIFY(opened.wait(kWait));
        window.setSession(ana.session.get());
        QTRY_VERIFY_WITH_TIMEOUT(review.isNull(), kWait);
        QVERIFY(!window.reviewWindow());
        QVERIFY(!action->isEnabled());
    }

    void eachSignInCardSaysHowItEnded()
    {
        const auto entry = [](const QString &request, const QString &action,
                              const QJsonObject &details) {
            return QJsonObject{{"requestIdentifier"_L1, request},
                               {"action"_L1, action},
                               {"details"_L1, details},
                               {"timestamp"_L1, QDateTime::currentMSecsSinceEpoch()}};
        };
        const QJsonArray timeline{
            entry(u"r1"_s, u"signin.requested"_s, {}),
            entry(u"r1"_s, u"signin.password-wrong"_s,
                  QJsonObject{{"attempt"_L1, 1}, {"of"_L1, 5}}),
            entry(u"r1"_s, u"signin.verified"_s, QJsonObject{{"name"_L1, "Maya Chen"_L1}}),
            entry(u"r1"_s, u"signin.confirmed"_s, QJsonObject{{"subject"_L1, "maya-1"_L1}}),
            entry(u"r2"_s, u"signin.requested"_s, {}),
            entry(u"r2"_s, u"signin.report-refused"_s,
                  QJsonObject{{"reason"_L1, "the statement was not signed by the provider"_L1}}),
            entry(u"r3"_s, u"signin.requested"_s, {}),
            entry(u"r3"_s, u"signin.password-wrong"_s,
                  QJsonObject{{"attempt"_L1, 2}, {"of"_L1, 5}}),
            entry(u"r4"_s, u"signin.requested"_s, {})};
        const QHash<QString, QString> outcomes = Ui::ReviewWindow::signInOutcomes(timeline);
        QCOMPARE(outcomes.value(u"r1"_s), u"signed in as Maya Chen"_s);
        QCOMPARE(outcomes.value(u"r2"_s),
                 u"refused: the statement was not signed by the provider"_s);
        QCOMPARE(outcomes.value(u"r3"_s), u"wrong password (attempt 2 of 5)"_s);
        QCOMPARE(outcomes.value(u"r4"_s), u"sent; no answer recorded"_s);
    }

    void theTranscriptNamesPeopleNotTheirIds()
    {
        World w;
        Desk ana(w.hub, u"ana"_s);
        Desk sam(w.hub, u"sam"_s);
        QVERIFY(ana.online() && sam.online());
        QTRY_VERIFY_WITH_TIMEOUT(ana.session->conversations()->item(w.convId), kWait);
        QVERIFY(awaitStatus([&](auto done) { ana.session->accept(w.convId, done); }).ok());
        ana.session->sendText(w.convId, u"Refund approved by finance"_s, true); // a private note
        const MessageListModel *mine = ana.session->messages(w.convId);
        QTRY_VERIFY_WITH_TIMEOUT(mine->rowCount() > 0 &&
                                     mine->index(mine->rowCount() - 1, 0)
                                             .data(MessageListModel::SequenceRole)
                                             .toLongLong() > 0,
                                 kWait); // the hub has stored the note
        QTRY_VERIFY_WITH_TIMEOUT(
            sam.session->agentName(ana.session->userId()) != ana.session->userId(), kWait);
        Ui::ReviewWindow review(sam.session.get());
        QSignalSpy opened(&review, &Ui::ReviewWindow::opened);
        review.open(w.convId);
        QVERIFY(opened.wait(kWait));
        auto *transcript = review.findChild<QListView *>(u"reviewTranscript"_s);
        auto *bubbles = qobject_cast<Ui::BubbleDelegate *>(transcript->itemDelegate());
        QVERIFY(bubbles);
        QString label;
        for (int row = 0; row < transcript->model()->rowCount(); ++row) {
            const Ui::MessageView view = bubbles->viewOf(transcript->model()->index(row, 0));
            if (view.privateNote)
                label = view.label;
        }
        QCOMPARE(label, u"Private note · %1"_s.arg(sam.session->agentName(ana.session->userId())));
        QVERIFY(!label.contains(ana.session->userId()));
    }

    void aNewSearchClosesATranscriptItNoLongerShows()
    {
        World w;
        const QString other = w.hub.startCustomer(u"ola"_s, u"Ola"_s, u"Where is my parcel?"_s);
        Desk sam(w.hub, u"sam"_s);
        QVERIFY(sam.online());
        Ui::ReviewWindow review(sam.session.get());
        QSignalSpy searched(&review, &Ui::ReviewWindow::searched);
        QSignalSpy opened(&review, &Ui::ReviewWindow::opened);
        auto *text = review.findChild<QLineEdit *>(u"reviewText"_s);
        auto *hits = review.findChild<QListWidget *>(u"reviewHits"_s);
        auto *transcript = review.findChild<QListView *>(u"reviewTranscript"_s);
        auto *pdf = review.findChild<QPushButton *>(u"reviewExportPdf"_s);
        text->setText(u"refund"_s);
        review.search();
        QVERIFY(searched.wait(kWait));
        hits->setCurrentRow(0);
        QVERIFY(opened.wait(kWait));
        QVERIFY(transcript->model() && transcript->model()->rowCount() == 2);
        QVERIFY(pdf->isEnabled());

        // The same results again: the transcript stays, its hit chosen.
        review.search();
        QVERIFY(searched.wait(kWait));
        QCOMPARE(review.openConversation(), w.convId);
        QCOMPARE(hits->currentRow(), 0);
        QVERIFY(pdf->isEnabled());

        // Other results: nothing is left open to export.
        text->setText(u"parcel"_s);
        review.search();
        QVERIFY(searched.wait(kWait));
        QCOMPARE(hits->count(), 1);
        QCOMPARE(hits->item(0)->data(Qt::UserRole).toString(), other);
        QVERIFY(review.openConversation().isEmpty());
        QVERIFY(!transcript->model());
        QVERIFY(!pdf->isEnabled());
        QVERIFY(review.findChild<QLabel *>(u"reviewHeader"_s)
                    ->text()
                    .contains(u"Choose a conversation"_s));
        QTemporaryDir dir;
        const Status none = exportOf(review, dir.filePath(u"t.pdf"_s), Format::Pdf);
        QVERIFY(!none.ok());
        QVERIFY(none.error().contains(u"Open a transcript first"_s));
    }
};

QTEST_MAIN(ReviewWindowTest)
#include "ReviewWindowTest.moc"
