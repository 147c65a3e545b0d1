#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

namespace gm::models {

/// A transfer that failed: the URL, what went wrong and, for an HTTP error, its status (404).
/// status is 0 for a network error (no connection, reset, timeout).
class HttpError : public std::runtime_error
{
public:
    HttpError(const std::string &url, const std::string &what, long status = 0);
    const std::string &url() const { return mUrl; }
    long status() const { return mStatus; }

private:
    std::string mUrl;
    long mStatus;
};

/// Bytes of one transfer so far. `total` is 0 when the server did not say.
struct TransferProgress
{
    std::uint64_t received = 0; ///< including what an earlier, resumed transfer had
    std::uint64_t total = 0;
};

/// What fetchToFile() did.
struct FetchResult
{
    long status = 0;               ///< 200, or 206 when it resumed
    std::uint64_t bytes = 0;       ///< the file's size now
    std::uint64_t resumedFrom = 0; ///< bytes that were kept from an earlier transfer (0: from the start)
    bool cancelled = false;        ///< `cancel` was set: the file holds what arrived, for a later resume
    std::string etag;              ///< the server's validator (ETag, else Last-Modified), for If-Range
};

struct FetchOptions
{
    /// Continue `file` from its size with a Range request when it exists. When `validator` is
    /// given it goes in If-Range, so a file that changed on the server starts over.
    bool resume = true;
    std::string validator;
    long connectTimeoutSeconds = 30;
    /// A transfer slower than 1 byte/s for this long is abandoned (a stalled connection).
    long stallSeconds = 60;
    /// Refuse a body longer than this (a manifest, an error page): 0 for no limit.
    std::uint64_t maxBytes = 0;
    /// Called with the server's validator (ETag, else Last-Modified) when the body starts, so a
    /// caller can keep it for resuming a transfer that breaks.
    std::function<void(const std::string &)> onValidator;
};

/// Downloads `url` (http or https; redirects followed; the proxy of http_proxy / https_proxy /
/// HTTP_PROXY / HTTPS_PROXY / ALL_PROXY and NO_PROXY honoured) into `file`, appending to what is
/// there when resuming. `onProgress` is called as bytes arrive (from the calling thread); `cancel`
/// is polled between chunks. Throws HttpError for an HTTP error (the file untouched) or a broken
/// transfer (the file keeps what arrived); std::runtime_error when the file cannot be written.
FetchResult fetchToFile(const std::string &url, const std::filesystem::path &file, const FetchOptions &options = {},
                        const std::function<void(const TransferProgress &)> &onProgress = {},
                        const std::atomic<bool> *cancel = nullptr);

/// A small document (a manifest) into memory, at most maxBytes. Throws HttpError.
std::string fetchText(const std::string &url, std::uint64_t maxBytes = std::uint64_t(4) << 20,
                      const std::atomic<bool> *cancel = nullptr);

/// "http", "https", or "" for anything else (a path).
std::string urlScheme(const std::string &text);
/// The host of an http(s) URL, lower-case, without port or brackets.
std::string urlHost(const std::string &url);
/// True for localhost, 127.0.0.0/8 and ::1.
bool isLoopbackHost(const std::string &host);

} // namespace gm::models
