// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArrayView>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace atalaya::geo {

/// One outline of the regional map: a country or one of its provinces or states.
struct Feature
{
    QString id; ///< DCW-GMT's code: "AR", "UY", "AR.X" (Córdoba), "BR.SP" (São Paulo)
    QString name; ///< as DCW-GMT names it, UTF-8: "Córdoba", "Ciudad Autónoma de Buenos Aires"
    QString parent; ///< the country's id for a province or state, "" for a country
    /// Closed rings (the last point repeats the first) in Projection::defaultMap() kilometres,
    /// x east, y north. Islands are rings of their own; a ring inside another is a hole (lake,
    /// enclave): inside is decided even-odd over all rings.
    std::vector<std::vector<QPointF>> rings;
    /// The rings' extent in the same kilometres; as y grows north, bounds.top() is the south edge.
    QRectF bounds;
};

/// The outlines of Argentina's provinces, its neighbours Uruguay, Chile, Paraguay, Bolivia and
/// Brazil (with Brazil's states), embedded in the binary at build time from Debian's gmt-dcw
/// (DCW-GMT, LGPL-3.0-or-later) by tools/geodata/dcw-extract; see README "Geodata".
///
/// The embedded resource (:/atalaya/geo/latam.bin) is, all integers little-endian:
///   header   "AGEO", u16 version (1), u16 0, str attribution, f64 × 5 projection (radius km,
///            standard parallels 1 and 2, latitude of origin, central meridian, degrees),
///            f64 simplification tolerance (km), f64 smallest ring kept (km²), u32 feature count
///   feature  str id, str name, str parent, i32 × 4 bounding box (west, south, east, north),
///            u32 ring count, then per ring: u32 vertex count (the closing vertex not repeated),
///            then each vertex as two zigzag LEB128 varints (lon, lat) — the first absolute,
///            every other the difference from the previous vertex
///   str      u16 byte count + UTF-8
/// Coordinates (bounding box, vertices) are integers in units of 1e-5 degree (about 1.1 m).
/// The file ends after the last feature.
class GeoData
{
public:
    /// The outlines built into the program, decoded and projected on first use (thread-safe).
    /// Empty, with a logged error, if the resource is missing or damaged.
    static const GeoData& embedded();

    /// Decodes a resource in the format above; std::nullopt (and *error says why) if it is not one.
    static std::optional<GeoData> decode(QByteArrayView bytes, QString* error = nullptr);

    /// Sorted by id: each country is followed by its provinces or states.
    const std::vector<Feature>& features() const { return m_features; }
    /// The feature with this id, or nullptr.
    const Feature* find(const QString& id) const;
    /// The source and licence of the outlines, for the About box:
    /// "DCW-GMT 2.1.1 (LGPL-3.0-or-later), derived from the Digital Chart of the World" (the
    /// version is that of the gmt-dcw package the build read).
    QString attribution() const { return m_attribution; }

    /// The feature containing a point in Projection::defaultMap() kilometres, or nullptr (the sea,
    /// or outside the region). With @p preferSubdivision a province or state is answered before
    /// its country (the smallest when simplified outlines overlap near a border), and the country
    /// only where no subdivision of it covers the point; without, only countries are answered.
    const Feature* featureAt(QPointF projected, bool preferSubdivision = true) const;

private:
    QString m_attribution;
    std::vector<Feature> m_features;
    QHash<QString, std::size_t> m_index;
};

} // namespace atalaya::geo
