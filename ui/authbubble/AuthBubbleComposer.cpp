#include "authbubble/AuthBubbleComposer.h"
#include "PlainLabel.h"
#include "Theme.h"

#include "auth/SignInService.h"
#include "authbubble/AppleBubbleLayout.h"
#include "authbubble/BubblePreview.h"
#include "authbubble/ImageLoader.h"
#include "settings/DeskSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;
using Auth::BubbleStyle;
using Field = Auth::DraftIssue::Field;

namespace {}

AuthBubbleComposer::AuthBubbleComposer(Auth::SignInService *service, QString convId,
                                       const QString &customerName, DeskSettings *settings,
                                       ImageLoader *images, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_convId(std::move(convId))
    , m_settings(settings)
    , m_images(images)
{
    setObjectName(u"authBubbleComposer"_s);
    setWindowTitle(tr("Ask %1 to sign in").arg(customerName));

    // Presets and appearance.
    m_presets = new QComboBox;
    m_presets->setObjectName(u"presetCombo"_s);
    m_presets->setAccessibleName(tr("Brand preset"));
    m_presets->setToolTip(tr("Fills the bubbles from a saved preset"));
    auto *savePreset = new QPushButton(tr("Save as Preset…"));
    savePreset->setObjectName(u"savePresetButton"_s);
    savePreset->setToolTip(tr("Save these bubbles as a preset"));
    auto *makeDefault = new QPushButton(tr("Make Default"));
    makeDefault->setObjectName(u"makeDefaultButton"_s);
    makeDefault->setToolTip(tr("Open the composer with this preset from now on"));
    m_appearance = new QComboBox;
    m_appearance->setObjectName(u"appearanceCombo"_s);
    m_appearance->setToolTip(tr("Preview the iPhone in its light or dark appearance"));
    m_appearance->addItems({tr("Light appearance"), tr("Dark appearance")});
    // Enter sends the request from anywhere in the dialog; the other buttons take Space or a click.
    savePreset->setAutoDefault(false);
    makeDefault->setAutoDefault(false);
    auto *presetLabel = new QLabel(tr("&Preset:"));
    presetLabel->setBuddy(m_presets);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(savePreset);
    presetRow->addWidget(makeDefault);

    auto *form = new QVBoxLayout;
    form->addLayout(presetRow);
    form->addWidget(
        buildBubbleForm(tr("Before signing in (received bubble)"), u"received"_s, m_received));
    form->addWidget(buildBubbleForm(tr("After signing in (reply bubble)"), u"reply"_s, m_reply));
    m_notes = new QLabel;
    m_notes->setObjectName(u"truncationNotes"_s);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    form->addWidget(m_notes);
    m_error = new QLabel;
    m_error->setObjectName(u"composerError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Error);
    form->addWidget(m_error);
    form->addStretch();

    // The preview beside the form.
    m_preview = new BubblePreview(images);
    m_preview->setSender(m_settings->brandName().isEmpty() ? tr("Your brand")
                                                           : m_settings->brandName());
    auto *previewScroll = new QScrollArea;
    previewScroll->setWidget(m_preview);
    previewScroll->setWidgetResizable(true);
    previewScroll->setMinimumWidth(m_preview->sizeHint().width() + 24);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_appearance);
    previewColumn->addWidget(previewScroll, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addLayout(previewColumn);

    auto *buttons = new QDialogButtonBox;
    auto *savePng = buttons->addButton(tr("Save Preview as PNG…"), QDialogButtonBox::ActionRole);
    savePng->setObjectName(u"savePngButton"_s);
    savePng->setToolTip(tr("Save the preview of every state as an image"));
    savePng->setAutoDefault(false);
    // Never the default: Enter must send the request (Escape cancels).
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    cancel->setToolTip(tr("Close without sending"));
    m_send = buttons->addButton(tr("&Send Request"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"sendRequestButton"_s);
    m_send->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &AuthBubbleComposer::send);
    connect(savePng, &QPushButton::clicked, this, &AuthBubbleComposer::askAndSavePng);
    connect(savePreset, &QPushButton::clicked, this, &AuthBubbleComposer::saveAsPreset);
    connect(makeDefault, &QPushButton::clicked, this, &AuthBubbleComposer::makeDefault);
    connect(m_appearance, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_preview->setAppearance(index == 1 ? Appearance::Dark : Appearance::Light);
    });
    if (m_images)
        connect(m_images, &ImageLoader::finished, this, &AuthBubbleComposer::refresh);

    const QList<Auth::BrandPreset> presets = m_settings->brandPresets();
    int defaultIndex = 0;
    for (int i = 0; i < presets.size(); ++i) {
        m_presets->addItem(presets.at(i).isDefault ? tr("%1 (default)").arg(presets.at(i).name)
                                                   : presets.at(i).name);
        if (presets.at(i).isDefault)
            defaultIndex = i;
    }
    connect(m_presets, &QComboBox::currentIndexChanged, this, &AuthBubbleComposer::applyPreset);
    m_presets->setCurrentIndex(defaultIndex);
    applyPreset(defaultIndex);
    m_presets->setFocus(); // Enter sends the default preset at once
    resize(960, 720);
}

QWidget *AuthBubbleComposer::buildBubbleForm(const QString &title, const QString &prefix,
                                             BubbleFields &fields)
{
    auto *box = new QGroupBox(title);
    fields.title = new QLineEdit;
    fields.subtitle = new QLineEdit;
    fields.image = new QLineEdit;
    fields.style = new QComboBox;
    fields.errors = plainLabel();
    fields.imageStatus = plainLabel(); // may quote what an image host answered
    fields.title->setObjectName(prefix + u"Title"_s);
    fields.subtitle->setObjectName(prefix + u"Subtitle"_s);
    fields.subtitle->setToolTip(tr("The second line of the bubble (optional)"));
    fields.image->setObjectName(prefix + u"Image"_s);
    fields.style->setObjectName(prefix + u"Style"_s);
    fields.style->setToolTip(tr("The size of the bubble and of its image"));
    fields.errors->setObjectName(prefix + u"Errors"_s);
    fields.imageStatus->setObjectName(prefix + u"ImageStatus"_s);
    fields.image->setPlaceholderText(u"https://…"_s);
    fields.title->setPlaceholderText(tr("Required"));
    fields.style->addItem(tr("Icon — 280×65 pt, 40×40 image beside the text"),
                          static_cast<int>(BubbleStyle::Icon));
    fields.style->addItem(tr("Small — 280×85 pt, 60×60 image beside the text"),
                          static_cast<int>(BubbleStyle::Small));
    fields.style->addItem(tr("Large — 280×210 pt, 263×150 image on top"),
                          static_cast<int>(BubbleStyle::Large));
    fields.errors->setWordWrap(true);
    Theme::setTone(fields.errors, Theme::Tone::Error);
    fields.imageStatus->setWordWrap(true);
    auto *layout = new QFormLayout(box);
    layout->addRow(tr("&Title"), fields.title);
    layout->addRow(tr("Subtitle"), fields.subtitle);
    layout->addRow(tr("Image URL"), fields.image);
    layout->addRow(QString(), fields.imageStatus);
    layout->addRow(tr("Style"), fields.style);
    layout->addRow(fields.errors);
    for (QLineEdit *edit : {fields.title, fields.subtitle, fields.image})
        connect(edit, &QLineEdit::textChanged, this, &AuthBubbleComposer::refresh);
    connect(fields.style, &QComboBox::currentIndexChanged, this, &AuthBubbleComposer::refresh);
    return box;
}

Auth::AuthRequestDraft AuthBubbleComposer::draft() const
{
    auto read = [](const BubbleFields &f) {
        return Auth::Bubble{f.title->text(), f.subtitle->text(), f.image->text().trimmed(),
                            static_cast<BubbleStyle>(f.style->currentData().toInt())};
    };
    return {read(m_received), read(m_reply)};
}

void AuthBubbleComposer::setDraft(const Auth::AuthRequestDraft &draft)
{
    auto write = [](BubbleFields &f, const Auth::Bubble &b) {
        f.title->setText(b.title);
        f.subtitle->setText(b.subtitle);
        f.image->setText(b.imageUrl);
        f.style->setCurrentIndex(f.style->findData(static_cast<int>(b.style)));
    };
    write(m_received, draft.received);
    write(m_reply, draft.reply);
    refresh();
}

void AuthBubbleComposer::applyPreset(int index)
{
    const QList<Auth::BrandPreset> presets = m_settings->brandPresets();
    if (index >= 0 && index < presets.size())
        setDraft(presets.at(index).draft);
}

void AuthBubbleComposer::saveAsPreset()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save as Preset"), tr("Name of the preset:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    QList<Auth::BrandPreset> presets = m_settings->brandPresets();
    presets.erase(std::remove_if(presets.begin(), presets.end(),
                                 [&](const Auth::BrandPreset &p) { return p.name == name; }),
                  presets.end());
    presets.append({name, draft(), false});
    m_settings->setBrandPresets(presets);
    m_presets->blockSignals(true);
    m_presets->clear();
    for (const Auth::BrandPreset &p : presets)
        m_presets->addItem(p.isDefault ? tr("%1 (default)").arg(p.name) : p.name);
    m_presets->setCurrentIndex(static_cast<int>(presets.size()) - 1);
    m_presets->blockSignals(false);
}

