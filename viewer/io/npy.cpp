#include "io/npy.h"

#include "io/fileutil.h"
#include "io/motionreader.h"

#include <unzip.h>
#include <zip.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>
#include <set>
#include <stdexcept>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "npy.cpp copies little-endian array data as it is: port it before building for a big-endian host"
#endif

namespace gm::motion {

namespace {

// A problem with .npy bytes; parseNpy and readNpz turn it into a MotionFileError naming the file
// (and the archive member).
class NpyError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

constexpr char kMagic[] = "\x93NUMPY";
constexpr std::size_t kMagicSize = 6;
constexpr std::size_t kAlign = 64;
constexpr std::size_t kGrowthAxisMaxDigits = 21; // numpy.lib.format.GROWTH_AXIS_MAX_DIGITS
constexpr std::size_t kMaxStringItemChars = std::size_t(1) << 24;

// Deflate cannot expand data by more than 1032:1; the slack covers tiny members.
constexpr std::uint64_t kDeflateMaxRatio = 1032;
constexpr std::uint64_t kDeflateSlack = 4096;
// No motion or body-model array comes near these; a bigger declared size is a forged archive.
constexpr std::uint64_t kMaxMemberBytes = std::uint64_t(4) << 30;
constexpr std::uint64_t kMaxArchiveInflatedBytes = std::uint64_t(8) << 30;

std::string shapeText(const std::vector<std::size_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + ']';
}

// Python's repr of a shape tuple: (), (5,), (2, 3).
std::string shapeRepr(const std::vector<std::size_t> &shape)
{
    std::string s = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    if (shape.size() == 1)
        s += ',';
    return s + ')';
}

// Printable excerpt of untrusted bytes for messages, between `quote`s.
std::string quoted(std::string_view bytes, std::size_t maxChars = 80, char quote = '\'')
{
    static const char hex[] = "0123456789abcdef";
    std::string s(1, quote);
    for (std::size_t i = 0; i < bytes.size() && i < maxChars; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\\' || c == static_cast<unsigned char>(quote)) {
            s += '\\';
            s += char(c);
        } else if (c >= 0x20 && c < 0x7f) {
            s += char(c);
        } else {
            s += "\\x";
            s += hex[c >> 4];
            s += hex[c & 15];
        }
    }
    if (bytes.size() > maxChars)
        s += "...";
    return s + quote;
}

// Header excerpts hold Python's single quotes: show them between double quotes.
std::string quotedHeader(std::string_view bytes, std::size_t maxChars = 160)
{
    return quoted(bytes, maxChars, '"');
}

std::string typeName(NpyType type, std::size_t itemSize)
{
    switch (type) {
    case NpyType::Float32: return "float32";
    case NpyType::Float64: return "float64";
    case NpyType::Int32: return "int32";
    case NpyType::Int64: return "int64";
    case NpyType::UInt8: return "uint8";
    case NpyType::Bool: return "bool";
    case NpyType::Bytes: return "S" + std::to_string(itemSize);
    case NpyType::Unicode: return "U" + std::to_string(itemSize / 4);
    }
    return "?";
}

std::string descrOf(const NpyArray &array)
{
    switch (array.type) {
    case NpyType::Float32: return "<f4";
    case NpyType::Float64: return "<f8";
    case NpyType::Int32: return "<i4";
    case NpyType::Int64: return "<i8";
    case NpyType::UInt8: return "|u1";
    case NpyType::Bool: return "|b1";
    case NpyType::Bytes: return "|S" + std::to_string(array.itemSize);
    case NpyType::Unicode: return "<U" + std::to_string(array.itemSize / 4);
    }
    return "";
}

// The element size a type requires, or 0 for the variable-size string types.
std::size_t fixedItemSize(NpyType type)
{
    switch (type) {
    case NpyType::Float32:
    case NpyType::Int32: return 4;
    case NpyType::Float64:
    case NpyType::Int64: return 8;
    case NpyType::UInt8:
    case NpyType::Bool: return 1;
    case NpyType::Bytes:
    case NpyType::Unicode: return 0;
    }
    return 0;
}

// Element count with overflow detection; nullopt-like false on overflow.
bool checkedCount(const std::vector<std::size_t> &shape, std::size_t &count)
{
    count = 1;
    for (std::size_t d : shape)
        if (d == 0) {
            count = 0;
            return true;
        }
    for (std::size_t d : shape) {
        if (count > std::numeric_limits<std::size_t>::max() / d)
            return false;
        count *= d;
    }
    return true;
}

template<typename T>
T load(const char *p)
{
    T value;
    std::memcpy(&value, p, sizeof(T));
    return value;
}

template<typename Out>
std::vector<Out> convert(const NpyArray &a, const char *function)
{
    const std::size_t n = a.elementCount();
    if (a.data.size() != n * a.itemSize)
        throw std::runtime_error(std::string(function) + ": " + a.describe() + " holds " + std::to_string(a.data.size())
                                 + " bytes, expected " + std::to_string(n * a.itemSize));
    std::vector<Out> out(n);
    const char *p = a.data.data();
    switch (a.type) {
    case NpyType::Float32:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = Out(load<float>(p + 4 * i));
        break;
    case NpyType::Float64:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = Out(load<double>(p + 8 * i));
        break;
    case NpyType::Int32:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = Out(load<std::int32_t>(p + 4 * i));
        break;
    case NpyType::Int64:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = Out(load<std::int64_t>(p + 8 * i));
        break;
    case NpyType::UInt8:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = Out(static_cast<unsigned char>(p[i]));
        break;
    case NpyType::Bool:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = Out(p[i] != 0 ? 1 : 0);
        break;
    case NpyType::Bytes:
    case NpyType::Unicode:
        throw std::runtime_error(std::string(function) + ": " + a.describe() + " is not a numeric array");
    }
    return out;
}

void appendUtf8(std::string &out, std::uint32_t c)
{
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// ---- the header: a Python dict literal ------------------------------------------------------------

struct PyValue
{
    enum class Kind { String, Bool, None, Int, Tuple, List, Dict };
    Kind kind = Kind::None;
    std::string text;       // String
    bool flag = false;      // Bool
    std::uint64_t number{}; // Int (magnitude)
    bool negative = false;  // Int
    std::vector<PyValue> items;
    std::vector<std::pair<std::string, PyValue>> entries; // Dict (string keys only)

    std::string kindName() const
    {
        switch (kind) {
        case Kind::String: return "a string";
        case Kind::Bool: return flag ? "True" : "False";
        case Kind::None: return "None";
        case Kind::Int: return "an integer";
        case Kind::Tuple: return "a tuple";
        case Kind::List: return "a list";
        case Kind::Dict: return "a dict";
        }
        return "?";
    }
};

class HeaderParser
{
public:
    explicit HeaderParser(std::string_view text)
        : mText(text)
    {}

    PyValue parse()
    {
        PyValue value = parseValue(0);
        skipSpace();
        if (mPos != mText.size())
            fail("unexpected " + quotedHeader(mText.substr(mPos, 10)) + " after the dict");
        return value;
    }

private:
    [[noreturn]] void fail(const std::string &what) const
    {
        throw NpyError("header: malformed dict literal: " + what + " at offset " + std::to_string(mPos) + " of "
                       + quotedHeader(mText));
    }

    void skipSpace()
    {
        while (mPos < mText.size()
               && (mText[mPos] == ' ' || mText[mPos] == '\t' || mText[mPos] == '\n' || mText[mPos] == '\r'))
            ++mPos;
    }

    bool accept(char c)
    {
        skipSpace();
        if (mPos < mText.size() && mText[mPos] == c) {
            ++mPos;
            return true;
        }
        return false;
    }

    bool acceptWord(std::string_view word)
    {
        if (mText.substr(mPos, word.size()) != word)
            return false;
        const std::size_t end = mPos + word.size();
        if (end < mText.size() && (std::isalnum(static_cast<unsigned char>(mText[end])) || mText[end] == '_'))
            return false;
        mPos = end;
        return true;
    }

    PyValue parseValue(int depth)
    {
        if (depth > 8)
            fail("nesting too deep");
        skipSpace();
        if (mPos >= mText.size())
            fail("unexpected end");
        const char c = mText[mPos];
        PyValue v;
        if (c == '\'' || c == '"') {
            v.kind = PyValue::Kind::String;
            v.text = parseString();
        } else if (c == '{') {
            ++mPos;
            v.kind = PyValue::Kind::Dict;
            while (!accept('}')) {
                skipSpace();
                if (mPos >= mText.size() || (mText[mPos] != '\'' && mText[mPos] != '"'))
                    fail("expected a quoted key or '}'");
                std::string key = parseString();
                if (!accept(':'))
                    fail("expected ':' after key " + quoted(key));
                v.entries.emplace_back(std::move(key), parseValue(depth + 1));
                if (!accept(',')) {
                    if (!accept('}'))
                        fail("expected ',' or '}'");
                    break;
                }
            }
        } else if (c == '(' || c == '[') {
            const char close = c == '(' ? ')' : ']';
            ++mPos;
            v.kind = c == '(' ? PyValue::Kind::Tuple : PyValue::Kind::List;
            bool sawComma = false;
            while (!accept(close)) {
                v.items.push_back(parseValue(depth + 1));
                if (!accept(',')) {
                    if (!accept(close))
                        fail(std::string("expected ',' or '") + close + "'");
                    break;
                }
                sawComma = true;
            }
            // "(5)" is just 5 in Python, not a tuple.
            if (c == '(' && v.items.size() == 1 && !sawComma)
                return v.items.front();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            v.kind = PyValue::Kind::Int;
            if (c == '-') {
                v.negative = true;
                ++mPos;
            }
            const std::size_t start = mPos;
            while (mPos < mText.size() && mText[mPos] >= '0' && mText[mPos] <= '9') {
                const std::uint64_t digit = std::uint64_t(mText[mPos] - '0');
                if (v.number > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
                    fail("integer too large");
                v.number = v.number * 10 + digit;
                ++mPos;
            }
            if (mPos == start)
                fail("expected digits");
            if (mPos < mText.size() && (mText[mPos] == 'L' || mText[mPos] == 'l')) // Python 2 long
                ++mPos;
        } else if (acceptWord("True")) {
            v.kind = PyValue::Kind::Bool;
            v.flag = true;
        } else if (acceptWord("False")) {
            v.kind = PyValue::Kind::Bool;
        } else if (acceptWord("None")) {
            v.kind = PyValue::Kind::None;
        } else {
            fail("unexpected " + quotedHeader(mText.substr(mPos, 10)));
        }
        return v;
    }

    std::string parseString()
    {
        const char quote = mText[mPos++];
        std::string s;
        while (mPos < mText.size() && mText[mPos] != quote) {
            if (mText[mPos] == '\\') {
                if (++mPos >= mText.size())
                    break;
            }
            s += mText[mPos++];
        }
        if (mPos >= mText.size())
            fail("unterminated string");
        ++mPos;
        return s;
    }

    std::string_view mText;
    std::size_t mPos = 0;
};

// Parses a dtype descr such as '<f4' into the array's type and item size.
void parseDescr(const std::string &descr, NpyArray &array)
{
    const std::string supported = " (supported: <f4, <f8, <i4, <i8, |u1, |b1, |S<n>, <U<n>)";
    if (descr.empty())
        throw NpyError("descr: empty dtype string" + supported);
    char order = '=';
    std::string rest = descr;
    if (descr[0] == '<' || descr[0] == '>' || descr[0] == '=' || descr[0] == '|') {
        order = descr[0];
        rest = descr.substr(1);
    }
    if (rest.empty())
        throw NpyError("descr " + quoted(descr) + ": no type code" + supported);
    const char kind = rest[0];
    const std::string sizeText = rest.substr(1);
    if (kind == 'O')
        throw NpyError("descr " + quoted(descr)
                       + ": object arrays (pickled Python objects) are not supported; expected a numeric or string "
                         "dtype");
    std::size_t size = 0;
    bool sizeOk = !sizeText.empty() && sizeText.size() <= 9;
    for (char c : sizeText) {
        if (c < '0' || c > '9') {
            sizeOk = false;
            break;
        }
        size = size * 10 + std::size_t(c - '0');
    }
    if (!sizeOk)
        throw NpyError("descr " + quoted(descr) + ": unsupported dtype" + supported);

    std::size_t unit = 0; // bytes per scalar unit, for the byte-order check
    if (kind == 'f' && (size == 4 || size == 8)) {
        array.type = size == 4 ? NpyType::Float32 : NpyType::Float64;
        unit = size;
    } else if (kind == 'i' && (size == 4 || size == 8)) {
        array.type = size == 4 ? NpyType::Int32 : NpyType::Int64;
        unit = size;
    } else if (kind == 'u' && size == 1) {
        array.type = NpyType::UInt8;
        unit = 1;
    } else if (kind == 'b' && size == 1) {
        array.type = NpyType::Bool;
        unit = 1;
    } else if (kind == 'S' && size >= 1 && size <= kMaxStringItemChars) {
        array.type = NpyType::Bytes;
        unit = 1;
    } else if (kind == 'U' && size >= 1 && size <= kMaxStringItemChars) {
        array.type = NpyType::Unicode;
        unit = 4;
        size *= 4;
    } else {
        throw NpyError("descr " + quoted(descr) + ": unsupported dtype" + supported);
    }
    if (order == '>' && unit > 1)
        throw NpyError("descr " + quoted(descr) + ": big-endian data is not supported, expected little-endian '<" + rest
                       + "'");
    array.itemSize = size;
}

NpyArray parseNpyBytes(std::string_view bytes)
{
    if (bytes.empty())
        throw NpyError("empty file, expected a .npy array (magic \\x93NUMPY)");
    if (bytes.size() < kMagicSize || bytes.substr(0, kMagicSize) != std::string_view(kMagic, kMagicSize))
        throw NpyError("not a .npy file: expected the magic \\x93NUMPY, got " + quoted(bytes.substr(0, kMagicSize)));
    if (bytes.size() < kMagicSize + 2)
        throw NpyError("header: truncated after the magic (" + std::to_string(bytes.size()) + " bytes)");
    const int major = static_cast<unsigned char>(bytes[6]);
    const int minor = static_cast<unsigned char>(bytes[7]);
    if ((major != 1 && major != 2 && major != 3) || minor != 0)
        throw NpyError("unsupported .npy format version " + std::to_string(major) + "." + std::to_string(minor)
                       + ", expected 1.0, 2.0 or 3.0");
    const std::size_t lengthBytes = major == 1 ? 2 : 4;
    const std::size_t prefix = kMagicSize + 2 + lengthBytes;
    if (bytes.size() < prefix)
        throw NpyError("header: truncated: the file ends inside the header length (" + std::to_string(bytes.size())
                       + " bytes)");
    std::size_t headerLength = 0;
    for (std::size_t i = 0; i < lengthBytes; ++i)
        headerLength |= std::size_t(static_cast<unsigned char>(bytes[8 + i])) << (8 * i);
    if (headerLength > bytes.size() - prefix)
        throw NpyError("header: truncated: declares " + std::to_string(headerLength) + " bytes, the file has "
                       + std::to_string(bytes.size() - prefix) + " after the prefix");
    const std::string_view header = bytes.substr(prefix, headerLength);

    const PyValue dict = HeaderParser(header).parse();
    if (dict.kind != PyValue::Kind::Dict)
        throw NpyError("header: expected a dict literal, got " + dict.kindName() + ": " + quotedHeader(header));
    const PyValue *descr = nullptr;
    const PyValue *fortran = nullptr;
    const PyValue *shape = nullptr;
    for (const auto &[key, value] : dict.entries) {
        const PyValue **slot = nullptr;
        if (key == "descr")
            slot = &descr;
        else if (key == "fortran_order")
            slot = &fortran;
        else if (key == "shape")
            slot = &shape;
        else
            throw NpyError("header: unexpected key " + quoted(key) + ", expected 'descr', 'fortran_order' and 'shape'");
        if (*slot)
            throw NpyError("header: key " + quoted(key) + " appears twice");
        *slot = &value;
    }
    for (const auto &[key, value] :
         {std::pair{"descr", descr}, std::pair{"fortran_order", fortran}, std::pair{"shape", shape}})
        if (!value)
            throw NpyError(std::string("header: missing key '") + key + "' in " + quotedHeader(header));

    NpyArray array;
    if (descr->kind != PyValue::Kind::String)
        throw NpyError("descr: expected a dtype string such as '<f4', got " + descr->kindName()
                       + (descr->kind == PyValue::Kind::List ? " (structured dtypes are not supported)" : ""));
    parseDescr(descr->text, array);

    if (fortran->kind != PyValue::Kind::Bool)
        throw NpyError("fortran_order: expected True or False, got " + fortran->kindName());
    if (fortran->flag)
        throw NpyError("fortran_order: True (column-major data) is not supported, expected False");

    if (shape->kind != PyValue::Kind::Tuple)
        throw NpyError("shape: expected a tuple of non-negative integers, got " + shape->kindName());
    for (const PyValue &d : shape->items) {
        if (d.kind != PyValue::Kind::Int || d.negative || d.number > std::numeric_limits<std::size_t>::max())
            throw NpyError("shape: expected a tuple of non-negative integers, got " + quotedHeader(header));
        array.shape.push_back(std::size_t(d.number));
    }

    std::size_t count = 0;
    if (!checkedCount(array.shape, count)
        || (count != 0 && array.itemSize > std::numeric_limits<std::size_t>::max() / count))
        throw NpyError("shape " + shapeRepr(array.shape) + ": the data size overflows");
    const std::size_t needed = count * array.itemSize;
    const std::size_t present = bytes.size() - prefix - headerLength;
    if (needed != present)
        throw NpyError("data: shape " + shapeRepr(array.shape) + " of " + typeName(array.type, array.itemSize)
                       + " needs " + std::to_string(needed) + " bytes, got " + std::to_string(present)
                       + (needed > present ? " (truncated)" : " (trailing bytes)"));
    array.data.assign(bytes.data() + prefix + headerLength, needed);
    return array;
}

// ---- minizip over memory ------------------------------------------------------------------------

struct MemoryStream
{
    const char *readData = nullptr; // reading: the archive
    std::uint64_t readSize = 0;
    std::string *writeData = nullptr; // writing: the archive being built
    std::uint64_t pos = 0;

    std::uint64_t size() const { return writeData ? writeData->size() : readSize; }
};

voidpf memOpen(voidpf opaque, const void *, int)
{
    static_cast<MemoryStream *>(opaque)->pos = 0;
    return opaque;
}

uLong memRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *s = static_cast<MemoryStream *>(stream);
    const char *data = s->writeData ? s->writeData->data() : s->readData;
    const std::uint64_t total = s->size();
    if (s->pos >= total)
        return 0;
    const std::uint64_t n = std::min<std::uint64_t>(size, total - s->pos);
    std::memcpy(buf, data + s->pos, std::size_t(n));
    s->pos += n;
    return uLong(n);
}

uLong memWrite(voidpf, voidpf stream, const void *buf, uLong size)
{
    auto *s = static_cast<MemoryStream *>(stream);
    if (!s->writeData)
        return 0;
    std::string &out = *s->writeData;
    if (s->pos > out.size())
        out.resize(std::size_t(s->pos), '\0');
    const std::size_t overlap = std::min<std::size_t>(size, out.size() - std::size_t(s->pos));
    out.replace(std::size_t(s->pos), overlap, static_cast<const char *>(buf), size);
    s->pos += size;
    return size;
}

ZPOS64_T memTell(voidpf, voidpf stream)
{
    return static_cast<MemoryStream *>(stream)->pos;
}

long memSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *s = static_cast<MemoryStream *>(stream);
    std::uint64_t base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = s->pos; break;
    case ZLIB_FILEFUNC_SEEK_END: base = s->size(); break;
    default: return -1;
    }
    if (offset > std::numeric_limits<std::uint64_t>::max() - base)
        return -1;
    const std::uint64_t target = base + offset;
    if (!s->writeData && target > s->readSize)
        return -1;
    s->pos = target;
    return 0;
}

