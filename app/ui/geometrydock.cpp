#include "ui/geometrydock.h"

#include "core/cliplibrary.h"
#include "core/mlcontroller.h"
#include "core/playbackcontroller.h"
#include "ml/codegeometry.h"
#include "plots/heatmapplot.h"
#include "plots/histogramplot.h"
#include "plots/scatterplot.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gm::ui {

namespace {

std::vector<QPointF> points(const std::vector<float> &xy)
{
    std::vector<QPointF> out;
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
        out.emplace_back(xy[i], xy[i + 1]);
    return out;
}

QWidget *withToolbar(QWidget *plot, QLabel *label, QComboBox *combo, QWidget *parent,
                     const QList<QWidget *> &extra = {})
{
    auto *page = new QWidget(parent);
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(2, 2, 2, 2);
    if (combo) {
        auto *row = new QHBoxLayout;
        row->addWidget(label);
        row->addWidget(combo);
        row->addStretch(1);
        for (QWidget *w : extra)
            row->addWidget(w);
        label->setBuddy(combo);
        column->addLayout(row);
    }
    column->addWidget(plot, 1);
    return page;
}

} // namespace

GeometryDock::GeometryDock(app::MlController &ml, app::ClipLibrary &library, app::PlaybackController &playback,
                           QWidget *parent)
    : QDockWidget(parent)
    , mMl(ml)
    , mLibrary(library)
    , mPlayback(playback)
{
    setObjectName(QStringLiteral("GeometryDock"));
    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("GeometryTabs"));
    mTabs->setDocumentMode(true);

    mGram = new plots::HeatmapPlot(mTabs);
    mGram->setObjectName(QStringLiteral("GramPlot"));
    mGramSource = new QComboBox(mTabs);
    mGramSource->setObjectName(QStringLiteral("GramSource"));
    mGramSource->addItem(QString());
    mGramSource->addItem(QString());
    mGramSourceLabel = new QLabel(mTabs);
    mTabs->addTab(withToolbar(mGram, mGramSourceLabel, mGramSource, mTabs), QString());

    mScatter = new plots::ScatterPlot(mTabs);
    mScatter->setObjectName(QStringLiteral("PcaPlot"));
    mScatter->setLinked(true);
    mTabs->addTab(withToolbar(mScatter, nullptr, nullptr, mTabs), QString());

    mUsage = new plots::HistogramPlot(mTabs);
    mUsage->setObjectName(QStringLiteral("UsagePlot"));
    mUsageOrder = new QComboBox(mTabs);
    mUsageOrder->setObjectName(QStringLiteral("UsageOrder"));
    mUsageOrder->addItem(QString());
    mUsageOrder->addItem(QString());
    mUsageOrderLabel = new QLabel(mTabs);
    mFolderButton = new QPushButton(mTabs);
    mFolderButton->setObjectName(QStringLiteral("CountFolderButton"));
    mClipButton = new QPushButton(mTabs);
    mClipButton->setObjectName(QStringLiteral("ClipUsageButton"));
    mFolderProgress = new QProgressBar(mTabs);
    mFolderProgress->setMaximumWidth(140);
    mFolderProgress->hide();
    mCancelFolder = new QPushButton(mTabs);
    mCancelFolder->setObjectName(QStringLiteral("CancelFolderButton"));
    mCancelFolder->hide();
    mTabs->addTab(withToolbar(mUsage, mUsageOrderLabel, mUsageOrder, mTabs,
                              {mFolderProgress, mCancelFolder, mClipButton, mFolderButton}),
                  QString());
    setWidget(mTabs);

    connect(mGramSource, &QComboBox::currentIndexChanged, this, &GeometryDock::updateGram);
    connect(mUsageOrder, &QComboBox::currentIndexChanged, this,
            [this](int index) { mUsage->setSortedByCount(index == 1); });
    connect(mGram, &plots::HeatmapPlot::cellClicked, this, [this](int row, int) { mMl.selectCode(row); });
    connect(mScatter, &plots::ScatterPlot::pointClicked, this, [this](int code) { mMl.selectCode(code); });
    connect(mUsage, &plots::HistogramPlot::barClicked, this, [this](int code) { mMl.selectCode(code); });
    connect(mFolderButton, &QPushButton::clicked, this, &GeometryDock::chooseFolder);
    connect(mClipButton, &QPushButton::clicked, this, &GeometryDock::showClipUsage);
    connect(mCancelFolder, &QPushButton::clicked, &ml, &app::MlController::cancelFolderUsage);
    connect(&ml, &app::MlController::folderProgress, this, [this](int done, int total) {
        mFolderProgress->setRange(0, std::max(total, 1));
        mFolderProgress->setValue(done);
        mFolderProgress->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(&ml, &app::MlController::folderUsageReady, this, &GeometryDock::showFolderUsage);
    connect(&ml, &app::MlController::folderUsageFailed, this, [this](const QString &directory, const QString &message) {
        mFolderProgress->hide();
        mCancelFolder->hide();
        mFolderButton->setEnabled(true);
        mUsage->setFooter(tr("Could not count %1: %2").arg(QDir::toNativeSeparators(directory), message));
    });
    connect(&ml, &app::MlController::modelLoaded, this, &GeometryDock::updateModel);
    connect(&ml, &app::MlController::analysisReady, this, &GeometryDock::updateClip);
    connect(&ml, &app::MlController::analysisForgotten, this, &GeometryDock::updateClip);
    connect(&ml, &app::MlController::selectionChanged, this, &GeometryDock::updateHighlight);
    connect(&library, &app::ClipLibrary::activeChanged, this, &GeometryDock::updateClip);
    connect(&playback, &app::PlaybackController::timeChanged, this, &GeometryDock::updateHighlight);

    retranslateUi();
    updateModel();
}

void GeometryDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void GeometryDock::retranslateUi()
{
    setWindowTitle(tr("Geometry"));
    mTabs->setTabText(0, tr("Gram matrix"));
    mTabs->setTabText(1, tr("PCA"));
    mTabs->setTabText(2, tr("Usage"));
    mGramSourceLabel->setText(tr("&Rows:"));
    mGramSource->setItemText(0, tr("DVQ codebook"));
    mGramSource->setItemText(1, tr("Captioner motion embeddings"));
    mUsageOrderLabel->setText(tr("&Order:"));
    mUsageOrder->setItemText(0, tr("By code"));
    mUsageOrder->setItemText(1, tr("By count"));
    mFolderButton->setText(tr("Count a &Folder…"));
    mFolderButton->setToolTip(tr("Tokenize every clip of a dataset folder (HumanML3D layout or motion files) and "
                                 "show its code usage"));
    mClipButton->setText(tr("Open &Clip"));
    mClipButton->setToolTip(tr("Show the code usage of the open clip again"));
    mCancelFolder->setText(tr("Cancel"));
    mScatter->setTitle(tr("Codebook and motion embeddings (PCA)"));
    updateModel();
}

void GeometryDock::setGramSource(int source)
{
    mGramSource->setCurrentIndex(source);
}

void GeometryDock::updateModel()
{
    mShowingFolder = false; // a folder's counts belong to the model that made them
    const app::ModelGeometry &g = mMl.geometry();
    const bool captioner = !g.embeddingGram.empty();
    mGramSource->setEnabled(captioner);
    if (!captioner)
        mGramSource->setCurrentIndex(0);
    updateGram();

    std::vector<plots::ScatterPlot::Series> series;
    if (g.codes > 0) {
        series.push_back({tr("DVQ codebook"), QColor(70, 130, 220), points(g.codebookPca)});
        if (captioner)
            series.push_back({tr("Captioner rows (aligned)"), QColor(235, 120, 60), points(g.embeddingPca)});
    }
    mScatter->setSeries(std::move(series));
    mScatter->setAxisLabels(tr("PC1 (%1 % of the codebook's variance)").arg(g.codebookExplained[0] * 100.0, 0, 'f', 1),
                            tr("PC2 (%1 %)").arg(g.codebookExplained[1] * 100.0, 0, 'f', 1));
    mScatter->setFooter(captioner ? tr("Captioner rows: own PCA (%1 %, %2 %), rotated onto the codebook's")
                                        .arg(g.embeddingExplained[0] * 100.0, 0, 'f', 1)
                                        .arg(g.embeddingExplained[1] * 100.0, 0, 'f', 1)
                                  : QString());
    updateClip();
}

void GeometryDock::updateGram()
{
    const app::ModelGeometry &g = mMl.geometry();
    const bool embedding = mGramSource->currentIndex() == 1 && !g.embeddingGram.empty();
    mGram->setMatrix(g.codes, embedding ? g.embeddingGram : g.codebookGram);
    mGram->setTitle(embedding ? tr("Cosine similarity of the captioner's motion embeddings")
                              : tr("Cosine similarity of the DVQ codebook"));
    if (g.codes > 0)
        mGram->setFooter(tr("orthogonality mean((ĈĈᵀ − I)²) = %1 over %2 codes")
                             .arg(embedding ? g.embeddingOrthogonality : g.codebookOrthogonality, 0, 'g', 4)
                             .arg(g.codes));
    else
        mGram->setFooter(tr("No model loaded"));
}

void GeometryDock::chooseFolder()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("geometry/folder"), QDir::homePath()).toString();
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Count the Codes of a Folder"), start);
    if (directory.isEmpty())
        return;
    settings.setValue(QStringLiteral("geometry/folder"), directory);
    countFolder(directory);
}

