#include "core/projectsession.h"

#include "core/cliplibrary.h"

#include <QFileInfo>

namespace gm::app {

ProjectSession::ProjectSession(ClipLibrary &library, QObject *parent)
    : QObject(parent)
    , mLibrary(library)
{
    connect(&library, &ClipLibrary::clipsChanged, this, &ProjectSession::registerClips);
    connect(&library, &ClipLibrary::activeChanged, this, [this] {
        mIn = -1;
        selectSegment(0);
        Q_EMIT changed();
    });
    // A segment that an undo removed is no longer selected.
    connect(&mDocument, &MotionDocument::segmentsChanged, this, [this] {
        if (mSelected && !mDocument.segment(mSelected))
            selectSegment(0);
    });
    connect(&mDocument, &MotionDocument::error, this, &ProjectSession::error);
}

bool ProjectSession::create(const QString &path, QString *error)
{
    if (!mDocument.create(path, error))
        return false;
    mClips.clear();
    registerClips();
    Q_EMIT changed();
    return true;
}

bool ProjectSession::open(const QString &path, QString *error)
{
    if (!mDocument.open(path, error))
        return false;
    mClips.clear();
    registerClips();
    Q_EMIT changed();
    return true;
}

void ProjectSession::close()
{
    mDocument.close();
    mClips.clear();
    mSelected = 0;
    mIn = -1;
    Q_EMIT changed();
}

void ProjectSession::registerClips()
{
    if (!mDocument.isOpen())
        return;
    bool added = false;
    for (const OpenClip &c : mLibrary.clips()) {
        if (mClips.count(c.id) || !QFileInfo(c.path).isFile())
            continue; // in-memory clips (reconstructions, code previews) are not annotated
        QString message;
        const qint64 id = mDocument.clipFor(c.path, c.clip->fps(), c.clip->frameCount(), &message);
        if (id == 0) {
            Q_EMIT error(message);
            continue;
        }
        mClips[c.id] = id;
        added = true;
    }
    if (added)
        Q_EMIT changed();
}

void ProjectSession::selectSegment(qint64 id)
{
    if (id == mSelected)
        return;
    mSelected = id;
    Q_EMIT selectionChanged();
}

void ProjectSession::setInPoint(int frame)
{
    mIn = frame;
    Q_EMIT changed();
}

qint64 ProjectSession::projectClip(int openClipId) const
{
    const auto it = mClips.find(openClipId);
    return it == mClips.end() ? 0 : it->second;
}

qint64 ProjectSession::activeProjectClip() const
{
    const OpenClip *active = mLibrary.active();
    return active ? projectClip(active->id) : 0;
}

double ProjectSession::activeFps() const
{
    const OpenClip *active = mLibrary.active();
    return active ? active->clip->fps() : 0.0;
}

qint64 ProjectSession::firstTier(Tier::Kind kind) const
{
    for (const Tier &t : mDocument.tiers())
        if (t.kind == kind)
            return t.id;
    return 0;
}

} // namespace gm::app
