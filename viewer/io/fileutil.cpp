#include "io/fileutil.h"

#include "io/motionreader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <system_error>
#include <utility>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#define GM_HAVE_MMAP 1
#endif

namespace gm::motion {

namespace fs = std::filesystem;

// Here rather than with the registry, so that a reader builds without every other reader.
MotionFileError::MotionFileError(const std::string &path, const std::string &detail)
    : std::runtime_error(path + ": " + detail)
    , mPath(path)
    , mDetail(detail)
{}

std::uint64_t fileSize(const std::string &path)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throw MotionFileError(path, "no such file");
    if (!fs::is_regular_file(status))
        throw MotionFileError(path, "not a regular file");
    const auto size = fs::file_size(path, ec);
    if (ec)
        throw MotionFileError(path, "cannot read its size: " + ec.message());
    return size;
}

std::string readFile(const std::string &path, std::uint64_t maxBytes)
{
    const std::uint64_t size = fileSize(path);
    if (size > maxBytes)
        throw MotionFileError(path, "file is " + std::to_string(size) + " bytes, more than the limit of "
                                        + std::to_string(maxBytes));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw MotionFileError(path, std::string("cannot open: ") + std::strerror(errno));
    std::string bytes(std::size_t(size), '\0');
    in.read(bytes.data(), std::streamsize(size));
    if (in.gcount() != std::streamsize(size))
        throw MotionFileError(path, "read " + std::to_string(in.gcount()) + " of " + std::to_string(size) + " bytes");
    return bytes;
}

MappedFile::MappedFile(const std::string &path, std::uint64_t maxBytes)
{
    const std::uint64_t size = fileSize(path);
    if (size > maxBytes)
        throw MotionFileError(path, "file is " + std::to_string(size) + " bytes, more than the limit of "
                                        + std::to_string(maxBytes));
    if (size == 0)
        return;
#ifdef GM_HAVE_MMAP
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw MotionFileError(path, std::string("cannot open: ") + std::strerror(errno));
    int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
    flags |= MAP_POPULATE; // map every page now: one call instead of a page fault per 4 KiB
#endif
    void *mapping = ::mmap(nullptr, std::size_t(size), PROT_READ, flags, fd, 0);
    ::close(fd);
    if (mapping != MAP_FAILED) {
        mMapping = mapping;
        mMappedSize = std::size_t(size);
        mBytes = std::string_view(static_cast<const char *>(mapping), mMappedSize);
        return;
    }
#endif
    mCopy = readFile(path, maxBytes); // e.g. a file system that cannot map
    mBytes = mCopy;
}

MappedFile::~MappedFile()
{
    release();
}

MappedFile::MappedFile(MappedFile &&other) noexcept
{
    *this = std::move(other);
}

MappedFile &MappedFile::operator=(MappedFile &&other) noexcept
{
    if (this != &other) {
        release();
        mMapping = std::exchange(other.mMapping, nullptr);
        mMappedSize = std::exchange(other.mMappedSize, 0);
        const bool copied = !mMapping && !other.mBytes.empty();
        mCopy = std::move(other.mCopy);
        mBytes = copied ? std::string_view(mCopy) : other.mBytes;
        other.mBytes = {};
    }
    return *this;
}

void MappedFile::release()
{
#ifdef GM_HAVE_MMAP
    if (mMapping)
        ::munmap(mMapping, mMappedSize);
#endif
    mMapping = nullptr;
    mMappedSize = 0;
    mBytes = {};
    mCopy.clear();
}

std::string readFileHead(const std::string &path, std::size_t count)
{
    fileSize(path); // existence and type checks with our messages
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw MotionFileError(path, std::string("cannot open: ") + std::strerror(errno));
    std::string bytes(count, '\0');
    in.read(bytes.data(), std::streamsize(count));
    bytes.resize(std::size_t(in.gcount()));
    return bytes;
}

void writeFileAtomically(const std::string &path, const std::string &bytes)
{
    const fs::path target(path);
    std::random_device rd;
    const fs::path temp = target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(rd()));
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw MotionFileError(path, std::string("cannot create a file in its folder: ") + std::strerror(errno));
        out.write(bytes.data(), std::streamsize(bytes.size()));
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temp, ignored);
            throw MotionFileError(path, "write failed (disk full?)");
        }
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        throw MotionFileError(path, "cannot replace the file: " + ec.message());
    }
}

std::string fileExtension(const std::string &path)
{
    std::string ext = fs::path(path).extension().string();
    if (!ext.empty() && ext[0] == '.')
        ext.erase(0, 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

std::string fileName(const std::string &path)
{
    return fs::path(path).filename().string();
}

} // namespace gm::motion
