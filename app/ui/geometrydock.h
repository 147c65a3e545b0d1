#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace gm::app {
struct FolderUsage;
class ClipLibrary;
class MlController;
class PlaybackController;
} // namespace gm::app

namespace gm::ui {

namespace plots {
class HeatmapPlot;
class HistogramPlot;
class ScatterPlot;
} // namespace plots

/// The embedding geometry of the loaded model, in three tabs: (a) the cosine Gram matrix of the
/// DVQ codebook or of the captioner's motion rows with the orthogonality score; (b) a 2-D PCA
/// of both, corresponding codes linked, the open clip's codes emphasised and the selected (or
/// current) code highlighted; (c) the open clip's code usage with its perplexity. A click on a
/// code selects it in every view. Each plot exports PNG and SVG from its context menu.
class GeometryDock : public QDockWidget
{
    Q_OBJECT
public:
    GeometryDock(app::MlController &ml, app::ClipLibrary &library, app::PlaybackController &playback,
                 QWidget *parent = nullptr);

    QTabWidget *tabs() const { return mTabs; }
    plots::HeatmapPlot *gram() const { return mGram; }
    plots::ScatterPlot *scatter() const { return mScatter; }
    plots::HistogramPlot *usage() const { return mUsage; }
    /// 0: the DVQ codebook, 1: the captioner's motion rows.
    void setGramSource(int source);
    /// Counts the codes of every clip in a dataset folder (in the background) and shows that
    /// usage instead of the open clip's until showClipUsage().
    void countFolder(const QString &directory);
    void showClipUsage();
    bool showsFolder() const { return mShowingFolder; }

    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateModel();
    void updateGram();
    void updateClip();
    void updateHighlight();
    int highlightedCode() const;
    void showFolderUsage(const app::FolderUsage &usage);
    void chooseFolder();

    app::MlController &mMl;
    app::ClipLibrary &mLibrary;
    app::PlaybackController &mPlayback;
    QTabWidget *mTabs = nullptr;
    QComboBox *mGramSource = nullptr;
    QLabel *mGramSourceLabel = nullptr;
    plots::HeatmapPlot *mGram = nullptr;
    plots::ScatterPlot *mScatter = nullptr;
    plots::HistogramPlot *mUsage = nullptr;
    QComboBox *mUsageOrder = nullptr;
    QLabel *mUsageOrderLabel = nullptr;
    QPushButton *mFolderButton = nullptr;
    QPushButton *mClipButton = nullptr;
    QProgressBar *mFolderProgress = nullptr;
    QPushButton *mCancelFolder = nullptr;
    bool mShowingFolder = false;
};

} // namespace gm::ui