void GeometryDock::countFolder(const QString &directory)
{
    mMl.countFolderUsage(directory);
    mFolderProgress->setRange(0, 0);
    mFolderProgress->show();
    mCancelFolder->show();
    mFolderButton->setEnabled(false);
    mUsage->setFooter(tr("Counting the codes of %1…").arg(QDir::toNativeSeparators(directory)));
}

void GeometryDock::showFolderUsage(const app::FolderUsage &f)
{
    mFolderProgress->hide();
    mCancelFolder->hide();
    mFolderButton->setEnabled(true);
    mShowingFolder = true;
    mClipButton->setEnabled(true);
    const double perplexity = ml::usagePerplexity(f.usage);
    int distinct = 0;
    for (long long u : f.usage)
        distinct += u > 0 ? 1 : 0;
    mUsage->setCounts(f.usage);
    mUsage->setTitle(tr("Code usage in %1").arg(QDir(f.directory).dirName()));
    QString footer = tr("%n clip(s), %1 tokens, %2 distinct codes of %3, perplexity %4", nullptr, f.clips)
                         .arg(f.tokens)
                         .arg(distinct)
                         .arg(f.usage.size())
                         .arg(perplexity, 0, 'f', 1);
    if (!f.failures.isEmpty())
        footer += tr("; %n file(s) skipped", nullptr, int(f.failures.size()));
    if (f.cancelled)
        footer += tr(" (cancelled: partial counts)");
    mUsage->setFooter(footer);
    mUsage->setToolTip(f.failures.isEmpty() ? QString() : tr("Skipped:\n%1").arg(f.failures.join(QLatin1Char('\n'))));
}

