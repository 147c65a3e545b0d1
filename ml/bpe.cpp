#include "ml/bpe.h"

#include "ml/modelerror.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace gm::ml {

namespace fs = std::filesystem;

namespace {

// GPT-2's pre-tokenisation pattern (spec §5.3), with Unicode letter and number classes.
constexpr const char *kPattern = R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

std::string utf8(unsigned codepoint)
{
    std::string s;
    if (codepoint < 0x80) {
        s += char(codepoint);
    } else if (codepoint < 0x800) {
        s += char(0xC0 | (codepoint >> 6));
        s += char(0x80 | (codepoint & 0x3F));
    } else {
        s += char(0xE0 | (codepoint >> 12));
        s += char(0x80 | ((codepoint >> 6) & 0x3F));
        s += char(0x80 | (codepoint & 0x3F));
    }
    return s;
}

// The UTF-8 characters of a string (each a 1–4 byte substring).
std::vector<std::string> characters(const std::string &s)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        out.push_back(s.substr(i, n));
        i += n;
    }
    return out;
}

std::string readText(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ModelError(path.string(), "cannot be read");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

struct BpeTokenizer::Regex
{
    pcre2_code *code = nullptr;
    ~Regex()
    {
        if (code)
            pcre2_code_free(code);
    }
};

BpeTokenizer::BpeTokenizer(const std::string &vocabPath, const std::string &mergesPath)
    : mRegex(std::make_unique<Regex>())
{
    // Bytes 33–126, 161–172 and 174–255 stand for themselves; the other 68 take 256, 257, …
    unsigned next = 256;
    for (unsigned b = 0; b < 256; ++b) {
        const bool printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
        mByteToUnicode[b] = utf8(printable ? b : next++);
        mUnicodeToByte[mByteToUnicode[b]] = static_cast<unsigned char>(b);
    }

    nlohmann::json vocab;
    try {
        vocab = nlohmann::json::parse(readText(vocabPath));
    } catch (const nlohmann::json::exception &e) {
        throw ModelError(vocabPath, std::string("not valid JSON: ") + e.what());
    }
    if (!vocab.is_object() || vocab.empty())
        throw ModelError(vocabPath, "expected a JSON object of token → id");
    mDecoder.resize(vocab.size());
    for (auto it = vocab.begin(); it != vocab.end(); ++it) {
        if (!it.value().is_number_integer() || it.value().get<long long>() < 0
            || it.value().get<long long>() >= (long long)vocab.size())
            throw ModelError(vocabPath, "token " + nlohmann::json(it.key()).dump() + ": id " + it.value().dump()
                                            + " is outside 0.." + std::to_string(vocab.size() - 1));
        const int id = it.value().get<int>();
        if (!mDecoder[std::size_t(id)].empty())
            throw ModelError(vocabPath, "id " + std::to_string(id) + " is used twice");
        mDecoder[std::size_t(id)] = it.key();
        mEncoder[it.key()] = id;
    }
    mBaseSize = int(mDecoder.size());

    std::istringstream merges(readText(mergesPath));
    std::string line;
    int lineNumber = 0;
    int rank = 0;
    while (std::getline(merges, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || (lineNumber == 1 && line.rfind("#version", 0) == 0))
            continue;
        const std::size_t space = line.find(' ');
        if (space == std::string::npos || space == 0 || space + 1 >= line.size()
            || line.find(' ', space + 1) != std::string::npos)
            throw ModelError(mergesPath,
                             "line " + std::to_string(lineNumber) + ": expected two symbols, got '" + line + "'");
        mRanks.emplace(std::make_pair(line.substr(0, space), line.substr(space + 1)), rank++);
    }
    if (mRanks.empty())
        throw ModelError(mergesPath, "no merges");

    int error = 0;
    PCRE2_SIZE offset = 0;
    mRegex->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(kPattern), PCRE2_ZERO_TERMINATED,
                                 PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &error, &offset, nullptr);
    if (!mRegex->code)
        throw std::runtime_error("BPE: the pre-tokenisation pattern did not compile (PCRE2 error "
                                 + std::to_string(error) + ")");
}

BpeTokenizer::~BpeTokenizer() = default;

namespace {

// The vocabulary and merges files in `folder` under either naming, or false.
bool tokenizerFiles(const fs::path &folder, fs::path &vocab, fs::path &merges)
{
    for (const auto &[v, m] : {std::pair<const char *, const char *>{"vocab.json", "merges.txt"},
                               std::pair<const char *, const char *>{"encoder.json", "vocab.bpe"}})
        if (fs::exists(folder / v) && fs::exists(folder / m)) {
            vocab = folder / v;
            merges = folder / m;
            return true;
        }
    return false;
}

} // namespace

std::unique_ptr<BpeTokenizer> BpeTokenizer::fromDirectory(const std::string &folder)
{
    fs::path vocab, merges;
    if (!tokenizerFiles(folder, vocab, merges))
        throw ModelError(folder,
                         "no GPT-2 tokenizer files: expected vocab.json + merges.txt (or encoder.json + vocab.bpe)");
    return std::make_unique<BpeTokenizer>(vocab.string(), merges.string());
}

bool BpeTokenizer::hasFiles(const std::string &folder)
{
    fs::path vocab, merges;
    return tokenizerFiles(folder, vocab, merges);
}

