#include "core/cliplibrary.h"

#include "io/motionreader.h"

#include <QFileInfo>
#include <QMetaObject>

#include <algorithm>
#include <exception>

namespace gm::app {

ClipLibrary::ClipLibrary(QObject *parent)
    : QObject(parent)
{
    mPool.setMaxThreadCount(1); // one file at a time, in the order asked
}

ClipLibrary::~ClipLibrary()
{
    mPool.waitForDone();
}

QColor ClipLibrary::paletteColor(int n)
{
    // Light grey first (limbs are tinted warm/cool on every colour), then distinct hues.
    static const QColor kPalette[]
        = {QColor(220, 222, 227), QColor(235, 190, 70),  QColor(80, 200, 190),  QColor(190, 120, 220),
           QColor(120, 200, 90),  QColor(235, 120, 150), QColor(150, 160, 240), QColor(200, 160, 120)};
    return kPalette[std::size_t(std::max(n, 0)) % (sizeof(kPalette) / sizeof(kPalette[0]))];
}

double ClipLibrary::duration() const
{
    double longest = 0.0;
    for (const OpenClip &c : mClips)
        if (c.visible)
            longest = std::max(longest, c.clip->duration());
    return longest;
}

void ClipLibrary::open(const QString &path)
{
    ++mPending;
    Q_EMIT loadStarted(path);
    const int generation = mGeneration;
    mPool.start([this, path, generation] {
        std::shared_ptr<motion::MotionClip> clip;
        QString error;
        try {
            clip = std::make_shared<motion::MotionClip>(motion::FormatRegistry::builtin().read(path.toStdString()));
            if (clip->frameCount() == 0)
                error = tr("%1: the file holds no frames").arg(path);
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        } catch (...) {
            error = tr("%1: unknown error while reading").arg(path);
        }
        // Back on the library's thread; the destructor waits for this task, so `this` lives.
        QMetaObject::invokeMethod(
            this,
            [this, path, clip, error, generation] {
                if (generation != mGeneration)
                    return; // cancelled
                --mPending;
                if (!error.isEmpty()) {
                    Q_EMIT loadFailed(path, error);
                    return;
                }
                const motion::UpAxis fileAxis = clip->info.upAxis;
                if (mUpAxis != UpAxisOverride::None)
                    clip->info.upAxis = mUpAxis == UpAxisOverride::Z ? motion::UpAxis::Z : motion::UpAxis::Y;
                const int index = add(path, std::move(*clip));
                mClips[std::size_t(index)].fromFile = true;
                mClips[std::size_t(index)].fileUpAxis = fileAxis;
                Q_EMIT loaded(index);
            },
            Qt::QueuedConnection);
    });
}

void ClipLibrary::cancelLoads()
{
    ++mGeneration;
    mPending = 0;
}

int ClipLibrary::add(const QString &path, motion::MotionClip clip)
{
    OpenClip c;
    c.id = mNextId++;
    c.path = path;
    c.name = QFileInfo(path).fileName();
    c.clip = std::make_shared<const motion::MotionClip>(std::move(clip));
    c.color = paletteColor(c.id - 1);
    mClips.push_back(std::move(c));
    mActive = count() - 1;
    Q_EMIT clipsChanged();
    Q_EMIT activeChanged(mActive);
    return mActive;
}

void ClipLibrary::setUpAxisOverride(UpAxisOverride mode)
{
    if (mode == mUpAxis)
        return;
    mUpAxis = mode;
    std::vector<int> replaced;
    for (OpenClip &c : mClips) {
        if (!c.fromFile)
            continue;
        const motion::UpAxis axis = mode == UpAxisOverride::None ? c.fileUpAxis
                                    : mode == UpAxisOverride::Z  ? motion::UpAxis::Z
                                                                 : motion::UpAxis::Y;
        if (c.clip->info.upAxis == axis)
            continue;
        auto copy = std::make_shared<motion::MotionClip>(*c.clip);
        copy->info.upAxis = axis;
        c.clip = std::move(copy);
        replaced.push_back(c.id);
    }
    for (int id : replaced)
        Q_EMIT clipReplaced(id);
    if (!replaced.empty())
        Q_EMIT clipsChanged();
}

void ClipLibrary::remove(int index)
{
    if (index < 0 || index >= count())
        return;
    mClips.erase(mClips.begin() + index);
    if (mActive >= count())
        mActive = count() - 1;
    else if (index < mActive)
        --mActive;
    Q_EMIT clipsChanged();
    Q_EMIT activeChanged(mActive);
}

void ClipLibrary::clear()
{
    if (mClips.empty())
        return;
    mClips.clear();
    mActive = -1;
    Q_EMIT clipsChanged();
    Q_EMIT activeChanged(mActive);
}

void ClipLibrary::setActive(int index)
{
    if (index < -1 || index >= count() || index == mActive)
        return;
    mActive = index;
    Q_EMIT activeChanged(mActive);
}

void ClipLibrary::setVisible(int index, bool visible)
{
    if (index < 0 || index >= count() || mClips[std::size_t(index)].visible == visible)
        return;
    mClips[std::size_t(index)].visible = visible;
    Q_EMIT clipsChanged();
}

} // namespace gm::app
