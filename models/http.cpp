#include "models/http.h"

#include "gm/version.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace gm::models {

HttpError::HttpError(const std::string &url, const std::string &what, long status)
    : std::runtime_error(what)
    , mUrl(url)
    , mStatus(status)
{}

namespace {

void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            throw std::runtime_error("libcurl could not be initialised");
    });
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string trim(const std::string &s)
{
    std::size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a])))
        ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1])))
        --b;
    return s.substr(a, b - a);
}

/// Where the body goes: a file (opened at the first byte of a successful response, so an HTTP
/// error leaves it untouched) or a string.
struct Transfer
{
    Transfer(const std::string &u, const FetchOptions &o, const std::function<void(const TransferProgress &)> &progress,
             const std::atomic<bool> *c)
        : url(u)
        , options(&o)
        , onProgress(&progress)
        , cancel(c)
    {}

    std::string url;
    const FetchOptions *options = nullptr;
    const std::function<void(const TransferProgress &)> *onProgress = nullptr;
    const std::atomic<bool> *cancel = nullptr;

    // the current response's headers (reset at every status line: redirects have several)
    long status = 0;
    std::string reason;
    std::string etag, lastModified, contentRange;
    std::uint64_t contentLength = 0;
    bool haveLength = false;

    // the sink
    const std::filesystem::path *file = nullptr;
    std::FILE *out = nullptr;
    std::string *memory = nullptr;
    std::uint64_t offset = 0;  ///< bytes kept from before (a Range request from here)
    std::uint64_t written = 0; ///< body bytes of this response
    bool started = false;
    std::string errorBody; ///< the start of an error response, for the message
    std::string failure;   ///< why the write callback stopped the transfer
    bool restart = false;  ///< the server ignored our Range: the file was truncated

    ~Transfer()
    {
        if (out)
            std::fclose(out);
    }

    bool cancelled() const { return cancel && cancel->load(); }

    void report()
    {
        if (onProgress && *onProgress)
            (*onProgress)({offset + written, haveLength ? offset + contentLength : 0});
    }

    // returns false to abort
    bool begin()
    {
        started = true;
        if (status >= 300)
            return true; // an error body: kept in errorBody
        if (offset > 0 && status == 200) {
            // The server sent the whole file (no Range support, or If-Range did not match).
            offset = 0;
            restart = true;
        } else if (status == 206) {
            // "bytes 100-999/1000": must start where our file ends
            unsigned long long first = 0, last = 0;
            if (std::sscanf(contentRange.c_str(), "bytes %llu-%llu", &first, &last) != 2 || first != offset) {
                failure = "the server resumed at the wrong place (Content-Range \"" + contentRange + "\", expected "
                          + std::to_string(offset) + ")";
                return false;
            }
        }
        if (options->maxBytes > 0 && haveLength && offset + contentLength > options->maxBytes) {
            failure = "the server announced " + std::to_string(offset + contentLength) + " bytes, more than the "
                      + std::to_string(options->maxBytes) + " allowed";
            return false;
        }
        if (options->onValidator)
            options->onValidator(etag.empty() ? lastModified : etag);
        if (file) {
            out = std::fopen(file->c_str(), offset > 0 ? "ab" : "wb");
            if (!out) {
                failure = file->string() + ": cannot be written";
                return false;
            }
        }
        return true;
    }

    std::size_t write(const char *data, std::size_t size)
    {
        if (!started && !begin())
            return 0;
        if (status >= 300) {
            if (errorBody.size() < 2048)
                errorBody.append(data, std::min<std::size_t>(size, 2048 - errorBody.size()));
            return size;
        }
        if (cancelled())
            return 0;
        if (options->maxBytes > 0 && offset + written + size > options->maxBytes) {
            failure = "more than the " + std::to_string(options->maxBytes) + " bytes allowed";
            return 0;
        }
        if (out) {
            if (std::fwrite(data, 1, size, out) != size) {
                failure = file->string() + ": write failed (is the disk full?)";
                return 0;
            }
        } else if (memory) {
            memory->append(data, size);
        }
        written += size;
        report();
        return size;
    }

