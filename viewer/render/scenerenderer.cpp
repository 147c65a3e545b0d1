#include "render/scenerenderer.h"

#include <QOpenGLContext>
#include <QOpenGLFunctions_3_3_Core>
#include <QOpenGLShaderProgram>
#include <glm/gtc/type_ptr.hpp>

#include <array>

namespace gm::render {

namespace {

// Full-screen triangle generated from gl_VertexID; the gradient runs from the horizon up.
constexpr const char *kSkyVertex = R"(#version 330 core
out float vHeight;
void main() {
    vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2) * 2.0 - 1.0;
    vHeight = p.y * 0.5 + 0.5;
    gl_Position = vec4(p, 1.0, 1.0);
})";

constexpr const char *kSkyFragment = R"(#version 330 core
in float vHeight;
uniform vec3 uTop;
uniform vec3 uHorizon;
out vec4 fragColor;
void main() {
    fragColor = vec4(mix(uHorizon, uTop, smoothstep(0.0, 1.0, vHeight)), 1.0);
})";

constexpr const char *kGroundVertex = R"(#version 330 core
layout(location = 0) in vec2 aXZ;
uniform mat4 uViewProj;
uniform float uExtent;
out vec3 vWorld;
void main() {
    vWorld = vec3(aXZ.x * uExtent, 0.0, aXZ.y * uExtent);
    gl_Position = uViewProj * vec4(vWorld, 1.0);
})";

// Procedural grid: 10 cm minor and 1 m major lines, anti-aliased with screen-space derivatives,
// the X axis (z = 0) in red and the Z axis (x = 0) in blue; fades into the sky with distance.
constexpr const char *kGroundFragment = R"(#version 330 core
in vec3 vWorld;
uniform vec3 uEye;
uniform vec3 uGround;
uniform vec3 uMinor;
uniform vec3 uMajor;
uniform vec3 uHorizon;
uniform float uExtent;
uniform bool uShowGrid;
out vec4 fragColor;
float gridLine(vec2 coord) {
    vec2 d = fwidth(coord);
    vec2 g = abs(fract(coord - 0.5) - 0.5) / max(d, vec2(1e-6));
    return 1.0 - min(min(g.x, g.y), 1.0);
}
void main() {
    vec3 color = uGround;
    if (uShowGrid) {
        vec2 xz = vWorld.xz;
        float minor = gridLine(xz * 10.0) * (1.0 - smoothstep(2.0, 12.0, distance(uEye, vWorld)));
        float major = gridLine(xz);
        color = mix(color, uMinor, minor * 0.6);
        color = mix(color, uMajor, major);
        vec2 axisWidth = fwidth(xz) * 1.5;
        float xAxis = 1.0 - smoothstep(0.0, axisWidth.y, abs(xz.y));
        float zAxis = 1.0 - smoothstep(0.0, axisWidth.x, abs(xz.x));
        color = mix(color, vec3(0.80, 0.22, 0.20), xAxis);
        color = mix(color, vec3(0.20, 0.35, 0.85), zAxis);
    }
    float dist = length(vWorld.xz - uEye.xz);
    float fog = smoothstep(uExtent * 0.25, uExtent * 0.95, dist);
    fragColor = vec4(mix(color, uHorizon, fog), 1.0);
})";

constexpr const char *kLineVertex = R"(#version 330 core
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aColor;
uniform mat4 uViewProj;
out vec3 vColor;
void main() {
    vColor = aColor;
    gl_Position = uViewProj * vec4(aPosition, 1.0);
})";

constexpr const char *kLineFragment = R"(#version 330 core
in vec3 vColor;
out vec4 fragColor;
void main() { fragColor = vec4(vColor, 1.0); }
)";

struct LineVertex
{
    float position[3];
    float color[3];
};

// One-metre axes from the origin: X red, Y green, Z blue (lifted 1 mm off the ground).
constexpr std::array<LineVertex, 6> kAxes = {{
    {{0.0f, 0.001f, 0.0f}, {0.90f, 0.20f, 0.18f}},
    {{1.0f, 0.001f, 0.0f}, {0.90f, 0.20f, 0.18f}},
    {{0.0f, 0.0f, 0.0f}, {0.20f, 0.75f, 0.25f}},
    {{0.0f, 1.0f, 0.0f}, {0.20f, 0.75f, 0.25f}},
    {{0.0f, 0.001f, 0.0f}, {0.20f, 0.40f, 0.95f}},
    {{0.0f, 0.001f, 1.0f}, {0.20f, 0.40f, 0.95f}},
}};

} // namespace

