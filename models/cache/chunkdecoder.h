// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

#include <QByteArray>
#include <QRunnable>

#include "domain/series.h"

namespace atalaya::cache {

/// The chunks of one series as a range read found them: their blobs copied out of SQLite's
/// pages, to be decoded into the series' arrays.
struct SeriesChunks
{
    struct Chunk
    {
        qsizetype offset = 0;
        qsizetype size = 0;
        bool inside = false; ///< every sample within the window: none to test
    };
    Series* series = nullptr;
    QByteArray bytes; ///< the blobs, back to back
    std::vector<Chunk> chunks;
    size_t samples = 0; ///< as the chunk rows count them
};

/// Decodes the series of one range read while SQLite steps on through the next. A long read
/// (a week of samples) hands its series to one helper thread of the work pool as they are read,
/// so that decoding overlaps the scan on another core; the reading thread decodes what is left
/// once the scan is over. A short read is decoded by the reading thread alone.
class ChunkDecoder
{
public:
    /// Samples outside [startMs, endMs] are dropped.
    ChunkDecoder(std::int64_t startMs, std::int64_t endMs);
    ~ChunkDecoder();
    ChunkDecoder(const ChunkDecoder&) = delete;
    ChunkDecoder& operator=(const ChunkDecoder&) = delete;

    /// @p job's series must stay where it is until finish() has returned. Its arrays are best
    /// reserved by the caller (SeriesChunks::samples): the memory is then the reading thread's.
    void add(SeriesChunks job);
    /// Decodes the series not taken yet and returns once every series is decoded.
    void finish();

    /// Reads queued past this many samples call in the helper.
    static constexpr size_t kHelperSamples = 50'000;

private:
    /// Decodes @p job into its series, keeping the samples in [startMs, endMs]. A damaged chunk
    /// keeps its samples up to the damage.
    static void decode(SeriesChunks& job, std::int64_t startMs, std::int64_t endMs);
    SeriesChunks* take(bool wait);
    void help();

    const std::int64_t m_startMs;
    const std::int64_t m_endMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<SeriesChunks> m_jobs; // a deque: a job being decoded stays where it is
    size_t m_next = 0;
    size_t m_queuedSamples = 0;
    bool m_scanned = false;
    std::unique_ptr<QRunnable> m_helper;
    bool m_helperDone = false;
};

} // namespace atalaya::cache
