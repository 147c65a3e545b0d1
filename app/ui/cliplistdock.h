#pragma once

#include <QDockWidget>

class QListWidget;
class QListWidgetItem;

namespace gm::app {
class ClipLibrary;
}

namespace gm::ui {

/// The open clips: colour, name and visibility (the check box) of each; selecting one makes it
/// the active clip (the timeline's frame rate, the camera's follow target); Delete closes it.
class ClipListDock : public QDockWidget
{
    Q_OBJECT

public:
    ClipListDock(app::ClipLibrary &library, QWidget *parent = nullptr);

    QListWidget *list() const { return mList; }
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void itemChanged(QListWidgetItem *item);

    app::ClipLibrary &mLibrary;
    QListWidget *mList = nullptr;
    bool mRebuilding = false;
};

} // namespace gm::ui
