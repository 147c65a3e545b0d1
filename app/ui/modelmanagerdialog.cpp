#include "ui/modelmanagerdialog.h"

#include "core/modeldownload.h"
#include "core/resourcepaths.h"
#include "models/store.h"
#include "ui/modeldownloaddialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace gm::ui {

namespace {

enum Role { DirectoryRole = Qt::UserRole, KindRole, DetailsRole };
enum Kind { Bundled = 0, Installed = 1, Partial = 2 };

qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files))
        total += f.size();
    return total;
}

} // namespace

ModelManagerDialog::ModelManagerDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , mCurrent(current)
{
    setObjectName(QStringLiteral("ModelManagerDialog"));
    mList = new QTreeWidget(this);
    mList->setObjectName(QStringLiteral("ModelList"));
    mList->setRootIsDecorated(false);
    mList->setUniformRowHeights(true);
    mList->setColumnCount(4);
    mList->header()->setStretchLastSection(true);
    mDetails = new QLabel(this);
    mDetails->setObjectName(QStringLiteral("ModelDetails"));
    mDetails->setWordWrap(true);
    mDetails->setTextFormat(Qt::RichText);
    mDetails->setOpenExternalLinks(true);
    mDetails->setTextInteractionFlags(Qt::TextBrowserInteraction);
    mDetails->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    mDetails->setMinimumHeight(mDetails->fontMetrics().height() * 5);
    mFolder = new QLabel(this);
    mFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    mUse = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    mUse->setObjectName(QStringLiteral("ModelUse"));
    mUse->setDefault(true);
    mDownload = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    mDownload->setObjectName(QStringLiteral("ModelDownload"));
    mRemove = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    mRemove->setObjectName(QStringLiteral("ModelRemove"));
    mOpenFolder = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    mClose = buttons->addButton(QDialogButtonBox::Close);
    connect(mClose, &QPushButton::clicked, this, &QDialog::reject);
    connect(mUse, &QPushButton::clicked, this, [this] {
        const QString dir = selectedDirectory();
        if (!dir.isEmpty()) {
            Q_EMIT useModel(dir);
            accept();
        }
    });
    connect(mList, &QTreeWidget::itemActivated, mUse, &QPushButton::click);
    connect(mDownload, &QPushButton::clicked, this, &ModelManagerDialog::downloadRequested);
    connect(mRemove, &QPushButton::clicked, this, &ModelManagerDialog::removeSelected);
    connect(mOpenFolder, &QPushButton::clicked, this, [this] {
        const QString dir = selectedDirectory().isEmpty() ? app::ModelDownload::modelsDirectory() : selectedDirectory();
        QDir().mkpath(dir);
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    connect(mList, &QTreeWidget::currentItemChanged, this, &ModelManagerDialog::selectionChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mList, 1);
    layout->addWidget(mDetails);
    layout->addWidget(mFolder);
    layout->addWidget(buttons);
    resize(760, 460);
    retranslateUi();
    refresh();
}

void ModelManagerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QDialog::changeEvent(event);
}

void ModelManagerDialog::retranslateUi()
{
    setWindowTitle(tr("Models"));
    mList->setHeaderLabels({tr("Name"), tr("Size"), tr("Installed"), tr("Source")});
    mUse->setText(tr("&Use"));
    mUse->setToolTip(tr("Load the selected model"));
    mDownload->setText(tr("&Download Model…"));
    mRemove->setText(tr("&Remove…"));
    mOpenFolder->setText(tr("Open &Folder"));
    mFolder->setText(tr("Installed models are kept in %1 (geomotion model list shows them too)")
                         .arg(app::ModelDownload::modelsDirectory()));
}

void ModelManagerDialog::setCurrentModel(const QString &directory)
{
    mCurrent = directory;
    refresh();
}

void ModelManagerDialog::refresh()
{
    const QString selected = selectedDirectory();
    mList->clear();
    const QString currentPath = QFileInfo(mCurrent).canonicalFilePath();
    auto mark = [&](QTreeWidgetItem *item, const QString &dir) {
        if (!currentPath.isEmpty() && QFileInfo(dir).canonicalFilePath() == currentPath) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setText(0, tr("%1 (in use)").arg(item->text(0)));
        }
    };
    const QString bundled = app::defaultModelPath();
    if (!bundled.isEmpty()) {
        auto *item
            = new QTreeWidgetItem(mList, {tr("Bundled default"), formatBytes(folderBytes(bundled)),
                                          tr("with the studio"), tr("trained for GeoMotion Studio (see its README)")});
        item->setData(0, DirectoryRole, bundled);
        item->setData(0, KindRole, Bundled);
        item->setData(0, DetailsRole,
                      tr("The small default model that ships with the studio: a DVQ and a GPT-2-architecture "
                         "captioner trained on procedural motion and CMU clips. Folder: %1")
                          .arg(bundled.toHtmlEscaped()));
        mark(item, bundled);
    }
    const std::filesystem::path root = models::userModelsDirectory();
    for (const models::InstalledModel &m : models::listInstalledModels(root)) {
        const QString dir = QString::fromStdString(m.directory.string());
        auto *item = new QTreeWidgetItem(
            mList, {QString::fromStdString(m.name), formatBytes(qint64(m.bytes)),
                    m.hasReceipt ? QString::fromStdString(m.installedAt).replace(QLatin1Char('T'), QLatin1Char(' '))
                                 : tr("by hand"),
                    QString::fromStdString(m.source)});
        item->setData(0, DirectoryRole, dir);
        item->setData(0, KindRole, Installed);
        QString details;
        if (!m.title.empty())
            details += QStringLiteral("<b>%1</b><br>").arg(QString::fromStdString(m.title).toHtmlEscaped());
        details += tr("Folder: %1").arg(dir.toHtmlEscaped());
        if (!m.licence.empty())
            details
                += QStringLiteral("<br>") + tr("Licence: %1").arg(QString::fromStdString(m.licence).toHtmlEscaped());
        if (!m.citation.empty())
            details += QStringLiteral("<br>") + tr("Cite: %1").arg(QString::fromStdString(m.citation).toHtmlEscaped());
        if (!m.homepage.empty())
            details
                += QStringLiteral("<br><a href=\"%1\">%1</a>").arg(QString::fromStdString(m.homepage).toHtmlEscaped());
        if (m.hasReceipt)
            details += QStringLiteral("<br>")
                       + tr("%n file(s), each with its SHA-256 in %1", nullptr, int(m.files.size()))
                             .arg(QString::fromLatin1(models::kReceiptName));
        item->setData(0, DetailsRole, details);
        mark(item, dir);
    }
    for (const models::PartialDownload &d : models::listPartialDownloads(root)) {
        auto *item = new QTreeWidgetItem(mList, {tr("%1 (partial download)").arg(QString::fromStdString(d.name)),
                                                 formatBytes(qint64(d.bytes)), QString(), QString()});
        item->setData(0, DirectoryRole, QString::fromStdString(d.directory.string()));
        item->setData(0, KindRole, Partial);
        item->setData(0, DetailsRole,
                      tr("A download that did not finish: Download Model… with the same source and "
                         "name resumes it; Remove discards it."));
        item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        item->setData(1, Qt::UserRole, QString::fromStdString(d.name));
    }
    for (int c = 0; c < 3; ++c)
        mList->resizeColumnToContents(c);
    QTreeWidgetItem *select = mList->topLevelItemCount() > 0 ? mList->topLevelItem(0) : nullptr;
    for (int i = 0; i < mList->topLevelItemCount(); ++i)
        if (mList->topLevelItem(i)->data(0, DirectoryRole).toString() == selected)
            select = mList->topLevelItem(i);
    mList->setCurrentItem(select);
    selectionChanged();
}

