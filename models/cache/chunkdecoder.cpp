// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/chunkdecoder.h"

#include <algorithm>

#include <QThreadPool>

#include "cache/chunkcodec.h"
#include "util/workpool.h"

namespace atalaya::cache {

ChunkDecoder::ChunkDecoder(std::int64_t startMs, std::int64_t endMs)
    : m_startMs(startMs)
    , m_endMs(endMs)
{
}

ChunkDecoder::~ChunkDecoder()
{
    finish();
}

void ChunkDecoder::add(SeriesChunks job)
{
    bool callHelper = false;
    {
        const std::lock_guard lock(m_mutex);
        m_queuedSamples += job.samples;
        m_jobs.push_back(std::move(job));
        callHelper = !m_helper && m_queuedSamples >= kHelperSamples;
        if (callHelper)
            m_helper.reset(QRunnable::create([this] { help(); }));
    }
    if (callHelper) {
        m_helper->setAutoDelete(false);
        workPool()->start(m_helper.get());
    }
    m_wake.notify_one();
}

SeriesChunks* ChunkDecoder::take(bool wait)
{
    std::unique_lock lock(m_mutex);
    if (wait)
        m_wake.wait(lock, [this] { return m_next < m_jobs.size() || m_scanned; });
    return m_next < m_jobs.size() ? &m_jobs[m_next++] : nullptr;
}

void ChunkDecoder::help()
{
    while (SeriesChunks* job = take(true))
        decode(*job, m_startMs, m_endMs);
    const std::lock_guard lock(m_mutex);
    m_helperDone = true;
    m_wake.notify_all();
}

void ChunkDecoder::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_scanned && !m_helper)
            return;
        m_scanned = true;
    }
    m_wake.notify_all();
    while (SeriesChunks* job = take(false))
        decode(*job, m_startMs, m_endMs);
    if (!m_helper)
        return;
    // A helper the pool has not started yet is not waited for: this thread did its work.
    if (!workPool()->tryTake(m_helper.get())) {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_helperDone; });
    }
    m_helper.reset();
}

void ChunkDecoder::decode(SeriesChunks& job, std::int64_t startMs, std::int64_t endMs)
{
    std::vector<double>& ts = job.series->timestamps;
    std::vector<double>& vs = job.series->values;
    for (const SeriesChunks::Chunk& chunk : job.chunks) {
        // Straight into the arrays, in seconds: room for the chunk's samples first (the decoder
        // writes no more than it announced), then trimmed to those kept.
        double* tp = nullptr;
        double* vp = nullptr;
        auto grow = [&](size_t n) {
            const size_t size = ts.size();
            // Geometric growth past the rows' count: a blob that says more than its row.
            if (ts.capacity() < size + n) {
                ts.reserve(std::max(size + n, 2 * ts.capacity()));
                vs.reserve(std::max(size + n, 2 * vs.capacity()));
            }
            ts.resize(size + n);
            vs.resize(size + n);
            tp = ts.data() + size;
            vp = vs.data() + size;
        };
        const size_t before = ts.size();
        const QByteArrayView data(job.bytes.constData() + chunk.offset, chunk.size);
        if (chunk.inside) {
            decodeChunkInto(
                data,
                [&](std::int64_t t, double v) __attribute__((always_inline)) {
                    *tp++ = static_cast<double>(t) * 0.001;
                    *vp++ = v;
                },
                grow);
        } else {
            decodeChunkInto(
                data,
                [&](std::int64_t t, double v) __attribute__((always_inline)) {
                    if (t >= startMs && t <= endMs) {
                        *tp++ = static_cast<double>(t) * 0.001;
                        *vp++ = v;
                    }
                },
                grow);
        }
        // What was decoded and kept stays (a damaged chunk's samples up to the damage, as the
        // decoder read them); the room made for the rest goes.
        const size_t kept = tp ? static_cast<size_t>(tp - ts.data()) : before;
        ts.resize(kept);
        vs.resize(kept);
    }
    job.bytes = {}; // the copy of the blobs is not needed any more
}

} // namespace atalaya::cache
