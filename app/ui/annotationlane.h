#pragma once

#include "ui/timelinelane.h"

namespace gm::app {
class ProjectSession;
struct Segment;
} // namespace gm::app

namespace gm::ui {

/// One tier of the open project's annotations as a lane under the timeline: the active clip's
/// segments of that tier, coloured by label (captions show their text), model captions dashed.
/// Drag on empty space to add a segment, drag a segment to move it, drag its ends to resize it
/// (snapped to frames, or to token boundaries with snapToTokens); a click selects, a double click
/// asks to edit. Every change goes through the document (undoable).
class AnnotationLane : public TimelineLane
{
    Q_OBJECT
public:
    AnnotationLane(app::ProjectSession &session, qint64 tierId, app::MlController &ml, app::ClipLibrary &library,
                   app::PlaybackController &playback, QWidget *parent = nullptr);

    qint64 tierId() const { return mTier; }
    /// Snap to the loaded model's token boundaries (the official model: 8 frames at 20 fps, 0.4 s)
    /// instead of frames.
    void setSnapToTokens(bool on) { mSnapTokens = on; }
    /// The frame of the active clip at x, snapped.
    int frameAtX(double x) const;
    double xForFrame(int frame) const;
    /// The segment under x (0 for none) and whether x is on its start or end edge (−1, +1; 0 inside).
    qint64 segmentAtX(double x, int *edge = nullptr) const;
    QRectF segmentRect(qint64 id) const;

Q_SIGNALS:
    /// A double click on a segment.
    void editRequested(qint64 segmentId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    QSize sizeHint() const override { return {400, 26}; }
    QSize minimumSizeHint() const override { return {100, 22}; }

private:
    std::vector<app::Segment> segments() const;
    int snap(double seconds) const;

    app::ProjectSession &mSession;
    qint64 mTier;
    bool mSnapTokens = false;
    enum class Drag { None, Create, Move, ResizeStart, ResizeEnd } mDrag = Drag::None;
    qint64 mDragSegment = 0;
    int mPressFrame = 0;
    int mDragOffset = 0; ///< frames between the press and the segment's start (Move)
    int mCreateEnd = 0;
    int mGesture = 0;
};

} // namespace gm::ui
