#include "render/scenerenderer.h"

#include <QOpenGLContext>
#include <QOpenGLFunctions_3_3_Core>
#include <QOpenGLShaderProgram>
#include <glm/gtc/type_ptr.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <vector>

namespace gm::render {

// GL objects (vertex arrays, buffers, programs) alive in every renderer of the process.
static std::atomic<int> gLiveGlObjects{0};

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
layout(location = 1) in vec4 aColor;
uniform mat4 uViewProj;
out vec4 vColor;
void main() {
    vColor = aColor;
    gl_Position = uViewProj * vec4(aPosition, 1.0);
})";

constexpr const char *kLineFragment = R"(#version 330 core
in vec4 vColor;
out vec4 fragColor;
void main() { fragColor = vColor; }
)";

// Bones and joints in one instanced draw: every instance is a capsule from iStart to iEnd with
// radius iStart.w (a sphere when the two are equal). The mesh is a unit sphere split at its
// equator: aEnd says which end a vertex follows, aDir is its direction in the bone's frame
// (y along the bone).
constexpr const char *kMeshVertex = R"(#version 330 core
layout(location = 0) in vec3 aDir;
layout(location = 1) in float aEnd;
layout(location = 2) in vec4 iStart;
layout(location = 3) in vec3 iEnd;
layout(location = 4) in vec3 iColor;
uniform mat4 uViewProj;
out vec3 vNormal;
out vec3 vWorld;
out vec3 vColor;
void main() {
    vec3 axis = iEnd - iStart.xyz;
    float len = length(axis);
    vec3 y = len > 1e-6 ? axis / len : vec3(0.0, 1.0, 0.0);
    vec3 helper = abs(y.y) < 0.99 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
    vec3 x = normalize(cross(helper, y));
    vec3 z = cross(x, y);
    vec3 n = x * aDir.x + y * aDir.y + z * aDir.z;
    vWorld = mix(iStart.xyz, iEnd, aEnd) + iStart.w * n;
    vNormal = n;
    vColor = iColor;
    gl_Position = uViewProj * vec4(vWorld, 1.0);
})";

// A key light from the upper front left, a sky/ground hemisphere fill and a soft highlight.
constexpr const char *kMeshFragment = R"(#version 330 core
in vec3 vNormal;
in vec3 vWorld;
in vec3 vColor;
uniform vec3 uEye;
uniform vec3 uLight;
uniform vec3 uSkyFill;
uniform vec3 uGroundFill;
out vec4 fragColor;
void main() {
    vec3 n = normalize(vNormal);
    vec3 v = normalize(uEye - vWorld);
    float diffuse = max(dot(n, uLight), 0.0);
    float specular = pow(max(dot(n, normalize(uLight + v)), 0.0), 40.0) * 0.22;
    vec3 fill = mix(uGroundFill, uSkyFill, 0.5 + 0.5 * n.y);
    float rim = pow(1.0 - max(dot(n, v), 0.0), 3.0) * 0.15;
    vec3 color = vColor * (fill + 0.72 * diffuse) + vec3(specular + rim);
    fragColor = vec4(color, 1.0);
})";

// Soft contact shadows: one ground-hugging disc per joint and bone midpoint, darker and smaller
// the nearer the point is to the ground, multiplied into the ground colour.
constexpr const char *kShadowVertex = R"(#version 330 core
layout(location = 0) in vec2 aCorner;
layout(location = 1) in vec4 iBlob; // x, z, radius, strength
uniform mat4 uViewProj;
out vec2 vCorner;
out float vStrength;
void main() {
    vCorner = aCorner;
    vStrength = iBlob.w;
    vec3 p = vec3(iBlob.x + aCorner.x * iBlob.z, 0.001, iBlob.y + aCorner.y * iBlob.z);
    gl_Position = uViewProj * vec4(p, 1.0);
})";

constexpr const char *kShadowFragment = R"(#version 330 core
in vec2 vCorner;
in float vStrength;
out vec4 fragColor;
void main() {
    float t = length(vCorner);
    float a = vStrength * (1.0 - smoothstep(0.0, 1.0, t));
    fragColor = vec4(vec3(1.0 - a), 1.0);
})";

