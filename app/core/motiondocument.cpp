#include "core/motiondocument.h"

#include "core/annotationcommands.h"
#include "core/annotationimport.h"

#include <QColor>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <set>

namespace gm::app {

MotionDocument::MotionDocument(QObject *parent)
    : QObject(parent)
{
    mAuthor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

MotionDocument::~MotionDocument() = default;

bool MotionDocument::create(const QString &path, QString *error)
{
    return adopt(
        [&] {
            std::unique_ptr<ProjectStore> store = ProjectStore::create(path);
            store->addTier({0, tr("Actions"), Tier::Kind::Label, 0});
            store->addTier({0, tr("Captions"), Tier::Kind::Caption, 1});
            return store;
        },
        error);
}

bool MotionDocument::open(const QString &path, QString *error)
{
    return adopt([&] { return ProjectStore::open(path); }, error);
}

bool MotionDocument::adopt(const std::function<std::unique_ptr<ProjectStore>()> &make, QString *error)
{
    std::unique_ptr<ProjectStore> store;
    try {
        store = make();
    } catch (const ProjectError &e) {
        if (error)
            *error = e.message();
        return false; // the open project stays open
    }
    close();
    mStore = std::move(store);
    Q_EMIT opened();
    return true;
}

void MotionDocument::close()
{
    if (!mStore)
        return;
    mUndo.clear();
    mStore.reset();
    mPending.clear();
    Q_EMIT closed();
}

QString MotionDocument::path() const
{
    return mStore ? mStore->path() : QString();
}

qint64 MotionDocument::clipFor(const QString &path, double fps, int frames, QString *error)
{
    if (!mStore) {
        if (error)
            *error = tr("No project is open");
        return 0;
    }
    try {
        ProjectClip c;
        c.path = QFileInfo(path).absoluteFilePath();
        c.sha256 = ProjectStore::hashFile(path);
        c.size = QFileInfo(path).size();
        c.fps = fps;
        c.frames = frames;
        return mStore->addClip(c);
    } catch (const ProjectError &e) {
        if (error)
            *error = e.message();
        return 0;
    }
}

std::vector<Tier> MotionDocument::tiers() const
{
    try {
        return mStore ? mStore->tiers() : std::vector<Tier>();
    } catch (const ProjectError &) {
        return {};
    }
}

std::vector<Segment> MotionDocument::segments(qint64 clipId) const
{
    try {
        return mStore ? mStore->segments(clipId) : std::vector<Segment>();
    } catch (const ProjectError &) {
        return {};
    }
}

std::optional<Segment> MotionDocument::segment(qint64 id) const
{
    try {
        return mStore ? mStore->segment(id) : std::nullopt;
    } catch (const ProjectError &) {
        return std::nullopt;
    }
}

std::vector<LabelEntry> MotionDocument::labels() const
{
    try {
        return mStore ? mStore->labels() : std::vector<LabelEntry>();
    } catch (const ProjectError &) {
        return {};
    }
}

QString MotionDocument::labelColor(const QString &label) const
{
    for (const LabelEntry &l : labels())
        if (l.name == label)
            return l.color;
    // A stable colour from the name: its hash picks the hue.
    const QByteArray h = QCryptographicHash::hash(label.toUtf8(), QCryptographicHash::Md5);
    return QColor::fromHsv(int(quint8(h[0]) * 360 / 256), 110, 230).name();
}

void MotionDocument::addLabel(const QString &name, const QString &color)
{
    if (!mStore || name.trimmed().isEmpty())
        return;
    try {
        mStore->setLabelColor(name.trimmed(), color.isEmpty() ? labelColor(name.trimmed()) : color);
    } catch (const ProjectError &e) {
        Q_EMIT error(e.message());
        return;
    }
    Q_EMIT labelsChanged();
}

// --- edits ------------------------------------------------------------------------------------

void MotionDocument::push(QUndoCommand *command)
{
    mUndo.push(command); // runs redo(); a refused edit marks itself obsolete and is dropped
}

qint64 MotionDocument::addSegment(Segment s)
{
    if (!mStore)
        return 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.id = 0;
    s.created = s.modified = now;
    if (s.author.isEmpty())
        s.author = mAuthor;
    mLastInserted = 0;
    push(new AddSegmentCommand(*this, s));
    return mLastInserted;
}

void MotionDocument::removeSegment(qint64 id)
{
    if (const std::optional<Segment> s = segment(id))
        push(new RemoveSegmentCommand(*this, *s));
}

void MotionDocument::moveSegment(qint64 id, int startFrame, int gesture)
{
    const std::optional<Segment> s = segment(id);
    if (!s || startFrame < 0 || startFrame == s->startFrame)
        return;
    Segment after = *s;
    after.endFrame = startFrame + (s->endFrame - s->startFrame);
    after.startFrame = startFrame;
    after.modified = QDateTime::currentDateTimeUtc();
    push(new MoveSegmentCommand(*this, *s, after, gesture));
}

void MotionDocument::resizeSegment(qint64 id, int startFrame, int endFrame, int gesture)
{
    const std::optional<Segment> s = segment(id);
    if (!s || startFrame < 0 || endFrame <= startFrame || (startFrame == s->startFrame && endFrame == s->endFrame))
        return;
    Segment after = *s;
    after.startFrame = startFrame;
    after.endFrame = endFrame;
    after.modified = QDateTime::currentDateTimeUtc();
    push(new ResizeSegmentCommand(*this, *s, after, gesture));
}

void MotionDocument::setText(qint64 id, const QString &text)
{
    const std::optional<Segment> s = segment(id);
    if (!s || s->text == text)
        return;
    Segment after = *s;
    after.text = text;
    after.modified = QDateTime::currentDateTimeUtc();
    push(new EditTextCommand(*this, *s, after));
}

void MotionDocument::setLabel(qint64 id, const QString &label)
{
    const std::optional<Segment> s = segment(id);
    if (!s || s->label == label)
        return;
    Segment after = *s;
    after.label = label;
    after.modified = QDateTime::currentDateTimeUtc();
    push(new SetLabelCommand(*this, *s, after));
}

qint64 MotionDocument::acceptSuggestion(qint64 clipId, qint64 tierId, int startFrame, int endFrame, const QString &text,
                                        const QString &modelId)
{
    if (!mStore)
        return 0;
    Segment s;
    s.clipId = clipId;
    s.tierId = tierId;
    s.startFrame = startFrame;
    s.endFrame = endFrame;
    s.text = text;
    s.source = Segment::Source::Model;
    s.modelId = modelId;
    s.author = mAuthor;
    s.created = s.modified = QDateTime::currentDateTimeUtc();
    mLastInserted = 0;
    push(new AcceptSuggestionCommand(*this, s));
    return mLastInserted;
}

qint64 MotionDocument::splitSegment(qint64 id, int frame)
{
    const std::optional<Segment> s = segment(id);
    if (!s || frame <= s->startFrame || frame >= s->endFrame)
        return 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Segment left = *s, right = *s;
    left.endFrame = frame;
    left.modified = now;
    right.id = 0;
    right.startFrame = frame;
    right.created = right.modified = now;
    mLastInserted = 0;
    push(new SplitSegmentCommand(*this, *s, left, right));
    return mLastInserted;
}

void MotionDocument::mergeSegments(qint64 first, qint64 second)
{
    const std::optional<Segment> a = segment(first), b = segment(second);
    if (!a || !b || first == second || a->clipId != b->clipId || a->tierId != b->tierId) {
        Q_EMIT error(tr("Only two segments of the same clip and tier can be merged"));
        return;
    }
    Segment merged = *a;
    merged.startFrame = std::min(a->startFrame, b->startFrame);
    merged.endFrame = std::max(a->endFrame, b->endFrame);
    const bool aFirst = a->startFrame <= b->startFrame;
    const QString t1 = (aFirst ? a : b)->text.trimmed(), t2 = (aFirst ? b : a)->text.trimmed();
    merged.text = t1.isEmpty() ? t2 : t2.isEmpty() ? t1 : t1 + QLatin1Char(' ') + t2;
    if (merged.label.isEmpty())
        merged.label = b->label;
    merged.modified = QDateTime::currentDateTimeUtc();
    push(new MergeSegmentsCommand(*this, *a, *b, merged));
}

int MotionDocument::importSegments(qint64 clipId, double fps, int frames, const std::vector<ImportedSegment> &imported)
{
    if (!mStore || fps <= 0.0 || frames < 1)
        return 0;
    qint64 labelTier = 0, captionTier = 0;
    for (const Tier &t : tiers()) {
        if (t.kind == Tier::Kind::Label && !labelTier)
            labelTier = t.id;
        if (t.kind == Tier::Kind::Caption && !captionTier)
            captionTier = t.id;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<Segment> segments;
    for (const ImportedSegment &i : imported) {
        Segment s;
        s.clipId = clipId;
        s.tierId = i.kind == Tier::Kind::Label ? labelTier : captionTier;
        s.startFrame = std::clamp(int(std::lround(i.startSeconds * fps)), 0, frames - 1);
        s.endFrame
            = i.endSeconds <= i.startSeconds ? frames : std::clamp(int(std::lround(i.endSeconds * fps)), 1, frames);
        s.label = i.label;
        s.text = i.text;
        s.author = mAuthor;
        s.created = s.modified = now;
        if (s.tierId && s.endFrame > s.startFrame)
            segments.push_back(s);
    }
    if (segments.empty())
        return 0;
    for (const Segment &s : segments)
        if (!s.label.isEmpty())
            addLabel(s.label, {});
    mLastInserted = 0;
    push(new ImportSegmentsCommand(*this, segments));
    return mLastInserted ? int(segments.size()) : 0;
}

// --- what the commands call -------------------------------------------------------------------

bool MotionDocument::beginEdit()
{
    if (!mStore)
        return false;
    try {
        mStore->begin();
    } catch (const ProjectError &e) {
        Q_EMIT error(e.message());
        return false;
    }
    mPending.clear();
    return true;
}

bool MotionDocument::endEdit(bool ok)
{
    bool committed = false;
    if (ok) {
        try {
            mStore->commit();
            committed = true;
        } catch (const ProjectError &e) {
            Q_EMIT error(e.message());
        }
    }
    if (!committed) {
        mStore->rollback();
        mLastInserted = 0;
    }
    const std::set<qint64> touched = std::move(mPending);
    mPending.clear();
    for (qint64 clip : touched)
        Q_EMIT segmentsChanged(clip);
    return committed;
}

bool MotionDocument::applyInsert(Segment &segment)
{
    try {
        mStore->insertSegment(segment);
    } catch (const ProjectError &e) {
        Q_EMIT error(e.message());
        return false;
    }
    mLastInserted = segment.id;
    mPending.insert(segment.clipId);
    return true;
}

bool MotionDocument::applyUpdate(const Segment &segment)
{
    try {
        mStore->updateSegment(segment);
    } catch (const ProjectError &e) {
        Q_EMIT error(e.message());
        return false;
    }
    mPending.insert(segment.clipId);
    return true;
}

bool MotionDocument::applyRemove(const Segment &segment)
{
    try {
        mStore->removeSegment(segment.id);
    } catch (const ProjectError &e) {
        Q_EMIT error(e.message());
        return false;
    }
    mPending.insert(segment.clipId);
    return true;
}

} // namespace gm::app
