#pragma once

#include "Result.h"
#include "review/SearchQuery.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;

namespace Signet {
class DeskSession;
class MessageListModel;
} // namespace Signet

namespace Signet::Ui {

class BubbleDelegate;

// The supervisor's transcript review: search what was said (words, "phrases", prefix*) with
// filters on customer, channel, sign-in outcome and time; the hits with their highlighted
// matches; the chosen transcript read-only beside its authentication timeline (request sent,
// style, answered, verified identity, expiry, refusals); and exports — JSON that
// `signet-hub verify-export` can check later, CSV, and PDF with the identity, verification times
// and the export hash in its header. The hub decides who may do this; an agent sees its refusal.
class ReviewWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewWindow(DeskSession *session, QWidget *parent = nullptr);

    void search();
    void open(const QString &conversationId);
    enum class Format { Json, Csv, Pdf };
    // Writes the open transcript; a clear error when there is none or the file cannot be written.
    Status exportTo(const QString &path, Format format) const;
    QString openConversation() const { return m_openId; }

signals:
    void searched();
    void opened(const QString &conversationId);

private:
    Review::SearchQuery query() const;
    void showHits(const Review::SearchResults &results);
    void chooseExport(Format format);

    QPointer<DeskSession> m_session;
    QLineEdit *m_text;
    QLineEdit *m_customer;
    QComboBox *m_channel;
    QComboBox *m_auth;
    QComboBox *m_period;
    QLabel *m_status;
    QListWidget *m_hits;
    QLabel *m_header;
    QListView *m_transcript;
    BubbleDelegate *m_bubbles;
    MessageListModel *m_messages = nullptr;
    QListWidget *m_timeline;
    QPushButton *m_exportJson;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
    QString m_openId;
    QJsonObject m_export; // the open transcript as the hub exported it
};

} // namespace Signet::Ui
