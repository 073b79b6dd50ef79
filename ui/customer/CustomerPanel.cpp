#include "customer/CustomerPanel.h"
#include "Theme.h"

#include "conversation/ConversationListModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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
    , m_identity(new QLabel(this))
    , m_note(new QLabel(this))
{
    m_identity->setObjectName(QStringLiteral("authenticatedAs"));
    m_identity->setWordWrap(true);
    m_identity->setTextFormat(Qt::RichText);
    m_identity->setFrameShape(QFrame::StyledPanel);
    m_identity->setMargin(8);
    m_identity->hide();
    m_note->setObjectName(QStringLiteral("customerNote"));
    m_note->setWordWrap(true);
    Theme::setTone(m_note, Theme::Tone::Error);
    m_note->hide();
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
    // What customers, the hub and colleagues wrote is shown as written, never as markup (a
    // customer's "reason" could otherwise paint a fake "Authenticated as …"). The identity card is
    // rich text built here, with every remote part escaped.
    for (QLabel *label : {m_name, m_channel, m_device, m_signIn, m_status, m_request, m_note})
        label->setTextFormat(Qt::PlainText);

    auto *form = m_form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Device"), m_device);
    form->addRow(tr("Sign-in"), m_signIn);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Request"), m_request);

    m_askAgain = new QPushButton(tr("&Ask Again…"), this);
    m_askAgain->setObjectName(QStringLiteral("askAgainButton"));
    m_askAgain->setToolTip(tr("Send the customer a new sign-in request"));
    m_askAgain->hide();
    connect(m_askAgain, &QPushButton::clicked, this, &CustomerPanel::askAgainRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addLayout(form);
    layout->addWidget(m_askAgain, 0, Qt::AlignLeft);
    layout->addWidget(m_identity);
    layout->addWidget(m_note);
    layout->addStretch();
    showConversation(QModelIndex(), QString());
}

void CustomerPanel::showAskAgain(bool offered)
{
    m_askAgain->setVisible(offered);
}

void CustomerPanel::showSignInRequest(const QString &state)
{
    m_request->setText(state.isEmpty() ? tr("None sent") : state);
}

QString CustomerPanel::expiresInText(const QDateTime &expires, const QDateTime &now)
{
    if (!expires.isValid())
        return {};
    const qint64 seconds = now.secsTo(expires);
    if (seconds < 60)
        return tr("in %n s", nullptr, static_cast<int>(std::max<qint64>(0, seconds)));
    if (seconds < 3600)
        return tr("in %n min", nullptr, static_cast<int>(seconds / 60));
    return tr("in %1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

void CustomerPanel::showIdentity(const std::optional<Auth::VerifiedIdentity> &identity,
                                 const QDateTime &now)
{
    if (!identity || !identity->isValid()) {
        m_identity->hide();
        return;
    }
    const Auth::VerifiedIdentity &id = *identity;
    const QString who = id.name.isEmpty() ? id.subject : id.name;
    QStringList lines;
    if (id.isExpired(now)) {
        lines << tr("<b>Sign-in expired</b> — %1 was verified until %2. Ask again to continue.")
                     .arg(who.toHtmlEscaped(), QLocale().toString(id.expiresAt.toLocalTime().time(),
                                                                  QLocale::ShortFormat));
    } else {
        lines << tr("<b>Authenticated as %1</b>").arg(who.toHtmlEscaped());
        if (!id.email.isEmpty())
            lines << id.email.toHtmlEscaped();
        lines << tr("Subject %1 · issuer %2")
                     .arg(id.subject.toHtmlEscaped(), id.issuer.toHtmlEscaped());
        for (auto it = id.claims.begin(); it != id.claims.end(); ++it)
            lines << QStringLiteral("%1: %2").arg(
                it.key().toHtmlEscaped(), it.value().toVariant().toString().toHtmlEscaped());
        const QString verified =
            QLocale().toString(id.verifiedAt.toLocalTime().time(), QLocale::ShortFormat);
        lines << (id.expiresAt.isValid()
                      ? tr("Verified at %1 · expires %2")
                            .arg(verified, expiresInText(id.expiresAt, now))
                      : tr("Verified at %1 · expiry not stated by the provider").arg(verified));
    }
    m_identity->setText(lines.join(QStringLiteral("<br>")));
    m_identity->show();
}

void CustomerPanel::showNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void CustomerPanel::showConversation(const QModelIndex &index, const QString &myUserId)
{
    if (!index.isValid()) {
        m_name->setText(tr("No conversation selected"));
        for (QLabel *label : {m_channel, m_device, m_signIn, m_status})
            label->clear();
        m_form->setRowVisible(m_signIn, true);
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
    // Whether the customer could sign in says nothing once they have.
    m_form->setRowVisible(m_signIn, index.data(Model::VerifiedNameRole).toString().isEmpty());
    const QString assigned = index.data(Model::AssignedAgentRole).toString();
    const QString agentName = index.data(Model::AssignedAgentNameRole).toString();
    const bool closed = index.data(Model::StateRole).toInt() ==
                        static_cast<int>(Protocol::ConversationState::Closed);
    m_status->setText(closed                 ? tr("Closed")
                      : assigned.isEmpty()   ? tr("Waiting for an agent")
                      : assigned == myUserId ? tr("Assigned to you")
                      : agentName.isEmpty() || agentName == assigned
                          ? tr("Assigned to another agent")
                          : tr("Assigned to %1").arg(agentName));
}

} // namespace Signet::Ui