QString ModelManagerDialog::selectedDirectory() const
{
    const QTreeWidgetItem *item = mList->currentItem();
    return item ? item->data(0, DirectoryRole).toString() : QString();
}

void ModelManagerDialog::selectionChanged()
{
    const QTreeWidgetItem *item = mList->currentItem();
    const int kind = item ? item->data(0, KindRole).toInt() : -1;
    const bool inUse = item && !mCurrent.isEmpty()
                       && QFileInfo(item->data(0, DirectoryRole).toString()).canonicalFilePath()
                              == QFileInfo(mCurrent).canonicalFilePath();
    mUse->setEnabled(kind == Bundled || kind == Installed);
    mRemove->setEnabled((kind == Installed && !inUse) || kind == Partial);
    mRemove->setToolTip(inUse             ? tr("The model in use cannot be removed: load another one first")
                        : kind == Bundled ? tr("The bundled model comes with the studio")
                                          : QString());
    mDetails->setText(item ? item->data(0, DetailsRole).toString() : QString());
}

void ModelManagerDialog::removeSelected()
{
    QTreeWidgetItem *item = mList->currentItem();
    if (!item || !mRemove->isEnabled())
        return;
    const bool partial = item->data(0, KindRole).toInt() == Partial;
    const QString name = partial ? item->data(1, Qt::UserRole).toString() : item->text(0);
    QMessageBox box(QMessageBox::Question, tr("Remove Model"),
                    partial ? tr("Discard the partial download of %1?").arg(name)
                            : tr("Remove the model %1 and its files (%2)?").arg(name, item->text(1)),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("RemoveModelBox"));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    try {
        models::removeInstalledModel(models::userModelsDirectory(), name.toStdString());
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Remove Model"), QString::fromStdString(e.what()));
    }
    refresh();
}

} // namespace gm::ui
