#pragma once

#include "motion/motionclip.h"

#include <QColor>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace gm::app {

/// A motion file the studio has open.
struct OpenClip
{
    int id = 0;   ///< unique for the session
    QString path; ///< as given (absolute where the caller made it so)
    QString name; ///< the file name, for lists and legends
    std::shared_ptr<const motion::MotionClip> clip;
    QColor color;
    bool visible = true;
    /// Read from a file by open() (not added from memory): the up-axis override applies to it.
    bool fromFile = false;
    /// The up axis the file declared or the reader detected.
    motion::UpAxis fileUpAxis = motion::UpAxis::Y;
};

/// Which axis is up in the files open() reads: as the file declares or the reader detects, or
/// forced to Y or Z (for files that are detected wrongly).
enum class UpAxisOverride { None, Y, Z };

/// The open clips, loaded off the GUI thread through the format registry. Loading a file never
/// disturbs what is already open: a file that fails reports loadFailed() and nothing changes.
class ClipLibrary : public QObject
{
    Q_OBJECT

public:
    explicit ClipLibrary(QObject *parent = nullptr);
    ~ClipLibrary() override; ///< waits for loads in flight

    int count() const { return int(mClips.size()); }
    const OpenClip &at(int index) const { return mClips[std::size_t(index)]; }
    const std::vector<OpenClip> &clips() const { return mClips; }
    /// -1 when nothing is open.
    int activeIndex() const { return mActive; }
    const OpenClip *active() const { return mActive >= 0 ? &mClips[std::size_t(mActive)] : nullptr; }
    /// The longest duration among the visible clips (0 when none).
    double duration() const;
    /// Files being loaded right now (and not cancelled).
    int pendingLoads() const { return mPending; }

    /// Starts loading `path` in the background; loaded() or loadFailed() follows (or nothing,
    /// after cancelLoads()).
    void open(const QString &path);
    /// Forgets the loads in flight: their results are dropped when they arrive.
    void cancelLoads();
    /// Adds a clip already in memory (tests, reconstructions) and makes it active.
    int add(const QString &path, motion::MotionClip clip);
    void remove(int index);
    void clear();
    void setActive(int index);
    void setVisible(int index, bool visible);

    /// Forces the up axis of every clip read from a file, open ones included (each one that
    /// changes is announced by clipReplaced()).
    void setUpAxisOverride(UpAxisOverride mode);
    UpAxisOverride upAxisOverride() const { return mUpAxis; }

    /// The colour the n-th clip of a session gets.
    static QColor paletteColor(int n);

Q_SIGNALS:
    /// The list, a visibility or the active clip changed.
    void clipsChanged();
    /// The clip with `clipId` now has other motion (its up axis changed): what was computed from
    /// it is stale.
    void clipReplaced(int clipId);
    void activeChanged(int index);
    void loadStarted(const QString &path);
    void loaded(int index);
    /// `message` names the file and the problem.
    void loadFailed(const QString &path, const QString &message);

private:
    std::vector<OpenClip> mClips;
    int mActive = -1;
    int mNextId = 1;
    int mPending = 0;
    int mGeneration = 0;
    UpAxisOverride mUpAxis = UpAxisOverride::None;
    QThreadPool mPool;
};

} // namespace gm::app
