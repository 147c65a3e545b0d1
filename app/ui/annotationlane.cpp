#include "ui/annotationlane.h"

#include "core/mlcontroller.h"
#include "core/projectsession.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace gm::ui {

namespace {

int nextGesture()
{
    static int gesture = 0;
    return ++gesture;
}

} // namespace

AnnotationLane::AnnotationLane(app::ProjectSession &session, qint64 tierId, app::MlController &ml,
                               app::ClipLibrary &library, app::PlaybackController &playback, QWidget *parent)
    : TimelineLane(ml, library, playback, parent)
    , mSession(session)
    , mTier(tierId)
{
    auto repaint = [this] { update(); };
    connect(&session, &app::ProjectSession::changed, this, repaint);
    connect(&session, &app::ProjectSession::selectionChanged, this, repaint);
    connect(&session.document(), &app::MotionDocument::segmentsChanged, this, repaint);
    connect(&session.document(), &app::MotionDocument::labelsChanged, this, repaint);
}

std::vector<app::Segment> AnnotationLane::segments() const
{
    std::vector<app::Segment> out;
    const qint64 clip = mSession.activeProjectClip();
    if (!clip)
        return out;
    for (const app::Segment &s : mSession.document().segments(clip))
        if (s.tierId == mTier)
            out.push_back(s);
    return out;
}

int AnnotationLane::snap(double seconds) const
{
    const double fps = mSession.activeFps();
    if (mSnapTokens) {
        const double token = mMl.model().secondsPerToken();
        seconds = std::round(seconds / token) * token;
    }
    return std::max(0, int(std::lround(seconds * fps)));
}

int AnnotationLane::frameAtX(double x) const
{
    return snap(timeForX(x));
}

double AnnotationLane::xForFrame(int frame) const
{
    const double fps = mSession.activeFps();
    return xForTime(fps > 0.0 ? frame / fps : 0.0);
}

QRectF AnnotationLane::segmentRect(qint64 id) const
{
    for (const app::Segment &s : segments())
        if (s.id == id)
            return QRectF(QPointF(xForFrame(s.startFrame), 2.0), QPointF(xForFrame(s.endFrame), height() - 2.0));
    return {};
}

qint64 AnnotationLane::segmentAtX(double x, int *edge) const
{
    const std::vector<app::Segment> all = segments();
    // The last drawn (topmost) first.
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        const double x0 = xForFrame(it->startFrame), x1 = xForFrame(it->endFrame);
        if (x < x0 - 4.0 || x > x1 + 4.0)
            continue;
        if (edge)
            *edge = std::abs(x - x0) <= 4.0 ? -1 : std::abs(x - x1) <= 4.0 ? 1 : 0;
        return it->id;
    }
    return 0;
}

void AnnotationLane::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect().adjusted(mLeft, 0, -mRight, 0), palette().color(QPalette::Base));
    paintLabel(p);
    if (!mSession.document().isOpen() || !mSession.activeProjectClip()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(mLeft + 4, 0, -mRight, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   !mSession.document().isOpen() ? tr("No project: File ▸ New Project… to annotate")
                   : activeClipId()              ? tr("This clip is not a file the project can annotate")
                                                 : QString());
        return;
    }
    bool captions = false;
    for (const app::Tier &t : mSession.document().tiers())
        if (t.id == mTier)
            captions = t.kind == app::Tier::Kind::Caption;
    for (const app::Segment &s : segments()) {
        const QRectF r = segmentRect(s.id);
        const QColor colour = captions ? QColor(200, 205, 215) : QColor(mSession.document().labelColor(s.label));
        p.setBrush(colour);
        QPen pen(colour.darker(160), s.id == mSession.selectedSegment() ? 2.5 : 1.0);
        if (s.source == app::Segment::Source::Model)
            pen.setStyle(Qt::DashLine);
        if (s.id == mSession.selectedSegment())
            pen.setColor(palette().color(QPalette::Highlight));
        p.setPen(pen);
        p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        p.setPen(Qt::black);
        const QString text = captions ? s.text : s.label;
        p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(text, Qt::ElideRight, int(r.width()) - 8));
    }
    if (mDrag == Drag::Create) {
        QColor shade = palette().color(QPalette::Highlight);
        shade.setAlpha(110);
        p.fillRect(QRectF(QPointF(xForFrame(std::min(mPressFrame, mCreateEnd)), 2.0),
                          QPointF(xForFrame(std::max(mPressFrame, mCreateEnd)), height() - 2.0)),
                   shade);
    }
    if (mSession.inPoint() >= 0) {
        const double x = xForFrame(mSession.inPoint());
        p.setPen(QPen(QColor(40, 170, 80), 2.0));
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
    paintPlayHead(p);
}