int memClose(voidpf, voidpf)
{
    return 0;
}

int memError(voidpf, voidpf)
{
    return 0;
}

zlib_filefunc64_def memoryFunctions(MemoryStream &stream)
{
    zlib_filefunc64_def def{};
    def.zopen64_file = memOpen;
    def.zread_file = memRead;
    def.zwrite_file = memWrite;
    def.ztell64_file = memTell;
    def.zseek64_file = memSeek;
    def.zclose_file = memClose;
    def.zerror_file = memError;
    def.opaque = &stream;
    return def;
}

std::string unzipErrorText(int code)
{
    switch (code) {
    case UNZ_ERRNO: return "read error (truncated archive?)";
    case UNZ_EOF: return "unexpected end of data";
    case UNZ_PARAMERROR: return "invalid parameter";
    case UNZ_BADZIPFILE: return "corrupt zip structure";
    case UNZ_INTERNALERROR: return "internal error";
    case UNZ_CRCERROR: return "CRC mismatch (corrupt data)";
    case Z_DATA_ERROR: return "corrupt deflate data";
    case Z_MEM_ERROR: return "out of memory";
    case Z_BUF_ERROR: return "truncated deflate data";
    default: return "error " + std::to_string(code);
    }
}

class UnzipHandle
{
public:
    explicit UnzipHandle(unzFile file)
        : mFile(file)
    {}
    ~UnzipHandle()
    {
        if (mFile)
            unzClose(mFile);
    }
    UnzipHandle(const UnzipHandle &) = delete;
    UnzipHandle &operator=(const UnzipHandle &) = delete;
    unzFile get() const { return mFile; }

private:
    unzFile mFile;
};

