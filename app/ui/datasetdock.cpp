#include "ui/datasetdock.h"

#include "core/cliplibrary.h"
#include "core/projectsession.h"
#include "ml/dataset.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gm::ui {

DatasetDock::DatasetDock(app::ProjectSession &session, app::ClipLibrary &library, QWidget *parent)
    : QDockWidget(parent)
    , mSession(session)
    , mLibrary(library)
{
    setObjectName(QStringLiteral("DatasetDock"));
    auto *panel = new QWidget(this);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(4, 4, 4, 4);
    auto *row = new QHBoxLayout;
    mFilter = new QComboBox(panel);
    mFilter->setObjectName(QStringLiteral("DatasetFilter"));
    for (int i = 0; i < 3; ++i)
        mFilter->addItem(QString());
    row->addWidget(mFilter);
    mSummary = new QLabel(panel);
    row->addWidget(mSummary, 1);
    column->addLayout(row);
    mList = new QTreeWidget(panel);
    mList->setObjectName(QStringLiteral("DatasetList"));
    mList->setRootIsDecorated(false);
    mList->setColumnCount(2);
    mList->setUniformRowHeights(true);
    mList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mList->header()->setStretchLastSection(false);
    column->addWidget(mList, 1);
    setWidget(panel);

    mNext = new QAction(this);
    mNext->setObjectName(QStringLiteral("NextUnannotatedAction"));
    mNext->setShortcut(QKeySequence(Qt::Key_N));
    mPrevious = new QAction(this);
    mPrevious->setObjectName(QStringLiteral("PreviousUnannotatedAction"));
    mPrevious->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_N));
    connect(mNext, &QAction::triggered, this, &DatasetDock::openNextUnannotated);
    connect(mPrevious, &QAction::triggered, this, &DatasetDock::openPreviousUnannotated);
    connect(mFilter, &QComboBox::currentIndexChanged, this, &DatasetDock::applyFilter);
    connect(mList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openRow(item->data(0, Qt::UserRole).toInt()); });
    connect(&session.document(), &app::MotionDocument::segmentsChanged, this, &DatasetDock::refreshCounts);
    connect(&session, &app::ProjectSession::changed, this, &DatasetDock::refreshCounts);
    retranslateUi();
}

void DatasetDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void DatasetDock::retranslateUi()
{
    setWindowTitle(tr("Dataset"));
    mFilter->setItemText(0, tr("All clips"));
    mFilter->setItemText(1, tr("Without annotations"));
    mFilter->setItemText(2, tr("Annotated"));
    mList->setHeaderLabels({tr("Clip"), tr("Segments")});
    mNext->setText(tr("&Next Clip Without Annotations"));
    mPrevious->setText(tr("P&revious Clip Without Annotations"));
    refreshCounts();
}

bool DatasetDock::setFolder(const QString &folder, QString *error)
{
    std::vector<ml::DatasetItem> items;
    try {
        items = ml::listDataset(folder.toStdString());
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    mFolder = folder;
    mPaths.clear();
    mList->clear();
    for (std::size_t i = 0; i < items.size(); ++i) {
        mPaths << QFileInfo(QString::fromStdString(items[i].path)).absoluteFilePath();
        auto *item = new QTreeWidgetItem(mList);
        item->setText(0, QString::fromStdString(items[i].id));
        item->setToolTip(0, mPaths.back());
        item->setData(0, Qt::UserRole, int(i));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    mCurrent = -1;
    refreshCounts();
    show();
    return true;
}

void DatasetDock::refreshCounts()
{
    std::map<QString, int> byPath;
    if (mSession.document().isOpen())
        byPath = mSession.document().store()->segmentCountsByPath();
    mCounts.assign(std::size_t(mPaths.size()), 0);
    int annotated = 0;
    for (int i = 0; i < mPaths.size(); ++i) {
        const auto it = byPath.find(mPaths[i]);
        mCounts[std::size_t(i)] = it == byPath.end() ? 0 : it->second;
        annotated += mCounts[std::size_t(i)] > 0 ? 1 : 0;
        if (QTreeWidgetItem *item = mList->topLevelItem(i)) {
            item->setText(1, QString::number(mCounts[std::size_t(i)]));
            QFont f = item->font(0);
            f.setBold(i == mCurrent);
            item->setFont(0, f);
        }
    }
    mSummary->setText(tr("%1 of %n clip(s) annotated", nullptr, int(mPaths.size())).arg(annotated));
    applyFilter();
}

void DatasetDock::setFilter(int filter)
{
    mFilter->setCurrentIndex(filter);
}

void DatasetDock::applyFilter()
{
    const int filter = mFilter->currentIndex();
    for (int i = 0; i < mList->topLevelItemCount(); ++i) {
        const bool annotated = i < int(mCounts.size()) && mCounts[std::size_t(i)] > 0;
        mList->topLevelItem(i)->setHidden((filter == 1 && annotated) || (filter == 2 && !annotated));
    }
}

void DatasetDock::openRow(int row)
{
    if (row < 0 || row >= mPaths.size())
        return;
    mCurrent = row;
    mLibrary.cancelLoads();
    mLibrary.clear(); // one dataset clip at a time
    mLibrary.open(mPaths[row]);
    if (QTreeWidgetItem *item = mList->topLevelItem(row))
        mList->setCurrentItem(item);
    refreshCounts();
}

void DatasetDock::step(int direction)
{
    for (int i = mCurrent + direction; i >= 0 && i < mPaths.size(); i += direction)
        if (mCounts[std::size_t(i)] == 0) {
            openRow(i);
            return;
        }
}

void DatasetDock::openNextUnannotated()
{
    step(+1);
}

void DatasetDock::openFirstUnannotated()
{
    for (int i = 0; i < mPaths.size(); ++i)
        if (mCounts[std::size_t(i)] == 0) {
            openRow(i);
            return;
        }
    openRow(0);
}

void DatasetDock::openPreviousUnannotated()
{
    step(-1);
}

} // namespace gm::ui
