// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/httptransport.h"

#include <mutex>
#include <vector>

#include <curl/curl.h>

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

namespace atalaya::http {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpSource)
};

/// Connections kept open for reuse: more than the most queries sent at once.
constexpr long kCachedConnections = 32;

} // namespace

struct Transport::Transfer
{
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    QByteArray body;
    char error[CURL_ERROR_SIZE] = {};
    bool tooLarge = false;
    Done done;

    ~Transfer()
    {
        curl_easy_cleanup(easy);
        curl_slist_free_all(headers);
    }

    static size_t write(char* data, size_t size, size_t count, void* self)
    {
        auto* t = static_cast<Transfer*>(self);
        const size_t bytes = size * count;
        if (t->body.size() + qint64(bytes) > kMaxBodyBytes) {
            t->tooLarge = true;
            return 0; // curl stops with CURLE_WRITE_ERROR
        }
        if (t->body.isEmpty()) {
            curl_off_t length = -1;
            if (curl_easy_getinfo(t->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length) == CURLE_OK && length > 0
                && length <= kMaxBodyBytes)
                t->body.reserve(static_cast<qsizetype>(length)); // one allocation for a 50 MB answer
        }
        t->body.append(data, static_cast<qsizetype>(bytes));
        return bytes;
    }
};

/// The notifiers of one socket curl asked to be watched.
struct Transport::Watch
{
    QSocketNotifier* read = nullptr;
    QSocketNotifier* write = nullptr;

    ~Watch()
    {
        // Possibly called from one of these notifiers' own signal: disabled now (the descriptor
        // may be reused by curl's next connection at once), deleted once the signal has returned.
        for (QSocketNotifier* n : { read, write }) {
            n->setEnabled(false);
            n->deleteLater();
        }
    }
};

Transport::Transport(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_multi = curl_multi_init();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &Transport::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &Transport::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, kCachedConnections);
}

Transport::~Transport()
{
    abortAll();
    curl_multi_cleanup(m_multi); // closes the kept connections
    for (Watch* w : m_watches)
        delete w;
}

Transport::Request Transport::forSource(const SourceConfig& source, QUrl url, bool* credentials)
{
    Request request;
    request.url = std::move(url);
    request.timeout = source.timeout;
    request.gzip = asksCompressed(source);
    const bool complete = requestHeaders(source, request.headers);
    if (credentials)
        *credentials = complete;
    return request;
}

void Transport::send(Request request, Done done)
{
    auto transfer = std::make_unique<Transfer>();
    Transfer* t = transfer.get();
    t->done = std::move(done);
    t->easy = curl_easy_init();
    CURL* e = t->easy;
    const bool https = request.url.scheme() == u"https";
    curl_easy_setopt(e, CURLOPT_URL, request.url.toEncoded().constData()); // curl copies strings
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, 10L);
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, https ? "https" : "http,https");
    curl_easy_setopt(e, CURLOPT_PROXY, ""); // none, whatever the environment says
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout.count()));
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->error);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Transfer::write);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
    // Without the header a server may compress as it likes (RFC 9110, 12.5.3).
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, request.gzip ? "" /* every one curl can inflate */ : "identity");
    for (const auto& [name, value] : request.headers) {
        // curl's syntax for a header sent empty is "Name;" ("Name:" would remove it).
        const QByteArray line = value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value);
        t->headers = curl_slist_append(t->headers, line.constData());
    }
    // A POST is sent whole: no "Expect: 100-continue" round trip before the form.
    t->headers = curl_slist_append(t->headers, "Expect:");
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
    if (!request.form.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.form.size()));
        curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, request.form.constData()); // as form-urlencoded
    }
    m_transfers.emplace(e, std::move(transfer));
    // curl asks for a timeout of 0 through onTimer(): the transfer starts on the next turn of the
    // event loop, so that done is never called from inside send().
    curl_multi_add_handle(m_multi, e);
}

void Transport::abortAll()
{
    std::vector<std::unique_ptr<Transfer>> aborted;
    for (auto& [easy, transfer] : m_transfers) {
        curl_multi_remove_handle(m_multi, easy);
        aborted.push_back(std::move(transfer));
    }
    m_transfers.clear();
    Outcome outcome;
    outcome.failure = Outcome::Failure::Aborted;
    for (auto& t : aborted)
        t->done(outcome, {});
}

int Transport::onSocket(void* /*easy*/, int fd, int what, void* self, void* watchPtr)
{
    auto* transport = static_cast<Transport*>(self);
    auto* watch = static_cast<Watch*>(watchPtr);
    if (what == CURL_POLL_REMOVE) {
        transport->m_watches.erase(watch);
        delete watch;
        curl_multi_assign(transport->m_multi, fd, nullptr);
        return 0;
    }
    if (!watch) {
        watch = new Watch;
        watch->read = new QSocketNotifier(fd, QSocketNotifier::Read, transport);
        watch->write = new QSocketNotifier(fd, QSocketNotifier::Write, transport);
        connect(watch->read, &QSocketNotifier::activated, transport, [transport, fd] { transport->act(fd, CURL_CSELECT_IN); });
        connect(watch->write, &QSocketNotifier::activated, transport, [transport, fd] { transport->act(fd, CURL_CSELECT_OUT); });
        curl_multi_assign(transport->m_multi, fd, watch);
        transport->m_watches.insert(watch);
    }
    watch->read->setEnabled(what == CURL_POLL_IN || what == CURL_POLL_INOUT);
    watch->write->setEnabled(what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
    return 0;
}

int Transport::onTimer(void* /*multi*/, long timeoutMs, void* self)
{
    auto* transport = static_cast<Transport*>(self);
    if (timeoutMs < 0)
        transport->m_timer->stop();
    else
        transport->m_timer->start(static_cast<int>(timeoutMs));
    return 0;
}

void Transport::act(int fd, int events)
{
    int running = 0;
    curl_multi_socket_action(m_multi, fd, events, &running);
    collect();
}

void Transport::collect()
{
    // The finished transfers first, their callbacks after: a callback may send the next request.
    std::vector<std::pair<std::unique_ptr<Transfer>, Outcome>> finished;
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CURL* easy = msg->easy_handle;
        const CURLcode code = msg->data.result;
        const auto it = m_transfers.find(easy);
        if (it == m_transfers.end())
            continue;
        std::unique_ptr<Transfer> t = std::move(it->second);
        m_transfers.erase(it);
        Outcome outcome;
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        outcome.status = static_cast<int>(status);
        const char* contentType = nullptr;
        if (curl_easy_getinfo(easy, CURLINFO_CONTENT_TYPE, &contentType) == CURLE_OK && contentType)
            outcome.contentType = QString::fromLatin1(contentType);
        if (t->tooLarge) {
            outcome.failure = Outcome::Failure::Transport;
            outcome.error = Text::tr("the answer is larger than %1 MiB").arg(kMaxBodyBytes >> 20);
        } else if (code == CURLE_OPERATION_TIMEDOUT) {
            outcome.failure = Outcome::Failure::TimedOut;
        } else if (code != CURLE_OK) {
            outcome.failure = Outcome::Failure::Transport;
            outcome.error = QString::fromUtf8(t->error[0] ? t->error : curl_easy_strerror(code));
        }
        curl_multi_remove_handle(m_multi, easy);
        finished.emplace_back(std::move(t), std::move(outcome));
    }
    for (auto& [t, outcome] : finished)
        t->done(outcome, std::move(t->body));
}

} // namespace atalaya::http