struct SceneRenderer::Private : QOpenGLFunctions_3_3_Core
{
    SceneOptions options;
    QString error;
    GlInfo info;
    bool initialized = false;
    int width = 1;
    int height = 1;

    std::unique_ptr<QOpenGLShaderProgram> skyProgram;
    std::unique_ptr<QOpenGLShaderProgram> groundProgram;
    std::unique_ptr<QOpenGLShaderProgram> lineProgram;
    GLuint emptyVao = 0;
    GLuint groundVao = 0;
    GLuint groundVbo = 0;
    GLuint axesVao = 0;
    GLuint axesVbo = 0;

    std::unique_ptr<QOpenGLShaderProgram> buildProgram(const char *name, const char *vertex, const char *fragment)
    {
        auto program = std::make_unique<QOpenGLShaderProgram>();
        if (!program->addShaderFromSourceCode(QOpenGLShader::Vertex, vertex)
            || !program->addShaderFromSourceCode(QOpenGLShader::Fragment, fragment) || !program->link()) {
            error = QStringLiteral("The %1 shader did not build: %2").arg(QLatin1String(name), program->log());
            return nullptr;
        }
        return program;
    }

    static QString glString(QOpenGLFunctions_3_3_Core *f, GLenum name)
    {
        const auto *s = reinterpret_cast<const char *>(f->glGetString(name));
        return s ? QString::fromLatin1(s) : QString();
    }
};

SceneRenderer::SceneRenderer()
    : d(std::make_unique<Private>())
{}

SceneRenderer::~SceneRenderer() = default;

bool SceneRenderer::initialize()
{
    if (d->initialized)
        return true;
    d->error.clear();
    QOpenGLContext *context = QOpenGLContext::currentContext();
    if (!context || !context->isValid()) {
        d->error = QStringLiteral("No current OpenGL context");
        return false;
    }
    const QSurfaceFormat format = context->format();
    if (context->isOpenGLES() || format.version() < qMakePair(3, 3)) {
        d->error = QStringLiteral("OpenGL 3.3 core is required; this context is %1 %2.%3")
                       .arg(context->isOpenGLES() ? QStringLiteral("OpenGL ES") : QStringLiteral("OpenGL"))
                       .arg(format.majorVersion())
                       .arg(format.minorVersion());
        return false;
    }
    if (!d->initializeOpenGLFunctions()) {
        d->error = QStringLiteral("The OpenGL 3.3 core functions could not be resolved");
        return false;
    }
    d->info = {Private::glString(d.get(), GL_VENDOR), Private::glString(d.get(), GL_RENDERER),
               Private::glString(d.get(), GL_VERSION), Private::glString(d.get(), GL_SHADING_LANGUAGE_VERSION)};

    d->skyProgram = d->buildProgram("sky", kSkyVertex, kSkyFragment);
    d->groundProgram = d->buildProgram("ground", kGroundVertex, kGroundFragment);
    d->lineProgram = d->buildProgram("line", kLineVertex, kLineFragment);
    if (!d->skyProgram || !d->groundProgram || !d->lineProgram) {
        d->skyProgram.reset();
        d->groundProgram.reset();
        d->lineProgram.reset();
        return false;
    }

    d->glGenVertexArrays(1, &d->emptyVao);

    const float quad[] = {-1.0f, -1.0f, 1.0f, -1.0f, -1.0f, 1.0f, 1.0f, 1.0f};
    d->glGenVertexArrays(1, &d->groundVao);
    d->glGenBuffers(1, &d->groundVbo);
    d->glBindVertexArray(d->groundVao);
    d->glBindBuffer(GL_ARRAY_BUFFER, d->groundVbo);
    d->glBufferData(GL_ARRAY_BUFFER, sizeof(quad), quad, GL_STATIC_DRAW);
    d->glEnableVertexAttribArray(0);
    d->glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);

    d->glGenVertexArrays(1, &d->axesVao);
    d->glGenBuffers(1, &d->axesVbo);
    d->glBindVertexArray(d->axesVao);
    d->glBindBuffer(GL_ARRAY_BUFFER, d->axesVbo);
    d->glBufferData(GL_ARRAY_BUFFER, sizeof(kAxes), kAxes.data(), GL_STATIC_DRAW);
    d->glEnableVertexAttribArray(0);
    d->glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(LineVertex), nullptr);
    d->glEnableVertexAttribArray(1);
    d->glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, sizeof(LineVertex),
                             reinterpret_cast<const void *>(offsetof(LineVertex, color)));
    d->glBindVertexArray(0);
    d->glBindBuffer(GL_ARRAY_BUFFER, 0);

    d->initialized = true;
    return true;
}

