// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/chunkcodec.h"

#include <bit>
#include <cstring>

namespace atalaya::cache {

namespace {

class BitWriter
{
public:
    explicit BitWriter(QByteArray& out)
        : m_out(out)
    {
    }
    void put(std::uint64_t bits, int count)
    {
        while (count > 0) {
            if (m_free == 0) {
                m_out.append('\0');
                m_free = 8;
            }
            const int n = std::min(count, m_free);
            const std::uint64_t chunk = (bits >> (count - n)) & ((std::uint64_t { 1 } << n) - 1);
            m_out.data()[m_out.size() - 1] = static_cast<char>(
                static_cast<unsigned char>(m_out.back()) | static_cast<unsigned char>(chunk << (m_free - n)));
            m_free -= n;
            count -= n;
        }
    }
    void bit(bool b) { put(b ? 1 : 0, 1); }

private:
    QByteArray& m_out;
    int m_free = 0;
};

void putVarint(QByteArray& out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.append(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(static_cast<char>(v));
}

bool getVarint(const unsigned char*& p, const unsigned char* end, std::uint64_t& v)
{
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (p == end)
            return false;
        const unsigned char b = *p++;
        v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

std::uint64_t zigzag(std::int64_t v)
{
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}


std::uint64_t bitsOf(double d)
{
    return std::bit_cast<std::uint64_t>(d);
}

using detail::kDodBits;
using detail::kPadding;

} // namespace

QByteArray encodeChunk(const Samples& s)
{
    QByteArray out;
    const size_t n = std::min(s.timestampsMs.size(), s.values.size());
    out.reserve(static_cast<qsizetype>(8 + n * 2 + kPadding));
    putVarint(out, n);
    if (n == 0) {
        out.append(kPadding, '\0');
        return out;
    }
    BitWriter w(out);
    w.put(zigzag(s.timestampsMs[0]), 64);
    w.put(bitsOf(s.values[0]), 64);
    std::int64_t prevTs = s.timestampsMs[0];
    std::int64_t prevDelta = 0;
    std::uint64_t prevBits = bitsOf(s.values[0]);
    int prevLeading = -1;
    int prevTrailing = 0;
    for (size_t i = 1; i < n; ++i) {
        const std::int64_t delta = s.timestampsMs[i] - prevTs;
        const std::int64_t dod = delta - prevDelta;
        prevTs = s.timestampsMs[i];
        prevDelta = delta;
        if (dod == 0) {
            w.bit(false);
        } else {
            const std::uint64_t z = zigzag(dod);
            int bucket = 0;
            while (bucket < 3 && z >= (std::uint64_t { 1 } << kDodBits[bucket]))
                ++bucket;
            // Prefix: bucket+1 ones, then a zero unless it is the last bucket.
            w.put((std::uint64_t { 1 } << (bucket + 1)) - 1, bucket + 1);
            if (bucket < 3)
                w.bit(false);
            w.put(z, kDodBits[bucket]);
        }

        const std::uint64_t bits = bitsOf(s.values[i]);
        const std::uint64_t x = bits ^ prevBits;
        prevBits = bits;
        if (x == 0) {
            w.bit(false);
            continue;
        }
        w.bit(true);
        int leading = std::countl_zero(x);
        const int trailing = std::countr_zero(x);
        leading = std::min(leading, 31); // five bits
        if (prevLeading >= 0 && leading >= prevLeading && trailing >= prevTrailing) {
            // Fits the previous window: reuse it.
            w.bit(false);
            const int meaningful = 64 - prevLeading - prevTrailing;
            w.put(x >> prevTrailing, meaningful);
        } else {
            w.bit(true);
            const int meaningful = 64 - leading - trailing; // 1..64, stored as 0..63
            w.put(static_cast<std::uint64_t>(leading), 5);
            w.put(static_cast<std::uint64_t>(meaningful - 1), 6);
            w.put(x >> trailing, meaningful);
            prevLeading = leading;
            prevTrailing = trailing;
        }
    }
    // Eight zero bytes after the stream: the decoder reads whole 64-bit words without bounds tricks.
    out.append(kPadding, '\0');
    return out;
}

std::optional<std::int64_t> chunkSampleCount(QByteArrayView blob)
{
    const auto* p = reinterpret_cast<const unsigned char*>(blob.data());
    std::uint64_t n = 0;
    if (!getVarint(p, p + blob.size(), n) || n > (std::uint64_t { 1 } << 40))
        return std::nullopt;
    return static_cast<std::int64_t>(n);
}

bool decodeChunk(QByteArrayView blob, Samples& out)
{
    const size_t base = out.timestampsMs.size();
    const bool ok = decodeChunkInto(blob, [&](std::int64_t ts, double v) {
        out.timestampsMs.push_back(ts);
        out.values.push_back(v);
    }, [&](size_t n) {
        if (out.timestampsMs.capacity() < base + n) {
            out.timestampsMs.reserve(std::max(base + n, 2 * out.timestampsMs.capacity()));
            out.values.reserve(std::max(base + n, 2 * out.values.capacity()));
        }
    });
    if (!ok) {
        out.timestampsMs.resize(base);
        out.values.resize(base);
    }
    return ok;
}

namespace detail {

bool decodeStream(QByteArrayView blob, std::uint64_t& count, const unsigned char*& stream, size_t& streamBits)
{
    const auto* p = reinterpret_cast<const unsigned char*>(blob.data());
    const auto* end = p + blob.size();
    if (!getVarint(p, end, count))
        return false;
    if (end - p < kPadding)
        return false;
    streamBits = static_cast<size_t>(end - p - kPadding) * 8;
    stream = p;
    // Every sample after the first takes at least two bits: a count larger than that is corrupt.
    return count == 0 || (count - 1) * 2 + 128 <= streamBits;
}

} // namespace detail

} // namespace atalaya::cache
