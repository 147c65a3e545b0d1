// The safetensors reader and writer: round trips, F16/BF16/F64 widening, and forged or broken
// headers rejected before anything is read or allocated.

#include "ml/modelerror.h"
#include "ml/safetensors.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace gm::ml;

namespace {

// A file from a header (JSON) and raw data bytes.
QString writeRaw(const QTemporaryDir &dir, const QByteArray &json, const QByteArray &data, qint64 declaredLength = -1)
{
    const QString path = dir.filePath(QStringLiteral("t.safetensors"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const quint64 n = declaredLength < 0 ? quint64(json.size()) : quint64(declaredLength);
    char length[8];
    for (int i = 0; i < 8; ++i)
        length[i] = char((n >> (8 * i)) & 0xFF);
    f.write(length, 8);
    f.write(json);
    f.write(data);
    return path;
}

QString errorOf(const QString &path)
{
    try {
        SafetensorsFile file(path.toStdString());
    } catch (const ModelError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestSafetensors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("w.safetensors")).toStdString();
        writeSafetensors(path, {{"a", {2, 3}, {1, 2, 3, 4, 5, 6}}, {"b.c", {1}, {-0.5f}}, {"empty", {0, 4}, {}}},
                         {{"format", "pt"}});
        const SafetensorsFile file(path);
        QCOMPARE(file.tensors().size(), std::size_t(3));
        QCOMPARE(file.metadata().at("format"), std::string("pt"));
        const TensorInfo *a = file.find("a");
        QVERIFY(a);
        QCOMPARE(a->shapeString(), std::string("[2, 3]"));
        QCOMPARE(file.toFloat32(*a), (std::vector<float>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(file.toFloat32(*file.find("b.c")), std::vector<float>{-0.5f});
        QVERIFY(file.toFloat32(*file.find("empty")).empty());
        QVERIFY(!file.find("nope"));
        // The data section starts at a multiple of 8.
        QFile raw(QString::fromStdString(path));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        quint64 n = 0;
        raw.read(reinterpret_cast<char *>(&n), 8);
        QCOMPARE(n % 8, quint64(0));
        QVERIFY_THROWS_EXCEPTION(ModelError, writeSafetensors(path, {{"bad", {3}, {1, 2}}}));
    }

    void halfPrecisionIsWidened()
    {
        QTemporaryDir dir;
        // F16: 1.0 = 0x3C00, -2.0 = 0xC000, 65504 = 0x7BFF, 2^-24 = 0x0001; BF16: 1.5 = 0x3FC0; F64: 0.25.
        QByteArray data;
        for (quint16 h : {0x3C00, 0xC000, 0x7BFF, 0x0001})
            data.append(reinterpret_cast<const char *>(&h), 2);
        const quint16 bf = 0x3FC0;
        data.append(reinterpret_cast<const char *>(&bf), 2);
        const double quarter = 0.25;
        data.append(reinterpret_cast<const char *>(&quarter), 8);
        const QString path = writeRaw(dir,
                                      R"({"h":{"dtype":"F16","shape":[4],"data_offsets":[0,8]},)"
                                      R"("b":{"dtype":"BF16","shape":[1],"data_offsets":[8,10]},)"
                                      R"("d":{"dtype":"F64","shape":[1],"data_offsets":[10,18]},)"
                                      R"("i":{"dtype":"I64","shape":[0],"data_offsets":[18,18]}})",
                                      data);
        const SafetensorsFile file(path.toStdString());
        QCOMPARE(file.toFloat32(*file.find("h")), (std::vector<float>{1.0f, -2.0f, 65504.0f, std::ldexp(1.0f, -24)}));
        QCOMPARE(file.toFloat32(*file.find("b")), std::vector<float>{1.5f});
        QCOMPARE(file.toFloat32(*file.find("d")), std::vector<float>{0.25f});
        QVERIFY_THROWS_EXCEPTION(ModelError, file.toFloat32(*file.find("i")));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("dataBytes");
        QTest::addColumn<qint64>("declared");
        QTest::addColumn<QString>("message");
        QTest::newRow("length beyond the file") << QByteArray("{}") << 0 << qint64(1) << "beyond the end of the file";
        QTest::newRow("huge length") << QByteArray("{}") << 0 << qint64(1) << "beyond the end of the file";
        QTest::newRow("not json") << QByteArray("{\"a\": ") << 0 << qint64(-1) << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << 0 << qint64(-1) << "not a JSON object";
        QTest::newRow("2 GB tensor in a small file")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[536870912],"data_offsets":[0,2147483648]}})") << 64
            << qint64(-1) << "outside the 64 data bytes";
        QTest::newRow("size disagrees with shape")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[4],"data_offsets":[0,12]}})") << 16 << qint64(-1)
            << "F32 [4] needs 16 bytes, data_offsets hold 12";
        QTest::newRow("overflowing shape")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,8]}})") << 8
            << qint64(-1) << "overflows";
        QTest::newRow("negative size") << QByteArray(R"({"w":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})") << 4
                                       << qint64(-1) << "expected sizes >= 0";
        QTest::newRow("unknown dtype") << QByteArray(R"({"w":{"dtype":"F8","shape":[1],"data_offsets":[0,1]}})") << 1
                                       << qint64(-1) << "unknown dtype 'F8'";
        QTest::newRow("overlap") << QByteArray(
            R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})")
                                 << 12 << qint64(-1) << "overlap";
        QTest::newRow("bad offsets") << QByteArray(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[8,4]}})") << 8
                                     << qint64(-1) << "outside";
        QTest::newRow("missing fields") << QByteArray(R"({"w":{"dtype":"F32"}})") << 0 << qint64(-1)
                                        << "expected an object with dtype, shape and data_offsets";
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, dataBytes);
        QFETCH(qint64, declared);
        QFETCH(QString, message);
        QTemporaryDir dir;
        if (QByteArray(QTest::currentDataTag()) == "huge length")
            declared = qint64(1) << 40; // declared length far beyond any file: refused, not allocated
        else if (declared >= 0)
            declared = json.size() + 1000;
        const QString path = writeRaw(dir, json, QByteArray(dataBytes, '\0'), declared);
        const QString error = errorOf(path);
        QVERIFY2(!error.isEmpty(), "accepted");
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void shortAndMissingFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("short.safetensors"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        QVERIFY(errorOf(path).contains(QLatin1String("too short")));
        QVERIFY(errorOf(dir.filePath(QStringLiteral("none"))).contains(QLatin1String("no such file")));
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "test_safetensors.moc"
