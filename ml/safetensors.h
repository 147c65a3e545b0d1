#pragma once

#include "io/fileutil.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace gm::ml {

/// "[512, 263, 3]", for messages.
std::string shapeText(const std::vector<std::int64_t> &shape);

/// One tensor's entry in a safetensors header.
struct TensorInfo
{
    std::string name;
    std::string dtype; ///< "F32", "F16", "BF16", "F64", "I64", ...
    std::vector<std::int64_t> shape;
    std::uint64_t begin = 0; ///< byte offsets into the data section
    std::uint64_t end = 0;

    std::int64_t elementCount() const;
    /// "[512, 263, 3]"
    std::string shapeString() const;
};

/// A safetensors file (8-byte little-endian header length, JSON header, raw little-endian data),
/// memory-mapped. The header is checked in full before anything is read: its length against the
/// file, every dtype, shape and offset range against the data section (sizes overflow-checked,
/// ranges inside the data and not overlapping), so a forged header cannot make us read outside
/// the file or allocate more than it holds. Throws ModelError naming the file and the entry.
class SafetensorsFile
{
public:
    /// Headers larger than this are refused (real ones are a few hundred KiB).
    static constexpr std::uint64_t kMaxHeaderBytes = 100u << 20;

    explicit SafetensorsFile(const std::string &path);

    const std::string &path() const { return mPath; }
    const std::vector<TensorInfo> &tensors() const { return mTensors; }
    /// The entry called `name`, or null.
    const TensorInfo *find(const std::string &name) const;
    /// The "__metadata__" strings.
    const std::map<std::string, std::string> &metadata() const { return mMetadata; }

    /// The tensor's elements as float32: F32 as is, F16 and BF16 widened, F64 narrowed.
    /// Throws ModelError for other dtypes.
    std::vector<float> toFloat32(const TensorInfo &tensor) const;
    /// Writes the elements as float32 into `out` (elementCount() floats).
    void readFloat32(const TensorInfo &tensor, float *out) const;

private:
    std::string mPath;
    motion::MappedFile mFile;
    std::uint64_t mDataBegin = 0;
    std::vector<TensorInfo> mTensors;
    std::map<std::string, std::size_t> mIndex;
    std::map<std::string, std::string> mMetadata;
};

/// A tensor to write: float32 values, stored as F32 or (half) as F16.
struct NamedTensor
{
    std::string name;
    std::vector<std::int64_t> shape;
    std::vector<float> data;
    bool half = false;
};

/// IEEE binary16 of a float, rounded to nearest even (overflow gives ±inf), as PyTorch's .half().
std::uint16_t floatToHalf(float value);

/// Writes a safetensors file of F32/F16 tensors (in the given order) atomically; the header is padded
/// with spaces to a multiple of 8 bytes. Throws ModelError on a size mismatch or a write error.
void writeSafetensors(const std::string &path, const std::vector<NamedTensor> &tensors,
                      const std::map<std::string, std::string> &metadata = {});

} // namespace gm::ml