struct LineVertex
{
    float position[3];
    float color[4];
};

// One-metre axes from the origin: X red, Y green, Z blue (lifted 1 mm off the ground).
constexpr std::array<LineVertex, 6> kAxes = {{
    {{0.0f, 0.001f, 0.0f}, {0.90f, 0.20f, 0.18f, 1.0f}},
    {{1.0f, 0.001f, 0.0f}, {0.90f, 0.20f, 0.18f, 1.0f}},
    {{0.0f, 0.0f, 0.0f}, {0.20f, 0.75f, 0.25f, 1.0f}},
    {{0.0f, 1.0f, 0.0f}, {0.20f, 0.75f, 0.25f, 1.0f}},
    {{0.0f, 0.001f, 0.0f}, {0.20f, 0.40f, 0.95f, 1.0f}},
    {{0.0f, 0.001f, 1.0f}, {0.20f, 0.40f, 0.95f, 1.0f}},
}};

struct MeshVertex
{
    float dir[3];
    float end;
};

struct MeshInstance
{
    glm::vec4 start; // xyz, radius
    glm::vec3 end;
    glm::vec3 color;
};

// The capsule mesh: latitude rings from the south pole to the equator following the start, then
// from the equator to the north pole following the end; the band between the two equators is
// the cylinder.
void buildCapsule(std::vector<MeshVertex> &vertices, std::vector<unsigned short> &indices)
{
    constexpr int kRingsPerHalf = 5;
    constexpr int kSegments = 14;
    const float pi = 3.14159265358979f;
    int rings = 0;
    for (int half = 0; half < 2; ++half)
        for (int r = 0; r <= kRingsPerHalf; ++r, ++rings) {
            const float latitude = (float(half * kRingsPerHalf + r) / float(2 * kRingsPerHalf) - 0.5f) * pi;
            for (int k = 0; k <= kSegments; ++k) {
                const float longitude = 2.0f * pi * float(k) / float(kSegments);
                vertices.push_back({{std::cos(latitude) * std::cos(longitude), std::sin(latitude),
                                     std::cos(latitude) * std::sin(longitude)},
                                    float(half)});
            }
        }
    for (int r = 0; r + 1 < rings; ++r)
        for (int k = 0; k < kSegments; ++k) {
            const auto a = static_cast<unsigned short>(r * (kSegments + 1) + k);
            const auto b = static_cast<unsigned short>(a + kSegments + 1);
            indices.insert(indices.end(), {a, b, static_cast<unsigned short>(a + 1), static_cast<unsigned short>(a + 1),
                                           b, static_cast<unsigned short>(b + 1)});
        }
}

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

    std::unique_ptr<QOpenGLShaderProgram> meshProgram;
    std::unique_ptr<QOpenGLShaderProgram> shadowProgram;
    GLuint meshVao = 0;
    GLuint meshVbo = 0;
    GLuint meshIbo = 0;
    GLuint meshInstanceVbo = 0;
    GLsizei meshIndexCount = 0;
    GLuint shadowVao = 0;
    GLuint shadowQuadVbo = 0;
    GLuint shadowInstanceVbo = 0;
    GLuint linesVao = 0;
    GLuint linesVbo = 0;

    SceneContent content;
    FrameStats stats;
    // Per-frame scratch, kept to avoid reallocating.
    std::vector<MeshInstance> meshInstances;
    std::vector<glm::vec4> blobs;
    std::vector<LineVertex> lineVertices;

    void buildFrameData();

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
    d->meshProgram = d->buildProgram("skeleton", kMeshVertex, kMeshFragment);
    d->shadowProgram = d->buildProgram("shadow", kShadowVertex, kShadowFragment);
    if (!d->skyProgram || !d->groundProgram || !d->lineProgram || !d->meshProgram || !d->shadowProgram) {
        d->skyProgram.reset();
        d->groundProgram.reset();
        d->lineProgram.reset();
        d->meshProgram.reset();
        d->shadowProgram.reset();
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
    d->glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, sizeof(LineVertex),
                             reinterpret_cast<const void *>(offsetof(LineVertex, color)));

    // Trails and trajectories: the same layout, refilled every frame.
    d->glGenVertexArrays(1, &d->linesVao);
    d->glGenBuffers(1, &d->linesVbo);
    d->glBindVertexArray(d->linesVao);
    d->glBindBuffer(GL_ARRAY_BUFFER, d->linesVbo);
    d->glEnableVertexAttribArray(0);
    d->glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(LineVertex), nullptr);
    d->glEnableVertexAttribArray(1);
    d->glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, sizeof(LineVertex),
                             reinterpret_cast<const void *>(offsetof(LineVertex, color)));

    // Skeletons: the capsule mesh plus one instance per bone and per joint.
    std::vector<MeshVertex> capsule;
    std::vector<unsigned short> capsuleIndices;
    buildCapsule(capsule, capsuleIndices);
    d->meshIndexCount = GLsizei(capsuleIndices.size());
    d->glGenVertexArrays(1, &d->meshVao);
    d->glGenBuffers(1, &d->meshVbo);
    d->glGenBuffers(1, &d->meshIbo);
    d->glGenBuffers(1, &d->meshInstanceVbo);
    d->glBindVertexArray(d->meshVao);
    d->glBindBuffer(GL_ARRAY_BUFFER, d->meshVbo);
    d->glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(capsule.size() * sizeof(MeshVertex)), capsule.data(), GL_STATIC_DRAW);
    d->glEnableVertexAttribArray(0);
    d->glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(MeshVertex), nullptr);
    d->glEnableVertexAttribArray(1);
    d->glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, sizeof(MeshVertex),
                             reinterpret_cast<const void *>(offsetof(MeshVertex, end)));
    d->glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, d->meshIbo);
    d->glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(capsuleIndices.size() * sizeof(unsigned short)),
                    capsuleIndices.data(), GL_STATIC_DRAW);
    d->glBindBuffer(GL_ARRAY_BUFFER, d->meshInstanceVbo);
    const struct
    {
        GLuint location;
        GLint size;
        std::size_t offset;
    } instanceAttributes[] = {{2, 4, offsetof(MeshInstance, start)},
                              {3, 3, offsetof(MeshInstance, end)},
                              {4, 3, offsetof(MeshInstance, color)}};
    for (const auto &a : instanceAttributes) {
        d->glEnableVertexAttribArray(a.location);
        d->glVertexAttribPointer(a.location, a.size, GL_FLOAT, GL_FALSE, sizeof(MeshInstance),
                                 reinterpret_cast<const void *>(a.offset));
        d->glVertexAttribDivisor(a.location, 1);
    }

    // Shadow discs: a unit quad plus one instance per blob.
    d->glGenVertexArrays(1, &d->shadowVao);
    d->glGenBuffers(1, &d->shadowQuadVbo);
    d->glGenBuffers(1, &d->shadowInstanceVbo);
    d->glBindVertexArray(d->shadowVao);
    d->glBindBuffer(GL_ARRAY_BUFFER, d->shadowQuadVbo);
    d->glBufferData(GL_ARRAY_BUFFER, sizeof(quad), quad, GL_STATIC_DRAW);
    d->glEnableVertexAttribArray(0);
    d->glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
    d->glBindBuffer(GL_ARRAY_BUFFER, d->shadowInstanceVbo);
    d->glEnableVertexAttribArray(1);
    d->glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, sizeof(glm::vec4), nullptr);
    d->glVertexAttribDivisor(1, 1);

    d->glBindVertexArray(0);
    d->glBindBuffer(GL_ARRAY_BUFFER, 0);
    d->glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);

    d->initialized = true;
    gLiveGlObjects += ownedGlObjects();
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

    d->stats = FrameStats();
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

    d->stats.drawCalls += eye.y > 0.0f ? 2 : 1;
    d->buildFrameData();

    // Contact shadows, multiplied into the ground (no depth writes: they are decals).
    if (o.showShadows && !d->blobs.empty() && eye.y > 0.0f) {
        d->glDepthMask(GL_FALSE);
        d->glEnable(GL_BLEND);
        d->glBlendFunc(GL_DST_COLOR, GL_ZERO);
        QOpenGLShaderProgram &sp = *d->shadowProgram;
        sp.bind();
        d->glUniformMatrix4fv(sp.uniformLocation("uViewProj"), 1, GL_FALSE, glm::value_ptr(viewProj));
        d->glBindVertexArray(d->shadowVao);
        d->glBindBuffer(GL_ARRAY_BUFFER, d->shadowInstanceVbo);
        d->glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(d->blobs.size() * sizeof(glm::vec4)), d->blobs.data(),
                        GL_STREAM_DRAW);
        d->glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(d->blobs.size()));
        ++d->stats.drawCalls;
        d->glDisable(GL_BLEND);
        d->glDepthMask(GL_TRUE);
    }

    QOpenGLShaderProgram &l = *d->lineProgram;
    if (o.showAxes) {
        l.bind();
        d->glUniformMatrix4fv(l.uniformLocation("uViewProj"), 1, GL_FALSE, glm::value_ptr(viewProj));
        d->glBindVertexArray(d->axesVao);
        d->glDrawArrays(GL_LINES, 0, GLsizei(kAxes.size()));
        ++d->stats.drawCalls;
    }

    // Every bone and joint of every skeleton in one draw.
    if (!d->meshInstances.empty()) {
        QOpenGLShaderProgram &m = *d->meshProgram;
        m.bind();
        d->glUniformMatrix4fv(m.uniformLocation("uViewProj"), 1, GL_FALSE, glm::value_ptr(viewProj));
        m.setUniformValue("uEye", eye.x, eye.y, eye.z);
        const glm::vec3 light = glm::normalize(glm::vec3(-0.45f, 0.85f, 0.55f));
        m.setUniformValue("uLight", light.x, light.y, light.z);
        m.setUniformValue("uSkyFill", 0.42f, 0.45f, 0.50f);
        m.setUniformValue("uGroundFill", 0.22f, 0.21f, 0.20f);
        d->glBindVertexArray(d->meshVao);
        d->glBindBuffer(GL_ARRAY_BUFFER, d->meshInstanceVbo);
        d->glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(d->meshInstances.size() * sizeof(MeshInstance)),
                        d->meshInstances.data(), GL_STREAM_DRAW);
        d->glDrawElementsInstanced(GL_TRIANGLES, d->meshIndexCount, GL_UNSIGNED_SHORT, nullptr,
                                   GLsizei(d->meshInstances.size()));
        ++d->stats.drawCalls;
    }

    // Trajectories and trails, blended, on top of the ground but depth-tested against bodies.
    if (!d->lineVertices.empty()) {
        d->glEnable(GL_BLEND);
        d->glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
        d->glDepthMask(GL_FALSE);
        l.bind();
        d->glUniformMatrix4fv(l.uniformLocation("uViewProj"), 1, GL_FALSE, glm::value_ptr(viewProj));
        d->glBindVertexArray(d->linesVao);
        d->glBindBuffer(GL_ARRAY_BUFFER, d->linesVbo);
        d->glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(d->lineVertices.size() * sizeof(LineVertex)),
                        d->lineVertices.data(), GL_STREAM_DRAW);
        d->glDrawArrays(GL_LINES, 0, GLsizei(d->lineVertices.size()));
        ++d->stats.drawCalls;
        d->glDepthMask(GL_TRUE);
        d->glDisable(GL_BLEND);
    }

    d->glBindVertexArray(0);
    d->glBindBuffer(GL_ARRAY_BUFFER, 0);
    d->glUseProgram(0);
}

