#include "ui/timelinelane.h"

#include "core/cliplibrary.h"
#include "core/mlcontroller.h"
#include "core/playbackcontroller.h"
#include "core/preferences.h"
#include "core/scenecontroller.h"
#include "render/codepalette.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace gm::ui {

TimelineLane::TimelineLane(app::MlController &ml, app::ClipLibrary &library, app::PlaybackController &playback,
                           QWidget *parent)
    : QWidget(parent)
    , mMl(ml)
    , mLibrary(library)
    , mPlayback(playback)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto repaint = [this] { update(); };
    connect(&playback, &app::PlaybackController::timeChanged, this, repaint);
    connect(&playback, &app::PlaybackController::rangeChanged, this, repaint);
    connect(&library, &app::ClipLibrary::activeChanged, this, repaint);
    connect(&library, &app::ClipLibrary::clipsChanged, this, repaint);
    connect(&ml, &app::MlController::analysisStarted, this, repaint);
    connect(&ml, &app::MlController::analysisReady, this, repaint);
    connect(&ml, &app::MlController::analysisFailed, this, repaint);
    connect(&ml, &app::MlController::analysisForgotten, this, repaint);
    connect(&ml, &app::MlController::modelLoadStarted, this, repaint);
    connect(&ml, &app::MlController::modelLoaded, this, repaint);
    connect(&ml, &app::MlController::modelFailed, this, repaint);
    connect(&ml, &app::MlController::selectionChanged, this, repaint);
}

void TimelineLane::setInsets(int left, int right)
{
    if (left == mLeft && right == mRight)
        return;
    mLeft = left;
    mRight = right;
    update();
}

double TimelineLane::xForTime(double seconds) const
{
    const double span = std::max(1, width() - mLeft - mRight);
    const double duration = mPlayback.duration();
    return mLeft + (duration > 0.0 ? seconds / duration : 0.0) * span;
}

double TimelineLane::timeForX(double x) const
{
    const double span = std::max(1, width() - mLeft - mRight);
    return std::clamp((x - mLeft) / span, 0.0, 1.0) * mPlayback.duration();
}

int TimelineLane::activeClipId() const
{
    const app::OpenClip *active = mLibrary.active();
    return active ? active->id : 0;
}

const app::ClipAnalysis *TimelineLane::activeAnalysis() const
{
    const int id = activeClipId();
    return id ? mMl.analysis(id) : nullptr;
}

QString TimelineLane::emptyText() const
{
    const int id = activeClipId();
    if (!id)
        return {};
    if (mMl.modelLoading() && !mMl.hasModel())
        return tr("Loading the model…");
    if (!mMl.hasModel())
        return tr("No model: open one from the Model menu");
    if (mMl.analysing(id))
        return tr("Tokenizing…");
    const QString error = mMl.analysisError(id);
    if (!error.isEmpty())
        return tr("Cannot tokenize this clip: %1").arg(error);
    return {};
}

void TimelineLane::setLabel(const QString &label)
{
    mLabel = label;
    setAccessibleName(label);
    update();
}

void TimelineLane::paintLabel(QPainter &painter) const
{
    if (mLeft < 24)
        return;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(4, 0, mLeft - 8, height()), Qt::AlignVCenter | Qt::AlignRight, mLabel);
}

void TimelineLane::paintPlayHead(QPainter &painter) const
{
    const double x = xForTime(mPlayback.time());
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
    painter.drawLine(QPointF(x, 0), QPointF(x, height()));
}

void TimelineLane::paintEmpty(QPainter &painter) const
{
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(mLeft, 0, -mRight, 0), Qt::AlignVCenter | Qt::AlignLeft, emptyText());
}

// --- TokenLane --------------------------------------------------------------------------------

int TokenLane::tokenAtX(double x) const
{
    const app::ClipAnalysis *a = activeAnalysis();
    if (!a)
        return -1;
    return x >= mLeft && x <= width() - mRight ? a->tokenAt(timeForX(x)) : -1;
}

