#pragma once

#include "render/camera.h"
#include "render/scenecontent.h"

#include <QString>
#include <glm/glm.hpp>

#include <memory>

class QOpenGLContext;

namespace gm::render {

/// What the scene shows and in which colours (linear RGB, 0..1).
struct SceneOptions
{
    bool showGrid = true;
    bool showAxes = true;
    bool showShadows = true;
    glm::vec3 skyTop{0.33f, 0.41f, 0.52f};
    glm::vec3 skyHorizon{0.78f, 0.80f, 0.83f};
    glm::vec3 ground{0.50f, 0.52f, 0.55f};
    glm::vec3 gridMinor{0.44f, 0.46f, 0.49f};
    glm::vec3 gridMajor{0.33f, 0.35f, 0.38f};
    float gridExtent = 60.0f; ///< half size of the ground square, metres
};

/// Strings the driver reports, for the status bar, the About box and bug reports.
struct GlInfo
{
    QString vendor;
    QString renderer;
    QString version;
    QString glslVersion;
};

/// The OpenGL 3.3 core scene renderer: sky gradient, ground grid, axes, soft contact shadows,
/// skeletons (bones as shaded capsules, joints as spheres, instanced) and polylines. It owns every GL object it
/// creates. The lifecycle is explicit so that the same code serves a QOpenGLWidget (whose context can be destroyed and
/// recreated when the widget is re-parented) and the offscreen renderer:
///   initialize() with a current context → resize()/render() any number of times → cleanup() with
///   the same context current. initialize() may be called again after cleanup().
class SceneRenderer
{
public:
    SceneRenderer();
    ~SceneRenderer(); ///< does not touch GL: call cleanup() while the context is current
    SceneRenderer(const SceneRenderer &) = delete;
    SceneRenderer &operator=(const SceneRenderer &) = delete;

    /// Compiles shaders and creates buffers in the current context. Returns false and sets
    /// errorString() when the context is missing, too old, or a shader fails.
    bool initialize();
    bool isInitialized() const;
    QString errorString() const;
    GlInfo glInfo() const;

    /// Viewport size in device pixels.
    void resize(int width, int height);
    /// Draws into the currently bound framebuffer.
    void render(const Camera &camera);
    /// Releases every GL object; needs the context that initialize() ran in to be current.
    void cleanup();

    SceneOptions &options();
    const SceneOptions &options() const;

    /// What render() draws: skeletons and lines (world metres, Y up). No GL is touched here.
    void setContent(SceneContent content);
    const SceneContent &content() const;
    /// Draw calls and instances of the last render(): a fixed number of draw calls (at most six:
    /// sky, ground, shadows, axes, skeletons, lines) whatever the number of skeletons.
    FrameStats lastFrameStats() const;

    /// The GL objects (vertex arrays, buffers, shader programs) this renderer holds, and those
    /// of every renderer of the process: what a long session must not let grow.
    int ownedGlObjects() const;
    static int liveGlObjects();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gm::render