    void header(const std::string &line)
    {
        if (line.rfind("HTTP/", 0) == 0) {
            status = 0;
            reason.clear();
            etag.clear();
            lastModified.clear();
            contentRange.clear();
            haveLength = false;
            const auto space = line.find(' ');
            if (space != std::string::npos) {
                status = std::strtol(line.c_str() + space + 1, nullptr, 10);
                const auto second = line.find(' ', space + 1);
                if (second != std::string::npos)
                    reason = trim(line.substr(second + 1));
            }
            return;
        }
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            return;
        const std::string name = lower(trim(line.substr(0, colon)));
        const std::string value = trim(line.substr(colon + 1));
        if (name == "etag")
            etag = value;
        else if (name == "last-modified")
            lastModified = value;
        else if (name == "content-range")
            contentRange = value;
        else if (name == "content-length") {
            char *end = nullptr;
            const unsigned long long n = std::strtoull(value.c_str(), &end, 10);
            haveLength = end != value.c_str();
            contentLength = n;
        }
    }
};

extern "C" std::size_t writeCallback(char *data, std::size_t size, std::size_t count, void *user)
{
    return static_cast<Transfer *>(user)->write(data, size * count);
}

extern "C" std::size_t headerCallback(char *data, std::size_t size, std::size_t count, void *user)
{
    static_cast<Transfer *>(user)->header(std::string(data, size * count));
    return size * count;
}

extern "C" int progressCallback(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<Transfer *>(user)->cancelled() ? 1 : 0;
}

std::string environment(const char *name)
{
    const char *v = std::getenv(name);
    return v ? v : "";
}

/// Runs the transfer; false when it was cancelled. Throws HttpError.
bool perform(Transfer &t)
{
    initialiseCurl();
    CURL *curl = curl_easy_init();
    if (!curl)
        throw HttpError(t.url, "libcurl could not start a transfer");
    struct Cleanup
    {
        CURL *c;
        curl_slist *headers = nullptr;
        ~Cleanup()
        {
            curl_slist_free_all(headers);
            curl_easy_cleanup(c);
        }
    } cleanup{curl};
    char errorText[CURL_ERROR_SIZE] = {};
    const std::string agent = std::string("GeoMotion-Studio/") + gm::kVersion;
    curl_easy_setopt(curl, CURLOPT_URL, t.url.c_str());
    curl_easy_setopt(curl, CURLOPT_USERAGENT, agent.c_str());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 10L);
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS, long(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS, long(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, t.options->connectTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, t.options->stallSeconds);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeCallback);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, headerCallback);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progressCallback);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);
    // libcurl reads http_proxy, https_proxy, ALL_PROXY and NO_PROXY itself; it ignores the
    // upper-case HTTP_PROXY (a CGI hazard that does not apply here), which many set.
    if (urlScheme(t.url) == "http" && environment("http_proxy").empty() && !environment("HTTP_PROXY").empty())
        curl_easy_setopt(curl, CURLOPT_PROXY, environment("HTTP_PROXY").c_str());
    const std::string range = std::to_string(t.offset) + "-"; // CURLOPT_RANGE: "N-"
    if (t.offset > 0) {
        curl_easy_setopt(curl, CURLOPT_RANGE, range.c_str());
        if (!t.options->validator.empty())
            cleanup.headers = curl_slist_append(cleanup.headers, ("If-Range: " + t.options->validator).c_str());
    }
    if (cleanup.headers)
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, cleanup.headers);

    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    if (status > 0)
        t.status = status;
    if (t.out) {
        const bool closed = std::fclose(t.out) == 0;
        t.out = nullptr;
        if (!closed && code == CURLE_OK)
            throw std::runtime_error(t.file->string() + ": write failed");
    }
    if (code == CURLE_ABORTED_BY_CALLBACK || (code == CURLE_WRITE_ERROR && t.cancelled()))
        return false;
    if (!t.failure.empty())
        throw HttpError(t.url, t.failure, t.status);
    if (code != CURLE_OK && t.status < 300) {
        std::string what = errorText[0] ? errorText : curl_easy_strerror(code);
        while (!what.empty() && (what.back() == '\n' || what.back() == '.'))
            what.pop_back();
        throw HttpError(t.url, what, 0);
    }
    if (t.status >= 300) {
        std::string what = "HTTP " + std::to_string(t.status) + (t.reason.empty() ? "" : " " + t.reason);
        throw HttpError(t.url, what, t.status);
    }
    return true;
}

} // namespace

