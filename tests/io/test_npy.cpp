// NumPy .npy / .npz reading and writing: real HumanML3D arrays, numpy-made archives (stored and
// deflated), round trips, and broken or forged input.

#include "common/gmtest.h"
#include "io/fileutil.h"
#include "io/motionreader.h"
#include "io/npy.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstring>

using namespace gm::motion;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(GM_FIXTURES_DIR "/") + QLatin1String(name);
}

// A .npy file with this header text and data, the header length field filled in (no padding).
QByteArray makeNpy(const QByteArray &header, const QByteArray &data, int major = 1)
{
    QByteArray bytes("\x93NUMPY", 6);
    bytes += char(major);
    bytes += char(0);
    const int length = int(header.size());
    bytes += char(length & 0xFF);
    bytes += char((length >> 8) & 0xFF);
    if (major != 1) {
        bytes += char((length >> 16) & 0xFF);
        bytes += char((length >> 24) & 0xFF);
    }
    return bytes + header + data;
}

QByteArray header(const char *descr, const char *shape, const char *fortran = "False")
{
    return QByteArray("{'descr': '") + descr + "', 'fortran_order': " + fortran + ", 'shape': " + shape + ", }\n";
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

template<typename Read>
QString errorOf(Read read)
{
    try {
        read();
    } catch (const MotionFileError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

NpyArray stringArray(NpyType type, std::size_t chars, std::vector<std::size_t> shape, const std::string &data)
{
    NpyArray a;
    a.type = type;
    a.itemSize = type == NpyType::Unicode ? 4 * chars : chars;
    a.shape = std::move(shape);
    a.data = data;
    return a;
}

std::string ucs4(const std::u32string &text, std::size_t chars)
{
    std::u32string padded = text;
    padded.resize(chars, U'\0');
    return std::string(reinterpret_cast<const char *>(padded.data()), padded.size() * 4);
}

bool sameArray(const NpyArray &a, const NpyArray &b)
{
    return a.type == b.type && a.itemSize == b.itemSize && a.shape == b.shape && a.data == b.data;
}

// What the numpy fixtures (tests/data/make_fixtures.py) hold.
void checkFixtureArrays(const std::map<std::string, NpyArray> &arrays)
{
    QCOMPARE(arrays.size(), std::size_t(9));

    const NpyArray &f32 = arrays.at("f32");
    QCOMPARE(f32.describe(), std::string("float32 [2, 3]"));
    QCOMPARE(f32.toFloat32(), (std::vector<float>{1.5f, -2.0f, 3.25f, 0.0f, 1e-3f, -7.0f}));

    const NpyArray &scalar = arrays.at("f64_scalar");
    QCOMPARE(scalar.describe(), std::string("float64 []"));
    QCOMPARE(scalar.elementCount(), std::size_t(1));
    QCOMPARE(scalar.toFloat64(), std::vector<double>{60.0});

    QCOMPARE(arrays.at("i64").describe(), std::string("int64 [4]"));
    QCOMPARE(arrays.at("i64").toInt64(), (std::vector<std::int64_t>{-1, 0, std::int64_t(1) << 40, 7}));
    QCOMPARE(arrays.at("i32").describe(), std::string("int32 [2, 2]"));
    QCOMPARE(arrays.at("i32").toInt64(), (std::vector<std::int64_t>{1, -2, 3, -4}));
    QCOMPARE(arrays.at("u8").describe(), std::string("uint8 [3]"));
    QCOMPARE(arrays.at("u8").toFloat64(), (std::vector<double>{0, 128, 255}));
    QCOMPARE(arrays.at("flags").describe(), std::string("bool [3]"));
    QCOMPARE(arrays.at("flags").toInt64(), (std::vector<std::int64_t>{1, 0, 1}));

    const NpyArray &gender = arrays.at("gender");
    QCOMPARE(gender.describe(), std::string("S6 []"));
    QCOMPARE(gender.toString(), std::string("female"));
    const NpyArray &name = arrays.at("name");
    QCOMPARE(name.describe(), std::string("U5 []"));
    QCOMPARE(name.itemSize, std::size_t(20));
    QCOMPARE(name.toString(), std::string("h\xc3\xa9llo"));

    const NpyArray &empty = arrays.at("empty");
    QCOMPARE(empty.describe(), std::string("float64 [0, 3]"));
    QCOMPARE(empty.elementCount(), std::size_t(0));
    QVERIFY(empty.toFloat64().empty());
}

} // namespace

class TestNpy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Real HumanML3D arrays; expected values printed with numpy.
    void realFiles_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("description");
        QTest::addColumn<qulonglong>("index");
        QTest::addColumn<double>("value");
        const QString joints = QStringLiteral("humanml3d/new_joints/012314.npy");
        const QString vecs = QStringLiteral("humanml3d/new_joint_vecs/012314.npy");
        const QString mean = QStringLiteral("humanml3d/Mean.npy");
        const QString stdev = QStringLiteral("humanml3d/Std.npy");
        const QString evalMean = QStringLiteral("humanml3d/t2m_evaluator_meta/mean.npy");
        const QString j = QStringLiteral("float32 [170, 22, 3]");
        QTest::newRow("joints[0,0,0]") << joints << j << 0ull << 0.0;
        QTest::newRow("joints[0,0,1]") << joints << j << 1ull << 0.8369992971420288;
        QTest::newRow("joints[169,21,0]") << joints << j << qulonglong(169 * 66 + 63) << 0.07922254502773285;
        QTest::newRow("joints[169,21,2]") << joints << j << qulonglong(169 * 66 + 65) << 0.3263799548149109;
        QTest::newRow("joints[85,15,1]") << joints << j << qulonglong(85 * 66 + 46) << 1.4938971996307373;
        const QString v = QStringLiteral("float32 [170, 263]");
        QTest::newRow("vecs[0,0]") << vecs << v << 0ull << 0.10637325793504715;
        QTest::newRow("vecs[0,3]") << vecs << v << 3ull << 0.8369992971420288;
        QTest::newRow("vecs[169,262]") << vecs << v << qulonglong(169 * 263 + 262) << 1.0;
        QTest::newRow("Mean[0]") << mean << QStringLiteral("float32 [263]") << 0ull << -5.652456366078695e-06;
        QTest::newRow("Mean[262]") << mean << QStringLiteral("float32 [263]") << 262ull << 0.8610690236091614;
        QTest::newRow("Std[0]") << stdev << QStringLiteral("float32 [263]") << 0ull << 0.012825564481317997;
        QTest::newRow("Std[262]") << stdev << QStringLiteral("float32 [263]") << 262ull << 0.35593265295028687;
        QTest::newRow("eval mean[1]") << evalMean << QStringLiteral("float64 [263]") << 1ull << -2.4059417590025006e-05;
        QTest::newRow("eval mean[262]") << evalMean << QStringLiteral("float64 [263]") << 262ull << 0.8610649653955708;
    }

    void realFiles()
    {
        QFETCH(QString, relative);
        QFETCH(QString, description);
        QFETCH(qulonglong, index);
        QFETCH(double, value);
        const QString path = gm::test::dataPath(relative);
        QVERIFY2(!path.isEmpty(), qPrintable(gm::test::missingDataMessage(relative)));
        const NpyArray array = readNpy(path.toStdString());
        QCOMPARE(QString::fromStdString(array.describe()), description);
        const std::vector<double> values = array.toFloat64();
        QCOMPARE(values.size(), array.elementCount());
        QCOMPARE(values.at(std::size_t(index)), value); // float32 → double is exact
        if (array.type == NpyType::Float32)
            QCOMPARE(array.toFloat32().at(std::size_t(index)), float(value));
    }

    // Our writer produces numpy's exact bytes: reading and re-serialising reproduces the files.
    void realFilesReserialiseByteIdentical_data()
    {
        QTest::addColumn<QString>("relative");
        for (const char *f : {"humanml3d/new_joints/012314.npy", "humanml3d/new_joint_vecs/012314.npy",
                              "humanml3d/Mean.npy", "humanml3d/Std.npy", "humanml3d/t2m_evaluator_meta/mean.npy"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void realFilesReserialiseByteIdentical()
    {
        QFETCH(QString, relative);
        const QString path = gm::test::dataPath(relative);
        QVERIFY2(!path.isEmpty(), qPrintable(gm::test::missingDataMessage(relative)));
        const std::string bytes = readFile(path.toStdString());
        QVERIFY(serializeNpy(parseNpy(bytes, "x")) == bytes);
    }

    void numpyHeaderLayout()
    {
        // np.save(f, np.float64(3.5)): a 128-byte header, format 1.0.
        const std::string bytes = serializeNpy(NpyArray::fromFloat64({}, {3.5}));
        const std::string head = "{'descr': '<f8', 'fortran_order': False, 'shape': (), }";
        QCOMPARE(bytes.size(), std::size_t(128 + 8));
        QCOMPARE(bytes.substr(0, 10), std::string("\x93NUMPY\x01\x00\x76\x00", 10));
        QCOMPARE(bytes.substr(10, head.size()), head);
        QCOMPARE(bytes.substr(10 + head.size(), 128 - 11 - head.size()), std::string(128 - 11 - head.size(), ' '));
        QCOMPARE(bytes[127], '\n');
        double value = 0;
        std::memcpy(&value, bytes.data() + 128, 8);
        QCOMPARE(value, 3.5);
    }

    void npzFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("np.savez (stored)") << fixture("npz_stored.npz");
        QTest::newRow("np.savez_compressed (deflated)") << fixture("npz_compressed.npz");
    }

    void npzFixtures()
    {
        QFETCH(QString, file);
        const auto arrays = readNpz(file.toStdString());
        checkFixtureArrays(arrays);
        if (QTest::currentTestFailed())
            return;

        // Only the asked-for members; unknown keys are simply absent.
        const auto some = readNpz(file.toStdString(), {"gender", "f64_scalar", "nope"});
        QCOMPARE(some.size(), std::size_t(2));
        QVERIFY(sameArray(some.at("gender"), arrays.at("gender")));
    }

    void npyRoundTrip_data()
    {
        QTest::addColumn<int>("which");
        const char *names[] = {"float32 [2, 3]",
                               "float64 scalar",
                               "int64 [3]",
                               "int32 [1, 2, 1, 2]",
                               "uint8 [4]",
                               "bool [2]",
                               "bytes [2]",
                               "unicode scalar",
                               "empty [0, 5]",
                               "empty [3, 0, 2]",
                               "[25000 × 1] (format 2.0)"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }

    void npyRoundTrip()
    {
        QFETCH(int, which);
        NpyArray a;
        switch (which) {
        case 0: a = NpyArray::fromFloat32({2, 3}, {1, 2, 3, 4, 5, -6.5f}); break;
        case 1: a = NpyArray::fromFloat64({}, {-0.125}); break;
        case 2: a = NpyArray::fromInt64({3}, {-5, 0, std::int64_t(1) << 62}); break;
        case 3:
            a.type = NpyType::Int32;
            a.itemSize = 4;
            a.shape = {1, 2, 1, 2};
            a.data = std::string("\x01\0\0\0\xff\xff\xff\xff\x02\0\0\0\x03\0\0\0", 16);
            break;
        case 4:
            a.type = NpyType::UInt8;
            a.itemSize = 1;
            a.shape = {4};
            a.data = std::string("\x00\x7f\x80\xff", 4);
            break;
        case 5:
            a.type = NpyType::Bool;
            a.itemSize = 1;
            a.shape = {2};
            a.data = std::string("\x01\x00", 2);
            break;
        case 6: a = stringArray(NpyType::Bytes, 3, {2}, std::string("ab\0xyz", 6)); break;
        case 7: a = stringArray(NpyType::Unicode, 4, {}, ucs4(U"\u00e9t\u00e9", 4)); break;
        case 8: a = NpyArray::fromFloat64({0, 5}, {}); break;
        case 9: a = NpyArray::fromFloat32({3, 0, 2}, {}); break;
        case 10: a = NpyArray::fromFloat64(std::vector<std::size_t>(25000, 1), {42.0}); break;
        }
        const std::string bytes = serializeNpy(a);
        const std::size_t dataOffset = bytes.size() - a.data.size();
        QCOMPARE(dataOffset % 64, std::size_t(0));
        QCOMPARE(int(bytes[6]), which == 10 ? 2 : 1);
        QVERIFY(sameArray(parseNpy(bytes, "mem"), a));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("a.npy")).toStdString();
        writeNpy(path, a);
        QVERIFY(readFile(path) == bytes);
        QVERIFY(sameArray(readNpy(path), a));
        if (which == 7)
            QCOMPARE(readNpy(path).toString(), std::string("\xc3\xa9t\xc3\xa9"));
    }

    void formatVersion3()
    {
        // Format 3.0 differs from 2.0 only in the header's encoding (UTF-8).
        const QByteArray bytes = makeNpy(header("<f4", "(2,)"), QByteArray("\0\0\x80?\0\0\0@", 8), 3);
        const NpyArray a = parseNpy(std::string_view(bytes.constData(), std::size_t(bytes.size())), "v3");
        QCOMPARE(a.toFloat32(), (std::vector<float>{1.0f, 2.0f}));
        // '=' (native) and '|' byte-order marks.
        const QByteArray native = makeNpy(header("=i8", "()"), QByteArray("\x07\0\0\0\0\0\0\0", 8));
        QCOMPARE(parseNpy(std::string_view(native.constData(), std::size_t(native.size())), "n").toInt64(),
                 std::vector<std::int64_t>{7});
    }

    void npzRoundTrip_data()
    {
        QTest::addColumn<bool>("compress");
        QTest::newRow("stored") << false;
        QTest::newRow("deflated") << true;
    }

    void npzRoundTrip()
    {
        QFETCH(bool, compress);
        auto arrays = readNpz(fixture("npz_stored.npz").toStdString());
        std::vector<double> big(3000);
        for (std::size_t i = 0; i < big.size(); ++i)
            big[i] = double(i % 7);
        arrays["big"] = NpyArray::fromFloat64({1000, 3}, big);
        arrays["bytes"] = NpyArray::fromBytes("male");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("out.npz")).toStdString();
        writeNpz(path, arrays, compress);
        const auto back = readNpz(path);
        QCOMPARE(back.size(), arrays.size());
        for (const auto &[key, array] : arrays)
            QVERIFY2(sameArray(back.at(key), array), key.c_str());
        QCOMPARE(back.at("bytes").toString(), std::string("male"));
        // Deflate shrinks the repetitive array; stored keeps every byte.
        if (compress)
            QVERIFY(fileSize(path) < 8 * 3000);
        else
            QVERIFY(fileSize(path) > 8 * 3000);
        // Writing the same arrays again gives the same bytes (fixed timestamps).
        const std::string again = dir.filePath(QStringLiteral("again.npz")).toStdString();
        writeNpz(again, back, compress);
        QVERIFY(readFile(again) == readFile(path));
    }

    void conversions()
    {
        const NpyArray f = NpyArray::fromFloat64({2}, {3.0, -2.5});
        QCOMPARE(f.toFloat32(), (std::vector<float>{3.0f, -2.5f}));
        QVERIFY_EXCEPTION_THROWN(f.toInt64(), std::runtime_error); // -2.5 is not an integer
        QCOMPARE(NpyArray::fromFloat64({1}, {-4.0}).toInt64(), std::vector<std::int64_t>{-4});
        QVERIFY_EXCEPTION_THROWN(f.toString(), std::runtime_error);
        QVERIFY_EXCEPTION_THROWN(NpyArray::fromBytes("x").toFloat64(), std::runtime_error);
        QVERIFY_EXCEPTION_THROWN(NpyArray::fromFloat32({2, 2}, {1, 2, 3}), std::invalid_argument);
        QCOMPARE(NpyArray::fromBytes("").describe(), std::string("S1 []"));
        QCOMPARE(NpyArray::fromBytes("").toString(), std::string());
        NpyArray wrong = NpyArray::fromFloat32({2}, {1, 2});
        wrong.data.pop_back();
        QVERIFY_EXCEPTION_THROWN(serializeNpy(wrong), std::invalid_argument);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.npy"));
        const QString error = errorOf([&] { writeNpy(path.toStdString(), wrong); });
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    // Broken .npy files: each message names the file and the problem.
    void brokenNpy_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray six(24, '\0');
        QTest::newRow("empty file") << QByteArray() << "empty file, expected a .npy array";
        QTest::newRow("bad magic") << QByteArray("\x93NUMPX\x01\x00", 8) + header("<f4", "(6,)") + six
                                   << "not a .npy file: expected the magic \\x93NUMPY, got '\\x93NUMPX'";
        QTest::newRow("text file") << QByteArray("hello world\n") << "not a .npy file";
        QTest::newRow("truncated header") << makeNpy(header("<f4", "(2, 3)"), {}).left(40)
                                          << "header: truncated: declares 60 bytes, the file has 30 after the prefix";
        QTest::newRow("truncated data") << makeNpy(header("<f4", "(2, 3)"), six.left(20))
                                        << "data: shape (2, 3) of float32 needs 24 bytes, got 20 (truncated)";
        QTest::newRow("trailing data") << makeNpy(header("<f4", "(2, 3)"), six + "xx")
                                       << "needs 24 bytes, got 26 (trailing bytes)";
        QTest::newRow("big-endian") << makeNpy(header(">f4", "(2, 3)"), six)
                                    << "descr '>f4': big-endian data is not supported, expected little-endian '<f4'";
        QTest::newRow("fortran order") << makeNpy(header("<f4", "(2, 3)", "True"), six)
                                       << "fortran_order: True (column-major data) is not supported";
        QTest::newRow("object dtype") << makeNpy(header("|O", "(3,)"), six)
                                      << "descr '|O': object arrays (pickled Python objects) are not supported";
        QTest::newRow("float16") << makeNpy(header("<f2", "(12,)"), six) << "descr '<f2': unsupported dtype";
        QTest::newRow("structured") << makeNpy("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (6,), }",
                                               six)
                                    << "descr: expected a dtype string such as '<f4', got a list (structured";
        QTest::newRow("shape larger than the file")
            << makeNpy(header("<f4", "(1000000000, 3)"), QByteArray(200, '\0'))
            << "data: shape (1000000000, 3) of float32 needs 12000000000 bytes, got 200 (truncated)";
        QTest::newRow("shape overflows") << makeNpy(header("<f8", "(4294967296, 4294967296, 16)"), six)
                                         << "shape (4294967296, 4294967296, 16): the data size overflows";
        QTest::newRow("negative dimension")
            << makeNpy(header("<f4", "(-2, 3)"), six) << "shape: expected a tuple of non-negative integers";
        QTest::newRow("unclosed dict") << makeNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (6,), ", six)
                                       << "header: malformed dict literal: expected a quoted key or '}' at offset 56";
        QTest::newRow("not a dict") << makeNpy("['descr']", six) << "header: expected a dict literal, got a list";
        QTest::newRow("garbage in dict") << makeNpy(
            "{'descr': '<f4', 'fortran_order': Maybe, 'shape': (6,)}",
            six) << "header: malformed dict literal: unexpected \"Maybe, 'sh\" at offset 34 of \"{'descr'";
        QTest::newRow("missing shape") << makeNpy("{'descr': '<f4', 'fortran_order': False}", six)
                                       << "header: missing key 'shape'";
        QTest::newRow("extra key") << makeNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (6,), 'x': 1}", six)
                                   << "header: unexpected key 'x'";
        QTest::newRow("version 4.0") << makeNpy(header("<f4", "(6,)"), six, 4)
                                     << "unsupported .npy format version 4.0, expected 1.0, 2.0 or 3.0";
    }

    void brokenNpy()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("broken.npy"));
        writeBytes(path, bytes);
        const QString error = errorOf([&] { readNpy(path.toStdString()); });
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // Broken and forged .npz archives.
    void brokenNpz_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes"); // written to a temporary file when `file` is empty
        QTest::addColumn<QString>("expected");
        QFile stored(fixture("npz_stored.npz"));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray archive = stored.readAll();

        QTest::newRow("empty file") << QString() << QByteArray() << "empty file, expected a .npz (zip) archive";
        QTest::newRow("not a zip") << QString() << QByteArray("just some text, no zip here")
                                   << "not a .npz file: expected a zip archive (\"PK\"), got 'just som'";
        QTest::newRow("a .npy, not a .npz")
            << QString() << makeNpy(header("<f4", "(1,)"), QByteArray(4, '\0')) << "not a .npz file";
        QTest::newRow("truncated archive") << QString() << archive.left(archive.size() / 2)
                                           << "not a readable zip archive (no valid central directory";
        QTest::newRow("truncated member") << fixture("npz_truncated_member.npz") << QByteArray()
                                          << "member 'a.npy': data: shape (4, 4) of float32 needs 64 bytes, got 54 "
                                             "(truncated)";
        QTest::newRow("absurd declared size") << fixture("npz_absurd_size.npz") << QByteArray()
                                              << "member 'big.npy': declares 2147483632 uncompressed bytes from ";
        QTest::newRow("member inflates short")
            << fixture("npz_short_member.npz") << QByteArray()
            << "member 'x.npy': inflated 384 bytes, the archive declares 448 (truncated or corrupt member)";
        QTest::newRow("bad CRC") << fixture("npz_bad_crc.npz") << QByteArray() << "member 'x.npy': CRC mismatch";
        QTest::newRow("object member") << fixture("bodymodel_regressor.npz") << QByteArray()
                                       << "member 'pose_training_info.npy': descr '|O': object arrays";
    }

    void brokenNpz()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = file;
        if (path.isEmpty()) {
            path = dir.filePath(QStringLiteral("broken.npz"));
            writeBytes(path, bytes);
        }
        const QString error = errorOf([&] { readNpz(path.toStdString()); });
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void missingFiles()
    {
        const QString error = errorOf([] { readNpy("/nonexistent/a.npy"); });
        QCOMPARE(error, QStringLiteral("/nonexistent/a.npy: no such file"));
        QVERIFY(errorOf([] { readNpz("/nonexistent/a.npz"); }).startsWith(QStringLiteral("/nonexistent/a.npz: ")));
    }
};

QTEST_GUILESS_MAIN(TestNpy)
#include "test_npy.moc"
