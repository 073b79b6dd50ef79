// A conversation row as painted: the waiting-time escalation (no mark, amber, red) at the row's
// edge, in colours chosen for the palette's base so light and dark themes both read.
#include "conversations/ConversationDelegate.h"
#include "conversation/ConversationListModel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <optional>

using namespace Signet;
using namespace Signet::Protocol;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;
using Escalation = ConversationFilterModel::Escalation;

namespace {

QPalette palette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : Qt::white);
    p.setColor(QPalette::Text, dark ? QColor(0xee, 0xee, 0xee) : Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// Paints row 0 of the list into an image; returns the colour at the row's left edge.
QColor edgeColour(ConversationListModel &list, bool dark,
                  const ConversationFilterModel::EscalationPolicy &policy)
{
    ConversationDelegate delegate;
    delegate.setEscalationPolicy(policy);
    QImage image(320, 60, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette(dark).color(QPalette::Base));
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.palette = palette(dark);
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    delegate.paint(&painter, option, list.index(0));
    painter.end();
    return image.pixelColor(1, 30);
}

} // namespace

class ConversationDelegateTest : public QObject
{
    Q_OBJECT
private slots:
    void waitingCustomersAreMarkedAmberThenRed()
    {
        ConversationFilterModel::EscalationPolicy policy;
        policy.warningAfterSeconds = 60;
        policy.urgentAfterSeconds = 120;
        for (bool dark : {false, true}) {
            const QColor base = palette(dark).color(QPalette::Base);
            // Maya's conversation, her unanswered message sent waited seconds ago (none: answered).
            auto edge = [&](std::optional<int> waited) {
                ConversationListModel list;
                ConversationDetails d;
                d.convId = u"maya"_s;
                d.participants = {{u"consumer-maya"_s, ParticipantRole::Consumer},
                                  {u"ana"_s, ParticipantRole::AssignedAgent}};
                d.dialogs = {Dialog{u"maya"_s, u"MESSAGING"_s, ConversationState::Open}};
                list.upsert(d);
                const QDateTime now = QDateTime::currentDateTime();
                if (waited)
                    list.setLastMessage(u"maya"_s, u"Hello?"_s, now.addSecs(-*waited), true);
                else
                    list.setLastMessage(u"maya"_s, u"Here I am"_s, now, false);
                return edgeColour(list, dark, policy);
            };
            QCOMPARE(edge(10), base);
            QCOMPARE(edge(90),
                     ConversationDelegate::escalationColor(Escalation::Warning, palette(dark)));
            const QColor red =
                ConversationDelegate::escalationColor(Escalation::Urgent, palette(dark));
            QCOMPARE(edge(300), red);
            // Readable on the base: clearly apart from it in lightness.
            QVERIFY2(std::abs(red.lightness() - base.lightness()) > 60,
                     qPrintable(u"%1 on %2"_s.arg(red.name(), base.name())));
            QCOMPARE(edge(std::nullopt), base); // answered: no mark
        }
        QCOMPARE(ConversationDelegate::escalationColor(Escalation::None, palette(false)), QColor());
        QVERIFY(ConversationDelegate::escalationColor(Escalation::Urgent, palette(false)) !=
                ConversationDelegate::escalationColor(Escalation::Urgent, palette(true)));
    }
};

QTEST_MAIN(ConversationDelegateTest)
#include "ConversationDelegateTest.moc"