void SceneRenderer::Private::buildFrameData()
{
    meshInstances.clear();
    blobs.clear();
    lineVertices.clear();
    stats.skeletons = int(content.skeletons.size());
    for (const SkeletonPose &s : content.skeletons) {
        const std::size_t n = std::min(s.joints.size(), s.parents.size());
        const float jointRadius = s.boneRadius * 1.35f;
        auto sideOf = [&](std::size_t j) { return j < s.sides.size() ? s.sides[j] : Side::Centre; };
        auto addBlob = [&](const glm::vec3 &p, float size) {
            const float h = std::max(p.y, 0.0f);
            if (h > 3.0f)
                return;
            blobs.emplace_back(p.x, p.z, size * (1.0f + 0.8f * h), 0.30f * std::exp(-2.2f * h));
        };
        for (std::size_t j = 0; j < n; ++j) {
            const glm::vec3 color = sideColor(s.color, sideOf(j));
            const glm::vec3 &p = s.joints[j];
            meshInstances.push_back({glm::vec4(p, jointRadius), p, color});
            ++stats.joints;
            addBlob(p, 0.09f);
            const int parent = s.parents[j];
            if (parent >= 0 && std::size_t(parent) < n) {
                const glm::vec3 &q = s.joints[std::size_t(parent)];
                meshInstances.push_back({glm::vec4(q, s.boneRadius), p, color});
                ++stats.bones;
                addBlob(0.5f * (p + q), 0.07f);
            }
        }
    }
    for (const Polyline &line : content.lines) {
        const std::size_t n = line.points.size();
        for (std::size_t i = 0; i + 1 < n; ++i) {
            const float a0 = n > 1 ? glm::mix(line.fadeFrom, 1.0f, float(i) / float(n - 1)) : 1.0f;
            const float a1 = n > 1 ? glm::mix(line.fadeFrom, 1.0f, float(i + 1) / float(n - 1)) : 1.0f;
            const glm::vec3 &p = line.points[i];
            const glm::vec3 &q = line.points[i + 1];
            const glm::vec3 &c = line.color;
            lineVertices.push_back({{p.x, p.y, p.z}, {c.r, c.g, c.b, a0}});
            lineVertices.push_back({{q.x, q.y, q.z}, {c.r, c.g, c.b, a1}});
        }
    }
}

