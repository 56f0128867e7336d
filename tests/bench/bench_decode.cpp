// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// B2: decoding a 50 MB query_range body into columnar arrays, against the floor of touching the
// same bytes (memcpy + counting the quotes), measured interleaved in one run. Also the heap the
// decoded result holds, against the body's size.

#include <malloc.h>

#include <charconv>
#include <cstring>
#include <random>
#include <string>

#include <QByteArray>
#include <QCoreApplication>

#include "benchutil.h"
#include "util/allocator.h"
#include "sources/promdecoder.h"

using namespace atalaya;

namespace {

/// A body in the exact shape Prometheus writes: 42 series of 15 s samples, Go-formatted strings.
QByteArray makeBody(size_t targetBytes)
{
    std::mt19937_64 rng(42);
    std::lognormal_distribution<double> value(-3, 0.5);
    std::string body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    const int series = 42;
    const size_t perSeries = targetBytes / series / 30;
    char buf[64];
    for (int s = 0; s < series; ++s) {
        if (s)
            body += ',';
        body += R"({"metric":{"__name__":"http_request_duration_seconds","vertical":"barbershop","le":")";
        body += std::to_string(s);
        body += R"("},"values":[)";
        for (size_t i = 0; i < perSeries; ++i) {
            if (i)
                body += ',';
            body += '[';
            body += std::to_string(1735000000 + i * 15);
            body += ",\"";
            auto r = std::to_chars(buf, buf + sizeof buf, value(rng));
            body.append(buf, r.ptr);
            body += "\"]";
        }
        body += "]}";
    }
    body += "]}}";
    return QByteArray::fromStdString(body);
}

} // namespace

int main(int argc, char** argv)
{
    tuneAllocator(); // as the console does
    QCoreApplication app(argc, argv);
    const QByteArray body = makeBody(50u << 20);
    std::printf("body: %.1f MB\n", body.size() / 1048576.0);

    // Heap held by the decoded result, relative to the body.
    const size_t before = mallinfo2().uordblks;
    size_t heap = 0;
    size_t samples = 0;
    {
        const auto r = PromDecoder::decodeQuery(body);
        if (!r.ok()) {
            std::printf("decode failed: %s\n", qPrintable(r.error().message));
            return 1;
        }
        heap = mallinfo2().uordblks - before;
        for (const Series& s : r.value().series)
            samples += s.values.size();
    }
    std::printf("samples: %zu\n", samples);

    std::vector<char> copy(static_cast<size_t>(body.size()));
    volatile size_t sink = 0;
    auto decode = [&] {
        const auto r = PromDecoder::decodeQuery(body);
        sink = sink + r.value().series.size();
    };
    auto floor = [&] {
        std::memcpy(copy.data(), body.constData(), copy.size());
        sink = sink + static_cast<size_t>(std::count(copy.begin(), copy.end(), '"'));
    };

    bool ok = false;
    for (int attempt = 0; attempt < 2 && !ok; ++attempt) {
        double dec = 0, flo = 0;
        const double ratio = bench::interleavedRatio(decode, floor, 5, &dec, &flo);
        std::printf("decode %.1f ms, floor %.1f ms (%.0f MB/s decoded)\n", dec * 1000, flo * 1000,
                    body.size() / 1048576.0 / dec);
        ok = bench::report("B2 decode", ratio, "<=", 5);
    }
    const bool heapOk = bench::report("B2 heap/body", double(heap) / double(body.size()), "<=", 1.5);
    return ok && heapOk ? 0 : 1;
}
