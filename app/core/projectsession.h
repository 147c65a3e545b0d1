#pragma once

#include "core/motiondocument.h"

#include <QObject>

#include <map>

namespace gm::app {

class ClipLibrary;

/// The open project next to the open clips: registers every clip that is opened while a project
/// is open (by content hash, so a moved file is the same clip), and maps the studio's clip ids to
/// the project's. The views ask it for the active clip's project id and edit through document().
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    ProjectSession(ClipLibrary &library, QObject *parent = nullptr);

    MotionDocument &document() { return mDocument; }
    const MotionDocument &document() const { return mDocument; }

    bool create(const QString &path, QString *error = nullptr);
    bool open(const QString &path, QString *error = nullptr);
    void close();

    /// The project's id of an open clip (0 when no project is open, or the clip is not a file
    /// the project could read).
    qint64 projectClip(int openClipId) const;
    qint64 activeProjectClip() const;
    /// The active clip's frame rate (frames of segments are the clip's own).
    double activeFps() const;
    /// The tier new segments go to by default: the first of `kind`.
    qint64 firstTier(Tier::Kind kind) const;

    /// The segment the Edit menu acts on (0: none).
    qint64 selectedSegment() const { return mSelected; }
    void selectSegment(qint64 id);
    /// The in point marked for the next segment (a frame of the active clip; −1: none).
    int inPoint() const { return mIn; }
    void setInPoint(int frame);

Q_SIGNALS:
    /// The project or the active clip's mapping changed: the annotation views re-read.
    void changed();
    void selectionChanged();
    void error(const QString &message);

private:
    void registerClips();

    ClipLibrary &mLibrary;
    MotionDocument mDocument;
    std::map<int, qint64> mClips; ///< open clip id → project clip id
    qint64 mSelected = 0;
    int mIn = -1;
};

} // namespace gm::app
