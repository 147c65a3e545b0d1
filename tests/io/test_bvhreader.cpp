// The native BVH reader and writer on every BVH file in the shared data, on edge cases and on
// broken input.

#include "common/gmtest.h"
#include "io/bvhreader.h"
#include "io/bvhwriter.h"
#include "io/fileutil.h"
#include "io/motionreader.h"
#include "motion/units.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <glm/gtc/quaternion.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <random>
#include <sstream>

using namespace gm::motion;

namespace {

QJsonObject parserVectors()
{
    QFile file(gm::test::dataPath(QStringLiteral("bvh/parser-vectors.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

int channelCount(const MotionClip &clip)
{
    // Every joint of these files has three rotation channels; joints with position channels
    // have three more.
    return 3 * clip.jointCount() + 3 * int(clip.translatedJoints().size());
}

// The rotation channel values of a joint at a frame, as Euler angles in its channel order.
glm::vec3 eulerAt(const MotionClip &clip, int frame, const std::string &joint)
{
    const int j = clip.skeleton().indexOf(joint);
    return quatToEuler(clip.skeleton().joint(j).rotationOrder, clip.localRotation(frame, j));
}

float channelValue(const MotionClip &clip, int frame, const std::string &joint, const QString &channel)
{
    const int j = clip.skeleton().indexOf(joint);
    const int axis = channel.at(0).toLatin1() - 'X';
    if (channel.endsWith(QLatin1String("position")))
        return clip.localTranslation(frame, j)[axis];
    const char *order = toString(clip.skeleton().joint(j).rotationOrder);
    const glm::vec3 angles = eulerAt(clip, frame, joint);
    for (int i = 0; i < 3; ++i)
        if (order[i] == 'X' + axis)
            return angles[i];
    return NAN;
}

MotionClip parseText(const std::string &text)
{
    return BvhReader::parse(text, "test.bvh");
}

QString errorOf(const std::string &text)
{
    try {
        parseText(text);
    } catch (const MotionFileError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

const std::string kTwoJoints = "HIERARCHY\n"
                               "ROOT Hips\n{\n  OFFSET 0 0 0\n  CHANNELS 6 Xposition Yposition Zposition Zrotation "
                               "Xrotation Yrotation\n"
                               "  JOINT Chest\n  {\n    OFFSET 0 0 1\n    CHANNELS 3 Zrotation Xrotation Yrotation\n"
                               "    End Site\n    {\n      OFFSET 0 2 0\n    }\n  }\n}\n"
                               "MOTION\nFrames: 2\nFrame Time: 0.05\n"
                               "1 2 3 90 90 0 0 0 0\n"
                               "1 2 3 0 0 0 0 0 0\n";

bool near(const glm::vec3 &a, const glm::vec3 &b, float eps = 1e-4f)
{
    return glm::length(a - b) < eps;
}

} // namespace

class TestBvhReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileOpens_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<int>("joints");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("frames");
        QTest::addColumn<double>("frameTime");
        QTest::addColumn<QString>("root");
        const QJsonObject files
            = parserVectors().value(QStringLiteral("inspected")).toObject().value(QStringLiteral("files")).toObject();
        QVERIFY2(!files.isEmpty(), qPrintable(gm::test::missingDataMessage(QStringLiteral("bvh/parser-vectors.json"))));
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QJsonObject f = it.value().toObject();
            if (it.key().contains(QLatin1Char('*'))) {
                // One entry for a folder: the per-file frame counts are listed inside.
                const QString folder = it.key().section(QLatin1Char('/'), 0, 0);
                const QJsonObject frames = f.value(QStringLiteral("frames")).toObject();
                for (auto fr = frames.begin(); fr != frames.end(); ++fr) {
                    const QString rel = QStringLiteral("bvh/%1/%2.bvh").arg(folder, fr.key());
                    QTest::newRow(qPrintable(rel)) << rel << f.value(QStringLiteral("joints")).toInt()
                                                   << f.value(QStringLiteral("channels")).toInt() << fr.value().toInt()
                                                   << f.value(QStringLiteral("frame_time")).toDouble()
                                                   << f.value(QStringLiteral("root")).toString();
                }
                continue;
            }
            const QString rel = QStringLiteral("bvh/") + it.key();
            QTest::newRow(qPrintable(rel))
                << rel << f.value(QStringLiteral("joints")).toInt() << f.value(QStringLiteral("channels")).toInt()
                << f.value(QStringLiteral("frames")).toInt() << f.value(QStringLiteral("frame_time")).toDouble()
                << f.value(QStringLiteral("root")).toString();
        }
    }

    void everyFileOpens()
    {
        QFETCH(QString, relative);
        QFETCH(int, joints);
        QFETCH(int, channels);
        QFETCH(int, frames);
        QFETCH(double, frameTime);
        QFETCH(QString, root);
        const QString path = gm::test::dataPath(relative);
        QVERIFY2(!path.isEmpty(), qPrintable(gm::test::missingDataMessage(relative)));
        const MotionClip clip = BvhReader().read(path.toStdString());
        QCOMPARE(clip.jointCount(), joints);
        QCOMPARE(channelCount(clip), channels);
        QCOMPARE(clip.frameCount(), frames);
        QVERIFY(clip.info.warnings.empty());
        if (frameTime > 0)
            QVERIFY2(std::abs(1.0 / clip.fps() - frameTime) < 1e-6, qPrintable(QString::number(clip.fps())));
        if (!root.isEmpty())
            QCOMPARE(QString::fromStdString(clip.skeleton().joint(0).name), root);
        QCOMPARE(clip.info.format, std::string("BVH"));
        QCOMPARE(clip.info.upAxis, UpAxis::Y);
        // Once in metres, every take is a person-sized figure that stays in a room-sized area.
        const MotionBounds b = clip.bounds();
        const double height = (b.max.y - b.min.y) * clip.info.metresPerUnit;
        QVERIFY2(height > 0.9 && height < 2.6, qPrintable(QString::number(height)));
    }

    // The upstream bvh-python assertions (20tab/bvh-python tests/test_bvh.py), restated as data.
    void publishedMocapBank()
    {
        GM_REQUIRE_DATA(path, "bvh/misc/test_mocapbank.bvh");
        const QJsonObject v = parserVectors()
                                  .value(QStringLiteral("published"))
                                  .toObject()
                                  .value(QStringLiteral("files"))
                                  .toObject()
                                  .value(QStringLiteral("misc/test_mocapbank.bvh"))
                                  .toObject();
        const MotionClip clip = BvhReader().read(path.toStdString());
        const Skeleton &s = clip.skeleton();
        QCOMPARE(clip.frameCount(), v.value(QStringLiteral("nframes")).toInt());
        QVERIFY(std::abs(1.0 / clip.fps() - v.value(QStringLiteral("frame_time")).toDouble()) < 1e-6);
        QCOMPARE(QString::fromStdString(s.joint(0).name), v.value(QStringLiteral("root")).toString());
        QCOMPARE(s.jointCount() - 1, v.value(QStringLiteral("joint_count_without_root")).toInt());
        QCOMPARE(QString::fromStdString(s.joint(17).name),
                 v.value(QStringLiteral("joint_names_dfs_index_17")).toString());
        const QJsonArray elbow
            = v.value(QStringLiteral("joint_offset")).toObject().value(QStringLiteral("RightElbow")).toArray();
        const glm::vec3 offset = s.joint(s.indexOf("RightElbow")).offset;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(offset[i], float(elbow[i].toDouble()));
        QCOMPARE(s.joint(s.indexOf("LeftElbow")).rotationOrder, RotationOrder::ZXY);
        QCOMPARE(s.joint(s.indexOf("Hips")).rotationOrder, RotationOrder::ZXY);
        QCOMPARE(clip.translatedJoints(), std::vector<int>{0});
        // Hips: Xposition Yposition Zposition Zrotation Xrotation Yrotation, so frame 0's first
        // three values are its position.
        const QJsonArray hipsChannels
            = v.value(QStringLiteral("joint_channels")).toObject().value(QStringLiteral("Hips")).toArray();
        QCOMPARE(hipsChannels.size(), 6);
        QCOMPARE(hipsChannels.at(0).toString(), QStringLiteral("Xposition"));
        {
            const std::string text = readFile(path.toStdString());
            const std::size_t firstFrame = text.find('\n', text.find("Frame Time:")) + 1;
            std::istringstream line(text.substr(firstFrame, text.find('\n', firstFrame) - firstFrame));
            float x = 0, y = 0, z = 0;
            line >> x >> y >> z;
            QVERIFY(near(clip.localTranslation(0, 0), {x, y, z}));
        }
        QCOMPARE(s.parent(s.indexOf("Chest")), 0);
        QCOMPARE(s.parent(s.indexOf("LeftShoulder")), 3);
        std::vector<std::string> hipsChildren;
        for (int c : s.children(0))
            hipsChildren.push_back(s.joint(c).name);
        QCOMPARE(hipsChildren, (std::vector<std::string>{"Chest", "LeftHip", "RightHip"}));
        QCOMPARE(s.joint(s.children(s.indexOf("Chest")).front()).name, std::string("Chest2"));
        QVERIFY(s.children(s.indexOf("RightWrist")).empty());

        for (const QJsonValue &fv : v.value(QStringLiteral("frame_values")).toArray()) {
            const QJsonObject o = fv.toObject();
            const int frame = o.value(QStringLiteral("frame")).toInt();
            const std::string joint = o.value(QStringLiteral("joint")).toString().toStdString();
            QStringList names;
            QList<double> values;
            if (o.contains(QStringLiteral("channel"))) {
                names << o.value(QStringLiteral("channel")).toString();
                values << o.value(QStringLiteral("value")).toDouble();
            } else {
                for (const QJsonValue &c : o.value(QStringLiteral("channels")).toArray())
                    names << c.toString();
                for (const QJsonValue &c : o.value(QStringLiteral("values")).toArray())
                    values << c.toDouble();
            }
            for (int i = 0; i < names.size(); ++i) {
                const float got = channelValue(clip, frame, joint, names[i]);
                QVERIFY2(std::abs(got - values[i]) < 2e-3, qPrintable(QStringLiteral("%1 %2 frame %3: %4 vs %5")
                                                                          .arg(QString::fromStdString(joint), names[i])
                                                                          .arg(frame)
                                                                          .arg(got)
                                                                          .arg(values[i])));
            }
        }
        const QJsonObject sum = v.value(QStringLiteral("sum_over_frames")).toObject();
        double total = 0.0;
        for (int f = 0; f < clip.frameCount(); ++f)
            total += clip.localTranslation(f, 0).x;
        // The published tolerance (1e-4) holds although each value is stored as a float.
        QVERIFY2(std::abs(total - sum.value(QStringLiteral("value")).toDouble())
                     < sum.value(QStringLiteral("tolerance")).toDouble(),
                 qPrintable(QString::number(total, 'f', 6)));
    }

    void publishedMixamo()
    {
        GM_REQUIRE_DATA(path, "bvh/misc/test_freebvh.bvh");
        const MotionClip clip = BvhReader().read(path.toStdString());
        const Skeleton &s = clip.skeleton();
        QCOMPARE(clip.frameCount(), 69);
        QVERIFY(std::abs(1.0 / clip.fps() - 0.0333333) < 1e-9); // frame_time
        QCOMPARE(s.joint(0).name, std::string("mixamorig:Hips"));
        QCOMPARE(s.joint(17).name, std::string("mixamorig:LeftHandThumb2"));
        QCOMPARE(s.joint(22).name, std::string("mixamorig:LeftHandRing1"));
        QCOMPARE(s.joint(30).name, std::string("mixamorig:RightForeArm"));
        QVERIFY(near(s.joint(s.indexOf("mixamorig:Head")).offset, {0.0f, 10.3218f, 3.1424f}));
        QVERIFY(std::abs(clip.localTranslation(22, 0).x - 4.3314f) < 1e-4f);
        QCOMPARE(gm::motion::fileSize(path.toStdString()), std::uint64_t(98838)); // file_length_chars
    }

    void edgeCases()
    {
        // Bandai Namco: every joint has six channels; positions replace offsets.
        GM_REQUIRE_DATA(bandai, "bvh/bandai-namco-nc/dataset-1_walk_normal_001.bvh");
        const MotionClip b = BvhReader().read(bandai.toStdString());
        QCOMPARE(int(b.translatedJoints().size()), b.jointCount());
        QCOMPARE(b.info.metresPerUnit, 0.01);
        // Non-zero root OFFSET: position channels replace it (the root is where the channels say).
        GM_REQUIRE_DATA(meredith, "bvh/misc/AV_8Walk_Meredith_HVHA_Rep1.bvh");
        const MotionClip m = BvhReader().read(meredith.toStdString());
        QVERIFY(near(m.skeleton().joint(0).offset, {11.2666f, 35.4190f, -54.3259f}));
        QVERIFY(near(m.globalPosition(0, 0), m.localTranslation(0, 0)));
        QCOMPARE(m.skeleton().joint(0).rotationOrder, RotationOrder::XYZ);
        // CMU: end sites, and the CMU unit.
        GM_REQUIRE_DATA(cmu, "bvh/cmu/01_01.bvh");
        const MotionClip c = BvhReader().read(cmu.toStdString());
        QCOMPARE(c.skeleton().joint(0).rotationOrder, RotationOrder::ZYX);
        QVERIFY(c.skeleton().joint(c.skeleton().indexOf("Head")).hasEndSite);
        QCOMPARE(guessLengthUnit(measureFigure(c).height).name, "CMU");
    }

    // Rotation channels compose in file order (R = Rz·Rx for "Zrotation Xrotation").
    // Each rotation channel order, through the parser, against rotations built axis by axis:
    // R = R(first channel) · R(second) · R(third).
    void channelOrders_data()
    {
        QTest::addColumn<QString>("order");
        for (const char *o : {"XYZ", "XZY", "YXZ", "YZX", "ZXY", "ZYX"})
            QTest::newRow(o) << QString::fromLatin1(o);
    }

    void channelOrders()
    {
        QFETCH(QString, order);
        const float angles[3] = {30.0f, -50.0f, 75.0f};
        std::string channels;
        for (QChar axis : order)
            channels += std::string(" ") + char(axis.toLatin1()) + "rotation";
        const std::string text
            = "HIERARCHY\nROOT a\n{\n OFFSET 0 0 0\n CHANNELS 3" + channels
              + "\n JOINT b\n {\n  OFFSET 0 10 0\n  CHANNELS 3" + channels
              + "\n  End Site\n  {\n   OFFSET 0 5 0\n  }\n }\n}\nMOTION\nFrames: 1\nFrame Time: 0.1\n"
                "30 -50 75 0 0 0\n";
        const MotionClip clip = parseText(text);
        glm::quat expected(1.0f, 0.0f, 0.0f, 0.0f);
        for (int i = 0; i < 3; ++i) {
            glm::vec3 axis(0.0f);
            axis[order.at(i).toLatin1() - 'X'] = 1.0f;
            expected = expected * glm::angleAxis(glm::radians(angles[i]), axis);
        }
        const glm::quat got = clip.localRotation(0, 0);
        QVERIFY2(std::abs(std::abs(glm::dot(got, expected)) - 1.0f) < 1e-6f, qPrintable(order));
        QCOMPARE(QString::fromLatin1(toString(clip.skeleton().joint(0).rotationOrder)), order);
        QVERIFY(near(clip.globalPosition(0, 1), expected * glm::vec3(0.0f, 10.0f, 0.0f)));
    }

    // The reader's fast decimal path gives exactly std::from_chars's float for every number, on
    // random decimals of every length and on hard cases (float midpoints, exponents, signs).
    void numbersMatchFromChars()
    {
        std::vector<std::string> numbers = {"0",
                                            "-0",
                                            "+3",
                                            ".5",
                                            "5.",
                                            "1e5",
                                            "1.5E-3",
                                            "16777217",
                                            "16777217.0",
                                            "16777219.0",
                                            "0.1",
                                            "-123456.789012345678",
                                            "0.000000001",
                                            "3.4028234e38",
                                            "9007199254740993",
                                            "1234567890123456789"};
        std::mt19937_64 random(42);
        for (int i = 0; i < 30000; ++i) {
            const int intDigits = int(random() % 8);
            const int fractionDigits = int(random() % 12);
            std::string n = random() % 2 ? "-" : "";
            for (int d = 0; d < intDigits; ++d)
                n += char('0' + random() % 10);
            if (fractionDigits > 0 || intDigits == 0) {
                n += '.';
                for (int d = 0; d < std::max(fractionDigits, 1); ++d)
                    n += char('0' + random() % 10);
            }
            numbers.push_back(n);
        }
        while (numbers.size() % 3)
            numbers.push_back("1");
        std::string text = "HIERARCHY\nROOT r\n{\n OFFSET 0 0 0\n CHANNELS 3 Xposition Yposition Zposition\n"
                           " End Site\n {\n  OFFSET 0 1 0\n }\n}\nMOTION\nFrames: "
                           + std::to_string(numbers.size() / 3) + "\nFrame Time: 0.1\n";
        for (std::size_t i = 0; i < numbers.size(); i += 3)
            text += numbers[i] + ' ' + numbers[i + 1] + '\t' + numbers[i + 2] + "\n";
        const MotionClip clip = parseText(text);
        QCOMPARE(std::size_t(clip.frameCount()), numbers.size() / 3);
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            const std::string &n = numbers[i];
            float expected = 0.0f;
            const char *first = n.data() + (n[0] == '+' ? 1 : 0);
            const auto result = std::from_chars(first, n.data() + n.size(), expected);
            QVERIFY2(result.ec == std::errc(), n.c_str());
            const float got = clip.localTranslation(int(i / 3), 0)[int(i % 3)];
            QVERIFY2(std::memcmp(&got, &expected, sizeof got) == 0, qPrintable(QStringLiteral("%1: %2 vs %3")
                                                                                   .arg(QString::fromStdString(n))
                                                                                   .arg(double(got), 0, 'g', 10)
                                                                                   .arg(double(expected), 0, 'g', 10)));
        }
        // Out of float range or not finite: errors, not infinities.
        for (const char *bad : {"1e39", "inf", "nan", "-infinity"}) {
            std::string t
                = text.substr(0, text.find("MOTION")) + "MOTION\nFrames: 1\nFrame Time: 0.1\n0 " + bad + " 0\n";
            QVERIFY2(errorOf(t).contains(QStringLiteral("expected a number, got '%1'").arg(QLatin1String(bad))), bad);
        }
    }

    // Position channels in any order and after the rotations; several roots.
    void positionChannelsAndSeveralRoots()
    {
        const std::string text
            = "HIERARCHY\n"
              "ROOT a\n{\n OFFSET 1 1 1\n CHANNELS 6 Zrotation Zposition Xposition Yrotation Yposition "
              "Xrotation\n End Site\n {\n  OFFSET 0 1 0\n }\n}\n"
              "ROOT b\n{\n OFFSET 5 0 0\n CHANNELS 3 Xrotation Yrotation Zrotation\n"
              " End Site\n {\n  OFFSET 0 1 0\n }\n}\n"
              "MOTION\nFrames: 1\nFrame Time: 0.1\n"
              "0 3 1 0 2 0 0 0 90\n";
        const MotionClip clip = parseText(text);
        QCOMPARE(clip.jointCount(), 2);
        QCOMPARE(clip.skeleton().parent(1), -1);
        QVERIFY(near(clip.localTranslation(0, 0), {1.0f, 2.0f, 3.0f}));
        QVERIFY(near(clip.globalPosition(0, 0), {1.0f, 2.0f, 3.0f}));
        QVERIFY(near(clip.globalPosition(0, 1), {5.0f, 0.0f, 0.0f}));
        QVERIFY(near(clip.globalOrientation(0, 1) * glm::vec3(0, 1, 0), {-1.0f, 0.0f, 0.0f}));
    }

    // Long takes are parsed in blocks on several threads: every frame equals what the same line
    // gives alone, and an error far into the file names its line in the whole file.
    void longTakesParseInBlocks()
    {
        GM_REQUIRE_DATA(path, "bvh/cmu/01_03.bvh");
        const std::string text = readFile(path.toStdString());
        const MotionClip clip = BvhReader::parse(text, "long.bvh");
        QCOMPARE(clip.frameCount(), 4511);
        const std::size_t dataAt = text.find('\n', text.find("Frame Time:")) + 1;
        std::vector<std::size_t> lineStarts;
        for (std::size_t p = dataAt; p < text.size(); p = text.find('\n', p) + 1) {
            if (text.find_first_not_of(" \t\r\n", p) == std::string::npos)
                break;
            lineStarts.push_back(p);
        }
        QCOMPARE(lineStarts.size(), std::size_t(4511));
        const std::string header = text.substr(0, dataAt);
        for (int f : {0, 1, 1500, 2254, 2255, 2256, 3000, 4509, 4510}) {
            const std::size_t start = lineStarts[std::size_t(f)];
            const std::string one = header + text.substr(start, text.find('\n', start) + 1 - start);
            const MotionClip single = BvhReader::parse(one, "one.bvh");
            for (int j = 0; j < clip.jointCount(); ++j)
                QVERIFY2(clip.globalPosition(f, j) == single.globalPosition(0, j), qPrintable(QString::number(f)));
        }
        // A bad value on frame 4000.
        std::string broken = text;
        const std::size_t at = lineStarts[3999];
        broken.replace(at, broken.find(' ', at) - at, "oops");
        const int line = 1 + int(std::count(text.begin(), text.begin() + std::ptrdiff_t(at), '\n'));
        const QString error = errorOf(broken);
        QVERIFY2(error.contains(QStringLiteral("line %1: expected a number, got 'oops'").arg(line)), qPrintable(error));
        // A short line there.
        broken = text;
        broken.replace(at, broken.find('\n', at) - at, "1 2 3");
        const QString shortError = errorOf(broken);
        QVERIFY2(shortError.contains(QStringLiteral("line %1: frame 4000 has 3 values, expected 96").arg(line)),
                 qPrintable(shortError));
    }

    void forwardKinematics()
    {
        const MotionClip clip = parseText(kTwoJoints);
        QCOMPARE(clip.frameCount(), 2);
        QCOMPARE(clip.fps(), 20.0);
        QVERIFY(near(clip.globalPosition(0, 0), {1, 2, 3}));
        // Rx(90)·(0,0,1) = (0,-1,0); then Rz(90)·(0,-1,0) = (1,0,0).
        QVERIFY(near(clip.globalPosition(0, 1), glm::vec3(1, 2, 3) + glm::vec3(1, 0, 0)));
        QVERIFY(near(clip.globalPosition(1, 1), {1, 2, 4}));
        QVERIFY(clip.skeleton().joint(1).hasEndSite);
        QVERIFY(near(clip.skeleton().joint(1).endSite, {0, 2, 0}));
    }

    void whitespaceVariants()
    {
        std::string crlf;
        for (char ch : kTwoJoints) {
            if (ch == '\n')
                crlf += '\r';
            crlf += ch;
        }
        std::string tabs = kTwoJoints;
        for (char &ch : tabs)
            if (ch == ' ')
                ch = '\t';
        const MotionClip reference = parseText(kTwoJoints);
        for (const std::string &text : {crlf, tabs, "\xEF\xBB\xBF" + kTwoJoints}) {
            const MotionClip clip = parseText(text);
            QCOMPARE(clip.frameCount(), 2);
            QVERIFY(near(clip.globalPosition(0, 1), reference.globalPosition(0, 1)));
        }
        QVERIFY(BvhReader().canRead("\r\n  HIERARCHY\r\n"));
        QVERIFY(!BvhReader().canRead("Kaydara FBX Binary"));
    }

    // The header's frame count disagreeing with the data: warn and use the data.
    void frameCountMismatch_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::newRow("more") << "5";
        QTest::newRow("fewer") << "1";
        QTest::newRow("absurd") << "1000000000";
    }

    void frameCountMismatch()
    {
        QFETCH(QString, declared);
        std::string text = kTwoJoints;
        text.replace(text.find("Frames: 2"), 9, "Frames: " + declared.toStdString());
        const MotionClip clip = parseText(text);
        QCOMPARE(clip.frameCount(), 2);
        QCOMPARE(clip.info.warnings.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(clip.info.warnings[0]).contains(QStringLiteral("the file has 2")));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString good = QString::fromStdString(kTwoJoints);
        QTest::newRow("empty") << ""
                               << "test.bvh: the file is empty";
        QTest::newRow("not bvh") << "hello world"
                                 << "line 1: expected 'HIERARCHY', got 'hello'";
        QTest::newRow("no root") << "HIERARCHY\nMOTION\n"
                                 << "expected ROOT, got 'MOTION'";
        QTest::newRow("cut in hierarchy") << good.left(60) << "(";
        QTest::newRow("bad offset") << QString(good).replace(QStringLiteral("OFFSET 0 0 1"),
                                                             QStringLiteral("OFFSET 0 x 1"))
                                    << "line 8: expected a number for OFFSET y, got 'x'";
        QTest::newRow("unknown channel") << QString(good).replace(
            QStringLiteral("Zrotation Xrotation Yrotation\n    End"),
            QStringLiteral("Zrotation Xrotation Wrotation\n    End"))
                                         << "unknown channel 'Wrotation'";
        QTest::newRow("seven channels") << QString(good).replace(QStringLiteral("CHANNELS 3"),
                                                                 QStringLiteral("CHANNELS 7"))
                                        << "declares 7 channels (expected 0 to 6)";
        QTest::newRow("negative frames") << QString(good).replace(QStringLiteral("Frames: 2"),
                                                                  QStringLiteral("Frames: -2"))
                                         << "negative frame count -2";
        QTest::newRow("zero frame time") << QString(good).replace(QStringLiteral("Frame Time: 0.05"),
                                                                  QStringLiteral("Frame Time: 0"))
                                         << "Frame Time must be positive";
        QTest::newRow("bad value") << QString(good).replace(QStringLiteral("1 2 3 0 0 0"),
                                                            QStringLiteral("1 2 3 0 abc 0"))
                                   << "line 20: expected a number, got 'abc'";
        QTest::newRow("nan value") << QString(good).replace(QStringLiteral("1 2 3 0 0 0"),
                                                            QStringLiteral("1 2 3 0 nan 0"))
                                   << "line 20: expected a number, got 'nan'";
        QTest::newRow("short last line") << good.left(good.size() - 6)
                                         << "line 20: frame 2 has 6 values, expected 9 (is the file truncated?)";
        QTest::newRow("long line") << QString(good).replace(QStringLiteral("1 2 3 0 0 0 0 0 0\n"),
                                                            QStringLiteral("1 2 3 0 0 0 0 0 0 7\n"))
                                   << "more than the 9 values";
        QTest::newRow("no frames") << good.left(good.indexOf(QStringLiteral("1 2 3 90"))) << "no frames of motion";
        QTest::newRow("duplicate joint") << QString(good).replace(QStringLiteral("JOINT Chest"),
                                                                  QStringLiteral("JOINT Hips"))
                                         << "joint name 'Hips' is used twice";
        QTest::newRow("missing brace") << QString(good).replace(QStringLiteral("  JOINT Chest\n  {"),
                                                                QStringLiteral("  JOINT Chest\n"))
                                       << "expected '{', got 'OFFSET'";
        QString deep = QStringLiteral("HIERARCHY\nROOT r\n{\nOFFSET 0 0 0\nCHANNELS 3 Xrotation Yrotation Zrotation\n");
        for (int i = 0; i < 300; ++i)
            deep += QStringLiteral("JOINT j%1\n{\nOFFSET 0 0 0\n").arg(i);
        QTest::newRow("too deep") << deep << "nested more than 256 deep";
    }

    void badInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const QString error = errorOf(text.toStdString());
        QVERIFY2(error.startsWith(QStringLiteral("test.bvh: ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // Every truncation of a real file fails cleanly or parses (cut at a line end), never crashes.
    void everyTruncationIsHandled()
    {
        GM_REQUIRE_DATA(path, "bvh/misc/test_mocapbank.bvh");
        const std::string text = readFile(path.toStdString());
        const std::size_t motion = text.find("MOTION");
        for (std::size_t cut = 0; cut < motion + 2000; cut += 7) {
            try {
                const MotionClip clip = BvhReader::parse(std::string_view(text).substr(0, cut), "cut.bvh");
                QVERIFY(clip.frameCount() > 0);
            } catch (const MotionFileError &e) {
                QVERIFY(std::string(e.what()).rfind("cut.bvh: ", 0) == 0);
            }
        }
    }

    void missingFile()
    {
        try {
            BvhReader().read("/nonexistent/walk.bvh");
            QFAIL("no error");
        } catch (const MotionFileError &e) {
            QCOMPARE(QString::fromStdString(e.what()), QStringLiteral("/nonexistent/walk.bvh: no such file"));
        }
    }

    // Write then read gives the same global joint positions within 1e-4 m.
    void writeReadRoundTrip_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("CMU, ZYX") << "bvh/cmu/131_03.bvh";
        QTest::newRow("MocapBank, ZXY") << "bvh/misc/test_mocapbank.bvh";
        QTest::newRow("Meredith, XYZ, root offset") << "bvh/misc/AV_8Walk_Meredith_HVHA_Rep1.bvh";
        QTest::newRow("Bandai, 6 channels") << "bvh/bandai-namco-nc/dataset-2_wave-right-hand_normal_001.bvh";
        QTest::newRow("Mixamo") << "bvh/misc/test_freebvh.bvh";
    }

    void writeReadRoundTrip()
    {
        QFETCH(QString, relative);
        const QString path = gm::test::dataPath(relative);
        QVERIFY2(!path.isEmpty(), qPrintable(gm::test::missingDataMessage(relative)));
        const MotionClip original = BvhReader().read(path.toStdString());
        QTemporaryDir dir;
        const std::string out = dir.filePath(QStringLiteral("out.bvh")).toStdString();
        writeBvh(original, out);
        const MotionClip again = BvhReader().read(out);
        QCOMPARE(again.frameCount(), original.frameCount());
        QCOMPARE(again.jointCount(), original.jointCount());
        QVERIFY(std::abs(again.fps() - original.fps()) < 1e-6);
        QCOMPARE(again.skeleton().names(), original.skeleton().names());
        double worst = 0.0;
        for (int f = 0; f < original.frameCount(); ++f)
            for (int j = 0; j < original.jointCount(); ++j)
                worst
                    = std::max(worst, double(glm::length(again.globalPosition(f, j) - original.globalPosition(f, j))));
        QVERIFY2(worst * original.info.metresPerUnit < 1e-4,
                 qPrintable(QString::number(worst * original.info.metresPerUnit)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left behind
    }

    // Clips from the other readers (skeletons not in BVH's depth-first order, positions-only
    // clips, scaled Assimp rigs) written as BVH read back with the same global joint positions,
    // matched by name, within 1e-4 m.
    void otherFormatsWriteToBvh_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("FBX") << gm::test::dataPath(QStringLiteral("fbx/cmu/09_11_cmu.fbx"));
        QTest::newRow("GLB") << gm::test::dataPath(QStringLiteral("gltf/CesiumMan.glb"));
        QTest::newRow("HumanML3D joints") << gm::test::dataPath(QStringLiteral("humanml3d/new_joints/012314.npy"));
        QTest::newRow("AMASS") << QStringLiteral(GM_FIXTURES_DIR "/amass_smplh.npz");
    }

    void otherFormatsWriteToBvh()
    {
        QFETCH(QString, path);
        QVERIFY2(!path.isEmpty() && QFile::exists(path), "test file missing");
        const MotionClip original = FormatRegistry::builtin().read(path.toStdString());
        QTemporaryDir dir;
        const std::string out = dir.filePath(QStringLiteral("out.bvh")).toStdString();
        writeBvh(original, out);
        const MotionClip again = BvhReader().read(out);
        QCOMPARE(again.frameCount(), original.frameCount());
        QCOMPARE(again.jointCount(), original.jointCount());
        double worst = 0.0;
        for (int j = 0; j < original.jointCount(); ++j) {
            const int k = again.skeleton().indexOf(original.skeleton().joint(j).name);
            QVERIFY2(k >= 0, original.skeleton().joint(j).name.c_str());
            for (int f = 0; f < original.frameCount(); ++f)
                worst
                    = std::max(worst, double(glm::length(again.globalPosition(f, k) - original.globalPosition(f, j))));
        }
        QVERIFY2(worst * original.info.metresPerUnit < 1e-4,
                 qPrintable(QString::number(worst * original.info.metresPerUnit)));
    }

    void positionsOnlyClipsWriteExactly()
    {
        Skeleton skeleton({{"root", -1, {}}, {"a", 0, {0, 1, 0}}, {"b", 0, {1, 0, 0}}, {"c", 1, {0, 1, 0}}});
        std::vector<glm::vec3> positions;
        for (int f = 0; f < 4; ++f)
            positions.insert(
                positions.end(),
                {{f * 0.1f, 1.0f, 0.0f}, {f * 0.1f, 1.5f, 0.2f}, {0.3f, 1.0f, f * 0.05f}, {0.0f, 2.0f, 0.0f}});
        const MotionClip clip = MotionClip::fromPositions(skeleton, 20.0, positions);
        const MotionClip again = BvhReader::parse(toBvh(clip), "p.bvh");
        for (int f = 0; f < 4; ++f)
            for (int j = 0; j < 4; ++j) {
                const int k = again.skeleton().indexOf(skeleton.joint(j).name);
                QVERIFY(near(again.globalPosition(f, k), clip.globalPosition(f, j), 1e-6f));
            }
    }
};

QTEST_GUILESS_MAIN(TestBvhReader)
#include "test_bvhreader.moc"