void SceneRenderer::setContent(SceneContent content)
{
    d->content = std::move(content);
}

const SceneContent &SceneRenderer::content() const
{
    return d->content;
}

FrameStats SceneRenderer::lastFrameStats() const
{
    return d->stats;
}

int SceneRenderer::liveGlObjects()
{
    return gLiveGlObjects.load();
}

int SceneRenderer::ownedGlObjects() const
{
    int n = 0;
    for (GLuint name :
         {d->emptyVao, d->groundVao, d->axesVao, d->linesVao, d->meshVao, d->shadowVao, d->groundVbo, d->axesVbo,
          d->linesVbo, d->meshVbo, d->meshIbo, d->meshInstanceVbo, d->shadowQuadVbo, d->shadowInstanceVbo})
        n += name != 0;
    for (const auto *program : {d->skyProgram.get(), d->groundProgram.get(), d->lineProgram.get(), d->meshProgram.get(),
                                d->shadowProgram.get()})
        n += program != nullptr;
    return n;
}

void SceneRenderer::cleanup()
{
    if (!d->initialized)
        return;
    gLiveGlObjects -= ownedGlObjects();
    d->skyProgram.reset();
    d->groundProgram.reset();
    d->lineProgram.reset();
    d->meshProgram.reset();
    d->shadowProgram.reset();
    GLuint *vaos[] = {&d->emptyVao, &d->groundVao, &d->axesVao, &d->linesVao, &d->meshVao, &d->shadowVao};
    GLuint *buffers[] = {&d->groundVbo, &d->axesVbo,         &d->linesVbo,      &d->meshVbo,
                         &d->meshIbo,   &d->meshInstanceVbo, &d->shadowQuadVbo, &d->shadowInstanceVbo};
    for (GLuint *vao : vaos) {
        d->glDeleteVertexArrays(1, vao);
        *vao = 0;
    }
    for (GLuint *buffer : buffers) {
        d->glDeleteBuffers(1, buffer);
        *buffer = 0;
    }
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
