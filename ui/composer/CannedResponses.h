#pragma once

#include "protocol/Values.h"

#include <QObject>

class QCompleter;
class QStandardItemModel;

namespace Signet::Ui {

class ComposerEdit;

// Canned responses in the composer: typing "/" at the start of a word lists the agent's own
// responses and the team's, narrowed by what follows ("/gre" finds "greeting"); Enter or a click
// puts the response in place of "/gre", with {customer} and {agent} filled in. Escape keeps what
// was typed.
class CannedResponses : public QObject
{
    Q_OBJECT
public:
    explicit CannedResponses(ComposerEdit *composer);

    void setResponses(const QList<Protocol::CannedResponse> &personal,
                      const QList<Protocol::CannedResponse> &team);
    // Who {customer} and {agent} are in the conversation being written.
    void setNames(const QString &customer, const QString &agent);
    QCompleter *completer() const { return m_completer; }
    int count() const;

    // {customer} → the customer's first name, {agent} → the agent's name.
    static QString expand(const QString &text, const QString &customer, const QString &agent);

private:
    void onTextChanged();
    void insert(const QString &text);
    // The "/word" before the cursor: its start, or -1 when the cursor is not after one.
    int triggerStart(QString *word) const;

    ComposerEdit *m_composer;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QString m_customer;
    QString m_agent;
};

} // namespace Signet::Ui
