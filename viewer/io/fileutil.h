#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gm::motion {

/// Size of a regular file in bytes; throws MotionFileError when it is missing or not a file.
std::uint64_t fileSize(const std::string &path);
/// Reads a whole file. Throws MotionFileError when it cannot be read or is larger than maxBytes.
std::string readFile(const std::string &path, std::uint64_t maxBytes = std::uint64_t(8) << 30);
/// A whole file's bytes, read-only, mapped into memory where the system can (no copy, no zeroing:
/// several times faster than readFile() for large files) and read otherwise. Movable, not copyable.
class MappedFile
{
public:
    /// Throws MotionFileError when the file cannot be opened or is larger than maxBytes.
    explicit MappedFile(const std::string &path, std::uint64_t maxBytes = std::uint64_t(8) << 30);
    ~MappedFile();
    MappedFile(MappedFile &&other) noexcept;
    MappedFile &operator=(MappedFile &&other) noexcept;
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    std::string_view bytes() const { return mBytes; }

private:
    void release();

    std::string_view mBytes;
    void *mMapping = nullptr;
    std::size_t mMappedSize = 0;
    std::string mCopy; ///< where the file could not be mapped
};

/// Reads at most `count` bytes from the start of the file.
std::string readFileHead(const std::string &path, std::size_t count = 4096);
/// Writes through a temporary file in the same folder and renames it over `path`, so that a crash
/// never leaves a partial file. Throws MotionFileError.
void writeFileAtomically(const std::string &path, const std::string &bytes);
/// Lower-case extension without the dot ("bvh"), or "".
std::string fileExtension(const std::string &path);
/// File name without folders.
std::string fileName(const std::string &path);

} // namespace gm::motion
