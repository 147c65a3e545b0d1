#pragma once

#include "render/clipscene.h"

#include <QColor>
#include <QObject>

#include <map>
#include <memory>

namespace gm::app {

class ClipLibrary;
class PlaybackController;

/// Turns the open clips and the play head into what the 3-D view draws: the visible clips at the
/// current time, side by side or overlaid, with optional trajectories and trails. It also keeps
/// the play head's duration and frame rate in step with the clips (the active clip's rate).
class SceneController : public QObject
{
    Q_OBJECT

public:
    SceneController(ClipLibrary &library, PlaybackController &playback, QObject *parent = nullptr);

    const render::ClipSceneOptions &options() const { return mOptions; }
    /// The skeletons and lines at the current time.
    render::SceneContent content() const;
    /// The box around the visible takes (every frame), for fit-to-view.
    render::Bounds bounds() const;
    /// Where the active clip's root is now (metres, Y up, with its layout offset), for the
    /// camera's follow mode; false when nothing is open.
    bool activeRoot(glm::vec3 &position) const;

    /// A clip's reconstruction (the tokenizer's decoding of it), drawn after the clip — beside it
    /// side by side, over it when overlaid — in reconstructionColor(). Null removes it.
    void setReconstruction(int clipId, std::shared_ptr<const motion::MotionClip> reconstruction);
    bool hasReconstruction(int clipId) const { return mReconstructions.count(clipId) != 0; }
    bool showsReconstructions() const { return mShowReconstructions; }
    static QColor reconstructionColor();

public Q_SLOTS:
    void setLayout(gm::render::ClipLayout layout);
    void setRootTrajectory(bool on);
    void setJointTrails(bool on);
    void setShowReconstructions(bool on);

Q_SIGNALS:
    /// The content changed: the time, the clips or an option.
    void sceneChanged();

private:
    std::vector<render::ClipView> views() const;
    void clipsChanged();

    ClipLibrary &mLibrary;
    PlaybackController &mPlayback;
    render::ClipSceneOptions mOptions;
    /// clipOffsets() of the visible clips: recomputed when the clips or the layout change, not
    /// on every frame (it scans each whole take).
    std::vector<glm::vec3> mOffsets;
    std::map<int, std::shared_ptr<const motion::MotionClip>> mReconstructions;
    bool mShowReconstructions = true;
};

} // namespace gm::app
