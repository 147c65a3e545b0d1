#include "core/scenecontroller.h"

#include "core/cliplibrary.h"
#include "core/playbackcontroller.h"
#include "motion/units.h"

namespace gm::app {

SceneController::SceneController(ClipLibrary &library, PlaybackController &playback, QObject *parent)
    : QObject(parent)
    , mLibrary(library)
    , mPlayback(playback)
{
    connect(&library, &ClipLibrary::clipsChanged, this, &SceneController::clipsChanged);
    connect(&library, &ClipLibrary::activeChanged, this, &SceneController::clipsChanged);
    connect(&playback, &PlaybackController::timeChanged, this, &SceneController::sceneChanged);
}

void SceneController::clipsChanged()
{
    for (auto it = mReconstructions.begin(); it != mReconstructions.end();) {
        bool open = false;
        for (const OpenClip &c : mLibrary.clips())
            open = open || c.id == it->first;
        it = open ? std::next(it) : mReconstructions.erase(it);
    }
    const OpenClip *active = mLibrary.active();
    if (active)
        mPlayback.setFrameRate(active->clip->fps());
    mPlayback.setActiveFrameCount(active ? active->clip->frameCount() : 0);
    mPlayback.setDuration(mLibrary.duration());
    mOffsets = render::clipOffsets(views(), mOptions.layout);
    Q_EMIT sceneChanged();
}

std::vector<render::ClipView> SceneController::views() const
{
    std::vector<render::ClipView> v;
    const QColor r = reconstructionColor();
    for (const OpenClip &c : mLibrary.clips()) {
        if (!c.visible)
            continue;
        v.push_back({c.clip.get(), mPlayback.time(), {c.color.redF(), c.color.greenF(), c.color.blueF()}});
        const auto rebuilt = mReconstructions.find(c.id);
        if (mShowReconstructions && rebuilt != mReconstructions.end())
            v.push_back({rebuilt->second.get(), mPlayback.time(), {r.redF(), r.greenF(), r.blueF()}});
    }
    return v;
}

render::SceneContent SceneController::content() const
{
    return render::buildClipScene(views(), mOptions, mOffsets);
}

render::Bounds SceneController::bounds() const
{
    return render::clipSceneBounds(views(), mOptions.layout);
}

bool SceneController::activeRoot(glm::vec3 &position) const
{
    const OpenClip *active = mLibrary.active();
    if (!active || !active->visible)
        return false;
    const std::vector<render::ClipView> v = views();
    for (std::size_t i = 0; i < v.size(); ++i)
        if (v[i].clip == active->clip.get()) {
            const motion::MotionClip &clip = *active->clip;
            position
                = motion::toMetresYUp(clip.info, clip.globalPosition(clip.frameAt(mPlayback.time()), 0)) + mOffsets[i];
            return true;
        }
    return false;
}

void SceneController::setReconstruction(int clipId, std::shared_ptr<const motion::MotionClip> reconstruction)
{
    if (reconstruction)
        mReconstructions[clipId] = std::move(reconstruction);
    else if (!mReconstructions.erase(clipId))
        return;
    mOffsets = render::clipOffsets(views(), mOptions.layout);
    Q_EMIT sceneChanged();
}

QColor SceneController::reconstructionColor()
{
    return QColor(245, 100, 60); // vermilion: apart from every colour of the clip palette
}

void SceneController::setShowReconstructions(bool on)
{
    if (on == mShowReconstructions)
        return;
    mShowReconstructions = on;
    mOffsets = render::clipOffsets(views(), mOptions.layout);
    Q_EMIT sceneChanged();
}

void SceneController::setLayout(render::ClipLayout layout)
{
    if (layout == mOptions.layout)
        return;
    mOptions.layout = layout;
    mOffsets = render::clipOffsets(views(), mOptions.layout);
    Q_EMIT sceneChanged();
}

void SceneController::setRootTrajectory(bool on)
{
    if (on == mOptions.rootTrajectory)
        return;
    mOptions.rootTrajectory = on;
    Q_EMIT sceneChanged();
}

void SceneController::setJointTrails(bool on)
{
    if (on == mOptions.jointTrails)
        return;
    mOptions.jointTrails = on;
    Q_EMIT sceneChanged();
}

} // namespace gm::app