QRectF TokenLane::tokenRect(int token) const
{
    const app::ClipAnalysis *a = activeAnalysis();
    if (!a || token < 0 || token >= a->tokenCount())
        return {};
    const double x0 = xForTime(a->tokenStart(token)), x1 = xForTime(a->tokenEnd(token));
    return QRectF(QPointF(x0, 1.0), QPointF(x1, height() - 1.0));
}

QString TokenLane::describeToken(int token) const
{
    const app::ClipAnalysis *a = activeAnalysis();
    if (!a || token < 0 || token >= a->tokenCount())
        return {};
    const int code = int(a->tokens[std::size_t(token)]);
    const auto top = a->topCodes(token, 4);
    QStringList alternatives;
    for (std::size_t i = 1; i < top.size(); ++i)
        alternatives << tr("%1 (%2)").arg(top[i].first).arg(double(top[i].second), 0, 'f', 3);
    const long long count = a->usage()[std::size_t(code)];
    return tr("<b>Token %1</b> · %2–%3 s<br>Code <b>%4</b>, probability %5<br>Alternatives: %6<br>"
              "Code %4 occurs %n time(s) in this clip",
              nullptr, int(count))
        .arg(token)
        .arg(a->tokenStart(token), 0, 'f', 2)
        .arg(a->tokenEnd(token), 0, 'f', 2)
        .arg(code)
        .arg(double(a->probability(token, code)), 0, 'f', 3)
        .arg(alternatives.join(QStringLiteral(", ")));
}

void TokenLane::setRange(int first, int last)
{
    if (first > last)
        std::swap(first, last);
    if (first < 0)
        first = last = -1;
    if (first == mRangeFirst && last == mRangeLast)
        return;
    mRangeFirst = first;
    mRangeLast = last;
    update();
    Q_EMIT rangeChanged(first, last);
}

