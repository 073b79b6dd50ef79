#include "customer/CustomerPanel.h"

#include "conversation/ConversationListModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Signet::Ui {

using Model = ConversationListModel;

CustomerPanel::CustomerPanel(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_channel(new QLabel(this))
    , m_device(new QLabel(this))
    , m_signIn(new QLabel(this))
    , m_status(new QLabel(this))
    , m_request(new QLabel(this))
{
    m_request->setObjectName(QStringLiteral("signInRequestState"));
    m_request->setWordWrap(true);
    setObjectName(QStringLiteral("customerPanel"));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_signIn->setObjectName(QStringLiteral("signInStatus"));
    m_status->setObjectName(QStringLiteral("conversationStatus"));
    QFont title = m_name->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    m_name->setFont(title);
    m_name->setWordWrap(true);
    m_signIn->setWordWrap(true);
    m_status->setWordWrap(true);
    for (QLabel *label : {m_name, m_channel, m_device, m_signIn, m_status})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Device"), m_device);
    form->addRow(tr("Sign-in"), m_signIn);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Request"), m_request);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addLayout(form);
    layout->addStretch();
    showConversation(QModelIndex(), QString());
}

void CustomerPanel::showSignInRequest(const QString &state)
{
    m_request->setText(state.isEmpty() ? tr("None sent") : state);
}

void CustomerPanel::showConversation(const QModelIndex &index, const QString &myUserId)
{
    if (!index.isValid()) {
        m_name->setText(tr("No conversation selected"));
        for (QLabel *label : {m_channel, m_device, m_signIn, m_status})
            label->clear();
        return;
    }
    m_name->setText(index.data(Model::CustomerNameRole).toString());
    const auto channel = static_cast<Protocol::ChannelType>(index.data(Model::ChannelRole).toInt());
    m_channel->setText(channel == Protocol::ChannelType::AppleMessages
                           ? tr("Apple Messages for Business")
                       : channel == Protocol::ChannelType::WebChat ? tr("Web chat")
                                                                   : tr("Unknown"));
    m_device->setText(index.data(Model::DeviceRole).toString());
    m_signIn->setText(index.data(Model::SignInSupportedRole).toBool()
                          ? tr("Sign-in supported")
                          : index.data(Model::SignInReasonRole).toString());
    const QString assigned = index.data(Model::AssignedAgentRole).toString();
    const bool closed = index.data(Model::StateRole).toInt() ==
                        static_cast<int>(Protocol::ConversationState::Closed);
    m_status->setText(closed                 ? tr("Closed")
                      : assigned.isEmpty()   ? tr("Waiting for an agent")
                      : assigned == myUserId ? tr("Assigned to you")
                                             : tr("Assigned to another agent"));
}

} // namespace Signet::Ui