bool endsWith(const std::string &s, const std::string &suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::map<std::string, NpyArray> readNpzImpl(const std::string &path, const std::set<std::string> *wanted)
{
    const MappedFile file(path);
    const std::string_view archive = file.bytes();
    if (archive.empty())
        throw MotionFileError(path, "empty file, expected a .npz (zip) archive");
    if (archive.size() < 4 || archive.substr(0, 2) != "PK")
        throw MotionFileError(path,
                              "not a .npz file: expected a zip archive (\"PK\"), got " + quoted(archive.substr(0, 8)));
    MemoryStream stream;
    stream.readData = archive.data();
    stream.readSize = archive.size();
    zlib_filefunc64_def functions = memoryFunctions(stream);
    UnzipHandle zip(unzOpen2_64(path.c_str(), &functions));
    if (!zip.get())
        throw MotionFileError(path, "not a readable zip archive (no valid central directory: truncated or corrupt)");

    unz_global_info64 global{};
    if (unzGetGlobalInfo64(zip.get(), &global) != UNZ_OK)
        throw MotionFileError(path, "cannot read the zip central directory");

    std::map<std::string, NpyArray> arrays;
    std::uint64_t inflatedTotal = 0;
    std::string nameBuffer(65536, '\0'); // zip names are at most 65535 bytes
    int status = global.number_entry > 0 ? unzGoToFirstFile(zip.get()) : UNZ_END_OF_LIST_OF_FILE;
    for (std::uint64_t index = 0; status == UNZ_OK; ++index, status = unzGoToNextFile(zip.get())) {
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip.get(), &info, nameBuffer.data(), uLong(nameBuffer.size() - 1), nullptr, 0,
                                    nullptr, 0)
            != UNZ_OK)
            throw MotionFileError(path, "zip entry " + std::to_string(index) + ": corrupt central directory entry");
        const std::string member(nameBuffer.c_str());
        if (!endsWith(member, ".npy"))
            continue; // np.load ignores non-array members too (it hands them out as raw bytes)
        const std::string key = member.substr(0, member.size() - 4);
        if (wanted && !wanted->count(key))
            continue;
        const std::string where = "member '" + member + "': ";
        if (arrays.count(key))
            throw MotionFileError(path, where + "appears twice in the archive");
        if (info.flag & 1)
            throw MotionFileError(path, where + "encrypted members are not supported");
        if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
            throw MotionFileError(path, where + "compression method " + std::to_string(info.compression_method)
                                            + " is not supported, expected 0 (stored) or 8 (deflate)");
        // Bound the allocation by what the archive can actually hold, before allocating.
        if (info.compressed_size > archive.size())
            throw MotionFileError(path, where + "declares " + std::to_string(info.compressed_size)
                                            + " compressed bytes, more than the archive's "
                                            + std::to_string(archive.size()));
        const std::uint64_t bound = info.compression_method == 0
                                        ? info.compressed_size
                                        : info.compressed_size * kDeflateMaxRatio + kDeflateSlack;
        if (info.uncompressed_size > bound || info.uncompressed_size > kMaxMemberBytes)
            throw MotionFileError(
                path, where + "declares " + std::to_string(info.uncompressed_size) + " uncompressed bytes from "
                          + std::to_string(info.compressed_size) + " compressed, expected at most "
                          + std::to_string(std::min(bound, kMaxMemberBytes)) + " (corrupt or forged size)");
        inflatedTotal += info.uncompressed_size;
        if (inflatedTotal > kMaxArchiveInflatedBytes)
            throw MotionFileError(path, where + "the archive inflates to more than "
                                            + std::to_string(kMaxArchiveInflatedBytes) + " bytes");

        int rc = unzOpenCurrentFile(zip.get());
        if (rc != UNZ_OK)
            throw MotionFileError(path, where + "cannot open: " + unzipErrorText(rc));
        std::string bytes(std::size_t(info.uncompressed_size), '\0');
        std::size_t got = 0;
        while (got < bytes.size()) {
            const unsigned chunk = unsigned(std::min<std::size_t>(bytes.size() - got, std::size_t(1) << 30));
            rc = unzReadCurrentFile(zip.get(), bytes.data() + got, chunk);
            if (rc < 0) {
                unzCloseCurrentFile(zip.get());
                throw MotionFileError(path, where + "inflating failed after " + std::to_string(got) + " of "
                                                + std::to_string(bytes.size()) + " bytes: " + unzipErrorText(rc));
            }
            if (rc == 0)
                break;
            got += std::size_t(rc);
        }
        if (got != bytes.size()) {
            unzCloseCurrentFile(zip.get());
            throw MotionFileError(path, where + "inflated " + std::to_string(got) + " bytes, the archive declares "
                                            + std::to_string(bytes.size()) + " (truncated or corrupt member)");
        }
        rc = unzCloseCurrentFile(zip.get());
        if (rc != UNZ_OK)
            throw MotionFileError(path, where + unzipErrorText(rc));
        try {
            arrays.emplace(key, parseNpyBytes(bytes));
        } catch (const NpyError &e) {
            throw MotionFileError(path, where + e.what());
        }
    }
    if (status != UNZ_END_OF_LIST_OF_FILE)
        throw MotionFileError(path, "corrupt zip central directory: " + unzipErrorText(status));
    return arrays;
}

} // namespace

