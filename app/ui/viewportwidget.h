#pragma once

#include "render/camera.h"
#include "render/scenerenderer.h"

#include <QOpenGLWidget>
#include <QPoint>

class QSettings;

namespace gm::ui {

/// The central 3-D view: a QOpenGLWidget that owns a SceneRenderer and an orbit camera.
/// Mouse: left drag orbits, right or middle drag (or Shift + left) pans, the wheel zooms.
class ViewportWidget : public QOpenGLWidget
{
    Q_OBJECT

public:
    explicit ViewportWidget(QWidget *parent = nullptr);
    ~ViewportWidget() override;

    render::Camera &camera() { return mCamera; }
    /// What the view draws (skeletons and lines); repaints.
    void setContent(render::SceneContent content);
    /// The renderer's statistics of the last painted frame.
    render::FrameStats lastFrameStats() const { return mRenderer.lastFrameStats(); }
    /// Aims the camera at the box from its current direction, far enough to see it all.
    void fitTo(const render::Bounds &bounds);
    /// Moves the camera target horizontally to `position` (follow mode), keeping its height.
    void follow(const glm::vec3 &position);
    render::SceneOptions &sceneOptions() { return mRenderer.options(); }
    /// Empty until the first initializeGL(); then the driver's strings.
    render::GlInfo glInfo() const { return mRenderer.glInfo(); }
    /// Why the renderer could not start, or empty.
    QString errorString() const { return mError; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

public Q_SLOTS:
    void setCameraPreset(gm::render::Camera::Preset preset);
    void setGridVisible(bool visible);
    void setAxesVisible(bool visible);
    void setShadowsVisible(bool visible);

Q_SIGNALS:
    /// The renderer started in a (new) context, or failed to (message in errorString()).
    void rendererReady(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void initializeGL() override;
    void resizeGL(int width, int height) override;
    void paintGL() override;

    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void releaseGl();

    render::SceneRenderer mRenderer;
    render::Camera mCamera;
    QString mError;
    QPoint mLastMouse;
    enum class Drag { None, Orbit, Pan } mDrag = Drag::None;
};

} // namespace gm::ui
