// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The inline part of chunkcodec.h: the decoder, templated on its consumer so that a caller can
// decode straight into its own arrays.
#pragma once

#include <bit>
#include <cstring>

namespace atalaya::cache {

namespace detail {

/// Delta-of-delta buckets (bits of the zigzagged value), with their prefix codes 0, 10, 110, 1110, 1111.
inline constexpr int kDodBits[] = { 7, 12, 20, 64 };
/// Zero bytes after every stream, so the decoder reads whole 64-bit words without bounds tricks.
inline constexpr int kPadding = 8;

inline std::int64_t unzigzag(std::uint64_t v)
{
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

/// Reads big-endian bit fields of up to 57 bits with one unaligned 64-bit load each. Loads stay
/// inside the blob thanks to its padding; the caller checks has() against the stream's end.
class BitReader
{
public:
    BitReader(const unsigned char* data, size_t streamBits)
        : m_data(data)
        , m_bits(streamBits)
    {
    }
    /// @p count in 1..57.
    std::uint64_t peek(int count) const
    {
        std::uint64_t word;
        std::memcpy(&word, m_data + (m_pos >> 3), sizeof word);
        word = __builtin_bswap64(word) << (m_pos & 7);
        return word >> (64 - count);
    }
    void skip(int count) { m_pos += static_cast<size_t>(count); }
    std::uint64_t take(int count)
    {
        const std::uint64_t v = peek(count);
        skip(count);
        return v;
    }
    std::uint64_t takeUpTo64(int count) { return count > 57 ? (take(count - 32) << 32) | take(32) : take(count); }
    bool has(size_t count) const { return m_pos + count <= m_bits; }

private:
    const unsigned char* m_data;
    size_t m_bits;
    size_t m_pos = 0;
};

} // namespace detail

template<typename Sink, typename Reserve>
bool decodeChunkInto(QByteArrayView blob, Sink&& sink, Reserve&& reserve)
{
    using namespace detail;
    std::uint64_t n = 0;
    const unsigned char* stream = nullptr;
    size_t bits = 0;
    if (!decodeStream(blob, n, stream, bits))
        return false;
    if (n == 0)
        return true;
    reserve(static_cast<size_t>(n));
    BitReader r(stream, bits);
    if (!r.has(128))
        return false;
    std::int64_t ts = unzigzag(r.takeUpTo64(64));
    std::uint64_t value = r.takeUpTo64(64);
    sink(ts, std::bit_cast<double>(value));
    std::int64_t delta = 0;
    int leading = 0;
    int trailing = 0;
    bool haveWindow = false;
    // Inlined: a call per changed value costs as much as decoding it.
    auto readValue = [&](bool newWindow) __attribute__((always_inline)) {
        if (newWindow) {
            if (!r.has(11))
                return false;
            const auto lm = static_cast<int>(r.take(11));
            leading = lm >> 6;
            trailing = 64 - leading - ((lm & 63) + 1);
            if (trailing < 0)
                return false;
            haveWindow = true;
        } else if (!haveWindow) {
            return false;
        }
        const int meaningful = 64 - leading - trailing;
        if (!r.has(static_cast<size_t>(meaningful)))
            return false;
        const std::uint64_t x = r.takeUpTo64(meaningful);
        value ^= meaningful == 64 ? x : x << trailing;
        return true;
    };
    for (std::uint64_t i = 1; i < n; ++i) {
        // The common case first: a regular step (bit 0), then the value's control bits, read at once.
        const auto head = static_cast<unsigned>(r.peek(3));
        if (!(head & 4u) && r.has(2)) {
            ts += delta;
            if (!(head & 2u)) {
                r.skip(2); // same value
            } else {
                if (!r.has(3))
                    return false;
                r.skip(3);
                if (!readValue(head & 1u))
                    return false;
            }
            sink(ts, std::bit_cast<double>(value));
            continue;
        }
        if (!r.has(1))
            return false;
        if (r.take(1)) {
            // The prefix: up to three more ones, then the bucket's bits.
            const auto prefix = static_cast<unsigned>(r.peek(3));
            int bucket;
            if (!(prefix & 4u)) {
                bucket = 0;
                r.skip(1);
            } else if (!(prefix & 2u)) {
                bucket = 1;
                r.skip(2);
            } else if (!(prefix & 1u)) {
                bucket = 2;
                r.skip(3);
            } else {
                bucket = 3;
                r.skip(3);
            }
            if (!r.has(static_cast<size_t>(kDodBits[bucket])))
                return false;
            delta += unzigzag(r.takeUpTo64(kDodBits[bucket]));
        }
        ts += delta;
        if (!r.has(1))
            return false;
        if (r.take(1)) {
            if (!r.has(1))
                return false;
            if (!readValue(r.take(1) != 0))
                return false;
        }
        sink(ts, std::bit_cast<double>(value));
    }
    return true;
}

} // namespace atalaya::cache
