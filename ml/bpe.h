#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace gm::ml {

/// GPT-2's byte-level BPE (spec §5.3): the vocabulary (encoder.json / vocab.json) and merges
/// (vocab.bpe / merges.txt) of OpenAI's release, the pre-tokenisation regex with real Unicode
/// classes (PCRE2), and added tokens (`<motion_id_N>`, `<|endoftext|>`) split out of the text
/// before pre-tokenisation. Thread-compatible (the merge cache is per object).
class BpeTokenizer
{
public:
    static constexpr int kEndOfText = 50256;

    /// Reads the two files. Throws ModelError naming the file and the line or entry.
    BpeTokenizer(const std::string &vocabPath, const std::string &mergesPath);
    /// The files in a folder under either name pair (encoder.json + vocab.bpe, vocab.json +
    /// merges.txt). Throws ModelError when neither pair is there.
    static std::unique_ptr<BpeTokenizer> fromDirectory(const std::string &folder);
    /// Whether the folder holds one of those file pairs.
    static bool hasFiles(const std::string &folder);
    ~BpeTokenizer();
    BpeTokenizer(const BpeTokenizer &) = delete;
    BpeTokenizer &operator=(const BpeTokenizer &) = delete;

    /// Adds tokens with the next ids (GeoMotionGPT: `<motion_id_0>` … `<motion_id_{K+2}>` from
    /// 50257); they are matched literally and never split. Returns the first new id.
    int addTokens(const std::vector<std::string> &tokens);
    /// `<motion_id_0>` … `<motion_id_{codes+2}>` (spec §5.2).
    int addMotionTokens(int codes);

    int vocabularySize() const;
    /// The id of a vocabulary or added token, or -1.
    int idOf(const std::string &token) const;

    /// Text (UTF-8) → ids. With splitAddedTokens, added tokens and `<|endoftext|>` are split out
    /// first; without, they are encoded as ordinary text. Invalid UTF-8 is encoded byte by byte.
    std::vector<int> encode(const std::string &text, bool splitAddedTokens = true) const;
    /// Ids → text: added tokens as their literal strings, `<|endoftext|>` dropped when
    /// skipSpecial, the rest through the byte decoder. Throws std::invalid_argument for an id
    /// outside the vocabulary.
    std::string decode(const std::vector<int> &ids, bool skipSpecial = true) const;

private:
    void encodeSegment(const std::string &text, std::vector<int> &out) const;
    std::vector<int> bpe(const std::string &word) const;

    std::unordered_map<std::string, int> mEncoder;
    std::vector<std::string> mDecoder; ///< id → token (byte-encoded, or literal for added tokens)
    std::map<std::pair<std::string, std::string>, int> mRanks;
    std::vector<std::string> mAdded; ///< literal added tokens, longest first, for splitting
    int mBaseSize = 0;
    std::string mByteToUnicode[256];
    std::unordered_map<std::string, unsigned char> mUnicodeToByte;
    struct Regex;
    std::unique_ptr<Regex> mRegex;
    mutable std::unordered_map<std::string, std::vector<int>> mCache;
};

} // namespace gm::ml
