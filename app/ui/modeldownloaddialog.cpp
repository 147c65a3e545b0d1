#include "ui/modeldownloaddialog.h"

#include "models/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QVBoxLayout>

#include <cmath>

namespace gm::ui {

namespace {

const QString kLastSource = QStringLiteral("models/downloadSource");

} // namespace

QString formatBytes(qint64 bytes)
{
    const QLocale locale;
    if (bytes >= 1000000000)
        return ModelDownloadDialog::tr("%1 GB").arg(locale.toString(double(bytes) / 1e9, 'f', 2));
    if (bytes >= 1000000)
        return ModelDownloadDialog::tr("%1 MB").arg(locale.toString(double(bytes) / 1e6, 'f', 1));
    return ModelDownloadDialog::tr("%1 kB").arg(locale.toString(double(bytes) / 1e3, 'f', 1));
}

ModelDownloadDialog::ModelDownloadDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ModelDownloadDialog"));
    try {
        const std::filesystem::path shipped = models::shippedResource("models/manifest.json");
        if (!shipped.empty())
            mManifest = models::readManifestFile(shipped.string());
    } catch (const models::ManifestError &) {
        // a damaged installation: only "another source" is offered
    }

    mSourceLabel = new QLabel(this);
    mSource = new QComboBox(this);
    mSource->setObjectName(QStringLiteral("DownloadSource"));
    for (const models::ManifestEntry &e : mManifest.models)
        mSource->addItem(QString::fromStdString(e.title.empty() ? e.name : e.title), QString::fromStdString(e.name));
    mSource->addItem(QString(), QString()); // another source
    mSourceLabel->setBuddy(mSource);
    mLocationLabel = new QLabel(this);
    mLocation = new QLineEdit(this);
    mLocation->setObjectName(QStringLiteral("DownloadLocation"));
    mLocation->setClearButtonEnabled(true);
    mLocation->setText(QSettings().value(kLastSource).toString());
    mLocationLabel->setBuddy(mLocation);
    mBrowse = new QPushButton(this);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(mLocation, 1);
    locationRow->addWidget(mBrowse);
    mAbout = new QLabel(this);
    mAbout->setObjectName(QStringLiteral("DownloadAbout"));
    mAbout->setWordWrap(true);
    mAbout->setTextFormat(Qt::RichText);
    mAbout->setOpenExternalLinks(true);
    mAbout->setTextInteractionFlags(Qt::TextBrowserInteraction);
    mNameLabel = new QLabel(this);
    mName = new QLineEdit(this);
    mName->setObjectName(QStringLiteral("DownloadName"));
    mName->setMaxLength(64);
    mName->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_-][A-Za-z0-9._-]*")), mName));
    mNameLabel->setBuddy(mName);
    mReplace = new QCheckBox(this);
    mReplace->setObjectName(QStringLiteral("DownloadReplace"));
    mFolder = new QLabel(this);
    mFolder->setWordWrap(true);
    mFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mProgress = new QProgressBar(this);
    mProgress->setObjectName(QStringLiteral("DownloadProgress"));
    mProgress->setRange(0, 1000);
    mProgress->setValue(0);
    mProgress->setTextVisible(false);
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("DownloadStatus"));
    mStatus->setWordWrap(true);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mStatus->setMinimumHeight(mStatus->fontMetrics().height() * 3);
    mStatus->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(this);
    mStart = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    mStart->setObjectName(QStringLiteral("DownloadStart"));
    mStart->setDefault(true);
    mStop = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    mStop->setObjectName(QStringLiteral("DownloadStop"));
    mUse = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    mUse->setObjectName(QStringLiteral("DownloadUse"));
    mClose = buttons->addButton(QDialogButtonBox::Close);
    // The box's accept/reject would close the dialog; every button is handled here instead.
    connect(mStart, &QPushButton::clicked, this, &ModelDownloadDialog::download);
    connect(mStop, &QPushButton::clicked, &mDownload, &app::ModelDownload::cancel);
    connect(mUse, &QPushButton::clicked, this, [this] {
        Q_EMIT useModel(mInstalled);
        accept();
    });
    connect(mClose, &QPushButton::clicked, this, &ModelDownloadDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(mSourceLabel, mSource);
    form->addRow(mLocationLabel, locationRow);
    form->addRow(QString(), mAbout);
    form->addRow(mNameLabel, mName);
    form->addRow(QString(), mReplace);
    form->addRow(QString(), mFolder);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mProgress);
    layout->addWidget(mStatus);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(620, 420);

    connect(mSource, &QComboBox::currentIndexChanged, this, &ModelDownloadDialog::sourceChanged);
    connect(mBrowse, &QPushButton::clicked, this, &ModelDownloadDialog::browse);
    connect(&mDownload, &app::ModelDownload::progress, this, &ModelDownloadDialog::showProgress);
    connect(&mDownload, &app::ModelDownload::finished, this, &ModelDownloadDialog::finish);

    retranslateUi();
    sourceChanged();
    setRunning(false);
    mUse->hide();
}

void ModelDownloadDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ModelDownloadDialog::retranslateUi()
{
    setWindowTitle(tr("Download Model"));
    mSourceLabel->setText(tr("&Model:"));
    mSource->setItemText(mSource->count() - 1, tr("Another source (a URL or a folder)"));
    mLocationLabel->setText(tr("&From:"));
    mLocation->setPlaceholderText(tr("https://huggingface.co/OWNER/REPO, a manifest (.json) or a model folder"));
    mBrowse->setText(tr("&Browse…"));
    mBrowse->setAccessibleName(tr("Choose a model folder"));
    mNameLabel->setText(tr("&Install as:"));
    mName->setPlaceholderText(tr("the source's name"));
    mReplace->setText(tr("&Replace an installed model of that name"));
    mFolder->setText(tr("Models are installed in %1").arg(app::ModelDownload::modelsDirectory()));
    mStart->setText(tr("&Download"));
    mStop->setText(tr("&Stop"));
    mStop->setToolTip(tr("Stop the download: what arrived is kept, and downloading again resumes it"));
    mUse->setText(tr("&Use Now"));
    sourceChanged();
}

void ModelDownloadDialog::sourceChanged()
{
    const QString entry = mSource->currentData().toString();
    const bool other = entry.isEmpty();
    mLocation->setEnabled(other && !mDownload.isRunning());
    mBrowse->setEnabled(other && !mDownload.isRunning());
    if (other) {
        mAbout->setText(tr("Any http(s) folder with config.json and model.safetensors (the official layout), a "
                           "Hugging Face repository, a manifest, or a folder on this computer. The GPT-2 tokenizer "
                           "files and HumanML3D's statistics are added when the source lacks them."));
        return;
    }
    const models::ManifestEntry *e = mManifest.find(entry.toStdString());
    if (!e)
        return;
    mLocation->setText(QString::fromStdString(e->homepage));
    if (mName->text().isEmpty() || mManifest.find(mName->text().toStdString()))
        mName->setText(QString::fromStdString(e->name));
    QString about = QString::fromStdString(e->description).toHtmlEscaped();
    if (!e->licence.empty())
        about += QStringLiteral("<br><b>%1</b> %2")
                     .arg(tr("Licence:"), QString::fromStdString(e->licence).toHtmlEscaped());
    if (!e->citation.empty())
        about
            += QStringLiteral("<br><b>%1</b> %2").arg(tr("Cite:"), QString::fromStdString(e->citation).toHtmlEscaped());
    if (!e->homepage.empty())
        about += QStringLiteral("<br><a href=\"%1\">%1</a>").arg(QString::fromStdString(e->homepage).toHtmlEscaped());
    if (const auto total = e->totalSize())
        about += QStringLiteral("<br>") + tr("Download size: %1").arg(formatBytes(qint64(*total)));
    mAbout->setText(about);
}

void ModelDownloadDialog::setSource(const QString &location)
{
    mSource->setCurrentIndex(mSource->count() - 1);
    mLocation->setText(location);
}

void ModelDownloadDialog::setModelName(const QString &name)
{
    mName->setText(name);
}

void ModelDownloadDialog::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("A Model Folder to Install"), mLocation->text());
    if (!folder.isEmpty())
        mLocation->setText(folder);
}

void ModelDownloadDialog::setRunning(bool running)
{
    mSource->setEnabled(!running);
    const bool other = mSource->currentData().toString().isEmpty();
    mLocation->setEnabled(!running && other);
    mBrowse->setEnabled(!running && other);
    mName->setEnabled(!running);
    mReplace->setEnabled(!running);
    mStart->setEnabled(!running);
    mStop->setVisible(running);
    mStop->setEnabled(running);
}

