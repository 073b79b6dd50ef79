#include "conversations/LiveFilterBar.h"

#include "conversation/ConversationFilterModel.h"
#include "conversation/ConversationListModel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QMap>
#include <QToolButton>

#include <algorithm>

namespace Signet::Ui {

using namespace Qt::StringLiterals;
using Authentication = ConversationFilterModel::Authentication;

namespace {
QComboBox *combo(const QString &objectName, const QString &accessibleName)
{
    auto *box = new QComboBox;
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    return box;
}
} // namespace

LiveFilterBar::LiveFilterBar(ConversationFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_channel(combo(u"channelFilter"_s, tr("Channel")))
    , m_agent(combo(u"agentFilter"_s, tr("Agent")))
    , m_skill(combo(u"skillFilter"_s, tr("Skill")))
    , m_wait(combo(u"waitFilter"_s, tr("Waiting time")))
    , m_auth(combo(u"authFilter"_s, tr("Authenticated")))
    , m_count(new QLabel)
    , m_clear(new QToolButton)
{
    setObjectName(u"liveFilterBar"_s);
    m_channel->addItem(tr("All channels"), -1);
    m_channel->addItem(tr("Apple Messages"),
                       static_cast<int>(Protocol::ChannelType::AppleMessages));
    m_channel->addItem(tr("Web chat"), static_cast<int>(Protocol::ChannelType::WebChat));
    m_wait->addItem(tr("Any wait"), 0);
    m_wait->addItem(tr("Waiting 1 min+"), 60);
    m_wait->addItem(tr("Waiting 5 min+"), 300);
    m_wait->addItem(tr("Waiting 15 min+"), 900);
    m_auth->addItem(tr("Any sign-in"), static_cast<int>(Authentication::Any));
    m_auth->addItem(tr("Authenticated"), static_cast<int>(Authentication::Yes));
    m_auth->addItem(tr("Not authenticated"), static_cast<int>(Authentication::No));
    m_auth->addItem(tr("Sign-in expired"), static_cast<int>(Authentication::Expired));
    m_channel->setToolTip(tr("Show one channel's conversations"));
    m_agent->setToolTip(tr("Show the conversations one agent handles, or those waiting for one"));
    m_skill->setToolTip(tr("Show the conversations of one skill"));
    m_wait->setToolTip(tr("Show customers who have waited at least this long for an answer"));
    m_auth->setToolTip(tr("Show customers by whether they proved who they are"));
    m_count->setObjectName(u"liveFilterCount"_s);
    m_clear->setObjectName(u"clearLiveFilters"_s);
    m_clear->setAccessibleDescription(tr("Show every conversation again"));
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the filters"));
    m_clear->setAutoRaise(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(4);
    grid->addWidget(m_channel, 0, 0);
    grid->addWidget(m_agent, 0, 1);
    grid->addWidget(m_skill, 1, 0);
    grid->addWidget(m_wait, 1, 1);
    grid->addWidget(m_auth, 2, 0);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_clear);
    grid->addLayout(countRow, 2, 1);

    for (QComboBox *box : {m_channel, m_agent, m_skill, m_wait, m_auth})
        connect(box, &QComboBox::currentIndexChanged, this, &LiveFilterBar::apply);
    connect(m_clear, &QToolButton::clicked, this, &LiveFilterBar::clear);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &LiveFilterBar::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LiveFilterBar::updateCount);
    updateCount();
}

void LiveFilterBar::setSource(ConversationListModel *source)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_source = source;
    if (source) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            m_sourceConnections << connect(source, signal, this, &LiveFilterBar::rebuildChoices);
        // A new message changes a row many times a minute; only who handles it and its skill
        // change the choices.
        m_sourceConnections << connect(
            source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                static const QList<int> relevant{ConversationListModel::AssignedAgentRole,
                                                 ConversationListModel::AssignedAgentNameRole,
                                                 ConversationListModel::SkillRole};
                if (roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), [](int role) {
                        return relevant.contains(role);
                    }))
                    rebuildChoices();
            });
    }
    rebuildChoices();
}

void LiveFilterBar::clear()
{
    for (QComboBox *box : {m_channel, m_agent, m_skill, m_wait, m_auth})
        box->setCurrentIndex(0);
    apply();
}

void LiveFilterBar::showEvent(QShowEvent *event)
{
    rebuildChoices(); // skipped while hidden (an agent's desk)
    QWidget::showEvent(event);
}

void LiveFilterBar::rebuildChoices()
{
    if (!isVisible())
        return;
    // Agents (by name) and skills on the floor now; a chosen one stays even when it has no
    // conversation left, so the supervisor's filter does not jump.
    QMap<QString, QString> agents; // id → name
    QStringList skills;
    if (m_source) {
        for (int row = 0; row < m_source->rowCount(); ++row) {
            const QModelIndex index = m_source->index(row);
            const QString id = index.data(ConversationListModel::AssignedAgentRole).toString();
            if (!id.isEmpty())
                agents.insert(id,
                              index.data(ConversationListModel::AssignedAgentNameRole).toString());
            const QString skill = index.data(ConversationListModel::SkillRole).toString();
            if (!skill.isEmpty() && !skills.contains(skill))
                skills << skill;
        }
    }
    skills.sort(Qt::CaseInsensitive);
    if (agents == m_agentChoices && skills == m_skillChoices) {
        updateCount();
        return; // nothing new: leave the lists (and an open one) alone
    }
    m_agentChoices = agents;
    m_skillChoices = skills;
    const QString agent = m_agent->currentData().toString();
    const QString agentText = m_agent->currentText();
    const QString skill = m_skill->currentData().toString();
    m_rebuilding = true;
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QString());
    m_agent->addItem(tr("Waiting for an agent"), ConversationFilterModel::unassigned());
    // By name (two agents may share one: each keeps its own entry).
    QList<QPair<QString, QString>> byName;
    for (auto it = agents.cbegin(); it != agents.cend(); ++it)
        byName.append({it.value(), it.key()});
    std::sort(byName.begin(), byName.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, id] : std::as_const(byName))
        m_agent->addItem(name, id);
    if (!agent.isEmpty() && m_agent->findData(agent) < 0)
        m_agent->addItem(agentText, agent);
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(agent)));
    m_skill->clear();
    m_skill->addItem(tr("All skills"), QString());
    for (const QString &s : std::as_const(skills))
        m_skill->addItem(s, s);
    if (!skill.isEmpty() && m_skill->findData(skill) < 0)
        m_skill->addItem(skill, skill);
    m_skill->setCurrentIndex(std::max(0, m_skill->findData(skill)));
    m_rebuilding = false;
    updateCount();
}

void LiveFilterBar::apply()
{
    if (m_rebuilding)
        return;
    const int channel = m_channel->currentData().toInt();
    m_filter->setChannel(channel < 0 ? std::nullopt
                                     : std::optional(static_cast<Protocol::ChannelType>(channel)));
    m_filter->setAgent(m_agent->currentData().toString());
    m_filter->setSkill(m_skill->currentData().toString());
    m_filter->setMinimumWait(m_wait->currentData().toInt());
    m_filter->setAuthentication(static_cast<Authentication>(m_auth->currentData().toInt()));
    updateCount();
}

void LiveFilterBar::updateCount()
{
    const int total = m_source ? m_source->rowCount() : 0;
    const int shown = m_filter->rowCount();
    m_count->setText(m_filter->isFiltering() ? tr("%1 of %2 shown").arg(shown).arg(total)
                                             : tr("All %1 shown").arg(total));
    m_clear->setEnabled(m_filter->isFiltering());
}

} // namespace Signet::Ui
