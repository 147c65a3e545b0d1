#include "ml/safetensors.h"

#include "io/motionreader.h"
#include "ml/modelerror.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <limits>

namespace gm::ml {

namespace {

std::size_t itemSize(const std::string &dtype)
{
    static const std::map<std::string, std::size_t> kSizes
        = {{"F64", 8}, {"F32", 4}, {"F16", 2}, {"BF16", 2}, {"I64", 8}, {"I32", 4}, {"I16", 2},
           {"I8", 1},  {"U8", 1},  {"U16", 2}, {"U32", 4},  {"U64", 8}, {"BOOL", 1}};
    const auto it = kSizes.find(dtype);
    return it == kSizes.end() ? 0 : it->second;
}

float halfToFloat(std::uint16_t h)
{
    const std::uint32_t sign = std::uint32_t(h & 0x8000u) << 16;
    std::uint32_t exponent = (h >> 10) & 0x1Fu;
    std::uint32_t mantissa = h & 0x3FFu;
    std::uint32_t bits;
    if (exponent == 0) {
        if (mantissa == 0) {
            bits = sign;
        } else { // subnormal: normalise
            exponent = 127 - 15 + 1;
            while (!(mantissa & 0x400u)) {
                mantissa <<= 1;
                --exponent;
            }
            mantissa &= 0x3FFu;
            bits = sign | (exponent << 23) | (mantissa << 13);
        }
    } else if (exponent == 31) {
        bits = sign | 0x7F800000u | (mantissa << 13); // inf / NaN
    } else {
        bits = sign | ((exponent + 127 - 15) << 23) | (mantissa << 13);
    }
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

} // namespace

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

std::int64_t TensorInfo::elementCount() const
{
    std::int64_t n = 1;
    for (std::int64_t d : shape)
        n *= d;
    return n;
}

std::string TensorInfo::shapeString() const
{
    return shapeText(shape);
}

SafetensorsFile::SafetensorsFile(const std::string &path)
    : mPath(path)
    , mFile([&]() -> motion::MappedFile {
        try {
            return motion::MappedFile(path);
        } catch (const motion::MotionFileError &e) {
            throw ModelError(path, e.detail());
        }
    }())
{
    const std::string_view bytes = mFile.bytes();
    if (bytes.size() < 8)
        throw ModelError(path,
                         "file is " + std::to_string(bytes.size()) + " bytes, too short for a safetensors header");
    std::uint64_t headerLength = 0;
    for (int i = 7; i >= 0; --i)
        headerLength = (headerLength << 8) | static_cast<unsigned char>(bytes[std::size_t(i)]);
    if (headerLength > bytes.size() - 8)
        throw ModelError(path, "header length " + std::to_string(headerLength) + " is beyond the end of the file ("
                                   + std::to_string(bytes.size()) + " bytes): truncated or not safetensors");
    if (headerLength > kMaxHeaderBytes)
        throw ModelError(path, "header length " + std::to_string(headerLength) + " is over the "
                                   + std::to_string(kMaxHeaderBytes) + "-byte limit");
    mDataBegin = 8 + headerLength;
    const std::uint64_t dataSize = bytes.size() - mDataBegin;

    nlohmann::json header;
    try {
        header = nlohmann::json::parse(bytes.substr(8, std::size_t(headerLength)));
    } catch (const nlohmann::json::exception &e) {
        throw ModelError(path, std::string("header is not valid JSON: ") + e.what());
    }
    if (!header.is_object())
        throw ModelError(path, "header is not a JSON object");

    for (auto it = header.begin(); it != header.end(); ++it) {
        const std::string &name = it.key();
        const nlohmann::json &entry = it.value();
        if (name == "__metadata__") {
            if (!entry.is_object())
                throw ModelError(path, "__metadata__ is not an object");
            for (auto m = entry.begin(); m != entry.end(); ++m)
                if (m.value().is_string())
                    mMetadata[m.key()] = m.value().get<std::string>();
            continue;
        }
        const std::string where = "tensor '" + name + "': ";
        if (!entry.is_object() || !entry.contains("dtype") || !entry.contains("shape")
            || !entry.contains("data_offsets"))
            throw ModelError(path, where + "expected an object with dtype, shape and data_offsets");
        TensorInfo t;
        t.name = name;
        if (!entry["dtype"].is_string())
            throw ModelError(path, where + "dtype is not a string");
        t.dtype = entry["dtype"].get<std::string>();
        const std::size_t item = itemSize(t.dtype);
        if (item == 0)
            throw ModelError(path, where + "unknown dtype '" + t.dtype + "'");
        if (!entry["shape"].is_array())
            throw ModelError(path, where + "shape is not an array");
        std::uint64_t elements = 1;
        for (const nlohmann::json &d : entry["shape"]) {
            if (!d.is_number_unsigned() && !(d.is_number_integer() && d.get<std::int64_t>() >= 0))
                throw ModelError(path, where + "shape holds " + d.dump() + ", expected sizes >= 0");
            const std::uint64_t size = d.get<std::uint64_t>();
            if (size != 0 && elements > std::numeric_limits<std::uint64_t>::max() / size / item)
                throw ModelError(path, where + "shape " + entry["shape"].dump() + " overflows");
            elements *= size;
            t.shape.push_back(std::int64_t(size));
        }
        const nlohmann::json &offsets = entry["data_offsets"];
        if (!offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned()
            || !offsets[1].is_number_unsigned())
            throw ModelError(path, where + "data_offsets is not [begin, end]");
        t.begin = offsets[0].get<std::uint64_t>();
        t.end = offsets[1].get<std::uint64_t>();
        if (t.begin > t.end || t.end > dataSize)
            throw ModelError(path, where + "data_offsets [" + std::to_string(t.begin) + ", " + std::to_string(t.end)
                                       + "] are outside the " + std::to_string(dataSize) + " data bytes");
        if (t.end - t.begin != elements * item)
            throw ModelError(path, where + t.dtype + " " + shapeText(t.shape) + " needs "
                                       + std::to_string(elements * item) + " bytes, data_offsets hold "
                                       + std::to_string(t.end - t.begin));
        mTensors.push_back(std::move(t));
    }
    // Data ranges may not overlap.
    std::vector<const TensorInfo *> sorted;
    for (const TensorInfo &t : mTensors)
        sorted.push_back(&t);
    std::sort(sorted.begin(), sorted.end(),
              [](const TensorInfo *a, const TensorInfo *b) { return a->begin < b->begin; });
    for (std::size_t i = 1; i < sorted.size(); ++i)
        if (sorted[i]->begin < sorted[i - 1]->end)
            throw ModelError(path, "tensors '" + sorted[i - 1]->name + "' and '" + sorted[i]->name + "' overlap");
    std::sort(mTensors.begin(), mTensors.end(),
              [](const TensorInfo &a, const TensorInfo &b) { return a.begin < b.begin; });
    for (std::size_t i = 0; i < mTensors.size(); ++i)
        mIndex[mTensors[i].name] = i;
}

const TensorInfo *SafetensorsFile::find(const std::string &name) const
{
    const auto it = mIndex.find(name);
    return it == mIndex.end() ? nullptr : &mTensors[it->second];
}

void SafetensorsFile::readFloat32(const TensorInfo &t, float *out) const
{
    const char *data = mFile.bytes().data() + mDataBegin + t.begin;
    const std::size_t n = std::size_t(t.elementCount());
    if (t.dtype == "F32") {
        if (n > 0) // a tensor with no elements: `out` may be null, and memcpy must not see it
            std::memcpy(out, data, n * 4);
    } else if (t.dtype == "F16" || t.dtype == "BF16") {
        for (std::size_t i = 0; i < n; ++i) {
            std::uint16_t h;
            std::memcpy(&h, data + 2 * i, 2);
            if (t.dtype == "F16") {
                out[i] = halfToFloat(h);
            } else {
                const std::uint32_t bits = std::uint32_t(h) << 16;
                std::memcpy(&out[i], &bits, 4);
            }
        }
    } else if (t.dtype == "F64") {
        for (std::size_t i = 0; i < n; ++i) {
            double d;
            std::memcpy(&d, data + 8 * i, 8);
            out[i] = float(d);
        }
    } else {
        throw ModelError(mPath, "tensor '" + t.name + "': dtype " + t.dtype + ", expected F32, F16, BF16 or F64");
    }
}

std::vector<float> SafetensorsFile::toFloat32(const TensorInfo &t) const
{
    std::vector<float> out(std::size_t(t.elementCount()));
    readFloat32(t, out.data());
    return out;
}

std::uint16_t floatToHalf(float value)
{
    std::uint32_t x;
    std::memcpy(&x, &value, 4);
    const auto sign = std::uint16_t((x >> 16) & 0x8000u);
    x &= 0x7FFFFFFFu;
    if (x > 0x7F800000u)
        return sign | 0x7E00u; // NaN
    if (x >= 0x47800000u)
        return sign | 0x7C00u; // ≥ 65536: inf (65520 … 65536 round up to it below)
    if (x < 0x38800000u) {     // under 2^-14: a half subnormal (units of 2^-24) or zero
        if (x < 0x33000000u)
            return sign; // under 2^-25
        const int shift = 126 - int(x >> 23);
        const std::uint32_t significand = (x & 0x7FFFFFu) | 0x800000u;
        std::uint32_t q = significand >> shift;
        const std::uint32_t rest = significand & ((1u << shift) - 1u), halfway = 1u << (shift - 1);
        if (rest > halfway || (rest == halfway && (q & 1u)))
            ++q;
        return std::uint16_t(sign | q);
    }
    // Normal: re-bias the exponent (127 → 15) and round the 13 dropped bits to nearest even; a
    // carry runs into the exponent, as it should.
    std::uint32_t h = (x - 0x38000000u) >> 13;
    const std::uint32_t rest = x & 0x1FFFu;
    if (rest > 0x1000u || (rest == 0x1000u && (h & 1u)))
        ++h;
    return std::uint16_t(sign | h);
}

void writeSafetensors(const std::string &path, const std::vector<NamedTensor> &tensors,
                      const std::map<std::string, std::string> &metadata)
{
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::uint64_t offset = 0;
    for (const NamedTensor &t : tensors) {
        std::uint64_t n = 1;
        for (std::int64_t d : t.shape)
            n *= std::uint64_t(std::max<std::int64_t>(d, 0));
        if (n != t.data.size())
            throw ModelError(path, "tensor '" + t.name + "': shape " + shapeText(t.shape) + " needs "
                                       + std::to_string(n) + " values, got " + std::to_string(t.data.size()));
        const std::uint64_t bytes = (t.half ? 2 : 4) * n;
        header[t.name]
            = {{"dtype", t.half ? "F16" : "F32"}, {"shape", t.shape}, {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
    }
    std::string text = header.dump();
    text.append((8 - text.size() % 8) % 8, ' ');
    std::string bytes(8, '\0');
    for (int i = 0; i < 8; ++i)
        bytes[std::size_t(i)] = char((std::uint64_t(text.size()) >> (8 * i)) & 0xFF);
    bytes += text;
    bytes.reserve(bytes.size() + offset);
    for (const NamedTensor &t : tensors) {
        if (!t.half) {
            bytes.append(reinterpret_cast<const char *>(t.data.data()), t.data.size() * 4);
            continue;
        }
        for (float v : t.data) {
            const std::uint16_t h = floatToHalf(v);
            bytes.push_back(char(h & 0xFF));
            bytes.push_back(char(h >> 8));
        }
    }
    try {
        motion::writeFileAtomically(path, bytes);
    } catch (const motion::MotionFileError &e) {
        throw ModelError(path, e.detail());
    }
}

} // namespace gm::ml
