#include "ui/cliplistdock.h"

#include "core/cliplibrary.h"

#include <QAction>
#include <QEvent>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>

namespace gm::ui {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(160));
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}

} // namespace

ClipListDock::ClipListDock(app::ClipLibrary &library, QWidget *parent)
    : QDockWidget(parent)
    , mLibrary(library)
{
    setObjectName(QStringLiteral("ClipListDock"));
    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("ClipList"));
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    setWidget(mList);

    auto *close = new QAction(mList);
    close->setObjectName(QStringLiteral("CloseListedClipAction"));
    close->setShortcut(QKeySequence::Delete);
    close->setShortcutContext(Qt::WidgetShortcut);
    connect(close, &QAction::triggered, this, [this] { mLibrary.remove(mList->currentRow()); });
    mList->addAction(close);
    mList->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(&library, &app::ClipLibrary::clipsChanged, this, &ClipListDock::rebuild);
    connect(&library, &app::ClipLibrary::activeChanged, this, [this](int index) {
        if (!mRebuilding && mList->currentRow() != index)
            mList->setCurrentRow(index);
    });
    connect(mList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!mRebuilding)
            mLibrary.setActive(row);
    });
    connect(mList, &QListWidget::itemChanged, this, &ClipListDock::itemChanged);
    retranslateUi();
    rebuild();
}

void ClipListDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void ClipListDock::retranslateUi()
{
    setWindowTitle(tr("Clips"));
    mList->setAccessibleName(tr("Open clips"));
    if (QAction *close = mList->findChild<QAction *>(QStringLiteral("CloseListedClipAction")))
        close->setText(tr("Close Clip"));
    rebuild();
}

void ClipListDock::rebuild()
{
    mRebuilding = true;
    // Items are updated in place when the count holds (a visibility change arrives from inside
    // an item's own itemChanged signal, where deleting it would be unsafe).
    if (mList->count() != mLibrary.count())
        mList->clear();
    for (int row = 0; row < mLibrary.count(); ++row) {
        const app::OpenClip &c = mLibrary.at(row);
        QListWidgetItem *item = mList->item(row);
        if (!item) {
            item = new QListWidgetItem(mList);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        }
        item->setIcon(swatch(c.color));
        item->setText(c.name);
        item->setCheckState(c.visible ? Qt::Checked : Qt::Unchecked);
        const motion::MotionClip &clip = *c.clip;
        item->setToolTip(tr("%1\n%2, %3 joints, %4 frames at %5 fps (%6 s)")
                             .arg(c.path, QString::fromStdString(clip.info.format))
                             .arg(clip.jointCount())
                             .arg(clip.frameCount())
                             .arg(clip.fps(), 0, 'f', 2)
                             .arg(clip.duration(), 0, 'f', 2));
    }
    mList->setCurrentRow(mLibrary.activeIndex());
    mRebuilding = false;
}

void ClipListDock::itemChanged(QListWidgetItem *item)
{
    if (mRebuilding)
        return;
    const int row = mList->row(item);
    mLibrary.setVisible(row, item->checkState() == Qt::Checked);
}

} // namespace gm::ui
