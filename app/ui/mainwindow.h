#pragma once

#include <QMainWindow>

class QLabel;

namespace gm::ui {

class ViewportWidget;

/// The studio's main window: assembles the view, menus and status bar and delegates the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ViewportWidget *viewport() const { return mViewport; }

public Q_SLOTS:
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void onRendererReady(bool ok);
    void writeSettings() const;

    ViewportWidget *mViewport = nullptr;
    QLabel *mGlLabel = nullptr;
};

} // namespace gm::ui
