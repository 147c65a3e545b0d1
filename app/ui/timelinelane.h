#pragma once

#include <QWidget>

namespace gm::app {
class ClipLibrary;
class MlController;
class PlaybackController;
struct ClipAnalysis;
} // namespace gm::app

namespace gm::ui {

/// A strip under the timeline's slider that shows something of the active clip over time: the
/// same time axis as the slider (its insets follow the slider's groove), the play head as a line,
/// and the active clip's analysis from the ML controller. Subclasses paint the content.
class TimelineLane : public QWidget
{
    Q_OBJECT
public:
    TimelineLane(app::MlController &ml, app::ClipLibrary &library, app::PlaybackController &playback,
                 QWidget *parent = nullptr);

    /// The slider's groove starts `left` px from this lane's left edge and ends `right` px
    /// before its right edge.
    void setInsets(int left, int right);
    /// The name drawn left of the lane (in the left inset) and its accessible name.
    void setLabel(const QString &label);
    double xForTime(double seconds) const;
    double timeForX(double x) const;
    /// The active clip's id (0 when none) and its analysis (null until it is made).
    int activeClipId() const;
    const app::ClipAnalysis *activeAnalysis() const;

protected:
    /// What to say when there is no analysis to draw (no clip, no model, analysing, an error).
    QString emptyText() const;
    void paintPlayHead(QPainter &painter) const;
    void paintLabel(QPainter &painter) const;
    void paintEmpty(QPainter &painter) const;

    app::MlController &mMl;
    app::ClipLibrary &mLibrary;
    app::PlaybackController &mPlayback;
    int mLeft = 0;
    int mRight = 0;
    QString mLabel;
};

/// One cell per token (8 frames at 20 fps, on the source clip's time) coloured by its code;
/// the current token is outlined during playback, the selected one and the other tokens of the
/// selected code are marked, a bar at the bottom of each cell shows the code's probability.
/// Hover tells the code, its probability, the top-3 alternatives and how often the code occurs;
/// a click selects the token everywhere and moves the play head to it; a drag (or a Shift+click)
/// selects a range of tokens to caption.
class TokenLane : public TimelineLane
{
    Q_OBJECT
public:
    using TimelineLane::TimelineLane;

    /// The token under x (−1 for none).
    int tokenAtX(double x) const;
    QRectF tokenRect(int token) const;
    /// The tooltip text for a token.
    QString describeToken(int token) const;
    /// The selected range of tokens [first, last], or (−1, −1).
    int rangeFirst() const { return mRangeFirst; }
    int rangeLast() const { return mRangeLast; }
public Q_SLOTS:
    void setRange(int first, int last);
    void clearRange() { setRange(-1, -1); }

Q_SIGNALS:
    void rangeChanged(int first, int last);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    QSize sizeHint() const override { return {400, 30}; }
    QSize minimumSizeHint() const override { return {100, 24}; }

private:
    int mRangeFirst = -1;
    int mRangeLast = -1;
    int mPressToken = -1;
    bool mDragging = false;
};

/// The reconstruction's per-frame MPJPE (pelvis-aligned, cm) as a curve on the same time axis,
/// with its mean; hover reads the error at a time.
class ErrorCurve : public TimelineLane
{
    Q_OBJECT
public:
    using TimelineLane::TimelineLane;

    /// The error (cm) shown at a time, or a negative number past the decoded frames.
    double errorAt(double seconds) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    QSize sizeHint() const override { return {400, 44}; }
    QSize minimumSizeHint() const override { return {100, 32}; }
};

} // namespace gm::ui
