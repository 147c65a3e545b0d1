#pragma once

#include <cstdint>
#include <string>

namespace gm::motion {

/// Size of a regular file in bytes; throws MotionFileError when it is missing or not a file.
std::uint64_t fileSize(const std::string &path);
/// Reads a whole file. Throws MotionFileError when it cannot be read or is larger than maxBytes.
std::string readFile(const std::string &path, std::uint64_t maxBytes = std::uint64_t(8) << 30);
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
