// GPT-2 byte-level BPE on the original OpenAI files: every case of
// gpt2-tokenizer/test-vectors.json, the ids spec §5.3 verified, the GeoMotionGPT prompt with
// motion tokens, decoding, and broken tokenizer files.

#include "common/gmtest.h"
#include "ml/bpe.h"
#include "ml/modelerror.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace gm::ml;

namespace {

std::vector<int> ids(const QJsonArray &a)
{
    std::vector<int> v;
    for (const QJsonValue &x : a)
        v.push_back(x.toInt());
    return v;
}

} // namespace

class TestBpe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        GM_REQUIRE_DATA(dir, "gpt2-tokenizer/encoder.json");
        mBpe = BpeTokenizer::fromDirectory(gm::test::dataPath(QStringLiteral("gpt2-tokenizer")).toStdString());
        QCOMPARE(mBpe->vocabularySize(), 50257);
    }

    void testVectors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonArray>("expected");
        QTest::addColumn<bool>("special");
        QFile f(gm::test::dataPath(QStringLiteral("gpt2-tokenizer/test-vectors.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        int n = 0;
        for (const char *group : {"published", "computed", "published_tiktoken"})
            for (const QJsonValue &c :
                 root.value(QLatin1String(group)).toObject().value(QStringLiteral("cases")).toArray()) {
                const QJsonObject o = c.toObject();
                // Only tiktoken's second case allows the special token; the others encode it as text.
                const bool special = QLatin1String(group) == QLatin1String("published_tiktoken")
                                     && o.value(QStringLiteral("text")).toString().contains(QLatin1String("<|"));
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(group)).arg(n++)))
                    << o.value(QStringLiteral("text")).toString() << o.value(QStringLiteral("ids")).toArray()
                    << special;
            }
        QVERIFY(n >= 20);
    }

    void testVectors()
    {
        QFETCH(QString, text);
        QFETCH(QJsonArray, expected);
        QFETCH(bool, special);
        const std::string utf8 = text.toStdString();
        QCOMPARE(mBpe->encode(utf8, special), ids(expected));
        QCOMPARE(mBpe->decode(ids(expected), false), utf8);
    }

    void specVerifiedIds()
    {
        QCOMPARE(mBpe->encode("Generate text: "), (std::vector<int>{8645, 378, 2420, 25, 220}));
        QCOMPARE(mBpe->encode(" \n "), (std::vector<int>{220, 198, 220}));
        QCOMPARE(mBpe->encode(" \n a person walks forward."), (std::vector<int>{220, 198, 257, 1048, 11114, 2651, 13}));
        QCOMPARE(mBpe->encode(" \n \"a person walks forward.\""),
                 (std::vector<int>{220, 198, 366, 64, 1048, 11114, 2651, 526}));
    }

    // The inference prompt of spec §5.4 with motion tokens added at 50257.
    void motionPrompt()
    {
        BpeTokenizer bpe(gm::test::dataPath(QStringLiteral("gpt2-tokenizer/encoder.json")).toStdString(),
                         gm::test::dataPath(QStringLiteral("gpt2-tokenizer/vocab.bpe")).toStdString());
        QCOMPARE(bpe.addMotionTokens(512), 50257);
        QCOMPARE(bpe.vocabularySize(), 50772);
        QCOMPARE(bpe.idOf("<motion_id_512>"), 50769);
        QCOMPARE(bpe.idOf("<motion_id_513>"), 50770);
        const std::string prompt = "Generate text: <motion_id_512><motion_id_3><motion_id_41><motion_id_513> \n ";
        const std::vector<int> expected{8645, 378, 2420, 25, 220, 50769, 50257 + 3, 50257 + 41, 50770, 220, 198, 220};
        QCOMPARE(bpe.encode(prompt), expected);
        // Decoding: motion ids as their strings, <|endoftext|> dropped unless asked for.
        std::vector<int> withEnd = expected;
        withEnd.push_back(BpeTokenizer::kEndOfText);
        QCOMPARE(bpe.decode(withEnd), prompt);
        QCOMPARE(bpe.decode(withEnd, false), prompt + "<|endoftext|>");
        // <motion_id_5> inside <motion_id_51>: the longest literal wins.
        QCOMPARE(bpe.encode("<motion_id_51>"), std::vector<int>{50257 + 51});
        QCOMPARE(bpe.encode("hello <|endoftext|>"), (std::vector<int>{31373, 220, 50256}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bpe.decode({50772}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bpe.addTokens({"<motion_id_0>"}));
    }

    void invalidUtf8IsEncodedByteByByte()
    {
        const std::string text = std::string("ok \xFF\xFE done");
        const std::vector<int> encoded = mBpe->encode(text);
        QVERIFY(!encoded.empty());
        QCOMPARE(mBpe->decode(encoded), text);
    }

    void brokenFiles()
    {
        QTemporaryDir dir;
        auto write = [&](const char *name, const QByteArray &text) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        auto error = [&](const char *vocab, const char *merges) {
            try {
                BpeTokenizer(dir.filePath(QLatin1String(vocab)).toStdString(),
                             dir.filePath(QLatin1String(merges)).toStdString());
            } catch (const ModelError &e) {
                return QString::fromStdString(e.what());
            }
            return QString();
        };
        write("v.json", "{\"a\": 0, \"b\": 1, \"ab\": 2}");
        write("m.txt", "#version: 0.2\na b\n");
        QVERIFY(error("v.json", "m.txt").isEmpty());
        write("bad.json", "{\"a\": 0, ");
        QVERIFY(error("bad.json", "m.txt").contains(QLatin1String("not valid JSON")));
        write("range.json", "{\"a\": 0, \"b\": 7}");
        QVERIFY(error("range.json", "m.txt").contains(QLatin1String("outside 0..1")));
        write("bad.txt", "#version: 0.2\na b\nabc\n");
        QVERIFY2(error("v.json", "bad.txt").contains(QLatin1String("line 3: expected two symbols")),
                 qPrintable(error("v.json", "bad.txt")));
        QVERIFY(error("v.json", "none.txt").contains(QLatin1String("cannot be read")));
        QVERIFY_THROWS_EXCEPTION(ModelError,
                                 BpeTokenizer::fromDirectory(dir.filePath(QStringLiteral("empty")).toStdString()));
    }

private:
    std::unique_ptr<BpeTokenizer> mBpe;
};

QTEST_GUILESS_MAIN(TestBpe)
#include "test_bpe.moc"