bool SceneRenderer::isInitialized() const
{
    return d->initialized;
}

QString SceneRenderer::errorString() const
{
    return d->error;
}

GlInfo SceneRenderer::glInfo() const
{
    return d->info;
}

void SceneRenderer::resize(int width, int height)
{
    d->width = std::max(width, 1);
    d->height = std::max(height, 1);
}

void SceneRenderer::render(const Camera &camera)
{
    if (!d->initialized)
        return;
    const SceneOptions &o = d->options;
    const float aspect = float(d->width) / float(d->height);
    const glm::mat4 viewProj = camera.projectionMatrix(aspect) * camera.viewMatrix();
    const glm::vec3 eye = camera.eye();

    d->glViewport(0, 0, d->width, d->height);
    d->glClear(GL_DEPTH_BUFFER_BIT);

    // Sky: behind everything, no depth writes.
    d->glDisable(GL_DEPTH_TEST);
    d->glDepthMask(GL_FALSE);
    d->skyProgram->bind();
    d->skyProgram->setUniformValue("uTop", o.skyTop.r, o.skyTop.g, o.skyTop.b);
    d->skyProgram->setUniformValue("uHorizon", o.skyHorizon.r, o.skyHorizon.g, o.skyHorizon.b);
    d->glBindVertexArray(d->emptyVao);
    d->glDrawArrays(GL_TRIANGLES, 0, 3);

    d->glEnable(GL_DEPTH_TEST);
    d->glDepthFunc(GL_LEQUAL);
    d->glDepthMask(GL_TRUE);

    // Ground, pushed back slightly so lines and shadows on y = 0 win the depth test.
    if (eye.y > 0.0f) {
        d->glEnable(GL_POLYGON_OFFSET_FILL);
        d->glPolygonOffset(1.0f, 1.0f);
        QOpenGLShaderProgram &g = *d->groundProgram;
        g.bind();
        d->glUniformMatrix4fv(g.uniformLocation("uViewProj"), 1, GL_FALSE, glm::value_ptr(viewProj));
        g.setUniformValue("uExtent", o.gridExtent);
        g.setUniformValue("uEye", eye.x, eye.y, eye.z);
        g.setUniformValue("uGround", o.ground.r, o.ground.g, o.ground.b);
        g.setUniformValue("uMinor", o.gridMinor.r, o.gridMinor.g, o.gridMinor.b);
        g.setUniformValue("uMajor", o.gridMajor.r, o.gridMajor.g, o.gridMajor.b);
        g.setUniformValue("uHorizon", o.skyHorizon.r, o.skyHorizon.g, o.skyHorizon.b);
        g.setUniformValue("uShowGrid", o.showGrid);
        d->glBindVertexArray(d->groundVao);
        d->glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
        d->glDisable(GL_POLYGON_OFFSET_FILL);
    }

    if (o.showAxes) {
        QOpenGLShaderProgram &l = *d->lineProgram;
        l.bind();
        d->glUniformMatrix4fv(l.uniformLocation("uViewProj"), 1, GL_FALSE, glm::value_ptr(viewProj));
        d->glBindVertexArray(d->axesVao);
        d->glDrawArrays(GL_LINES, 0, GLsizei(kAxes.size()));
    }

    d->glBindVertexArray(0);
    d->glUseProgram(0);
}

void SceneRenderer::cleanup()
{
    if (!d->initialized)
        return;
    d->skyProgram.reset();
    d->groundProgram.reset();
    d->lineProgram.reset();
    const GLuint vaos[] = {d->emptyVao, d->groundVao, d->axesVao};
    const GLuint buffers[] = {d->groundVbo, d->axesVbo};
    d->glDeleteVertexArrays(3, vaos);
    d->glDeleteBuffers(2, buffers);
    d->emptyVao = d->groundVao = d->axesVao = 0;
    d->groundVbo = d->axesVbo = 0;
    d->initialized = false;
}

SceneOptions &SceneRenderer::options()
{
    return d->options;
}

const SceneOptions &SceneRenderer::options() const
{
    return d->options;
}

} // namespace gm::render
