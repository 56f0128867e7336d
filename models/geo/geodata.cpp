// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geodata.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>

#include <spdlog/spdlog.h>

#include <QFile>

#include "geo/projection.h"

namespace atalaya::geo {

namespace {

constexpr char kMagic[4] = { 'A', 'G', 'E', 'O' };
constexpr quint16 kVersion = 1;
constexpr double kUnitsPerDegree = 1e5;

// Reads the little-endian format of geodata.h; the first error sticks and every read after it
// returns zeros, so the caller checks once at the end of a record.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool atEnd() const { return m_pos == m_bytes.size(); }
    qsizetype position() const { return m_pos; }

    void fail(const QString& why)
    {
        if (m_error.isEmpty())
            m_error = why + QStringLiteral(" (at byte %1)").arg(m_pos);
    }

    bool take(void* out, qsizetype n)
    {
        if (failed() || m_bytes.size() - m_pos < n) {
            fail(QStringLiteral("truncated"));
            std::memset(out, 0, static_cast<size_t>(n));
            return false;
        }
        std::memcpy(out, m_bytes.data() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return true;
    }

    template <typename T> T unsignedLE()
    {
        unsigned char b[sizeof(T)];
        take(b, sizeof(T));
        T v = 0;
        for (size_t i = 0; i < sizeof(T); ++i)
            v |= static_cast<T>(b[i]) << (8 * i);
        return v;
    }
    quint16 u16() { return unsignedLE<quint16>(); }
    quint32 u32() { return unsignedLE<quint32>(); }
    qint32 i32() { return static_cast<qint32>(unsignedLE<quint32>()); }
    double f64() { return std::bit_cast<double>(unsignedLE<quint64>()); }

    QString str()
    {
        const quint16 n = u16();
        QByteArray utf8(n, Qt::Uninitialized);
        take(utf8.data(), n);
        return QString::fromUtf8(utf8);
    }

    // A zigzag LEB128 varint of at most 32 bits of payload.
    qint32 zigzag()
    {
        quint32 v = 0;
        for (int shift = 0;; shift += 7) {
            if (shift > 28) {
                fail(QStringLiteral("varint longer than 32 bits"));
                return 0;
            }
            unsigned char byte = 0;
            if (!take(&byte, 1))
                return 0;
            v |= static_cast<quint32>(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                break;
        }
        return static_cast<qint32>((v >> 1) ^ (~(v & 1) + 1));
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    QString m_error;
};

// Even-odd: a horizontal ray from p to the east crosses the rings' edges an odd number of times.
bool contains(const Feature& feature, QPointF p)
{
    if (!feature.bounds.contains(p))
        return false;
    bool inside = false;
    for (const auto& ring : feature.rings) {
        for (size_t i = 1; i < ring.size(); ++i) {
            const QPointF a = ring[i - 1], b = ring[i];
            // Half-open in y so that a vertex on the ray counts once.
            if ((a.y() > p.y()) != (b.y() > p.y())) {
                const double x = a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
                if (x > p.x())
                    inside = !inside;
            }
        }
    }
    return inside;
}

double boundsArea(const Feature& f)
{
    return f.bounds.width() * f.bounds.height();
}

} // namespace

std::optional<GeoData> GeoData::decode(QByteArrayView bytes, QString* error)
{
    Reader in(bytes);
    auto refuse = [&](const QString& why) -> std::optional<GeoData> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    char magic[4] = {};
    in.take(magic, 4);
    if (in.failed() || std::memcmp(magic, kMagic, 4) != 0)
        return refuse(QStringLiteral("not an Atalaya outline file (no AGEO magic)"));
    const quint16 version = in.u16();
    if (version != kVersion)
        return refuse(QStringLiteral("outline format version %1, this build reads %2").arg(version).arg(kVersion));
    in.u16(); // reserved

    GeoData data;
    data.m_attribution = in.str();
    Projection::Parameters parameters;
    parameters.radiusKm = in.f64();
    parameters.standardParallel1 = in.f64();
    parameters.standardParallel2 = in.f64();
    parameters.originLatitude = in.f64();
    parameters.centralMeridian = in.f64();
    in.f64(); // tolerance, km: for the record
    in.f64(); // smallest ring kept, km²: for the record
    const quint32 featureCount = in.u32();
    if (in.failed())
        return refuse(in.error());
    // The outlines were simplified in the converter's projection; they are drawn in the map's.
    // Both come from projection.cpp, so they only differ in a stale build: say so, draw anyway.
    const Projection& projection = Projection::defaultMap();
    if (!(parameters == projection.parameters()))
        spdlog::warn("geodata: the embedded outlines were simplified in another projection than the map's");

    // A feature takes at least 26 bytes: an impossible count is damage, not a reason to allocate.
    if (featureCount > bytes.size() / 26)
        return refuse(QStringLiteral("feature count %1 does not fit in %2 bytes").arg(featureCount).arg(bytes.size()));
    data.m_features.reserve(featureCount);
    for (quint32 f = 0; f < featureCount; ++f) {
        Feature feature;
        feature.id = in.str();
        feature.name = in.str();
        feature.parent = in.str();
        for (int k = 0; k < 4; ++k)
            in.i32(); // the bounding box in degrees: the projected one is computed below
        const quint32 ringCount = in.u32();
        if (in.failed())
            return refuse(in.error());
        if (ringCount > (bytes.size() - in.position()) / 10) // a count and a triangle
            return refuse(QStringLiteral("%1: ring count %2 does not fit").arg(feature.id).arg(ringCount));
        double west = std::numeric_limits<double>::infinity(), east = -west, south = west, north = -west;
        feature.rings.reserve(ringCount);
        for (quint32 r = 0; r < ringCount; ++r) {
            const quint32 vertexCount = in.u32();
            // Every vertex takes at least two bytes; a ring is at least a triangle.
            if (in.failed() || vertexCount < 3 || vertexCount > (bytes.size() - in.position()) / 2)
                return refuse(in.failed()
                        ? in.error()
                        : QStringLiteral("%1: ring %2 with %3 vertices").arg(feature.id).arg(r).arg(vertexCount));
            std::vector<QPointF> ring;
            ring.reserve(vertexCount + 1);
            qint64 lon = 0, lat = 0;
            for (quint32 v = 0; v < vertexCount; ++v) {
                lon += in.zigzag();
                lat += in.zigzag();
                if (lon < -180 * kUnitsPerDegree || lon > 180 * kUnitsPerDegree || lat < -90 * kUnitsPerDegree
                    || lat > 90 * kUnitsPerDegree)
                    in.fail(QStringLiteral("%1: vertex outside the globe").arg(feature.id));
                const QPointF p = projection.forward({ lon / kUnitsPerDegree, lat / kUnitsPerDegree });
                west = std::min(west, p.x());
                east = std::max(east, p.x());
                south = std::min(south, p.y());
                north = std::max(north, p.y());
                ring.push_back(p);
            }
            if (in.failed())
                return refuse(in.error());
            ring.push_back(ring.front());
            feature.rings.push_back(std::move(ring));
        }
        if (!feature.rings.empty())
            feature.bounds = QRectF(QPointF(west, south), QPointF(east, north));
        if (feature.id.isEmpty() || data.m_index.contains(feature.id))
            return refuse(QStringLiteral("feature %1: empty or repeated id '%2'").arg(f).arg(feature.id));
        data.m_index.insert(feature.id, data.m_features.size());
        data.m_features.push_back(std::move(feature));
    }
    if (!in.atEnd())
        return refuse(QStringLiteral("%1 bytes after the last feature").arg(bytes.size() - in.position()));
    for (const Feature& feature : data.m_features)
        if (!feature.parent.isEmpty() && !data.m_index.contains(feature.parent))
            return refuse(QStringLiteral("%1: parent %2 is missing").arg(feature.id, feature.parent));
    std::sort(
        data.m_features.begin(), data.m_features.end(), [](const Feature& a, const Feature& b) { return a.id < b.id; });
    for (size_t i = 0; i < data.m_features.size(); ++i)
        data.m_index[data.m_features[i].id] = i;
    return data;
}

const GeoData& GeoData::embedded()
{
    static const GeoData data = [] {
        // An in-memory resource compiled into the binary, not a file on disk.
        QFile file(QStringLiteral(":/atalaya/geo/latam.bin"));
        if (!file.open(QIODevice::ReadOnly)) {
            spdlog::error("geodata: the embedded outlines (:/atalaya/geo/latam.bin) are missing");
            return GeoData {};
        }
        const QByteArray bytes = file.readAll();
        QString why;
        auto decoded = decode(bytes, &why);
        if (!decoded) {
            spdlog::error("geodata: the embedded outlines are damaged: {}", why.toStdString());
            return GeoData {};
        }
        return std::move(*decoded);
    }();
    return data;
}

const Feature* GeoData::find(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_features[*it];
}

const Feature* GeoData::featureAt(QPointF projected, bool preferSubdivision) const
{
    const Feature* country = nullptr;
    const Feature* subdivision = nullptr;
    for (const Feature& feature : m_features) {
        const bool isCountry = feature.parent.isEmpty();
        if (!isCountry && !preferSubdivision)
            continue;
        if (isCountry && country)
            continue;
        if (!contains(feature, projected))
            continue;
        if (isCountry)
            country = &feature;
        else if (!subdivision || boundsArea(feature) < boundsArea(*subdivision))
            subdivision = &feature;
    }
    return subdivision ? subdivision : country;
}

} // namespace atalaya::geo