void AuthBubbleComposer::makeDefault()
{
    QList<Auth::BrandPreset> presets = m_settings->brandPresets();
    const int current = m_presets->currentIndex();
    for (int i = 0; i < presets.size(); ++i) {
        presets[i].isDefault = i == current;
        m_presets->setItemText(i, presets[i].isDefault ? tr("%1 (default)").arg(presets[i].name)
                                                       : presets[i].name);
    }
    m_settings->setBrandPresets(presets);
}

void AuthBubbleComposer::refresh()
{
    const Auth::AuthRequestDraft d = draft();
    m_preview->setAllowedImageHosts(m_service->allowedImageHosts());
    m_preview->setDraft(d);
    const QList<Auth::DraftIssue> found =
        Auth::AppleAuthRequest::validate(d, m_service->allowedImageHosts());
    m_issueTexts.clear();
    QStringList received;
    QStringList reply;
    QStringList receivedImage; // shown under the URL field itself
    QStringList replyImage;
    for (const Auth::DraftIssue &issue : found) {
        QString message = issue.message;
        const bool isImage =
            issue.field == Field::ReceivedImage || issue.field == Field::ReplyImage;
        const QUrl url(
            (issue.field == Field::ReceivedImage ? d.received : d.reply).imageUrl.trimmed(),
            QUrl::StrictMode);
        if (isImage && url.isValid() && url.scheme() == "https"_L1 &&
            !m_service->imageHostsOrigin().isEmpty())
            message += u' ' + tr("The list is set in %1.").arg(m_service->imageHostsOrigin());
        m_issueTexts << message;
        const bool isReceived = issue.field == Field::ReceivedTitle ||
                                issue.field == Field::ReceivedSubtitle ||
                                issue.field == Field::ReceivedImage;
        if (isImage)
            (isReceived ? receivedImage : replyImage) << message;
        else
            (isReceived ? received : reply) << message;
    }
    m_received.errors->setText(received.join(u'\n'));
    m_reply.errors->setText(reply.join(u'\n'));
    m_received.errors->setVisible(!received.isEmpty());
    m_reply.errors->setVisible(!reply.isEmpty());

    // Why an image is not shown: loading, failed, or fine.
    for (BubbleFields *f : {&m_received, &m_reply}) {
        const QUrl url(f->image->text().trimmed());
        const QStringList &problems = f == &m_received ? receivedImage : replyImage;
        if (!problems.isEmpty()) {
            f->imageStatus->setText(problems.join(u'\n'));
            Theme::setTone(f->imageStatus, Theme::Tone::Error);
            f->imageStatus->setVisible(true);
            continue;
        }
        Theme::clearTone(f->imageStatus);
        QString status;
        // An address off the allow-list is never fetched; the error above says why.
        if (m_images && Auth::AppleAuthRequest::isImageUrlAllowed(url.toString(),
                                                                  m_service->allowedImageHosts())) {
            switch (m_images->status(url)) {
            case ImageLoader::Status::Loading:
            case ImageLoader::Status::Unknown:
                status = tr("Loading the image… the preview shows a placeholder meanwhile.");
                break;
            case ImageLoader::Status::Failed:
                status = m_images->error(url);
                break;
            case ImageLoader::Status::Loaded: {
                const QSize size = m_images->image(url).size();
                const QSize ideal = recommendedImagePixels(
                    static_cast<BubbleStyle>(f->style->currentData().toInt()));
                status = size.width() < ideal.width() || size.height() < ideal.height()
                             ? tr("%1×%2 px; Apple recommends %3×%4 px for this style.")
                                   .arg(size.width())
                                   .arg(size.height())
                                   .arg(ideal.width())
                                   .arg(ideal.height())
                             : tr("%1×%2 px").arg(size.width()).arg(size.height());
                break;
            }
            }
        }
        f->imageStatus->setText(status);
        f->imageStatus->setVisible(!status.isEmpty());
    }
    // A note, not an error, and never in place of one.
    if (replyImage.isEmpty() && !d.reply.imageUrl.trimmed().isEmpty() &&
        d.reply.imageUrl.trimmed() != d.received.imageUrl.trimmed()) {
        Theme::clearTone(m_reply.imageStatus);
        m_reply.imageStatus->setText(
            tr("Messages shows the received bubble's image in the reply, not this one."));
        m_reply.imageStatus->setVisible(true);
    }
    const QStringList notes = m_preview->truncationNotes();
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    m_send->setEnabled(found.isEmpty() && !m_sending);
    m_send->setToolTip(found.isEmpty() ? tr("Send the request to the customer")
                                       : found.first().message);
}

void AuthBubbleComposer::send()
{
    if (!m_send->isEnabled())
        return;
    m_sending = true;
    m_send->setEnabled(false);
    m_error->clear();
    m_service->send(m_convId, draft(), [this](Result<QString> requestId) {
        m_sending = false;
        if (!requestId) {
            m_error->setText(tr("Not sent: %1").arg(requestId.error()));
            refresh();
            return;
        }
        emit sent(requestId.value());
        accept();
    });
}

Status AuthBubbleComposer::savePreviewPng(const QString &path) const
{
    const QImage image = m_preview->renderCustomerStates(2.0);
    if (image.isNull() || !image.save(path, "PNG"))
        return fail(tr("Could not write %1.").arg(path));
    return Done{};
}

void AuthBubbleComposer::askAndSavePng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Preview as PNG"), tr("sign-in-preview.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const Status saved = savePreviewPng(path); !saved)
        m_error->setText(saved.error());
}

} // namespace Signet::Ui
