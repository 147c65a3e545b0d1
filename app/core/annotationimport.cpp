#include "core/annotationimport.h"

#include "io/humanml3dreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gm::app {

namespace {

constexpr qint64 kMaxAnnotationFile = 256 << 20; // 256 MB: BABEL's largest file is ~60 MB

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw ProjectError(QObject::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    if (f.size() > kMaxAnnotationFile)
        throw ProjectError(QObject::tr("%1 is %2 MB, more than an annotation file can be (%3 MB)")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(f.size() >> 20)
                               .arg(kMaxAnnotationFile >> 20));
    return f.readAll();
}

std::vector<ImportedSegment> readHumanMl3d(const QString &path)
{
    const QByteArray bytes = readAll(path);
    std::vector<std::string> warnings;
    const std::vector<motion::Caption> captions = motion::parseHumanMl3dTexts(bytes.toStdString(), warnings);
    if (captions.empty())
        throw ProjectError(QObject::tr("%1: no caption#tokens#start#end line%2")
                               .arg(QDir::toNativeSeparators(path),
                                    warnings.empty() ? QString()
                                                     : QStringLiteral(" (") + QString::fromStdString(warnings.front())
                                                           + QLatin1Char(')')));
    std::vector<ImportedSegment> out;
    for (const motion::Caption &c : captions)
        out.push_back({Tier::Kind::Caption, c.startSeconds, c.endSeconds, {}, QString::fromStdString(c.text)});
    return out;
}

QJsonObject pickEntry(const QJsonObject &root, const QString &key, const QString &path)
{
    if (root.size() == 1)
        return root.begin().value().toObject();
    if (key.isEmpty())
        throw ProjectError(QObject::tr("%1 holds %2 entries: name the clip to import")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(root.size()));
    if (root.contains(key))
        return root.value(key).toObject();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        for (const char *field : {"path", "feat_p", "url"})
            if (e.value(QLatin1String(field)).toString().contains(key))
                return e;
    }
    throw ProjectError(
        QObject::tr("%1: no entry for %2 (by id, path, feat_p or url)").arg(QDir::toNativeSeparators(path), key));
}

double seconds(const QJsonValue &v, const QString &path, const QString &what)
{
    if (!v.isDouble() || v.toDouble() < 0.0)
        throw ProjectError(QObject::tr("%1: %2 is not a time in seconds").arg(QDir::toNativeSeparators(path), what));
    return v.toDouble();
}

std::vector<ImportedSegment> readJson(const QString &path, const QString &key)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(readAll(path), &error);
    if (error.error != QJsonParseError::NoError)
        throw ProjectError(QObject::tr("%1: not JSON at byte %2: %3")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(error.offset)
                               .arg(error.errorString()));
    if (!json.isObject() || json.object().isEmpty())
        throw ProjectError(
            QObject::tr("%1: expected an object of annotated sequences").arg(QDir::toNativeSeparators(path)));
    const QJsonObject entry = pickEntry(json.object(), key, path);
    std::vector<ImportedSegment> out;
    if (entry.contains(QLatin1String("annotations"))) { // TMR / KIT-ML
        const QJsonArray list = entry.value(QLatin1String("annotations")).toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject a = list[i].toObject();
            const QString where = QObject::tr("annotation %1").arg(i);
            out.push_back({Tier::Kind::Caption,
                           seconds(a.value(QLatin1String("start")), path, where + QLatin1String(" start")),
                           seconds(a.value(QLatin1String("end")), path, where + QLatin1String(" end")),
                           {},
                           a.value(QLatin1String("text")).toString()});
        }
        return out;
    }
    // BABEL: frame-level labels where there are some, else the sequence's labels over it all.
    const QJsonValue frames = entry.value(QLatin1String("frame_ann"));
    const bool perFrame = frames.isObject() && !frames.toObject().value(QLatin1String("labels")).toArray().isEmpty();
    const QJsonArray labels = (perFrame ? frames : entry.value(QLatin1String("seq_ann")))
                                  .toObject()
                                  .value(QLatin1String("labels"))
                                  .toArray();
    if (labels.isEmpty())
        throw ProjectError(
            QObject::tr("%1: the entry has neither annotations nor BABEL labels").arg(QDir::toNativeSeparators(path)));
    for (int i = 0; i < labels.size(); ++i) {
        const QJsonObject l = labels[i].toObject();
        QString name = l.value(QLatin1String("proc_label")).toString();
        if (name.isEmpty())
            name = l.value(QLatin1String("raw_label")).toString();
        const QString where = QObject::tr("label %1").arg(i);
        ImportedSegment s{Tier::Kind::Label, 0.0, 0.0, name, l.value(QLatin1String("raw_label")).toString()};
        if (perFrame) {
            s.startSeconds = seconds(l.value(QLatin1String("start_t")), path, where + QLatin1String(" start_t"));
            s.endSeconds = seconds(l.value(QLatin1String("end_t")), path, where + QLatin1String(" end_t"));
        }
        out.push_back(s);
    }
    return out;
}

