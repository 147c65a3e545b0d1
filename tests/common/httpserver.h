#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for tests of downloads: no outside network. It serves
// byte strings by path, honours Range (and If-Range against its ETag), answers 404 for anything
// else, and can misbehave on purpose: cut a response after N bytes, send slowly, ignore Range. It
// also accepts a proxy's absolute-form request ("GET http://host/path"), so a test can point
// http_proxy at it. Every request is recorded. One connection at a time, "Connection: close".

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <cstring>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace gm::test {

class HttpServer
{
public:
    struct Resource
    {
        std::string body;
        std::string etag;              ///< sent as ETag; If-Range must match it to resume
        int cutAfter = -1;             ///< close after this many body bytes (−1: never) …
        int cutTimes = 0;              ///< … for this many responses
        bool ignoreRange = false;      ///< answer 200 with the whole body to a Range request
        std::size_t chunk = 64 * 1024; ///< bytes per send
        int chunkDelayMs = 0;          ///< pause between chunks (a slow server)
    };

    struct Request
    {
        std::string method;
        std::string target;                         ///< as sent: "/a/b" or, through a proxy, "http://host/a/b"
        std::string path;                           ///< the path alone
        std::map<std::string, std::string> headers; ///< lower-case names
        int status = 0;
    };

    HttpServer()
    {
        mListen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (mListen < 0)
            throw std::runtime_error("socket");
        int one = 1;
        ::setsockopt(mListen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        if (::bind(mListen, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(mListen, 16) != 0)
            throw std::runtime_error("bind/listen on 127.0.0.1");
        socklen_t length = sizeof address;
        ::getsockname(mListen, reinterpret_cast<sockaddr *>(&address), &length);
        mPort = ntohs(address.sin_port);
        mThread = std::thread([this] { serve(); });
    }

    ~HttpServer()
    {
        mStop.store(true);
        ::shutdown(mListen, SHUT_RDWR);
        ::close(mListen);
        mThread.join();
    }

    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    int port() const { return mPort; }
    /// "http://127.0.0.1:PORT" + path.
    std::string url(const std::string &path = "/") const { return "http://127.0.0.1:" + std::to_string(mPort) + path; }

    void add(const std::string &path, Resource resource)
    {
        std::lock_guard<std::mutex> lock(mMutex);
        if (resource.etag.empty())
            resource.etag = "\"" + std::to_string(std::hash<std::string>{}(resource.body)) + "\"";
        mResources[path] = std::move(resource);
    }
    void add(const std::string &path, const std::string &body)
    {
        Resource r;
        r.body = body;
        add(path, std::move(r));
    }
    void remove(const std::string &path)
    {
        std::lock_guard<std::mutex> lock(mMutex);
        mResources.erase(path);
    }
    /// Changes a resource in place (under the lock).
    template<typename F>
    void modify(const std::string &path, F f)
    {
        std::lock_guard<std::mutex> lock(mMutex);
        f(mResources.at(path));
    }

    std::vector<Request> requests() const
    {
        std::lock_guard<std::mutex> lock(mMutex);
        return mRequests;
    }
    /// The requests for one path.
    std::vector<Request> requestsFor(const std::string &path) const
    {
        std::vector<Request> out;
        for (const Request &r : requests())
            if (r.path == path)
                out.push_back(r);
        return out;
    }
    void clearRequests()
    {
        std::lock_guard<std::mutex> lock(mMutex);
        mRequests.clear();
    }

private:
    static bool sendAll(int fd, const char *data, std::size_t size)
    {
        while (size > 0) {
            const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            data += n;
            size -= std::size_t(n);
        }
        return true;
    }

    void serve()
    {
        while (!mStop.load()) {
            const int fd = ::accept4(mListen, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0) {
                if (mStop.load())
                    return;
                continue;
            }
            handle(fd);
            ::close(fd);
        }
    }

    void handle(int fd)
    {
        std::string head;
        char buffer[4096];
        while (head.find("\r\n\r\n") == std::string::npos && head.size() < 65536) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                return;
            head.append(buffer, std::size_t(n));
        }
        Request request;
        std::size_t lineEnd = head.find("\r\n");
        const std::string first = head.substr(0, lineEnd);
        const auto s1 = first.find(' '), s2 = first.rfind(' ');
        if (s1 == std::string::npos || s2 == s1)
            return;
        request.method = first.substr(0, s1);
        request.target = first.substr(s1 + 1, s2 - s1 - 1);
        request.path = request.target;
        if (const auto scheme = request.path.find("://"); scheme != std::string::npos) {
            const auto slash = request.path.find('/', scheme + 3);
            request.path = slash == std::string::npos ? "/" : request.path.substr(slash);
        }
        request.path = request.path.substr(0, request.path.find('?'));
        for (std::size_t at = lineEnd + 2; at < head.size();) {
            const std::size_t end = head.find("\r\n", at);
            if (end == std::string::npos || end == at)
                break;
            const std::string line = head.substr(at, end - at);
            const auto colon = line.find(':');
            if (colon != std::string::npos) {
                std::string name = line.substr(0, colon);
                for (char &c : name)
                    c = char(std::tolower(static_cast<unsigned char>(c)));
                std::string value = line.substr(colon + 1);
                while (!value.empty() && value.front() == ' ')
                    value.erase(0, 1);
                request.headers[name] = value;
            }
            at = end + 2;
        }

        Resource resource;
        bool found = false;
        {
            std::lock_guard<std::mutex> lock(mMutex);
            auto it = mResources.find(request.path);
            if (it != mResources.end()) {
                found = true;
                resource = it->second;
                if (it->second.cutTimes > 0)
                    --it->second.cutTimes;
                else
                    resource.cutAfter = -1;
            }
        }
        std::string response;
        std::size_t begin = 0;
        if (!found) {
            const std::string body = "<h1>404 Not Found</h1>";
            request.status = 404;
            response = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: "
                       + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
            record(request);
            sendAll(fd, response.data(), response.size());
            return;
        }
        const std::string &body = resource.body;
        request.status = 200;
        const auto range = request.headers.find("range");
        const auto ifRange = request.headers.find("if-range");
        const bool rangeApplies = range != request.headers.end() && !resource.ignoreRange
                                  && (ifRange == request.headers.end() || ifRange->second == resource.etag);
        if (rangeApplies) {
            unsigned long long from = 0;
            if (std::sscanf(range->second.c_str(), "bytes=%llu-", &from) == 1) {
                if (from >= body.size()) {
                    request.status = 416;
                    response = "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */"
                               + std::to_string(body.size()) + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                    record(request);
                    sendAll(fd, response.data(), response.size());
                    return;
                }
                begin = std::size_t(from);
                request.status = 206;
            }
        }
        const std::size_t length = body.size() - begin;
        response = request.status == 206 ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
        response += "Content-Type: application/octet-stream\r\nAccept-Ranges: bytes\r\nETag: " + resource.etag
                    + "\r\nContent-Length: " + std::to_string(length) + "\r\n";
        if (request.status == 206)
            response += "Content-Range: bytes " + std::to_string(begin) + "-" + std::to_string(body.size() - 1) + "/"
                        + std::to_string(body.size()) + "\r\n";
        response += "Connection: close\r\n\r\n";
        record(request);
        if (!sendAll(fd, response.data(), response.size()) || request.method == "HEAD")
            return;
        std::size_t sent = 0;
        const std::size_t limit
            = resource.cutAfter >= 0 ? std::min<std::size_t>(length, std::size_t(resource.cutAfter)) : length;
        while (sent < limit && !mStop.load()) {
            const std::size_t n = std::min(resource.chunk, limit - sent);
            if (!sendAll(fd, body.data() + begin + sent, n))
                return; // the client hung up (a cancelled download)
            sent += n;
            if (resource.chunkDelayMs > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(resource.chunkDelayMs));
        }
    }

    void record(const Request &request)
    {
        std::lock_guard<std::mutex> lock(mMutex);
        mRequests.push_back(request);
    }

    int mListen = -1;
    int mPort = 0;
    std::atomic<bool> mStop{false};
    std::thread mThread;
    mutable std::mutex mMutex;
    std::map<std::string, Resource> mResources;
    std::vector<Request> mRequests;
};

} // namespace gm::test
