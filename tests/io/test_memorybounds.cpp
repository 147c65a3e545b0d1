// Reading a file never allocates more than a bounded multiple of its size (issue 13): every real
// motion file of the shared data through the format registry, the bundled model's weights and
// config, and forged files that declare far more than they hold — a safetensors header with a
// 2 GB tensor in 1 KB, a BVH with 10⁹ frames, an NPY of 10¹² elements — which must be refused
// (or read for what they hold) before anything that size is allocated.
//
// This program replaces the global operator new and delete to count the bytes alive; the peak
// above the level before each read is what the read cost.

#include "common/gmtest.h"
#include "io/motionreader.h"
#include "io/npy.h"
#include "ml/modelconfig.h"
#include "ml/safetensors.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <atomic>
#include <cstdlib>
#include <functional>
#include <new>

namespace {

std::atomic<long long> gLive{0};
std::atomic<long long> gPeak{0};
constexpr std::size_t kHeader = 16; // keeps the payload 16-byte aligned

void *allocate(std::size_t n)
{
    auto *block = static_cast<unsigned char *>(std::malloc(n + kHeader));
    if (!block)
        throw std::bad_alloc();
    *reinterpret_cast<std::size_t *>(block) = n;
    const long long live = gLive.fetch_add((long long)n) + (long long)n;
    long long peak = gPeak.load();
    while (live > peak && !gPeak.compare_exchange_weak(peak, live)) {
    }
    return block + kHeader;
}

void release(void *p) noexcept
{
    if (!p)
        return;
    auto *block = static_cast<unsigned char *>(p) - kHeader;
    gLive.fetch_sub((long long)*reinterpret_cast<std::size_t *>(block));
    std::free(block);
}

/// The most bytes alive at once above the level when it started, while `read` ran.
long long peakOf(const std::function<void()> &read)
{
    const long long base = gLive.load();
    gPeak.store(base);
    read();
    return gPeak.load() - base;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void *operator new(std::size_t n)
{
    return allocate(n);
}
void *operator new[](std::size_t n)
{
    return allocate(n);
}
void *operator new(std::size_t n, const std::nothrow_t &) noexcept
{
    try {
        return allocate(n);
    } catch (...) {
        return nullptr;
    }
}
void *operator new[](std::size_t n, const std::nothrow_t &) noexcept
{
    try {
        return allocate(n);
    } catch (...) {
        return nullptr;
    }
}
void operator delete(void *p) noexcept
{
    release(p);
}
void operator delete[](void *p) noexcept
{
    release(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    release(p);
}
void operator delete[](void *p, std::size_t) noexcept
{
    release(p);
}
void operator delete(void *p, const std::nothrow_t &) noexcept
{
    release(p);
}
void operator delete[](void *p, const std::nothrow_t &) noexcept
{
    release(p);
}

class TestMemoryBounds : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = mDir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void theCounterCounts()
    {
        const long long peak = peakOf([] {
            std::vector<char> v(3 << 20);
            v[100] = 1;
        });
        QVERIFY2(peak >= (3 << 20) && peak < (4 << 20), qPrintable(QString::number(peak)));
    }

    // Every motion file of the shared data: at most 24 times its size, plus 4 MiB of fixed costs
    // (the skeleton, reader tables, Assimp's importer).
    void realFilesCostABoundedMultipleOfTheirSize_data()
    {
        QTest::addColumn<QString>("path");
        const QString root = gm::test::dataPath(QStringLiteral("bvh"));
        if (root.isEmpty())
            QSKIP("no shared data");
        const QDir data = QFileInfo(root).dir();
        for (const char *folder : {"bvh", "fbx", "gltf", "humanml3d/new_joints", "humanml3d/new_joint_vecs"}) {
            QDirIterator it(data.filePath(QLatin1String(folder)), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (gm::motion::FormatRegistry::builtin().readerFor(path.toStdString()))
                    QTest::newRow(qPrintable(data.relativeFilePath(path))) << path;
            }
        }
    }
    void realFilesCostABoundedMultipleOfTheirSize()
    {
        QFETCH(QString, path);
        const long long size = QFileInfo(path).size();
        bool read = false;
        const long long peak = peakOf([&] {
            try {
                const gm::motion::MotionClip clip = gm::motion::FormatRegistry::builtin().read(path.toStdString());
                read = clip.frameCount() > 0;
            } catch (const std::exception &) {
                // some shared files are refused on purpose (models without animation); still bounded
            }
        });
        const long long bound = 24 * size + (4 << 20);
        qInfo("%lld bytes read with a peak of %lld (%.1f× the file)%s", size, peak, double(peak) / double(size),
              read ? "" : ", refused");
        QVERIFY2(peak <= bound, qPrintable(QStringLiteral("peak %1 > bound %2").arg(peak).arg(bound)));
    }

    void theBundledModelCostsAboutItsWeights()
    {
        const QString model = QStringLiteral(GM_SOURCE_RESOURCES_DIR "/model");
        const QString weights = model + QStringLiteral("/model.safetensors");
        const long long size = QFileInfo(weights).size();
        long long floats = 0;
        const long long peak = peakOf([&] {
            const gm::ml::SafetensorsFile file(weights.toStdString());
            for (const gm::ml::TensorInfo &t : file.tensors())
                floats = std::max<long long>(floats, t.elementCount());
            (void)gm::ml::readConfigJson((model + QStringLiteral("/config.json")).toStdString());
        });
        // Memory-mapped: the header's index only, not the weights.
        QVERIFY2(peak < size / 8 + (1 << 20), qPrintable(QString::number(peak)));
        QVERIFY(floats > 0);
    }

    // A 1 KB safetensors file whose header declares a 2 GB tensor.
    void aForgedSafetensorsHeaderIsRefusedBeforeAllocating()
    {
        const QByteArray header = R"({"big":{"dtype":"F32","shape":[536870912],"data_offsets":[0,2147483648]}})";
        QByteArray file(8, '\0');
        qToLittleEndian<quint64>(quint64(header.size()), file.data());
        file += header;
        file += QByteArray(1024 - file.size(), '\0');
        const QString path = write(QStringLiteral("forged.safetensors"), file);
        QString error;
        const long long peak = peakOf([&] {
            try {
                const gm::ml::SafetensorsFile f(path.toStdString());
                for (const gm::ml::TensorInfo &t : f.tensors())
                    (void)f.toFloat32(t);
            } catch (const std::exception &e) {
                error = QString::fromUtf8(e.what());
            }
        });
        QVERIFY2(!error.isEmpty(), "the forged header was accepted");
        QVERIFY2(error.contains(QLatin1String("big")), qPrintable(error));
        QVERIFY2(peak < (1 << 20), qPrintable(QString::number(peak)));
    }

    // A BVH that declares 10⁹ frames and holds three.
    void aBvhDeclaringAGigaFrameCostsWhatItHolds()
    {
        QByteArray bvh = bytesOf(QStringLiteral(GM_FUZZ_SEEDS_DIR "/bvh/three_joints.bvh"));
        QVERIFY(bvh.contains("Frames: 3"));
        bvh.replace("Frames: 3", "Frames: 1000000000");
        const QString path = write(QStringLiteral("giga.bvh"), bvh);
        int frames = -1;
        QString error;
        const long long peak = peakOf([&] {
            try {
                frames = gm::motion::FormatRegistry::builtin().read(path.toStdString()).frameCount();
            } catch (const std::exception &e) {
                error = QString::fromUtf8(e.what());
            }
        });
        qInfo("10^9 declared frames: %s, peak %lld bytes",
              error.isEmpty() ? qPrintable(QStringLiteral("read %1 frames").arg(frames)) : qPrintable(error), peak);
        QVERIFY(!error.isEmpty() || (frames >= 0 && frames <= 3));
        QVERIFY2(peak < (4 << 20), qPrintable(QString::number(peak)));
    }

    // An NPY header of 10¹² float32 elements over 200 bytes.
    void aForgedNpyShapeIsRefusedBeforeAllocating()
    {
        QByteArray header = "{'descr': '<f4', 'fortran_order': False, 'shape': (1000000000000,), }";
        while ((10 + header.size() + 1) % 64 != 0)
            header += ' ';
        header += '\n';
        QByteArray npy("\x93NUMPY\x01\x00", 8);
        npy += char(header.size() & 0xff);
        npy += char(header.size() >> 8);
        npy += header;
        npy += QByteArray(200, '\0');
        const QString path = write(QStringLiteral("huge.npy"), npy);
        QString error;
        const long long peak = peakOf([&] {
            try {
                (void)gm::motion::readNpy(path.toStdString());
            } catch (const std::exception &e) {
                error = QString::fromUtf8(e.what());
            }
        });
        QVERIFY2(error.contains(QLatin1String("truncated")), qPrintable(error));
        QVERIFY2(peak < (1 << 20), qPrintable(QString::number(peak)));
    }
};

QTEST_GUILESS_MAIN(TestMemoryBounds)
#include "test_memorybounds.moc"
