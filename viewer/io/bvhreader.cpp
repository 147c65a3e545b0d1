#include "io/bvhreader.h"

#include "io/fileutil.h"
#include "motion/parallel.h"
#include "motion/units.h"

#include <glm/gtc/quaternion.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace gm::motion {

namespace {

enum class Channel : unsigned char { Xposition, Yposition, Zposition, Xrotation, Yrotation, Zrotation };

constexpr int kMaxDepth = 256;    // deeper nesting is not a skeleton, and would exhaust the stack
constexpr int kMaxJoints = 10000; // far above any real rig
constexpr int kMaxChannelsPerJoint = 6;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

struct JointChannels
{
    std::vector<Channel> channels;
};

/// A cursor over the BVH text that knows its line number for error messages.
class Cursor
{
public:
    Cursor(std::string_view text, const std::string &path)
        : mText(text)
        , mPath(path)
    {
        // A UTF-8 byte-order mark is harmless; skip it.
        if (mText.size() >= 3 && std::memcmp(mText.data(), "\xEF\xBB\xBF", 3) == 0)
            mPos = 3;
    }

    [[noreturn]] void fail(const std::string &message) const
    {
        throw MotionFileError(mPath, "line " + std::to_string(mLine) + ": " + message);
    }

    void skipSpace()
    {
        while (mPos < mText.size() && isSpace(mText[mPos])) {
            if (mText[mPos] == '\n')
                ++mLine;
            ++mPos;
        }
    }

    bool atEnd()
    {
        skipSpace();
        return mPos >= mText.size();
    }

    std::string_view token()
    {
        skipSpace();
        const std::size_t start = mPos;
        while (mPos < mText.size() && !isSpace(mText[mPos]))
            ++mPos;
        return mText.substr(start, mPos - start);
    }

    std::string_view peek()
    {
        const std::size_t pos = mPos;
        const int line = mLine;
        const std::string_view t = token();
        mPos = pos;
        mLine = line;
        return t;
    }

    /// The rest of the current line, trimmed (joint names may contain spaces).
    std::string_view restOfLine()
    {
        while (mPos < mText.size() && (mText[mPos] == ' ' || mText[mPos] == '\t'))
            ++mPos;
        const std::size_t start = mPos;
        while (mPos < mText.size() && mText[mPos] != '\n')
            ++mPos;
        std::size_t end = mPos;
        while (end > start && isSpace(mText[end - 1]))
            --end;
        return mText.substr(start, end - start);
    }

    void expect(std::string_view word)
    {
        const std::string_view t = token();
        if (t != word)
            fail("expected '" + std::string(word) + "', got " + describe(t));
    }

    double number(const char *what)
    {
        const std::string_view t = token();
        double value = 0.0;
        const char *first = t.data();
        if (!t.empty() && *first == '+')
            ++first;
        const auto [end, ec] = std::from_chars(first, t.data() + t.size(), value);
        if (ec != std::errc() || end != t.data() + t.size() || !std::isfinite(value))
            fail(std::string("expected a number for ") + what + ", got " + describe(t));
        return value;
    }

    long integer(const char *what)
    {
        const std::string_view t = token();
        long value = 0;
        const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
        if (ec != std::errc() || end != t.data() + t.size())
            fail(std::string("expected a whole number for ") + what + ", got " + describe(t));
        return value;
    }

    static std::string describe(std::string_view t)
    {
        if (t.empty())
            return "the end of the file";
        return "'" + std::string(t.substr(0, 40)) + (t.size() > 40 ? "...'" : "'");
    }

