#include "ui/viewportwidget.h"

#include <QMouseEvent>
#include <QOpenGLContext>
#include <QPainter>
#include <QSettings>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace gm::ui {

namespace {
constexpr float kOrbitDegreesPerPixel = 0.35f;
constexpr float kZoomPerWheelStep = 0.88f; // one 15° notch of a mouse wheel
} // namespace

ViewportWidget::ViewportWidget(QWidget *parent)
    : QOpenGLWidget(parent)
{
    setMinimumSize(320, 240);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("3-D view"));
}

ViewportWidget::~ViewportWidget()
{
    releaseGl();
}

void ViewportWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("3-D view"));
    QOpenGLWidget::changeEvent(event);
}

void ViewportWidget::initializeGL()
{
    // The context is destroyed when the widget moves to another top-level window: release our GL
    // objects with it, and initializeGL() runs again in the new context.
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &ViewportWidget::releaseGl, Qt::UniqueConnection);
    const bool ok = mRenderer.initialize();
    mError = ok ? QString() : mRenderer.errorString();
    if (!ok)
        qWarning("GeoMotion: the 3-D view could not start: %s", qPrintable(mError));
    Q_EMIT rendererReady(ok);
}

void ViewportWidget::releaseGl()
{
    if (!mRenderer.isInitialized())
        return;
    makeCurrent();
    mRenderer.cleanup();
    doneCurrent();
}

void ViewportWidget::resizeGL(int width, int height)
{
    // QOpenGLWidget passes logical pixels; the framebuffer is in device pixels (HiDPI).
    const qreal dpr = devicePixelRatioF();
    mRenderer.resize(int(width * dpr + 0.5), int(height * dpr + 0.5));
}

void ViewportWidget::paintGL()
{
    if (mRenderer.isInitialized()) {
        mRenderer.render(mCamera);
        return;
    }
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("The 3-D view needs OpenGL 3.3.\n%1").arg(mError));
}

void ViewportWidget::mousePressEvent(QMouseEvent *event)
{
    mLastMouse = event->position().toPoint();
    const bool pan = event->button() == Qt::RightButton || event->button() == Qt::MiddleButton
                     || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    mDrag = pan ? Drag::Pan : (event->button() == Qt::LeftButton ? Drag::Orbit : Drag::None);
    event->accept();
}

void ViewportWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPoint delta = pos - mLastMouse;
    mLastMouse = pos;
    if (mDrag == Drag::Orbit)
        mCamera.orbit(-delta.x() * kOrbitDegreesPerPixel, delta.y() * kOrbitDegreesPerPixel);
    else if (mDrag == Drag::Pan)
        mCamera.pan(float(delta.x()) / float(std::max(height(), 1)), float(delta.y()) / float(std::max(height(), 1)));
    else
        return;
    update();
}

void ViewportWidget::mouseReleaseEvent(QMouseEvent *event)
{
    mDrag = Drag::None;
    event->accept();
}

void ViewportWidget::wheelEvent(QWheelEvent *event)
{
    const float steps = float(event->angleDelta().y()) / 120.0f;
    mCamera.dolly(std::pow(kZoomPerWheelStep, steps));
    update();
    event->accept();
}

void ViewportWidget::setCameraPreset(render::Camera::Preset preset)
{
    mCamera.setPreset(preset);
    update();
}

void ViewportWidget::setContent(render::SceneContent content)
{
    mRenderer.setContent(std::move(content));
    update();
}

void ViewportWidget::fitTo(const render::Bounds &bounds)
{
    mCamera.frame(bounds, float(std::max(width(), 1)) / float(std::max(height(), 1)));
    update();
}

void ViewportWidget::follow(const glm::vec3 &position)
{
    const glm::vec3 t = mCamera.target();
    mCamera.setTarget({position.x, t.y, position.z});
    update();
}

void ViewportWidget::setShadowsVisible(bool visible)
{
    mRenderer.options().showShadows = visible;
    update();
}

void ViewportWidget::setGridVisible(bool visible)
{
    mRenderer.options().showGrid = visible;
    update();
}

void ViewportWidget::setAxesVisible(bool visible)
{
    mRenderer.options().showAxes = visible;
    update();
}

void ViewportWidget::saveSettings(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("viewport"));
    const glm::vec3 t = mCamera.target();
    settings.setValue(QStringLiteral("target"), QList<QVariant>{t.x, t.y, t.z});
    settings.setValue(QStringLiteral("distance"), mCamera.distance());
    settings.setValue(QStringLiteral("yaw"), mCamera.yawDegrees());
    settings.setValue(QStringLiteral("pitch"), mCamera.pitchDegrees());
    settings.setValue(QStringLiteral("showGrid"), mRenderer.options().showGrid);
    settings.setValue(QStringLiteral("showAxes"), mRenderer.options().showAxes);
    settings.setValue(QStringLiteral("showShadows"), mRenderer.options().showShadows);
    settings.endGroup();
}

void ViewportWidget::restoreSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("viewport"));
    const QList<QVariant> t = settings.value(QStringLiteral("target")).toList();
    if (t.size() == 3)
        mCamera.setTarget({t[0].toFloat(), t[1].toFloat(), t[2].toFloat()});
    mCamera.setDistance(settings.value(QStringLiteral("distance"), mCamera.distance()).toFloat());
    mCamera.setAngles(settings.value(QStringLiteral("yaw"), mCamera.yawDegrees()).toFloat(),
                      settings.value(QStringLiteral("pitch"), mCamera.pitchDegrees()).toFloat());
    mRenderer.options().showGrid = settings.value(QStringLiteral("showGrid"), true).toBool();
    mRenderer.options().showAxes = settings.value(QStringLiteral("showAxes"), true).toBool();
    mRenderer.options().showShadows = settings.value(QStringLiteral("showShadows"), true).toBool();
    settings.endGroup();
    update();
}

} // namespace gm::ui