FetchResult fetchToFile(const std::string &url, const std::filesystem::path &file, const FetchOptions &options,
                        const std::function<void(const TransferProgress &)> &onProgress,
                        const std::atomic<bool> *cancel)
{
    std::error_code ec;
    std::uint64_t have = 0;
    if (options.resume && std::filesystem::is_regular_file(file, ec))
        have = std::filesystem::file_size(file, ec);
    for (int attempt = 0;; ++attempt) {
        Transfer t(url, options, onProgress, cancel);
        t.file = &file;
        t.offset = have;
        bool finished = false;
        try {
            finished = perform(t);
        } catch (const HttpError &e) {
            if (e.status() == 416 && have > 0 && attempt == 0) {
                // Nothing left to send from there: either the file is complete ("bytes */N"
                // with N our size) or ours is longer than theirs (start over).
                unsigned long long total = 0;
                if (std::sscanf(t.contentRange.c_str(), "bytes */%llu", &total) == 1 && total == have) {
                    FetchResult r;
                    r.status = 206;
                    r.bytes = have;
                    r.resumedFrom = have;
                    r.etag = t.etag.empty() ? t.lastModified : t.etag;
                    return r;
                }
                have = 0;
                continue;
            }
            throw;
        }
        FetchResult r;
        r.status = t.status;
        r.cancelled = !finished;
        r.resumedFrom = t.restart ? 0 : have;
        r.bytes = t.offset + t.written;
        r.etag = t.etag.empty() ? t.lastModified : t.etag;
        if (finished && !t.started) {
            // an empty body: make sure the file exists and is empty
            if (std::FILE *f = std::fopen(file.c_str(), have > 0 && t.status == 206 ? "ab" : "wb"))
                std::fclose(f);
            else
                throw std::runtime_error(file.string() + ": cannot be written");
        }
        if (finished && t.haveLength && t.written != t.contentLength)
            throw HttpError(url, "the connection closed after " + std::to_string(t.written) + " of "
                                     + std::to_string(t.contentLength) + " bytes");
        return r;
    }
}

std::string fetchText(const std::string &url, std::uint64_t maxBytes, const std::atomic<bool> *cancel)
{
    FetchOptions options;
    options.resume = false;
    options.maxBytes = maxBytes;
    std::string body;
    std::function<void(const TransferProgress &)> none;
    Transfer t(url, options, none, cancel);
    t.memory = &body;
    if (!perform(t))
        throw HttpError(url, "cancelled");
    return body;
}

std::string urlScheme(const std::string &text)
{
    const std::string l = lower(text.substr(0, 8));
    if (l.rfind("https://", 0) == 0)
        return "https";
    if (l.rfind("http://", 0) == 0)
        return "http";
    return {};
}

std::string urlHost(const std::string &url)
{
    const auto start = url.find("://");
    if (start == std::string::npos)
        return {};
    std::string rest = url.substr(start + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    if (const auto at = rest.rfind('@'); at != std::string::npos)
        rest = rest.substr(at + 1);
    if (!rest.empty() && rest[0] == '[')
        return lower(rest.substr(1, rest.find(']') - 1));
    return lower(rest.substr(0, rest.find(':')));
}

bool isLoopbackHost(const std::string &host)
{
    return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

} // namespace gm::models
