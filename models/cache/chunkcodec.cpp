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

class BitReader
{
public:
    BitReader(const unsigned char* data, size_t size)
        : m_data(data)
        , m_bits(size * 8)
    {
    }
    bool get(int count, std::uint64_t& out)
    {
        if (count < 0 || m_pos + static_cast<size_t>(count) > m_bits)
            return false;
        std::uint64_t v = 0;
        while (count > 0) {
            const size_t byte = m_pos >> 3;
            const int offset = static_cast<int>(m_pos & 7);
            const int avail = 8 - offset;
            const int n = std::min(count, avail);
            const unsigned b = (m_data[byte] >> (avail - n)) & ((1u << n) - 1);
            v = (n == 64 ? 0 : v << n) | b;
            m_pos += static_cast<size_t>(n);
            count -= n;
        }
        out = v;
        return true;
    }
    bool bit(bool& b)
    {
        std::uint64_t v;
        if (!get(1, v))
            return false;
        b = v != 0;
        return true;
    }

private:
    const unsigned char* m_data;
    size_t m_bits;
    size_t m_pos = 0;
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

std::int64_t unzigzag(std::uint64_t v)
{
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

std::uint64_t bitsOf(double d)
{
    return std::bit_cast<std::uint64_t>(d);
}

// Delta-of-delta buckets (bits of the zigzagged value), with their prefix codes 0, 10, 110, 1110, 1111.
constexpr int kDodBits[] = { 7, 12, 20, 64 };

} // namespace

QByteArray encodeChunk(const Samples& s)
{
    QByteArray out;
    const size_t n = std::min(s.timestampsMs.size(), s.values.size());
    out.reserve(static_cast<qsizetype>(8 + n * 2));
    putVarint(out, n);
    if (n == 0)
        return out;
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
    const auto* p = reinterpret_cast<const unsigned char*>(blob.data());
    const auto* end = p + blob.size();
    std::uint64_t n = 0;
    if (!getVarint(p, end, n))
        return false;
    // Every sample after the first takes at least two bits: a count larger than that is corrupt.
    if (n > 0 && (n - 1) * 2 + 128 > static_cast<std::uint64_t>(end - p) * 8)
        return false;
    if (n == 0)
        return true;
    const size_t base = out.timestampsMs.size();
    out.timestampsMs.reserve(base + n);
    out.values.reserve(base + n);
    auto fail = [&] {
        out.timestampsMs.resize(base);
        out.values.resize(base);
        return false;
    };
    BitReader r(p, static_cast<size_t>(end - p));
    std::uint64_t v;
    if (!r.get(64, v))
        return fail();
    std::int64_t ts = unzigzag(v);
    if (!r.get(64, v))
        return fail();
    std::uint64_t bits = v;
    out.timestampsMs.push_back(ts);
    out.values.push_back(std::bit_cast<double>(bits));
    std::int64_t delta = 0;
    int leading = 0;
    int trailing = 0;
    bool haveWindow = false;
    for (std::uint64_t i = 1; i < n; ++i) {
        bool b;
        if (!r.bit(b))
            return fail();
        if (b) {
            int bucket = 0;
            while (bucket < 3) {
                if (!r.bit(b))
                    return fail();
                if (!b)
                    break;
                ++bucket;
            }
            if (!r.get(kDodBits[bucket], v))
                return fail();
            delta += unzigzag(v);
        }
        ts += delta;
        out.timestampsMs.push_back(ts);

        if (!r.bit(b))
            return fail();
        if (b) {
            if (!r.bit(b))
                return fail();
            if (b) {
                std::uint64_t l, m;
                if (!r.get(5, l) || !r.get(6, m))
                    return fail();
                leading = static_cast<int>(l);
                const int meaningful = static_cast<int>(m) + 1;
                trailing = 64 - leading - meaningful;
                if (trailing < 0)
                    return fail();
                haveWindow = true;
            } else if (!haveWindow) {
                return fail();
            }
            const int meaningful = 64 - leading - trailing;
            if (!r.get(meaningful, v))
                return fail();
            bits ^= meaningful == 64 ? v : v << trailing;
        }
        out.values.push_back(std::bit_cast<double>(bits));
    }
    return true;
}

} // namespace atalaya::cache
