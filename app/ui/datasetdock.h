#pragma once

#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace gm::app {
class ClipLibrary;
class ProjectSession;
} // namespace gm::app

namespace gm::ui {

/// Dataset mode: a folder (HumanML3D / KIT-ML layout or any motion files) annotated as one
/// project. Lists its clips with how many segments each has, filters by status, opens a clip on
/// activation (closing the previous one), and steps to the next or previous clip without
/// annotations, so that an annotator can go caption → accept or edit → next with the keyboard.
class DatasetDock : public QDockWidget
{
    Q_OBJECT
public:
    DatasetDock(app::ProjectSession &session, app::ClipLibrary &library, QWidget *parent = nullptr);

    /// Lists the folder's clips (ml::listDataset). False with `error` when it is not a folder.
    bool setFolder(const QString &folder, QString *error = nullptr);
    QString folder() const { return mFolder; }
    QTreeWidget *list() const { return mList; }
    QAction *nextAction() const { return mNext; }
    QAction *previousAction() const { return mPrevious; }
    /// 0: all, 1: without annotations, 2: annotated.
    void setFilter(int filter);
    /// Opens the clip of a row (of all the folder's clips, not only the shown ones).
    void openRow(int row);
    int currentRow() const { return mCurrent; }

    void retranslateUi();

public Q_SLOTS:
    void openNextUnannotated();
    void openPreviousUnannotated();
    /// The first clip without annotations (the first clip when all have some).
    void openFirstUnannotated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshCounts();
    void applyFilter();
    void step(int direction);

    app::ProjectSession &mSession;
    app::ClipLibrary &mLibrary;
    QString mFolder;
    QStringList mPaths; ///< absolute, in list order
    std::vector<int> mCounts;
    int mCurrent = -1;
    QComboBox *mFilter = nullptr;
    QLabel *mSummary = nullptr;
    QTreeWidget *mList = nullptr;
    QAction *mNext = nullptr;
    QAction *mPrevious = nullptr;
};

} // namespace gm::ui