// ---- NpyArray -------------------------------------------------------------------------------------

std::size_t NpyArray::elementCount() const
{
    std::size_t count = 0;
    if (!checkedCount(shape, count))
        throw std::overflow_error("NpyArray: shape " + shapeText(shape) + " overflows");
    return count;
}

std::vector<float> NpyArray::toFloat32() const
{
    return convert<float>(*this, "toFloat32");
}

std::vector<double> NpyArray::toFloat64() const
{
    return convert<double>(*this, "toFloat64");
}

std::vector<std::int64_t> NpyArray::toInt64() const
{
    if (type != NpyType::Float32 && type != NpyType::Float64)
        return convert<std::int64_t>(*this, "toInt64");
    // Floats convert only when they hold integers: a silent truncation would hide a wrong array.
    const std::vector<double> values = toFloat64();
    std::vector<std::int64_t> out(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0) || std::trunc(v) != v)
            throw std::runtime_error("toInt64: element " + std::to_string(i) + " of " + describe()
                                     + " is not an integer (" + std::to_string(v) + ")");
        out[i] = std::int64_t(v);
    }
    return out;
}

std::string NpyArray::toString() const
{
    if (type != NpyType::Bytes && type != NpyType::Unicode)
        throw std::runtime_error("toString: " + describe() + " is not a string array");
    if (elementCount() == 0 || data.size() < itemSize)
        return {};
    if (type == NpyType::Bytes) {
        std::string s = data.substr(0, itemSize);
        while (!s.empty() && s.back() == '\0')
            s.pop_back();
        return s;
    }
    std::vector<std::uint32_t> chars(itemSize / 4);
    for (std::size_t i = 0; i < chars.size(); ++i)
        chars[i] = load<std::uint32_t>(data.data() + 4 * i);
    while (!chars.empty() && chars.back() == 0)
        chars.pop_back();
    std::string s;
    for (std::uint32_t c : chars)
        appendUtf8(s, c);
    return s;
}