int BpeTokenizer::addTokens(const std::vector<std::string> &tokens)
{
    const int first = int(mDecoder.size());
    for (const std::string &t : tokens) {
        if (t.empty() || mEncoder.count(t))
            throw std::invalid_argument("BPE: cannot add the token '" + t + "': empty or already known");
        mEncoder[t] = int(mDecoder.size());
        mDecoder.push_back(t);
        mAdded.push_back(t);
    }
    std::sort(mAdded.begin(), mAdded.end(),
              [](const std::string &a, const std::string &b) { return a.size() > b.size(); });
    return first;
}

int BpeTokenizer::addMotionTokens(int codes)
{
    std::vector<std::string> tokens;
    for (int i = 0; i < codes + 3; ++i)
        tokens.push_back("<motion_id_" + std::to_string(i) + ">");
    return addTokens(tokens);
}

int BpeTokenizer::vocabularySize() const
{
    return int(mDecoder.size());
}

int BpeTokenizer::idOf(const std::string &token) const
{
    const auto it = mEncoder.find(token);
    return it == mEncoder.end() ? -1 : it->second;
}

std::vector<int> BpeTokenizer::encode(const std::string &text, bool splitAddedTokens) const
{
    std::vector<int> out;
    if (!splitAddedTokens) {
        encodeSegment(text, out);
        return out;
    }
    // Added tokens and <|endoftext|> first, longest match at the earliest position.
    std::vector<std::string> literals = mAdded;
    literals.push_back("<|endoftext|>");
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t best = std::string::npos;
        const std::string *match = nullptr;
        for (const std::string &literal : literals) {
            const std::size_t at = text.find(literal, start);
            if (at != std::string::npos && (at < best || (at == best && literal.size() > match->size()))) {
                best = at;
                match = &literal;
            }
        }
        if (!match) {
            encodeSegment(text.substr(start), out);
            break;
        }
        encodeSegment(text.substr(start, best - start), out);
        out.push_back(mEncoder.at(*match));
        start = best + match->size();
    }
    return out;
}

void BpeTokenizer::encodeSegment(const std::string &text, std::vector<int> &out) const
{
    if (text.empty())
        return;
    pcre2_match_data *match = pcre2_match_data_create_from_pattern(mRegex->code, nullptr);
    const auto *subject = reinterpret_cast<PCRE2_SPTR>(text.data());
    PCRE2_SIZE offset = 0;
    while (offset < text.size()) {
        const int rc = pcre2_match(mRegex->code, subject, text.size(), offset, 0, match, nullptr);
        PCRE2_SIZE begin = offset, end = offset + 1;
        if (rc > 0) {
            const PCRE2_SIZE *v = pcre2_get_ovector_pointer(match);
            begin = v[0];
            end = std::max(v[1], v[0] + 1);
        }
        // Bytes the pattern skipped (invalid UTF-8) are encoded one by one.
        for (PCRE2_SIZE b = offset; b < begin; ++b)
            for (int id : bpe(mByteToUnicode[static_cast<unsigned char>(text[b])]))
                out.push_back(id);
        if (rc <= 0)
            begin = offset;
        std::string word;
        for (PCRE2_SIZE b = begin; b < end && b < text.size(); ++b)
            word += mByteToUnicode[static_cast<unsigned char>(text[b])];
        for (int id : bpe(word))
            out.push_back(id);
        offset = end;
    }
    pcre2_match_data_free(match);
}

std::vector<int> BpeTokenizer::bpe(const std::string &word) const
{
    if (const auto cached = mCache.find(word); cached != mCache.end())
        return cached->second;
    std::vector<std::string> symbols = characters(word);
    while (symbols.size() > 1) {
        int bestRank = std::numeric_limits<int>::max();
        std::size_t bestAt = 0;
        for (std::size_t i = 0; i + 1 < symbols.size(); ++i) {
            const auto it = mRanks.find({symbols[i], symbols[i + 1]});
            if (it != mRanks.end() && it->second < bestRank) {
                bestRank = it->second;
                bestAt = i;
            }
        }
        if (bestRank == std::numeric_limits<int>::max())
            break;
        // Merge every occurrence of the best pair, left to right.
        const std::string first = symbols[bestAt], second = symbols[bestAt + 1];
        std::vector<std::string> merged;
        for (std::size_t i = 0; i < symbols.size();) {
            if (i + 1 < symbols.size() && symbols[i] == first && symbols[i + 1] == second) {
                merged.push_back(first + second);
                i += 2;
            } else {
                merged.push_back(symbols[i++]);
            }
        }
        symbols = std::move(merged);
    }
    std::vector<int> ids;
    for (const std::string &s : symbols) {
        const auto it = mEncoder.find(s);
        if (it != mEncoder.end()) {
            ids.push_back(it->second);
        } else { // not in the vocabulary: its single byte-characters are
            for (const std::string &c : characters(s))
                ids.push_back(mEncoder.count(c) ? mEncoder.at(c) : 0);
        }
    }
    if (mCache.size() < 100000)
        mCache.emplace(word, ids);
    return ids;
}

std::string BpeTokenizer::decode(const std::vector<int> &ids, bool skipSpecial) const
{
    std::string out;
    for (int id : ids) {
        if (id < 0 || id >= vocabularySize())
            throw std::invalid_argument("BPE decode: id " + std::to_string(id) + " is outside the vocabulary (0.."
                                        + std::to_string(vocabularySize() - 1) + ")");
        if (id == kEndOfText && skipSpecial)
            continue;
        if (id >= mBaseSize) {
            out += mDecoder[std::size_t(id)];
            continue;
        }
        for (const std::string &c : characters(mDecoder[std::size_t(id)])) {
            const auto it = mUnicodeToByte.find(c);
            if (it != mUnicodeToByte.end())
                out += char(it->second);
        }
    }
    return out;
}

} // namespace gm::ml
