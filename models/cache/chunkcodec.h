// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>

namespace atalaya::cache {

/// Samples of one series in one chunk: timestamps in milliseconds (strictly increasing), values as
/// doubles (NaN and +-inf kept bit for bit).
struct Samples
{
    std::vector<std::int64_t> timestampsMs;
    std::vector<double> values;

    size_t size() const { return timestampsMs.size(); }
    bool empty() const { return timestampsMs.empty(); }
};

/// Encodes a chunk the way time-series databases do (Gorilla, VLDB 2015): timestamps as
/// delta-of-deltas in variable-length bit codes (one bit per sample at a regular step), values
/// XORed with the previous one, storing only the meaningful bits. Layout: a varint sample count,
/// then the bit stream. Regular scrapes of counters cost about 1-2 bytes a sample.
QByteArray encodeChunk(const Samples& samples);

/// Decodes what encodeChunk wrote, appending to @p out. Returns false (and leaves @p out as it
/// was) on a truncated or malformed blob.
bool decodeChunk(QByteArrayView blob, Samples& out);

/// Decodes straight into a consumer: @p reserve(n) once with the sample count, then
/// @p sink(timestampMs, value) per sample. Returns false on a truncated or malformed blob (the sink
/// may have seen some samples by then).
template<typename Sink, typename Reserve>
bool decodeChunkInto(QByteArrayView blob, Sink&& sink, Reserve&& reserve);

/// The sample count stored in a blob's header, without decoding it.
std::optional<std::int64_t> chunkSampleCount(QByteArrayView blob);

namespace detail {
bool decodeStream(QByteArrayView blob, std::uint64_t& count, const unsigned char*& stream, size_t& streamBits);
} // namespace detail

} // namespace atalaya::cache

#include "cache/chunkcodec_impl.h"

