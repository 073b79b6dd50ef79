#pragma once

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace Signet {
class ConversationFilterModel;
class ConversationListModel;
} // namespace Signet

namespace Signet::Ui {

// The supervisor's filters over the live conversation list: channel, agent, skill, how long the
// customer has waited and whether they are authenticated, with how many conversations match.
// The agent and skill lists follow the conversations on the floor.
class LiveFilterBar : public QWidget
{
    Q_OBJECT
public:
    LiveFilterBar(ConversationFilterModel *filter, QWidget *parent = nullptr);

    // The list whose agents and skills are offered (the filter's source).
    void setSource(ConversationListModel *source);
    // Back to showing everything.
    void clear();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildChoices();
    void apply();
    void updateCount();

    ConversationFilterModel *m_filter;
    ConversationListModel *m_source = nullptr;
    QComboBox *m_channel;
    QComboBox *m_agent;
    QComboBox *m_skill;
    QComboBox *m_wait;
    QComboBox *m_auth;
    QLabel *m_count;
    QToolButton *m_clear;
    QList<QMetaObject::Connection> m_sourceConnections;
    bool m_rebuilding = false;
    QMap<QString, QString> m_agentChoices; // user id → name
    QStringList m_skillChoices;
};

} // namespace Signet::Ui
