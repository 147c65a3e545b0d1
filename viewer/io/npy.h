#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gm::motion {

/// Element types of the NumPy arrays we read and write (little-endian only).
enum class NpyType { Float32, Float64, Int32, Int64, UInt8, Bool, Bytes, Unicode };

/// A NumPy array as stored in a .npy file: element type, shape and the raw little-endian bytes in
/// C (row-major) order.
struct NpyArray
{
    NpyType type = NpyType::Float32;
    std::size_t itemSize = 4; ///< bytes per element (Bytes: n of "|Sn"; Unicode: 4·n of "<Un")
    std::vector<std::size_t> shape;
    std::string data;

    std::size_t elementCount() const;
    /// The elements converted to float/double. Throws std::runtime_error for Bytes/Unicode arrays.
    std::vector<float> toFloat32() const;
    std::vector<double> toFloat64() const;
    std::vector<std::int64_t> toInt64() const;
    /// A Bytes or Unicode array's first element as UTF-8 without trailing NULs (AMASS `gender`).
    std::string toString() const;
    /// "float32 [170, 22, 3]", for messages.
    std::string describe() const;

    static NpyArray fromFloat32(std::vector<std::size_t> shape, const std::vector<float> &values);
    static NpyArray fromFloat64(std::vector<std::size_t> shape, const std::vector<double> &values);
    static NpyArray fromInt64(std::vector<std::size_t> shape, const std::vector<std::int64_t> &values);
    /// A "|S<n>" scalar holding these bytes (n = max(1, size), like np.array(b'female')).
    static NpyArray fromBytes(const std::string &bytes);
};

/// Parses .npy bytes (format versions 1.0, 2.0 and 3.0). `name` is used in error messages.
/// Throws MotionFileError(name, ...) for a bad magic, a malformed header, big-endian or Fortran-order
/// data, an unsupported dtype, or a data size that disagrees with the shape (checked before any
/// allocation driven by the header).
NpyArray parseNpy(std::string_view bytes, const std::string &name);
/// Serialises byte for byte as np.save does (numpy >= 1.23): format 1.0 (2.0 when the header needs
/// it), the header padded with spaces and '\n' so the data starts at a multiple of 64. Throws
/// std::invalid_argument when the data size disagrees with the shape and item size.
std::string serializeNpy(const NpyArray &array);

/// Reads a .npy file. Throws MotionFileError naming the file.
NpyArray readNpy(const std::string &path);
/// Writes a .npy file atomically (temporary file + rename). Throws MotionFileError.
void writeNpy(const std::string &path, const NpyArray &array);

/// Reads every .npy member of a .npz archive (stored or deflated members), keyed by name without ".npy";
/// members with other names are skipped. Decompressed sizes are bounded by the archive's size × the deflate maximum
/// ratio, so a forged archive cannot make us allocate unboundedly. Throws MotionFileError naming the archive and
/// member.
std::map<std::string, NpyArray> readNpz(const std::string &path);
/// Reads only the members named in `keys` (without ".npy"); the others are neither inflated nor
/// parsed, so they may hold dtypes we do not support (pickled objects in body-model files). Keys the
/// archive lacks are absent from the result. Throws as above.
std::map<std::string, NpyArray> readNpz(const std::string &path, const std::vector<std::string> &keys);
/// Writes a .npz archive atomically, one "<key>.npy" member per array; `compress` chooses deflate
/// (np.savez_compressed) or stored (np.savez). Throws MotionFileError.
void writeNpz(const std::string &path, const std::map<std::string, NpyArray> &arrays, bool compress);

} // namespace gm::motion