void TokenLane::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect().adjusted(mLeft, 0, -mRight, 0), palette().color(QPalette::Base));
    paintLabel(p);
    const app::ClipAnalysis *a = activeAnalysis();
    if (!a) {
        paintEmpty(p);
        return;
    }
    const int selectedCode = mMl.selectedClip() == activeClipId() || mMl.selectedToken() < 0 ? mMl.selectedCode() : -1;
    const int current = a->tokenAt(mPlayback.time());
    const QFontMetricsF metrics(font());
    for (int t = 0; t < a->tokenCount(); ++t) {
        const QRectF r = tokenRect(t);
        const int code = int(a->tokens[std::size_t(t)]);
        const QColor colour = render::codeColor(code);
        p.fillRect(r, colour);
        // The code's probability as a bar along the bottom.
        const double probability = a->probability(t, code);
        p.fillRect(QRectF(r.left(), r.bottom() - 4.0, r.width() * probability, 4.0), colour.darker(170));
        if (metrics.horizontalAdvance(QString::number(code)) + 4 < r.width()) {
            p.setPen(render::textColorOn(colour));
            p.drawText(r.adjusted(0, 0, 0, -3), Qt::AlignCenter, QString::number(code));
        }
        if (code == selectedCode) {
            p.setPen(QPen(palette().color(QPalette::Text), 1.0, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5));
        }
        p.setPen(QPen(palette().color(QPalette::Base), 1.0));
        p.drawLine(r.topLeft(), r.bottomLeft());
    }
    if (mRangeFirst >= 0) {
        const QRectF r = tokenRect(mRangeFirst).united(tokenRect(std::min(mRangeLast, a->tokenCount() - 1)));
        QColor shade = palette().color(QPalette::Highlight);
        shade.setAlpha(90);
        p.fillRect(r, shade);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(1, 1, -1, -1));
    }
    if (mMl.selectedClip() == activeClipId() && mMl.selectedToken() >= 0) {
        p.setPen(QPen(palette().color(QPalette::Text), 2.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(tokenRect(mMl.selectedToken()).adjusted(1, 1, -1, -1));
    }
    if (current >= 0) {
        p.setPen(QPen(Qt::white, 3.0));
        p.drawRect(tokenRect(current).adjusted(1.5, 1.5, -1.5, -1.5));
        p.setPen(QPen(Qt::black, 1.0));
        p.drawRect(tokenRect(current).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    paintPlayHead(p);
}

void TokenLane::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int token = tokenAtX(event->position().x());
    if (token < 0)
        return;
    if (event->modifiers() & Qt::ShiftModifier && mMl.selectedClip() == activeClipId() && mMl.selectedToken() >= 0) {
        setRange(mMl.selectedToken(), token);
        return;
    }
    mPressToken = token;
    mDragging = false;
    mMl.selectToken(activeClipId(), token);
    clearRange();
    if (const app::ClipAnalysis *a = activeAnalysis())
        mPlayback.setTime(a->tokenStart(token));
}

void TokenLane::mouseMoveEvent(QMouseEvent *event)
{
    const int token = tokenAtX(event->position().x());
    if (mPressToken >= 0 && (event->buttons() & Qt::LeftButton)) {
        if (token >= 0 && token != mPressToken)
            mDragging = true;
        if (mDragging && token >= 0)
            setRange(mPressToken, token);
    }
    const QString text = describeToken(token);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this, tokenRect(token).toRect());
}

void TokenLane::mouseReleaseEvent(QMouseEvent *event)
{
    mPressToken = -1;
    mDragging = false;
    QWidget::mouseReleaseEvent(event);
}

// --- ErrorCurve -------------------------------------------------------------------------------

double ErrorCurve::errorAt(double seconds) const
{
    const app::ClipAnalysis *a = activeAnalysis();
    if (!a || seconds < 0.0)
        return -1.0;
    const int frame = int(std::floor(seconds * a->fps));
    return frame < int(a->frameErrors.size()) ? a->frameErrors[std::size_t(frame)] * 100.0 : -1.0;
}

void ErrorCurve::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect().adjusted(mLeft, 0, -mRight, 0), palette().color(QPalette::Base));
    paintLabel(p);
    const app::ClipAnalysis *a = activeAnalysis();
    if (!a || a->frameErrors.empty()) {
        paintEmpty(p);
        return;
    }
    double top = 0.0;
    for (double e : a->frameErrors)
        top = std::max(top, e * 100.0);
    top = std::max(1.0, std::ceil(top / 5.0) * 5.0); // whole 5 cm steps
    const double h = height() - 4.0;
    auto y = [&](double cm) { return 2.0 + h * (1.0 - cm / top); };
    QPainterPath curve;
    QPainterPath fill;
    fill.moveTo(xForTime(0.0), y(0.0));
    for (std::size_t f = 0; f < a->frameErrors.size(); ++f) {
        const QPointF point(xForTime((double(f) + 0.5) / a->fps), y(a->frameErrors[f] * 100.0));
        if (f == 0)
            curve.moveTo(point);
        else
            curve.lineTo(point);
        fill.lineTo(point);
    }
    fill.lineTo(xForTime(double(a->frameErrors.size()) / a->fps), y(0.0));
    fill.closeSubpath();
    const QColor colour = app::SceneController::reconstructionColor();
    QColor shade = colour;
    shade.setAlpha(60);
    p.fillPath(fill, shade);
    p.setPen(QPen(colour, 1.5));
    p.drawPath(curve);
    p.setPen(QPen(palette().color(QPalette::Mid), 1.0, Qt::DashLine));
    p.drawLine(QPointF(mLeft, y(a->mpjpe * 100.0)), QPointF(width() - mRight, y(a->mpjpe * 100.0)));
    p.setPen(palette().color(QPalette::Text));
    p.drawText(rect().adjusted(mLeft + 4, 1, -mRight - 4, 0), Qt::AlignTop | Qt::AlignRight,
               tr("MPJPE %1 (max %2)")
                   .arg(app::Preferences::instance().formatLength(a->mpjpe),
                        app::Preferences::instance().formatLength(top / 100.0, 0)));
    paintPlayHead(p);
}

void ErrorCurve::mouseMoveEvent(QMouseEvent *event)
{
    const double seconds = timeForX(event->position().x());
    const double error = errorAt(seconds);
    if (error < 0.0)
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("%1 s: reconstruction error %2")
                               .arg(seconds, 0, 'f', 2)
                               .arg(app::Preferences::instance().formatLength(error / 100.0)),
                           this);
}

} // namespace gm::ui