std::string NpyArray::describe() const
{
    return typeName(type, itemSize) + " " + shapeText(shape);
}

namespace {

template<typename T>
NpyArray makeArray(NpyType type, std::vector<std::size_t> shape, const std::vector<T> &values, const char *function)
{
    NpyArray a;
    a.type = type;
    a.itemSize = sizeof(T);
    a.shape = std::move(shape);
    if (a.elementCount() != values.size())
        throw std::invalid_argument(std::string(function) + ": shape " + shapeText(a.shape) + " holds "
                                    + std::to_string(a.elementCount()) + " elements, got "
                                    + std::to_string(values.size()) + " values");
    a.data.assign(reinterpret_cast<const char *>(values.data()), values.size() * sizeof(T));
    return a;
}

} // namespace

NpyArray NpyArray::fromFloat32(std::vector<std::size_t> shape, const std::vector<float> &values)
{
    return makeArray(NpyType::Float32, std::move(shape), values, "fromFloat32");
}

NpyArray NpyArray::fromFloat64(std::vector<std::size_t> shape, const std::vector<double> &values)
{
    return makeArray(NpyType::Float64, std::move(shape), values, "fromFloat64");
}

NpyArray NpyArray::fromInt64(std::vector<std::size_t> shape, const std::vector<std::int64_t> &values)
{
    return makeArray(NpyType::Int64, std::move(shape), values, "fromInt64");
}