void AnnotationLane::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mSession.activeProjectClip())
        return TimelineLane::mousePressEvent(event);
    const double x = event->position().x();
    int edge = 0;
    const qint64 id = segmentAtX(x, &edge);
    mGesture = nextGesture();
    if (id) {
        mSession.selectSegment(id);
        const std::optional<app::Segment> s = mSession.document().segment(id);
        mDragSegment = id;
        mDrag = edge < 0 ? Drag::ResizeStart : edge > 0 ? Drag::ResizeEnd : Drag::Move;
        mDragOffset = frameAtX(x) - s->startFrame;
    } else {
        mSession.selectSegment(0);
        mDrag = Drag::Create;
        mPressFrame = mCreateEnd = frameAtX(x);
    }
    update();
}

void AnnotationLane::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (mDrag == Drag::None) {
        int edge = 0;
        const qint64 id = segmentAtX(x, &edge);
        setCursor(id && edge ? Qt::SizeHorCursor : Qt::ArrowCursor);
        if (const std::optional<app::Segment> s = id ? mSession.document().segment(id) : std::nullopt) {
            const double fps = mSession.activeFps();
            QToolTip::showText(event->globalPosition().toPoint(),
                               tr("<b>%1</b><br>frames %2–%3 (%4–%5 s)<br>%6")
                                   .arg((s->label.isEmpty() ? s->text : s->label).toHtmlEscaped())
                                   .arg(s->startFrame)
                                   .arg(s->endFrame)
                                   .arg(s->startFrame / fps, 0, 'f', 2)
                                   .arg(s->endFrame / fps, 0, 'f', 2)
                                   .arg(s->source == app::Segment::Source::Model
                                            ? tr("caption by model %1").arg(s->modelId.toHtmlEscaped())
                                            : tr("by %1").arg(s->author.toHtmlEscaped())),
                               this);
        } else {
            QToolTip::hideText();
        }
        return;
    }
    const int frame = frameAtX(x);
    app::MotionDocument &doc = mSession.document();
    const std::optional<app::Segment> s = mDragSegment ? doc.segment(mDragSegment) : std::nullopt;
    switch (mDrag) {
    case Drag::Create: mCreateEnd = frame; break;
    case Drag::Move:
        if (s)
            doc.moveSegment(mDragSegment, std::max(0, frame - mDragOffset), mGesture);
        break;
    case Drag::ResizeStart:
        if (s && frame < s->endFrame)
            doc.resizeSegment(mDragSegment, frame, s->endFrame, mGesture);
        break;
    case Drag::ResizeEnd:
        if (s && frame > s->startFrame)
            doc.resizeSegment(mDragSegment, s->startFrame, frame, mGesture);
        break;
    case Drag::None: break;
    }
    update();
}

void AnnotationLane::mouseReleaseEvent(QMouseEvent *event)
{
    if (mDrag == Drag::Create) {
        const int first = std::min(mPressFrame, mCreateEnd), last = std::max(mPressFrame, mCreateEnd);
        if (last > first) {
            app::Segment s;
            s.clipId = mSession.activeProjectClip();
            s.tierId = mTier;
            s.startFrame = first;
            s.endFrame = last;
            if (const qint64 id = mSession.document().addSegment(s))
                mSession.selectSegment(id);
        }
    }
    mDrag = Drag::None;
    mDragSegment = 0;
    update();
    TimelineLane::mouseReleaseEvent(event);
}

void AnnotationLane::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 id = segmentAtX(event->position().x()))
        Q_EMIT editRequested(id);
}

} // namespace gm::ui
