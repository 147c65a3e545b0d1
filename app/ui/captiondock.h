#pragma once

#include "ml/captioner.h"

#include <QDockWidget>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace gm::app {
class ClipLibrary;
class MlController;
struct CaptionResult;
} // namespace gm::app

namespace gm::ui {

/// Captions the active clip, or a range of its tokens, with the loaded captioner: the text
/// streams in as tokens arrive, Cancel stops between tokens, the decoding options (greedy as
/// released, sampling or beam search with a seed) are remembered, several candidates come with
/// their log-probabilities, and the chosen one copies to the clipboard.
class CaptionDock : public QDockWidget
{
    Q_OBJECT
public:
    CaptionDock(app::MlController &ml, app::ClipLibrary &library, QWidget *parent = nullptr);
    ~CaptionDock() override;

    QAction *captionAction() const { return mCaption; }
    QAction *cancelAction() const { return mCancel; }
    QAction *copyAction() const { return mCopy; }
    /// Turns the chosen candidate into a caption segment over its token range.
    QAction *useAction() const { return mUse; }
    /// Tokens [first, last] of the active clip to caption; (−1, −1) for the whole clip.
    void setRange(int first, int last);
    int rangeFirst() const { return mFirst; }
    int rangeLast() const { return mLast; }
    /// The options the controls describe.
    ml::CaptionOptions options() const;
    int candidateCount() const;
    void setDecoding(ml::CaptionOptions::Decoding decoding);
    void setCandidateCount(int count);
    QTreeWidget *candidates() const { return mCandidates; }
    /// The text streaming in, or the best candidate's.
    QString liveText() const;
    QString statusText() const;

    void retranslateUi();

public Q_SLOTS:
    void captionNow();
    void copySelected();

Q_SIGNALS:
    /// "Use as Annotation": the chosen candidate's text and the tokens it captions.
    void useAsAnnotation(const QString &text, int firstToken, int lastToken);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateRange();
    void updateEnabled();
    void updateDecodingControls();
    void onFinished(const app::CaptionResult &result);
    void readSettings();
    void writeSettings() const;

    app::MlController &mMl;
    app::ClipLibrary &mLibrary;
    int mFirst = -1;
    int mLast = -1;
    QAction *mCaption = nullptr;
    QAction *mCancel = nullptr;
    QAction *mCopy = nullptr;
    QAction *mUse = nullptr;
    QPushButton *mUseButton = nullptr;
    int mResultFirst = -1;
    int mResultLast = -1;
    QLabel *mRangeLabel = nullptr;
    QPushButton *mCaptionButton = nullptr;
    QPushButton *mCancelButton = nullptr;
    QPushButton *mCopyButton = nullptr;
    QLabel *mDecodingLabel = nullptr;
    QComboBox *mDecoding = nullptr;
    QLabel *mCountLabel = nullptr;
    QSpinBox *mCount = nullptr;
    QLabel *mTemperatureLabel = nullptr;
    QDoubleSpinBox *mTemperature = nullptr;
    QLabel *mTopKLabel = nullptr;
    QSpinBox *mTopK = nullptr;
    QLabel *mTopPLabel = nullptr;
    QDoubleSpinBox *mTopP = nullptr;
    QLabel *mBeamsLabel = nullptr;
    QSpinBox *mBeams = nullptr;
    QLabel *mSeedLabel = nullptr;
    QSpinBox *mSeed = nullptr;
    QLabel *mMaxTokensLabel = nullptr;
    QSpinBox *mMaxTokens = nullptr;
    QLabel *mLive = nullptr;
    QTreeWidget *mCandidates = nullptr;
    QLabel *mStatus = nullptr;
};

} // namespace gm::ui