NpyArray NpyArray::fromBytes(const std::string &bytes)
{
    NpyArray a;
    a.type = NpyType::Bytes;
    a.itemSize = std::max<std::size_t>(1, bytes.size());
    a.data = bytes;
    a.data.resize(a.itemSize, '\0');
    return a;
}

// ---- .npy -----------------------------------------------------------------------------------------

NpyArray parseNpy(std::string_view bytes, const std::string &name)
{
    try {
        return parseNpyBytes(bytes);
    } catch (const NpyError &e) {
        throw MotionFileError(name, e.what());
    }
}

std::string serializeNpy(const NpyArray &array)
{
    const std::size_t fixed = fixedItemSize(array.type);
    if (fixed ? array.itemSize != fixed
              : array.itemSize == 0 || (array.type == NpyType::Unicode && array.itemSize % 4 != 0))
        throw std::invalid_argument("serializeNpy: item size " + std::to_string(array.itemSize) + " does not fit "
                                    + typeName(array.type, array.itemSize));
    std::size_t count = 0;
    if (!checkedCount(array.shape, count) || array.data.size() / array.itemSize != count
        || array.data.size() % array.itemSize != 0)
        throw std::invalid_argument("serializeNpy: " + array.describe() + " needs " + std::to_string(count) + " × "
                                    + std::to_string(array.itemSize) + " bytes, the array holds "
                                    + std::to_string(array.data.size()));

    // Exactly what numpy.lib.format writes (numpy >= 1.23): sorted keys, spare spaces so the first
    // axis can grow in place, then spaces and '\n' up to a multiple of 64 bytes.
    std::string header
        = "{'descr': '" + descrOf(array) + "', 'fortran_order': False, 'shape': " + shapeRepr(array.shape) + ", }";
    if (!array.shape.empty())
        header.append(kGrowthAxisMaxDigits - std::min(kGrowthAxisMaxDigits, std::to_string(array.shape[0]).size()),
                      ' ');
    const std::size_t headerWithNewline = header.size() + 1;
    int major = 1;
    std::size_t prefix = kMagicSize + 2 + 2;
    std::size_t padding = kAlign - (prefix + headerWithNewline) % kAlign;
    if (headerWithNewline + padding > 0xFFFF) {
        major = 2;
        prefix = kMagicSize + 2 + 4;
        padding = kAlign - (prefix + headerWithNewline) % kAlign;
    }
    const std::size_t length = headerWithNewline + padding;
    std::string out;
    out.reserve(prefix + length + array.data.size());
    out.append(kMagic, kMagicSize);
    out += char(major);
    out += char(0);
    for (std::size_t i = 0; i < prefix - kMagicSize - 2; ++i)
        out += char((length >> (8 * i)) & 0xFF);
    out += header;
    out.append(padding, ' ');
    out += '\n';
    out += array.data;
    return out;
}