void ModelDownloadDialog::setStatus(const QString &text, bool error)
{
    mStatus->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    mStatus->setPalette(p);
}

void ModelDownloadDialog::download()
{
    if (mDownload.isRunning())
        return;
    const QString entry = mSource->currentData().toString();
    const QString source = entry.isEmpty() ? mLocation->text().trimmed() : entry;
    if (source.isEmpty()) {
        setStatus(tr("Give a URL or a folder to install from."), true);
        mLocation->setFocus();
        return;
    }
    const QString name = mName->text().trimmed();
    if (!name.isEmpty() && !models::isValidModelName(name.toStdString())) {
        setStatus(tr("\"%1\" cannot be a model's name: use letters, digits, '.', '_' and '-'.").arg(name), true);
        return;
    }
    if (entry.isEmpty())
        QSettings().setValue(kLastSource, source);
    mInstalled.clear();
    mUse->hide();
    mProgress->setRange(0, 0); // busy until the sizes are known
    setStatus(tr("Looking up %1…").arg(source));
    if (mDownload.start(source, name, mReplace->isChecked()))
        setRunning(true);
}

void ModelDownloadDialog::showProgress(const app::DownloadProgress &p)
{
    const QLocale locale;
    if (p.totalBytes > 0) {
        mProgress->setRange(0, 1000);
        mProgress->setValue(int(std::lround(1000.0 * double(std::min(p.bytes, p.totalBytes)) / double(p.totalBytes))));
    } else {
        mProgress->setRange(0, 0);
    }
    const QString amount
        = p.totalBytes > 0 ? tr("%1 of %2").arg(formatBytes(p.bytes), formatBytes(p.totalBytes)) : formatBytes(p.bytes);
    if (p.stage == QLatin1String("fetching")) {
        QString text
            = tr("Downloading %1 (file %2 of %3): %4").arg(p.file).arg(p.fileIndex + 1).arg(p.fileCount).arg(amount);
        if (p.bytesPerSecond > 0)
            text += tr(" · %1/s").arg(formatBytes(qint64(p.bytesPerSecond)));
        if (p.secondsLeft >= 0) {
            const int s = int(std::lround(p.secondsLeft));
            text += s >= 60 ? tr(" · about %n min left", nullptr, (s + 30) / 60) : tr(" · %n s left", nullptr, s);
        }
        setStatus(text);
    } else if (p.stage == QLatin1String("verifying")) {
        setStatus(tr("Checking %1: %2").arg(p.file, amount));
    } else if (p.stage == QLatin1String("completing")) {
        setStatus(tr("Adding the tokenizer files and dataset statistics the source lacks…"));
    } else if (p.stage == QLatin1String("validating")) {
        mProgress->setRange(0, 0);
        setStatus(tr("Loading the model to check every tensor…"));
    } else if (p.stage == QLatin1String("installing")) {
        setStatus(tr("Installing…"));
    }
}

void ModelDownloadDialog::finish(bool succeeded, bool cancelled, const QString &directory, const QString &message,
                                 const QStringList &warnings)
{
    setRunning(false);
    mProgress->setRange(0, 1000);
    if (succeeded) {
        mInstalled = directory;
        mProgress->setValue(1000);
        QString text = tr("Installed in %1.").arg(directory);
        for (const QString &w : warnings)
            text += QLatin1Char('\n') + tr("Note: %1").arg(w);
        setStatus(text);
        mUse->show();
        mUse->setDefault(true);
        mUse->setFocus();
        Q_EMIT installed(directory);
    } else if (cancelled) {
        mProgress->setValue(0);
        setStatus(tr("Stopped. Nothing was installed; what arrived is kept, and Download resumes it."));
    } else {
        mProgress->setValue(0);
        setStatus(tr("Could not install the model: %1").arg(message), true);
    }
    if (mCloseWhenDone)
        QDialog::reject();
}

void ModelDownloadDialog::reject()
{
    if (mDownload.isRunning()) {
        // Closing stops the download; the dialog goes once the worker has stopped.
        mCloseWhenDone = true;
        mDownload.cancel();
        setStatus(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

} // namespace gm::ui
