#pragma once

#include "conversation/HistoryModel.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace Signet::Ui {

// The customer panel's History tab: once the customer has proved who they are, every earlier
// conversation of that identity on any channel, newest first (channel, date, agent, verified or
// not, the last message). Opening one asks MainWindow to show its transcript read-only beside the
// live one.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    HistoryModel *model() { return &m_model; }
    // Nothing to show, and why ("Ask the customer to sign in …", an error from the hub).
    void showMessage(const QString &message);
    void showLoading(const QString &customerName);
    void showHistory(const Protocol::HistoryResponse &history, const QString &liveConversation);

    static QString dayText(const QDate &day);
    static QString whenText(const QDateTime &when);

signals:
    void openRequested(const QString &convId);

private:
    void openCurrent();

    HistoryModel m_model;
    QLabel *m_title;
    QListView *m_list;
    QPushButton *m_open;
};

} // namespace Signet::Ui
