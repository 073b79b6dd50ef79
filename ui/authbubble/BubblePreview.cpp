#include "authbubble/BubblePreview.h"

#include "authbubble/AppleBubbleLayout.h"
#include "authbubble/ImageLoader.h"

#include <QPainter>
#include <QUrl>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

namespace {
constexpr qreal kPhonePadding = 16;
constexpr qreal kCaption = 22;
constexpr qreal kSpacing = 10;
constexpr qreal kBubbleWidth = 280;
constexpr qreal kPhoneWidth = kBubbleWidth + 2 * kPhonePadding;
} // namespace

BubblePreview::BubblePreview(ImageLoader *images, QWidget *parent)
    : QWidget(parent)
    , m_images(images)
    , m_sender(tr("Your brand"))
{
    setObjectName(u"bubblePreview"_s);
    if (m_images)
        connect(m_images, &ImageLoader::finished, this, qOverload<>(&QWidget::update));
}

void BubblePreview::setDraft(const Auth::AuthRequestDraft &draft)
{
    m_draft = draft;
    if (m_images) {
        for (const QString &url :
             {draft.received.imageUrl.trimmed(), draft.reply.imageUrl.trimmed()}) {
            if (Auth::AppleAuthRequest::isImageUrlAllowed(url, m_allowedImageHosts))
                m_images->request(QUrl(url));
        }
    }
    updateGeometry();
    update();
}

void BubblePreview::setAppearance(Appearance appearance)
{
    m_appearance = appearance;
    update();
}

void BubblePreview::setSender(const QString &sender)
{
    m_sender = sender;
    update();
}

QImage BubblePreview::imageFor(const QString &url, QString *note) const
{
    const QUrl u(url.trimmed());
    if (!m_images || u.scheme() != "https"_L1) {
        *note = tr("No image");
        return {};
    }
    if (!Auth::AppleAuthRequest::isImageUrlAllowed(url, m_allowedImageHosts)) {
        *note = tr("Not on the allow-list");
        return {};
    }
    switch (m_images->status(u)) {
    case ImageLoader::Status::Loaded:
        return m_images->image(u);
    case ImageLoader::Status::Failed:
        *note = tr("Image failed to load");
        return {};
    case ImageLoader::Status::Loading:
    case ImageLoader::Status::Unknown:
        break;
    }
    *note = tr("Loading…");
    return {};
}

QStringList BubblePreview::truncationNotes() const
{
    QStringList notes;
    auto check = [&](const Auth::Bubble &b, const QString &which) {
        const AppleBubbleGeometry g = appleBubbleGeometry(b.style, !b.imageUrl.trimmed().isEmpty());
        const FittedText t = fitBubbleText(b, g, bubbleTitleFont(), bubbleSubtitleFont());
        if (t.titleTruncated)
            notes << tr("The %1 title is cut on the iPhone: “%2”").arg(which, t.title);
        if (t.subtitleTruncated)
            notes << tr("The %1 subtitle is cut on the iPhone: “%2”").arg(which, t.subtitle);
    };
    check(bubbleFor(m_draft, BubbleState::Received), tr("received"));
    check(bubbleFor(m_draft, BubbleState::SignedIn), tr("reply"));
    return notes;
}

qreal BubblePreview::paintPhone(QPainter &p, qreal width) const
{
    const PhonePalette colors = PhonePalette::of(m_appearance);
    struct Section
    {
        QString caption;
        BubbleState state;
    };
    const Section sections[] = {{tr("Before signing in"), BubbleState::Received},
                                {tr("After signing in"), BubbleState::SignedIn},
                                {tr("If sign-in fails"), BubbleState::Failed}};
    qreal y = kPhonePadding;
    const qreal x = (width - kBubbleWidth) / 2;
    QFont caption = bubbleSubtitleFont();
    caption.setPixelSize(11);
    for (const Section &s : sections) {
        p.setPen(colors.caption);
        p.setFont(caption);
        p.drawText(QRectF(x, y, kBubbleWidth, kCaption), Qt::AlignLeft | Qt::AlignVCenter,
                   s.caption.toUpper());
        y += kCaption;
        const Auth::Bubble bubble = bubbleFor(m_draft, s.state);
        QString note;
        const QImage image = imageFor(bubble.imageUrl, &note);
        paintAppleBubble(p, QPointF(x, y), m_draft, s.state, m_appearance, image, note);
        y += appleBubbleGeometry(bubble.style).size.height() + kSpacing;
    }
    p.setPen(colors.caption);
    p.setFont(caption);
    p.drawText(QRectF(x, y, kBubbleWidth, kCaption), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Lock screen").toUpper());
    y += kCaption;
    paintLockScreenNotification(p, QRectF(x, y, kBubbleWidth, kNotificationHeight),
                                m_draft.received, m_sender, m_appearance);
    y += kNotificationHeight + kPhonePadding;
    return y;
}

QImage BubblePreview::renderCustomerStates(qreal scale) const
{
    // The height is known only once painted; paint onto a tall canvas and cut.
    QImage canvas(QSize(qRound(kPhoneWidth * scale), qRound(1000 * scale)),
                  QImage::Format_ARGB32_Premultiplied);
    canvas.setDevicePixelRatio(scale);
    canvas.fill(PhonePalette::of(m_appearance).screen);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal used = paintPhone(painter, kPhoneWidth);
    painter.end();
    QImage cut = canvas.copy(0, 0, canvas.width(), qRound(used * scale));
    cut.setDevicePixelRatio(scale);
    return cut;
}

QSize BubblePreview::sizeHint() const
{
    qreal height = kPhonePadding * 2 + 4 * kCaption + 3 * kSpacing + kNotificationHeight;
    for (BubbleState s : {BubbleState::Received, BubbleState::SignedIn, BubbleState::Failed})
        height += appleBubbleGeometry(bubbleFor(m_draft, s).style).size.height();
    height += kCaption + kAgentSideHeight + kPhonePadding;
    return QSize(qRound(kPhoneWidth) + 2, qRound(height) + 2);
}

void BubblePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal width = qMax<qreal>(kPhoneWidth, this->width());
    // The phone screen: customer-side states.
    const qreal phoneLeft = (width - kPhoneWidth) / 2;
    painter.save();
    painter.translate(phoneLeft, 0);
    const QSize hint = sizeHint();
    const qreal phoneHeight = hint.height() - kCaption - kAgentSideHeight - kPhonePadding;
    painter.setPen(Qt::NoPen);
    painter.setBrush(PhonePalette::of(m_appearance).screen);
    painter.drawRoundedRect(QRectF(0, 0, kPhoneWidth, phoneHeight), 24, 24);
    paintPhone(painter, kPhoneWidth);
    painter.restore();

    // The agent's side, in the desk's own palette.
    const qreal y = phoneHeight + 4;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(phoneLeft + kPhonePadding, y, kBubbleWidth, kCaption),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("In your transcript"));
    QString note;
    const QImage image = imageFor(m_draft.received.imageUrl, &note);
    paintAgentSideBubble(
        painter,
        QRectF(phoneLeft + kPhonePadding, y + kCaption, kBubbleWidth, kAgentSideHeight - 8),
        m_draft, palette(), image);
}

} // namespace Signet::Ui
