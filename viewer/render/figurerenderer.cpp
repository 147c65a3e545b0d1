#include "render/figurerenderer.h"

#include <QPainter>
#include <QPen>

#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>

namespace gm::render {

namespace {

QColor toQColor(const glm::vec3 &c, float darken = 1.0f)
{
    auto channel = [&](float v) { return int(std::lround(std::clamp(v * darken, 0.0f, 1.0f) * 255.0f)); };
    return QColor(channel(c.r), channel(c.g), channel(c.b));
}

// Points in view space (the camera looks down −Z) projected onto the image.
struct Projector
{
    glm::mat4 view;
    float focal = 1.0f; ///< pixels per unit of x/z at depth 1
    QPointF centre;
    float nearDepth = 0.05f;

    glm::vec3 toView(const glm::vec3 &world) const { return glm::vec3(view * glm::vec4(world, 1.0f)); }
    QPointF toImage(const glm::vec3 &v) const
    {
        const float depth = std::max(-v.z, nearDepth);
        return {centre.x() + focal * v.x / depth, centre.y() - focal * v.y / depth};
    }
    /// Clips the view-space segment to the near plane; false when it is wholly behind it.
    bool clip(glm::vec3 &a, glm::vec3 &b) const
    {
        const float za = -a.z, zb = -b.z;
        if (za < nearDepth && zb < nearDepth)
            return false;
        if (za < nearDepth)
            a = b + (a - b) * ((zb - nearDepth) / (zb - za));
        else if (zb < nearDepth)
            b = a + (b - a) * ((za - nearDepth) / (za - zb));
        return true;
    }
};

struct Stroke
{
    float depth = 0.0f; ///< of its middle, for the painter's order
    QPointF a, b;
    qreal width = 1.0;
    QColor colour;
    bool dot = false;
};

} // namespace

QImage FigureRenderer::render(const SceneContent &content, const Camera &camera, QSize size) const
{
    QImage image(size, QImage::Format_RGB32);
    if (size.isEmpty())
        return image;
    Projector project;
    project.view = camera.viewMatrix();
    project.focal = 0.5f * float(size.height()) / std::tan(glm::radians(camera.fovYDegrees()) * 0.5f);
    project.centre = QPointF(size.width() * 0.5, size.height() * 0.5);

    QPainter p(&image);
    p.fillRect(image.rect(), QColor(246, 247, 249));
    p.setRenderHint(QPainter::Antialiasing);

    // The ground grid around the content, the axes through the origin in red (X) and blue (Z).
    const Bounds box = contentBounds(content);
    const float s = gridSpacing;
    float x0 = std::floor((box.min.x - gridMargin) / s) * s, x1 = std::ceil((box.max.x + gridMargin) / s) * s;
    float z0 = std::floor((box.min.z - gridMargin) / s) * s, z1 = std::ceil((box.max.z + gridMargin) / s) * s;
    // A take that wanders off (or a file with absurd values): at most 400 lines each way, around
    // what the camera looks at.
    auto bounded = [&](float &lo, float &hi, float centre) {
        if (!(std::isfinite(lo) && std::isfinite(hi) && (hi - lo) / s <= 400.0f)) {
            lo = std::floor(centre / s - 200.0f) * s;
            hi = lo + 400.0f * s;
        }
    };
    bounded(x0, x1, std::isfinite(camera.target().x) ? camera.target().x : 0.0f);
    bounded(z0, z1, std::isfinite(camera.target().z) ? camera.target().z : 0.0f);
    auto groundLine = [&](glm::vec3 a, glm::vec3 b, const QPen &pen) {
        a = project.toView(a);
        b = project.toView(b);
        if (!project.clip(a, b))
            return;
        p.setPen(pen);
        p.drawLine(project.toImage(a), project.toImage(b));
    };
    const QPen grid(QColor(212, 215, 221), 1.0);
    for (float x = x0; x <= x1 + 1e-4f; x += s)
        if (std::abs(x) > 1e-4f)
            groundLine({x, 0.0f, z0}, {x, 0.0f, z1}, grid);
    for (float z = z0; z <= z1 + 1e-4f; z += s)
        if (std::abs(z) > 1e-4f)
            groundLine({x0, 0.0f, z}, {x1, 0.0f, z}, grid);
    groundLine({x0, 0.0f, 0.0f}, {x1, 0.0f, 0.0f}, QPen(QColor(214, 96, 86), 1.5));
    groundLine({0.0f, 0.0f, z0}, {0.0f, 0.0f, z1}, QPen(QColor(86, 124, 214), 1.5));

    // Trajectories and trails as thin lines.
    for (const Polyline &line : content.lines)
        for (std::size_t i = 1; i < line.points.size(); ++i)
            groundLine(line.points[i - 1], line.points[i], QPen(toQColor(line.color, 0.8f), 1.5));

    // Bones and joints, far to near.
    std::vector<Stroke> strokes;
    for (const SkeletonPose &pose : content.skeletons) {
        const std::size_t n = pose.joints.size();
        std::vector<glm::vec3> view(n);
        for (std::size_t j = 0; j < n; ++j)
            view[j] = project.toView(pose.joints[j]);
        auto side = [&](std::size_t j) { return pose.sides.empty() ? Side::Centre : pose.sides[j]; };
        for (std::size_t j = 0; j < n; ++j) {
            const QColor colour = toQColor(sideColor(pose.color, side(j)), 0.78f);
            const float depth = -view[j].z;
            if (depth > project.nearDepth)
                strokes.push_back({depth,
                                   project.toImage(view[j]),
                                   {},
                                   qreal(2.7f * pose.boneRadius * project.focal / depth),
                                   colour,
                                   true});
            const int parent = j < pose.parents.size() ? pose.parents[j] : -1;
            if (parent < 0 || std::size_t(parent) >= n)
                continue;
            glm::vec3 a = view[std::size_t(parent)], b = view[j];
            if (!project.clip(a, b))
                continue;
            const float mid = -0.5f * (a.z + b.z);
            strokes.push_back({mid, project.toImage(a), project.toImage(b),
                               qreal(2.0f * pose.boneRadius * project.focal / mid), colour, false});
        }
    }
    std::stable_sort(strokes.begin(), strokes.end(),
                     [](const Stroke &l, const Stroke &r) { return l.depth > r.depth; });
    for (const Stroke &st : strokes) {
        if (st.dot) {
            p.setPen(Qt::NoPen);
            p.setBrush(st.colour);
            p.drawEllipse(st.a, st.width * 0.5, st.width * 0.5);
        } else {
            p.setPen(QPen(st.colour, std::max<qreal>(st.width, 1.0), Qt::SolidLine, Qt::RoundCap));
            p.drawLine(st.a, st.b);
        }
    }
    p.end();
    return image;
}

} // namespace gm::render