    std::size_t position() const { return mPos; }
    int line() const { return mLine; }
    std::string_view text() const { return mText; }
    const std::string &path() const { return mPath; }

private:
    std::string_view mText;
    const std::string &mPath;
    std::size_t mPos = 0;
    int mLine = 1;
};

struct Hierarchy
{
    std::vector<Joint> joints;
    std::vector<JointChannels> channels;
    std::size_t channelCount = 0;
};

Channel parseChannel(Cursor &cursor)
{
    const std::string_view t = cursor.token();
    static constexpr std::pair<const char *, Channel> kNames[] = {
        {"Xposition", Channel::Xposition}, {"Yposition", Channel::Yposition}, {"Zposition", Channel::Zposition},
        {"Xrotation", Channel::Xrotation}, {"Yrotation", Channel::Yrotation}, {"Zrotation", Channel::Zrotation},
    };
    for (const auto &[name, channel] : kNames)
        if (t.size() == std::strlen(name) && (t == name || (t[0] == std::tolower(name[0]) && t.substr(1) == name + 1)))
            return channel;
    cursor.fail("unknown channel " + Cursor::describe(t) + " (expected Xposition ... Zrotation)");
}

RotationOrder orderOf(const std::vector<Channel> &channels)
{
    std::string axes;
    for (Channel c : channels)
        if (c >= Channel::Xrotation)
            axes += char('X' + (int(c) - int(Channel::Xrotation)));
    static constexpr std::pair<const char *, RotationOrder> kOrders[] = {
        {"XYZ", RotationOrder::XYZ}, {"XZY", RotationOrder::XZY}, {"YXZ", RotationOrder::YXZ},
        {"YZX", RotationOrder::YZX}, {"ZXY", RotationOrder::ZXY}, {"ZYX", RotationOrder::ZYX},
    };
    for (const auto &[name, order] : kOrders)
        if (axes == name)
            return order;
    return RotationOrder::ZXY;
}

void parseJoint(Cursor &cursor, Hierarchy &h, int parent, int depth)
{
    if (depth > kMaxDepth)
        cursor.fail("joints nested more than " + std::to_string(kMaxDepth) + " deep");
    if (int(h.joints.size()) >= kMaxJoints)
        cursor.fail("more than " + std::to_string(kMaxJoints) + " joints");
    Joint joint;
    joint.name = std::string(cursor.restOfLine());
    if (joint.name.empty())
        cursor.fail("a joint has no name");
    for (const Joint &other : h.joints)
        if (other.name == joint.name)
            cursor.fail("joint name '" + joint.name + "' is used twice");
    joint.parent = parent;
    cursor.expect("{");
    cursor.expect("OFFSET");
    joint.offset.x = float(cursor.number("OFFSET x"));
    joint.offset.y = float(cursor.number("OFFSET y"));
    joint.offset.z = float(cursor.number("OFFSET z"));
    JointChannels channels;
    if (cursor.peek() == "CHANNELS") {
        cursor.token();
        const long n = cursor.integer("the CHANNELS count");
        if (n < 0 || n > kMaxChannelsPerJoint)
            cursor.fail("joint '" + joint.name + "' declares " + std::to_string(n) + " channels (expected 0 to 6)");
        for (long i = 0; i < n; ++i)
            channels.channels.push_back(parseChannel(cursor));
    }
    joint.rotationOrder = orderOf(channels.channels);
    const int index = int(h.joints.size());
    h.channelCount += channels.channels.size();
    h.joints.push_back(std::move(joint));
    h.channels.push_back(std::move(channels));

    for (;;) {
        const std::string_view t = cursor.token();
        if (t == "}")
            return;
        if (t == "JOINT") {
            parseJoint(cursor, h, index, depth + 1);
        } else if (t == "End") {
            cursor.expect("Site");
            cursor.expect("{");
            cursor.expect("OFFSET");
            Joint &j = h.joints[std::size_t(index)];
            j.endSite.x = float(cursor.number("End Site OFFSET x"));
            j.endSite.y = float(cursor.number("End Site OFFSET y"));
            j.endSite.z = float(cursor.number("End Site OFFSET z"));
            j.hasEndSite = true;
            cursor.expect("}");
        } else {
            cursor.fail("expected JOINT, End Site or '}' in joint '" + h.joints[std::size_t(index)].name + "', got "
                        + Cursor::describe(t));
        }
    }
}

/// Per joint, where its values sit in a frame line.
struct JointPlan
{
    std::size_t firstChannel = 0;
    std::vector<Channel> channels;
    int translationSlot = -1;
};

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr double kInversePow10[] = {1e-0,  1e-1,  1e-2,  1e-3,  1e-4,  1e-5,  1e-6,  1e-7,  1e-8, 1e-9,
                                    1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18};

/// Reads the run of decimal digits at p (at most 18 digits matter), 8 bytes at a time: appends
/// them to `mantissa` and returns how many there were. `readable` is where the buffer ends (the
/// bytes up to it may be read; digits stop at the first non-digit, e.g. the line's '\n').
inline __attribute__((always_inline)) int appendDigits(const char *&p, const char *readable, std::uint64_t &mantissa)
{
    int count = 0;
    while (readable - p >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8); // little-endian: the first character is the lowest byte
        // A byte's top bit is set where it is not '0'..'9'; the lowest such byte is exact (no
        // borrow or carry reaches it from the digit bytes below).
        const std::uint64_t nonDigits
            = ((word + 0x4646464646464646ull) | (word - 0x3030303030303030ull)) & 0x8080808080808080ull;
        const int digits = nonDigits ? __builtin_ctzll(nonDigits) >> 3 : 8;
        if (digits == 0)
            return count;
        // Keep the digit bytes, as values 0-9, at the top of the word (zeros before them are
        // leading zeros), then combine eight digits in three multiplications.
        std::uint64_t v = (word - 0x3030303030303030ull) << (8 * (8 - digits));
        v = v * 10 + (v >> 8);
        v = (((v & 0x000000FF000000FFull) * (100 + (1000000ull << 32)))
             + (((v >> 16) & 0x000000FF000000FFull) * (1 + (10000ull << 32))))
            >> 32;
        static constexpr std::uint64_t kScale[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
        if (count + digits <= 18)
            mantissa = mantissa * kScale[digits] + (v & 0xFFFFFFFFull);
        count += digits;
        p += digits;
        if (digits < 8)
            return count;
    }
    for (; p < readable && unsigned(*p - '0') < 10u; ++p, ++count)
        if (count < 18)
            mantissa = mantissa * 10 + std::uint64_t(*p - '0');
    return count;
}

/// Parses a finite number at p, like std::from_chars(p, end, out) (which it falls back to, and
/// whose result it equals), but several times faster on what mocap files hold: plain decimals
/// ("-12.345678") with at most 18 digits, an integer m < 2^53 scaled by 10^-k. Infinities and NaN
/// are errors.
inline __attribute__((always_inline)) std::from_chars_result parseFloat(const char *p, const char *end,
                                                                        const char *readable, float &out)
{
    const char *const start = p;
    const bool negative = p < end && *p == '-';
    if (negative)
        ++p;
    std::uint64_t mantissa = 0;
    int digits = appendDigits(p, readable, mantissa);
    int fractionDigits = 0;
    if (p < end && *p == '.') {
        ++p;
        fractionDigits = appendDigits(p, readable, mantissa);
        digits += fractionDigits;
    }
    const bool exponent = p < end && (*p == 'e' || *p == 'E');
    if (digits == 0 || digits > 18 || p > end || exponent || mantissa > (std::uint64_t(1) << 53)) {
        const std::from_chars_result r = std::from_chars(start, end, out);
        if (r.ec == std::errc() && !std::isfinite(out)) // "inf", "nan", 1e99
            return {start, std::errc::result_out_of_range};
        return r;
    }
    // m · 10^-k in double is within 2 ulp of m / 10^k (10^-k is rounded once, the product once), so
    // rounding it to float gives the correctly rounded float unless it lies within those 2 ulp of
    // a midpoint between two floats (its low 29 bits near 2^28): then divide exactly.
    double value = double(mantissa) * kInversePow10[fractionDigits];
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    constexpr std::uint64_t kHalfFloatUlp = std::uint64_t(1) << 28;
    if (fractionDigits > 0 && (bits & (2 * kHalfFloatUlp - 1)) - (kHalfFloatUlp - 4) <= 8)
        value = double(mantissa) / kPow10[fractionDigits];
    out = float(negative ? -value : value);
    return {p, std::errc()};
}

/// The frames of one stretch of the MOTION section, [begin, end) of the text, starting at line
/// `firstLine` and frame index `firstFrame` (both only for messages).
struct FrameBlock
{
    std::vector<glm::quat> rotations;    // [frames × joints]
    std::vector<glm::vec3> translations; // [frames × translated joints]
    std::size_t frames = 0;
};

void parseFrameLines(std::string_view text, std::size_t begin, std::size_t end, int firstLine, std::size_t firstFrame,
                     const std::vector<JointPlan> &plans, const std::vector<Joint> &joints, std::size_t channelCount,
                     std::size_t translatedCount, std::size_t reserveFrames, const std::string &path, FrameBlock &out)
{
    const char *const data = text.data();
    out.rotations.reserve(reserveFrames * joints.size());
    out.translations.reserve(reserveFrames * translatedCount);
    std::vector<float> values(channelCount);
    std::size_t pos = begin;
    int line = firstLine;
    while (pos < end) {
        // One frame per line; blank lines (e.g. at the end) are skipped.
        const char *lineStart = data + pos;
        const char *lineEnd = static_cast<const char *>(std::memchr(lineStart, '\n', end - pos));
        if (!lineEnd)
            lineEnd = data + end;
        const char *p = lineStart;
        std::size_t n = 0;
        const std::size_t frame = firstFrame + out.frames + 1; // 1-based, for messages
        for (;;) {
            while (p < lineEnd && (*p == ' ' || *p == '\t' || *p == '\r' || *p == ','))
                ++p;
            if (p >= lineEnd)
                break;
            if (n == channelCount) {
                throw MotionFileError(path, "line " + std::to_string(line) + ": frame " + std::to_string(frame)
                                                + " has more than the " + std::to_string(channelCount)
                                                + " values the hierarchy declares");
            }
            if (*p == '+')
                ++p;
            float v = 0.0f;
            const auto [next, ec] = parseFloat(p, lineEnd, data + text.size(), v);
            if (ec != std::errc() || (next < lineEnd && !isSpace(*next) && *next != ',')) {
                const char *tokenEnd = p;
                while (tokenEnd < lineEnd && !isSpace(*tokenEnd))
                    ++tokenEnd;
                throw MotionFileError(path, "line " + std::to_string(line) + ": expected a number, got "
                                                + Cursor::describe(std::string_view(p, std::size_t(tokenEnd - p))));
            }
            values[n++] = v;
            p = next;
        }
        if (n > 0) {
            if (n != channelCount)
                throw MotionFileError(path, "line " + std::to_string(line) + ": frame " + std::to_string(frame)
                                                + " has " + std::to_string(n) + " values, expected "
                                                + std::to_string(channelCount) + " (is the file truncated?)");
            for (std::size_t j = 0; j < joints.size(); ++j) {
                const JointPlan &plan = plans[j];
                glm::quat q(1.0f, 0.0f, 0.0f, 0.0f);
                glm::vec3 t = joints[j].offset;
                for (std::size_t c = 0; c < plan.channels.size(); ++c) {
                    const float v = values[plan.firstChannel + c];
                    switch (plan.channels[c]) {
                    case Channel::Xposition: t.x = v; break;
                    case Channel::Yposition: t.y = v; break;
                    case Channel::Zposition: t.z = v; break;
                    // q · (cos ½θ, sin ½θ · axis), written out for each axis (half the work of
                    // a full quaternion product).
                    case Channel::Xrotation: {
                        const float h = glm::radians(v) * 0.5f, sn = std::sin(h), cs = std::cos(h);
                        q = glm::quat(q.w * cs - q.x * sn, q.w * sn + q.x * cs, q.y * cs + q.z * sn,
                                      q.z * cs - q.y * sn);
                        break;
                    }
                    case Channel::Yrotation: {
                        const float h = glm::radians(v) * 0.5f, sn = std::sin(h), cs = std::cos(h);
                        q = glm::quat(q.w * cs - q.y * sn, q.x * cs - q.z * sn, q.w * sn + q.y * cs,
                                      q.z * cs + q.x * sn);
                        break;
                    }
                    case Channel::Zrotation: {
                        const float h = glm::radians(v) * 0.5f, sn = std::sin(h), cs = std::cos(h);
                        q = glm::quat(q.w * cs - q.z * sn, q.x * cs + q.y * sn, q.y * cs - q.x * sn,
                                      q.w * sn + q.z * cs);
                        break;
                    }
                    }
                }
                out.rotations.push_back(q);
                if (plan.translationSlot >= 0)
                    out.translations.push_back(t);
            }
            ++out.frames;
        }
        pos = std::size_t(lineEnd - data) + 1;
        ++line;
    }
}

} // namespace

