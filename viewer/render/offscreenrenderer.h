#pragma once

#include "render/camera.h"
#include "render/scenerenderer.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

namespace gm::render {

/// Renders the scene into an image of any size with its own OpenGL context and an offscreen
/// surface: the same SceneRenderer code path as the on-screen view, for exports and tests.
/// Needs a platform that can create GL contexts (xcb under Xvfb on CI; not Qt's "offscreen").
/// Use from the thread that created it; a QGuiApplication must exist.
class OffscreenRenderer
{
public:
    OffscreenRenderer();
    ~OffscreenRenderer();
    OffscreenRenderer(const OffscreenRenderer &) = delete;
    OffscreenRenderer &operator=(const OffscreenRenderer &) = delete;

    /// Creates the context and initialises the scene renderer. Returns false with errorString().
    bool create();
    QString errorString() const;

    SceneRenderer &scene();

    /// Renders one frame; returns a null image (and sets errorString()) on failure.
    /// `samples` is the MSAA sample count (0 for none).
    QImage render(const Camera &camera, const QSize &size, int samples = 4);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gm::render
