#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace gm::models {

/// SHA-256 (FIPS 180-4), streamed: update() any number of times, then hex() once.
class Sha256
{
public:
    Sha256();
    void update(const void *data, std::size_t size);
    void update(std::string_view bytes) { update(bytes.data(), bytes.size()); }
    /// The digest; the object is finished afterwards (update() throws std::logic_error).
    std::array<std::uint8_t, 32> digest();
    /// The digest as 64 lower-case hex digits.
    std::string hex();

private:
    void block(const std::uint8_t *p);

    std::array<std::uint32_t, 8> mState;
    std::array<std::uint8_t, 64> mBuffer{};
    std::size_t mBuffered = 0;
    std::uint64_t mLength = 0; ///< bytes so far
    bool mFinished = false;
};

/// The SHA-256 of a file as hex. `onBytes(done)` after each read; a set `cancel` stops early
/// and returns "". Throws std::runtime_error naming the file when it cannot be read.
std::string sha256File(const std::filesystem::path &file, const std::atomic<bool> *cancel = nullptr,
                       const std::function<void(std::uint64_t)> *onBytes = nullptr);

/// True for 64 hex digits (either case).
bool isSha256Hex(std::string_view text);

} // namespace gm::models