NpyArray readNpy(const std::string &path)
{
    const MappedFile file(path);
    return parseNpy(file.bytes(), path);
}

void writeNpy(const std::string &path, const NpyArray &array)
{
    std::string bytes;
    try {
        bytes = serializeNpy(array);
    } catch (const std::invalid_argument &e) {
        throw MotionFileError(path, std::string("cannot write: ") + e.what());
    }
    writeFileAtomically(path, bytes);
}

// ---- .npz -----------------------------------------------------------------------------------------

std::map<std::string, NpyArray> readNpz(const std::string &path)
{
    return readNpzImpl(path, nullptr);
}

std::map<std::string, NpyArray> readNpz(const std::string &path, const std::vector<std::string> &keys)
{
    const std::set<std::string> wanted(keys.begin(), keys.end());
    return readNpzImpl(path, &wanted);
}

void writeNpz(const std::string &path, const std::map<std::string, NpyArray> &arrays, bool compress)
{
    std::string archive;
    MemoryStream stream;
    stream.writeData = &archive;
    zlib_filefunc64_def functions = memoryFunctions(stream);
    zipFile zip = zipOpen2_64(path.c_str(), APPEND_STATUS_CREATE, nullptr, &functions);
    if (!zip)
        throw MotionFileError(path, "cannot start a zip archive");
    try {
        for (const auto &[key, array] : arrays) {
            if (key.empty())
                throw MotionFileError(path, "cannot write an array with an empty name");
            const std::string member = key + ".npy";
            std::string bytes;
            try {
                bytes = serializeNpy(array);
            } catch (const std::invalid_argument &e) {
                throw MotionFileError(path, "member '" + member + "': cannot write: " + e.what());
            }
            zip_fileinfo info{};
            info.tmz_date.tm_year = 1980; // fixed timestamp: the same arrays give the same bytes
            info.tmz_date.tm_mday = 1;
            const int zip64 = bytes.size() >= 0xFFFFFFFFull ? 1 : 0;
            if (zipOpenNewFileInZip3_64(zip, member.c_str(), &info, nullptr, 0, nullptr, 0, nullptr,
                                        compress ? Z_DEFLATED : 0, compress ? Z_DEFAULT_COMPRESSION : 0, 0, -MAX_WBITS,
                                        8, Z_DEFAULT_STRATEGY, nullptr, 0, zip64)
                != ZIP_OK)
                throw MotionFileError(path, "member '" + member + "': cannot add it to the archive");
            for (std::size_t done = 0; done < bytes.size();) {
                const unsigned chunk = unsigned(std::min<std::size_t>(bytes.size() - done, std::size_t(1) << 30));
                if (zipWriteInFileInZip(zip, bytes.data() + done, chunk) != ZIP_OK)
                    throw MotionFileError(path, "member '" + member + "': compressing failed");
                done += chunk;
            }
            if (zipCloseFileInZip(zip) != ZIP_OK)
                throw MotionFileError(path, "member '" + member + "': cannot finish it");
        }
    } catch (...) {
        zipClose(zip, nullptr);
        throw;
    }
    if (zipClose(zip, nullptr) != ZIP_OK)
        throw MotionFileError(path, "cannot finish the zip archive");
    writeFileAtomically(path, archive);
}

} // namespace gm::motion