/// RFC 4180 fields of one record; `text` advances past it. Throws on an unterminated quote.
QStringList csvRecord(const QString &text, int &at, const QString &path, int line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    while (at <= text.size()) {
        const QChar c = at < text.size() ? text[at] : QChar(u'\n');
        ++at;
        if (quoted) {
            if (c == u'"') {
                if (at < text.size() && text[at] == u'"') {
                    field += u'"';
                    ++at;
                } else {
                    quoted = false;
                }
            } else if (at > text.size()) {
                throw ProjectError(QObject::tr("%1: line %2: a quoted field does not end")
                                       .arg(QDir::toNativeSeparators(path))
                                       .arg(line));
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && at < text.size() && text[at] == u'\n')
                ++at;
            break;
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

std::vector<ImportedSegment> readCsv(const QString &path)
{
    const QString text = QString::fromUtf8(readAll(path));
    int at = 0, line = 1;
    const QStringList header = csvRecord(text, at, path, line);
    const int tier = int(header.indexOf(QStringLiteral("tier"))), start = int(header.indexOf(QStringLiteral("start"))),
              end = int(header.indexOf(QStringLiteral("end"))), label = int(header.indexOf(QStringLiteral("label"))),
              caption = int(header.indexOf(QStringLiteral("text")));
    if (start < 0 || end < 0 || (label < 0 && caption < 0))
        throw ProjectError(QObject::tr("%1: the header must name start, end and label or text columns (got %2)")
                               .arg(QDir::toNativeSeparators(path), header.join(QLatin1Char(','))));
    std::vector<ImportedSegment> out;
    while (at < text.size()) {
        ++line;
        const QStringList f = csvRecord(text, at, path, line);
        if (f.size() == 1 && f[0].trimmed().isEmpty())
            continue;
        auto field = [&](int i) { return i >= 0 && i < f.size() ? f[i] : QString(); };
        bool ok1 = false, ok2 = false;
        ImportedSegment s;
        s.startSeconds = field(start).toDouble(&ok1);
        s.endSeconds = field(end).toDouble(&ok2);
        if (!ok1 || !ok2 || s.startSeconds < 0.0 || s.endSeconds <= s.startSeconds)
            throw ProjectError(
                QObject::tr("%1: line %2: start and end must be seconds with end after start (got '%3', '%4')")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(line)
                    .arg(field(start), field(end)));
        s.label = field(label);
        s.text = field(caption);
        const QString kind = field(tier).trimmed().toLower();
        s.kind = kind == QLatin1String("caption") || (kind.isEmpty() && s.label.isEmpty()) ? Tier::Kind::Caption
                                                                                           : Tier::Kind::Label;
        out.push_back(s);
    }
    return out;
}

} // namespace

std::vector<ImportedSegment> readAnnotations(const QString &path, const QString &key)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("txt"))
        return readHumanMl3d(path);
    if (ext == QLatin1String("json"))
        return readJson(path, key);
    if (ext == QLatin1String("csv"))
        return readCsv(path);
    throw ProjectError(
        QObject::tr("%1: unknown annotation format '.%2' (import HumanML3D .txt, BABEL or KIT-ML .json, or .csv)")
            .arg(QDir::toNativeSeparators(path), ext));
}

} // namespace gm::app