bool BvhReader::canRead(std::string_view head) const
{
    std::size_t i = 0;
    if (head.size() >= 3 && std::memcmp(head.data(), "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < head.size() && isSpace(head[i]))
        ++i;
    return head.substr(i, 9) == "HIERARCHY";
}

MotionClip BvhReader::read(const std::string &path, const ReadOptions &) const
{
    const MappedFile file(path);
    return parse(file.bytes(), path);
}

MotionClip BvhReader::parse(std::string_view text, const std::string &path)
{
    if (text.empty())
        throw MotionFileError(path, "the file is empty");
    Cursor cursor(text, path);
    cursor.expect("HIERARCHY");
    Hierarchy h;
    while (cursor.peek() == "ROOT") {
        cursor.token();
        parseJoint(cursor, h, -1, 0);
    }
    if (h.joints.empty())
        cursor.fail("expected ROOT, got " + Cursor::describe(cursor.peek()));
    cursor.expect("MOTION");
    cursor.expect("Frames:");
    const long declaredFrames = cursor.integer("Frames:");
    if (declaredFrames < 0)
        cursor.fail("negative frame count " + std::to_string(declaredFrames));
    cursor.expect("Frame");
    cursor.expect("Time:");
    const double frameTime = cursor.number("Frame Time:");
    if (!(frameTime > 0.0))
        cursor.fail("Frame Time must be positive, got " + std::to_string(frameTime));

    // Layout of a frame line.
    std::vector<JointPlan> plans(h.joints.size());
    std::vector<int> translatedJoints;
    std::size_t column = 0;
    for (std::size_t j = 0; j < h.joints.size(); ++j) {
        plans[j].firstChannel = column;
        plans[j].channels = h.channels[j].channels;
        column += plans[j].channels.size();
        for (Channel c : plans[j].channels)
            if (c <= Channel::Zposition) {
                plans[j].translationSlot = int(translatedJoints.size());
                translatedJoints.push_back(int(j));
                break;
            }
    }
    const std::size_t channelCount = h.channelCount;
    if (channelCount == 0)
        cursor.fail("the hierarchy declares no channels, so there is no motion to read");

    // Move to the first data line.
    cursor.skipSpace();
    const std::size_t dataBegin = cursor.position();
    const int firstLine = cursor.line();
    const std::size_t size = text.size();

    // Never trust the header for allocation: every value takes at least two characters.
    const std::size_t remaining = size - dataBegin;
    const std::size_t maxFrames = remaining / (2 * channelCount) + 1;
    const std::size_t reserveFrames = std::min<std::size_t>(std::size_t(declaredFrames), maxFrames);

    // Frame lines are independent: long takes are parsed in blocks on every core, split at line
    // ends. Line and frame numbers in messages need the blocks before, so when a block fails the
    // whole section is parsed again in one piece, which throws the exact message.
    constexpr std::size_t kMinBlockBytes = std::size_t(1) << 20;
    std::vector<std::size_t> cuts{dataBegin};
    const std::size_t blocks = std::clamp<std::size_t>(remaining / kMinBlockBytes, 1, std::size_t(workerThreads()));
    for (std::size_t b = 1; b < blocks; ++b) {
        const std::size_t guess = dataBegin + remaining * b / blocks;
        const void *newline = std::memchr(text.data() + guess, '\n', size - guess);
        const std::size_t cut = newline ? std::size_t(static_cast<const char *>(newline) - text.data()) + 1 : size;
        if (cut > cuts.back() && cut < size)
            cuts.push_back(cut);
    }
    cuts.push_back(size);
    std::vector<FrameBlock> parts(cuts.size() - 1);
    auto parseAll = [&] {
        parts.assign(1, FrameBlock{});
        parseFrameLines(text, dataBegin, size, firstLine, 0, plans, h.joints, channelCount, translatedJoints.size(),
                        reserveFrames, path, parts[0]);
    };
    if (parts.size() == 1) {
        parseAll();
    } else {
        try {
            parallelFor(parts.size(), 1, [&](std::size_t first, std::size_t last) {
                for (std::size_t b = first; b < last; ++b)
                    parseFrameLines(text, cuts[b], cuts[b + 1], firstLine, 0, plans, h.joints, channelCount,
                                    translatedJoints.size(), reserveFrames * (cuts[b + 1] - cuts[b]) / remaining + 1,
                                    path, parts[b]);
            });
        } catch (const MotionFileError &) {
            parseAll(); // throws again, with the line and frame numbers of the whole file
        }
    }
    std::vector<glm::quat> rotations = std::move(parts[0].rotations);
    std::vector<glm::vec3> translations = std::move(parts[0].translations);
    std::size_t frames = parts[0].frames;
    for (std::size_t b = 1; b < parts.size(); ++b) {
        rotations.insert(rotations.end(), parts[b].rotations.begin(), parts[b].rotations.end());
        translations.insert(translations.end(), parts[b].translations.begin(), parts[b].translations.end());
        frames += parts[b].frames;
    }

    if (frames == 0)
        throw MotionFileError(path, "no frames of motion after the MOTION header");

    MotionClip clip = MotionClip::fromRotations(Skeleton(std::move(h.joints)), 1.0 / frameTime, std::move(rotations),
                                                std::move(translatedJoints), std::move(translations));
    clip.info.sourcePath = path;
    clip.info.format = "BVH";
    if (std::size_t(declaredFrames) != frames)
        clip.info.warnings.push_back("the header says " + std::to_string(declaredFrames) + " frames but the file has "
                                     + std::to_string(frames) + "; using " + std::to_string(frames));
    detectUnitsAndUpAxis(clip);
    return clip;
}

} // namespace gm::motion
