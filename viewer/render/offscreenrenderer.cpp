#include "render/offscreenrenderer.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>
#include <QSurfaceFormat>

namespace gm::render {

struct OffscreenRenderer::Private
{
    QOffscreenSurface surface;
    QOpenGLContext context;
    SceneRenderer scene;
    QString error;
    bool created = false;
};

OffscreenRenderer::OffscreenRenderer()
    : d(std::make_unique<Private>())
{}

OffscreenRenderer::~OffscreenRenderer()
{
    if (d->created && d->context.makeCurrent(&d->surface)) {
        d->scene.cleanup();
        d->context.doneCurrent();
    }
}

bool OffscreenRenderer::create()
{
    if (d->created)
        return true;
    QSurfaceFormat format;
    format.setVersion(3, 3);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    d->context.setFormat(format);
    if (!d->context.create()) {
        d->error = QStringLiteral("Could not create an OpenGL 3.3 core context for offscreen rendering");
        return false;
    }
    d->surface.setFormat(d->context.format());
    d->surface.create();
    if (!d->surface.isValid() || !d->context.makeCurrent(&d->surface)) {
        d->error = QStringLiteral("Could not make the offscreen OpenGL context current");
        return false;
    }
    const bool ok = d->scene.initialize();
    if (!ok)
        d->error = d->scene.errorString();
    d->context.doneCurrent();
    d->created = ok;
    return ok;
}

QString OffscreenRenderer::errorString() const
{
    return d->error;
}

SceneRenderer &OffscreenRenderer::scene()
{
    return d->scene;
}

QImage OffscreenRenderer::render(const Camera &camera, const QSize &size, int samples)
{
    if (!d->created && !create())
        return {};
    if (size.isEmpty() || size.width() > 16384 || size.height() > 16384) {
        d->error = QStringLiteral("Image size %1x%2 is outside 1..16384").arg(size.width()).arg(size.height());
        return {};
    }
    if (!d->context.makeCurrent(&d->surface)) {
        d->error = QStringLiteral("Could not make the offscreen OpenGL context current");
        return {};
    }
    QOpenGLFramebufferObjectFormat fboFormat;
    fboFormat.setAttachment(QOpenGLFramebufferObject::Depth);
    fboFormat.setSamples(std::max(samples, 0));
    QImage image;
    {
        QOpenGLFramebufferObject fbo(size, fboFormat);
        if (!fbo.isValid() || !fbo.bind()) {
            d->error = QStringLiteral("Could not create a %1x%2 framebuffer").arg(size.width()).arg(size.height());
        } else {
            d->scene.resize(size.width(), size.height());
            d->scene.render(camera);
            fbo.release();
            // toImage(true) resolves multisampling and flips GL's bottom-up rows to top-down.
            image = fbo.toImage(true).convertToFormat(QImage::Format_RGB32);
        }
    }
    d->context.doneCurrent();
    return image;
}

} // namespace gm::render