void GeometryDock::showClipUsage()
{
    mShowingFolder = false;
    mUsage->setToolTip(QString());
    updateClip();
}

void GeometryDock::updateClip()
{
    const app::OpenClip *active = mLibrary.active();
    const app::ClipAnalysis *a = active ? mMl.analysis(active->id) : nullptr;
    const int codes = mMl.geometry().codes;
    std::vector<long long> usage = a ? a->usage() : std::vector<long long>(std::size_t(codes), 0);
    std::vector<bool> used;
    if (a)
        for (long long u : usage)
            used.push_back(u > 0);
    mScatter->setEmphasised(used);
    mClipButton->setEnabled(mShowingFolder);
    if (mShowingFolder) {
        updateHighlight();
        return;
    }
    const double perplexity = ml::usagePerplexity(usage);
    int distinct = 0;
    for (long long u : usage)
        distinct += u > 0 ? 1 : 0;
    mUsage->setCounts(std::move(usage));
    mUsage->setTitle(a ? tr("Code usage in %1").arg(active->name) : tr("Code usage"));
    mUsage->setFooter(a ? tr("%1 tokens, %2 distinct codes of %3, perplexity %4")
                              .arg(a->tokenCount())
                              .arg(distinct)
                              .arg(codes)
                              .arg(perplexity, 0, 'f', 1)
                        : tr("Open a clip to see its codes"));
    updateHighlight();
}

int GeometryDock::highlightedCode() const
{
    if (mMl.selectedCode() >= 0)
        return mMl.selectedCode();
    const app::OpenClip *active = mLibrary.active();
    const app::ClipAnalysis *a = active ? mMl.analysis(active->id) : nullptr;
    const int token = a ? a->tokenAt(mPlayback.time()) : -1;
    return token >= 0 ? int(a->tokens[std::size_t(token)]) : -1;
}

void GeometryDock::updateHighlight()
{
    const int code = highlightedCode();
    if (code == mGram->highlight() && code == mScatter->highlighted())
        return;
    mGram->setHighlight(code);
    mScatter->setHighlighted(code);
    mUsage->setHighlighted(code);
}

} // namespace gm::ui
