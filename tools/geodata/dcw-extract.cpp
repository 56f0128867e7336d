// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// dcw-extract: builds the regional map's outlines (:/atalaya/geo/latam.bin, format in
// models/geo/geodata.h) from DCW-GMT, the Digital Chart of the World as packaged for GMT
// (Debian's gmt-dcw, LGPL-3.0-or-later). Run by the build; the console reads no geodata at run time.
//
// What DCW-GMT's netCDF-4 file holds (read with `ncdump -h dcw-gmt.nc`, version 2.1.1):
//  - one pair of variables per country, <CC>_lon and <CC>_lat (ISO 3166-1 code: AR_lon), and
//    per state of the countries that have them, <CC><SS>_lon/_lat (ARX_lon: Argentina's state X,
//    Córdoba; BRSP_lat: São Paulo), each over its own dimension <TAG>_length;
//  - values are unsigned 16-bit: degrees = min + value / scale, with min and scale attributes of
//    each variable (scale = 65535 / (max − min)); longitudes run 0…360 (Argentina 286…306);
//  - a polygon starts after each separator, lon = 65535 (the netCDF fill value, `_` in ncdump)
//    with lat = 0, the first value included; real vertices stay at 0…65534; each polygon is
//    closed (its last vertex repeats its first). Islands and lakes are polygons of their own, so
//    the outline is read even-odd;
//  - global attributes title, source and version ("2.1.1").
// Names come from the two lists beside it, UTF-8: dcw-countries.txt ("SA AR Argentina":
// continent, code, name) and dcw-states.txt ("AR X Córdoba": country, state code, name).
//
// Each polygon is projected (models/geo/projection.h, the map's own projection) and simplified
// with Douglas–Peucker in kilometres (models/geo/simplify.h); rings smaller than --min-area km²
// are dropped, and so are rings that collapse below a triangle, but every feature keeps at least
// its largest ring. Kept vertices are stored as they were in DCW (quantised to 1e-5 degree).
// Deterministic: the same inputs give the same bytes.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <netcdf.h>

#include "geo/projection.h"
#include "geo/simplify.h"

namespace {

using atalaya::geo::LonLat;
using atalaya::geo::Projection;

constexpr unsigned short kSeparator = 65535;
constexpr double kUnitsPerDegree = 1e5;

struct Options
{
    std::string netcdf, countries, states, out;
    double toleranceKm = 2.0;
    double minAreaKm2 = 3.0;
    std::string features = "AR,AR.*,BO,BR,BR.*,CL,FK,PY,UY";
};

[[noreturn]] void usage(const std::string& why)
{
    std::fprintf(stderr,
        "dcw-extract: %s\n"
        "usage: dcw-extract --netcdf dcw-gmt.nc --countries dcw-countries.txt --states dcw-states.txt\n"
        "                   --out latam.bin [--tolerance KM] [--min-area KM2] [--features LIST]\n"
        "  --tolerance  Douglas-Peucker tolerance in projected km (default 2)\n"
        "  --min-area   rings (islands, lakes) smaller than this many km² are dropped (default 3)\n"
        "  --features   DCW codes, CC.* for all states of CC (default AR,AR.*,BO,BR,BR.*,CL,FK,PY,UY)\n",
        why.c_str());
    std::exit(2);
}

Options parseArguments(int argc, char** argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            usage("missing value after " + arg);
        const std::string value = argv[++i];
        try {
            if (arg == "--netcdf")
                o.netcdf = value;
            else if (arg == "--countries")
                o.countries = value;
            else if (arg == "--states")
                o.states = value;
            else if (arg == "--out")
                o.out = value;
            else if (arg == "--tolerance")
                o.toleranceKm = std::stod(value);
            else if (arg == "--min-area")
                o.minAreaKm2 = std::stod(value);
            else if (arg == "--features")
                o.features = value;
            else
                usage("unknown option " + arg);
        } catch (const std::logic_error&) {
            usage("not a number: " + arg + " " + value);
        }
    }
    if (o.netcdf.empty() || o.countries.empty() || o.states.empty() || o.out.empty())
        usage("--netcdf, --countries, --states and --out are required");
    if (!(o.toleranceKm >= 0) || !(o.minAreaKm2 >= 0))
        usage("--tolerance and --min-area must be 0 or more");
    return o;
}

std::string trim(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// "<a> <b> <name…>" lines, '#' comments: returns {a, b} -> name.
std::map<std::pair<std::string, std::string>, std::string> readNameList(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::map<std::pair<std::string, std::string>, std::string> names;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream fields(line);
        std::string a, b;
        fields >> a >> b;
        std::string name;
        std::getline(fields, name);
        name = trim(name);
        if (a.empty() || b.empty() || name.empty())
            throw std::runtime_error(path + ": cannot read the line '" + line + "'");
        names[{ a, b }] = name;
    }
    return names;
}

struct Wanted
{
    std::string id, name, parent, tag; // tag: the netCDF name stem, "AR" or "ARX"
};

std::vector<Wanted> selectFeatures(const Options& o)
{
    const auto countries = readNameList(o.countries); // {continent, code}
    const auto states = readNameList(o.states); // {country, state}
    auto countryName = [&](const std::string& code) -> std::string {
        // The islands carry both names on a map made for Argentine readers.
        if (code == "FK")
            return "Islas Malvinas / Falkland Islands";
        for (const auto& [key, name] : countries)
            if (key.second == code)
                return name;
        throw std::runtime_error("no country " + code + " in " + o.countries);
    };
    std::vector<Wanted> wanted;
    std::stringstream list(o.features);
    std::string item;
    while (std::getline(list, item, ',')) {
        item = trim(item);
        if (item.empty())
            continue;
        const auto dot = item.find('.');
        if (dot == std::string::npos) {
            wanted.push_back({ item, countryName(item), "", item });
            continue;
        }
        const std::string country = item.substr(0, dot), state = item.substr(dot + 1);
        countryName(country);
        bool found = false;
        for (const auto& [key, name] : states) {
            if (key.first != country || (state != "*" && key.second != state))
                continue;
            wanted.push_back({ country + "." + key.second, name, country, country + key.second });
            found = true;
        }
        if (!found)
            throw std::runtime_error("no state " + item + " in " + o.states);
    }
    return wanted;
}

void check(int status, const std::string& what)
{
    if (status != NC_NOERR)
        throw std::runtime_error(what + ": " + nc_strerror(status));
}

class DcwFile
{
public:
    explicit DcwFile(const std::string& path)
        : m_path(path)
    {
        check(nc_open(path.c_str(), NC_NOWRITE, &m_id), path);
    }
    ~DcwFile() { nc_close(m_id); }
    DcwFile(const DcwFile&) = delete;
    DcwFile& operator=(const DcwFile&) = delete;

    std::string globalText(const char* name) const
    {
        size_t length = 0;
        check(nc_inq_attlen(m_id, NC_GLOBAL, name, &length), m_path + " attribute " + name);
        std::string text(length, '\0');
        check(nc_get_att_text(m_id, NC_GLOBAL, name, text.data()), m_path + " attribute " + name);
        return trim(std::string(text.c_str()));
    }

    // Degrees of one coordinate variable, with kSeparator positions as NaN.
    std::vector<double> coordinate(const std::string& variable) const
    {
        int var = 0, ndims = 0, dim = 0;
        nc_type type = NC_NAT;
        check(nc_inq_varid(m_id, variable.c_str(), &var), m_path + " has no variable " + variable);
        check(nc_inq_vartype(m_id, var, &type), variable);
        check(nc_inq_varndims(m_id, var, &ndims), variable);
        if (type != NC_USHORT || ndims != 1)
            throw std::runtime_error(variable + ": expected a one-dimensional ushort variable");
        check(nc_inq_vardimid(m_id, var, &dim), variable);
        size_t length = 0;
        check(nc_inq_dimlen(m_id, dim, &length), variable);
        double min = 0, scale = 0;
        check(nc_get_att_double(m_id, var, "min", &min), variable + ":min");
        check(nc_get_att_double(m_id, var, "scale", &scale), variable + ":scale");
        if (!(scale > 0))
            throw std::runtime_error(variable + ": scale must be positive");
        std::vector<unsigned short> raw(length);
        check(nc_get_var_ushort(m_id, var, raw.data()), variable);
        std::vector<double> degrees(length);
        for (size_t i = 0; i < length; ++i)
            degrees[i] = raw[i] == kSeparator ? NAN : min + raw[i] / scale;
        return degrees;
    }

private:
    std::string m_path;
    int m_id = -1;
};

struct Vertex
{
    std::int32_t lon = 0, lat = 0; // 1e-5 degree
    bool operator==(const Vertex&) const = default;
};

struct Stats
{
    size_t ringsIn = 0, ringsOut = 0, tiny = 0, collapsed = 0, verticesIn = 0, verticesOut = 0;
    double deviationKm = 0;
    void add(const Stats& s)
    {
        ringsIn += s.ringsIn;
        ringsOut += s.ringsOut;
        tiny += s.tiny;
        collapsed += s.collapsed;
        verticesIn += s.verticesIn;
        verticesOut += s.verticesOut;
        deviationKm = std::max(deviationKm, s.deviationKm);
    }
};

struct Extracted
{
    Wanted what;
    std::vector<std::vector<Vertex>> rings; // open: the closing vertex is implied
    Stats stats;
};

// DCW polygons of one feature as closed rings in degrees, longitudes in −180…180.
std::vector<std::vector<LonLat>> readPolygons(const DcwFile& file, const std::string& tag)
{
    const auto lon = file.coordinate(tag + "_lon");
    const auto lat = file.coordinate(tag + "_lat");
    if (lon.size() != lat.size())
        throw std::runtime_error(tag + ": _lon and _lat differ in length");
    std::vector<std::vector<LonLat>> polygons;
    for (size_t i = 0; i < lon.size(); ++i) {
        if (std::isnan(lon[i])) {
            polygons.emplace_back();
            continue;
        }
        if (polygons.empty())
            throw std::runtime_error(tag + ": does not start with a polygon separator");
        if (std::isnan(lat[i]))
            throw std::runtime_error(tag + ": latitude separator without a longitude one at " + std::to_string(i));
        polygons.back().push_back({ lon[i] > 180 ? lon[i] - 360 : lon[i], lat[i] });
    }
    for (auto& p : polygons)
        if (!p.empty() && (p.front().lon != p.back().lon || p.front().lat != p.back().lat))
            p.push_back(p.front());
    return polygons;
}

Extracted extract(const DcwFile& file, const Wanted& what, const Options& o, const Projection& projection)
{
    Extracted result { what, {}, {} };
    struct Candidate
    {
        double areaKm2;
        std::vector<Vertex> ring;
        double deviationKm;
        size_t verticesIn;
    };
    std::vector<Candidate> dropped; // the fallback when every ring of a feature is dropped
    for (const auto& polygon : readPolygons(file, what.tag)) {
        ++result.stats.ringsIn;
        result.stats.verticesIn += polygon.size();
        if (polygon.size() < 4) { // not even a triangle
            ++result.stats.collapsed;
            continue;
        }
        std::vector<QPointF> km;
        km.reserve(polygon.size());
        for (const LonLat& p : polygon)
            km.push_back(projection.forward(p));
        const double area = std::abs(atalaya::geo::signedArea(km));
        const auto kept = atalaya::geo::simplifyIndices(km, o.toleranceKm);

        // Quantise the kept vertices, drop repeats, and measure how far the stored outline is from
        // every original vertex (the segment that replaced it, between quantised ends).
        std::vector<Vertex> ring;
        double deviation = 0;
        for (size_t k = 0; k + 1 < kept.size(); ++k) {
            const LonLat p = polygon[kept[k]];
            const Vertex v { static_cast<std::int32_t>(std::lround(p.lon * kUnitsPerDegree)),
                static_cast<std::int32_t>(std::lround(p.lat * kUnitsPerDegree)) };
            if (ring.empty() || !(ring.back() == v))
                ring.push_back(v);
        }
        while (ring.size() > 1 && ring.back() == ring.front())
            ring.pop_back();
        for (size_t k = 1; k < kept.size(); ++k) {
            auto quantised = [&](size_t i) {
                const LonLat p = polygon[i];
                return projection.forward({ std::round(p.lon * kUnitsPerDegree) / kUnitsPerDegree,
                    std::round(p.lat * kUnitsPerDegree) / kUnitsPerDegree });
            };
            const QPointF a = quantised(kept[k - 1]), b = quantised(kept[k]);
            for (size_t i = kept[k - 1]; i <= kept[k]; ++i)
                deviation = std::max(deviation, atalaya::geo::distanceToSegment(km[i], a, b));
        }

        if (ring.size() < 3) {
            ++result.stats.collapsed;
            continue;
        }
        if (area < o.minAreaKm2) {
            ++result.stats.tiny;
            dropped.push_back({ area, std::move(ring), deviation, polygon.size() });
            continue;
        }
        ++result.stats.ringsOut;
        result.stats.verticesOut += ring.size() + 1;
        result.stats.deviationKm = std::max(result.stats.deviationKm, deviation);
        result.rings.push_back(std::move(ring));
    }
    if (result.rings.empty()) {
        // Every feature is kept: its largest ring, however small.
        if (dropped.empty())
            throw std::runtime_error(what.id + ": no polygon survives simplification");
        auto largest = std::max_element(dropped.begin(), dropped.end(),
            [](const Candidate& a, const Candidate& b) { return a.areaKm2 < b.areaKm2; });
        --result.stats.tiny;
        ++result.stats.ringsOut;
        result.stats.verticesOut += largest->ring.size() + 1;
        result.stats.deviationKm = largest->deviationKm;
        result.rings.push_back(std::move(largest->ring));
    }
    return result;
}

class Writer
{
public:
    void bytes(const void* data, size_t n) { m_out.append(static_cast<const char*>(data), n); }
    template <typename T> void unsignedLE(T v)
    {
        for (size_t i = 0; i < sizeof(T); ++i)
            m_out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
    }
    void u16(std::uint16_t v) { unsignedLE(v); }
    void u32(std::uint32_t v) { unsignedLE(v); }
    void i32(std::int32_t v) { unsignedLE(static_cast<std::uint32_t>(v)); }
    void f64(double v)
    {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        unsignedLE(bits);
    }
    void str(const std::string& s)
    {
        if (s.size() > 0xffff)
            throw std::runtime_error("string too long: " + s.substr(0, 40));
        u16(static_cast<std::uint16_t>(s.size()));
        bytes(s.data(), s.size());
    }
    void zigzag(std::int32_t v)
    {
        std::uint32_t z = (static_cast<std::uint32_t>(v) << 1) ^ static_cast<std::uint32_t>(v >> 31);
        do {
            const auto low = static_cast<unsigned char>(z & 0x7f);
            z >>= 7;
            m_out.push_back(static_cast<char>(z ? (low | 0x80) : low));
        } while (z);
    }
    const std::string& data() const { return m_out; }

private:
    std::string m_out;
};

std::string encode(const std::string& attribution, const Projection& projection, const Options& o,
    const std::vector<Extracted>& features)
{
    Writer w;
    w.bytes("AGEO", 4);
    w.u16(1);
    w.u16(0);
    w.str(attribution);
    const auto& p = projection.parameters();
    for (double v : { p.radiusKm, p.standardParallel1, p.standardParallel2, p.originLatitude, p.centralMeridian })
        w.f64(v);
    w.f64(o.toleranceKm);
    w.f64(o.minAreaKm2);
    w.u32(static_cast<std::uint32_t>(features.size()));
    for (const Extracted& f : features) {
        w.str(f.what.id);
        w.str(f.what.name);
        w.str(f.what.parent);
        std::int32_t west = INT32_MAX, south = INT32_MAX, east = INT32_MIN, north = INT32_MIN;
        for (const auto& ring : f.rings)
            for (const Vertex& v : ring) {
                west = std::min(west, v.lon);
                east = std::max(east, v.lon);
                south = std::min(south, v.lat);
                north = std::max(north, v.lat);
            }
        for (std::int32_t v : { west, south, east, north })
            w.i32(v);
        w.u32(static_cast<std::uint32_t>(f.rings.size()));
        for (const auto& ring : f.rings) {
            w.u32(static_cast<std::uint32_t>(ring.size()));
            Vertex previous;
            for (const Vertex& v : ring) {
                w.zigzag(v.lon - previous.lon);
                w.zigzag(v.lat - previous.lat);
                previous = v;
            }
        }
    }
    return w.data();
}

void printRow(const std::string& id, const std::string& name, const Stats& s)
{
    std::printf("  %-6s %-34s %5zu -> %4zu rings (%zu tiny, %zu collapsed)  %8zu -> %6zu vertices  max dev %.3f km\n",
        id.c_str(), name.c_str(), s.ringsIn, s.ringsOut, s.tiny, s.collapsed, s.verticesIn, s.verticesOut,
        s.deviationKm);
}

} // namespace

int main(int argc, char** argv)
{
    const Options o = parseArguments(argc, argv);
    try {
        const auto wanted = selectFeatures(o);
        const DcwFile file(o.netcdf);
        const std::string version = file.globalText("version");
        const std::string attribution =
            "DCW-GMT " + version + " (LGPL-3.0-or-later), derived from the Digital Chart of the World";
        const Projection& projection = Projection::defaultMap();

        std::vector<Extracted> features;
        Stats total;
        std::printf("dcw-extract: %s, Douglas-Peucker %.3g km, rings under %.3g km² dropped\n", attribution.c_str(),
            o.toleranceKm, o.minAreaKm2);
        for (const Wanted& w : wanted) {
            features.push_back(extract(file, w, o, projection));
            printRow(w.id, w.name, features.back().stats);
            total.add(features.back().stats);
        }
        const std::string bytes = encode(attribution, projection, o, features);
        printRow("total", std::to_string(features.size()) + " features", total);

        const std::filesystem::path out(o.out), partial(o.out + ".partial");
        {
            std::ofstream stream(partial, std::ios::binary | std::ios::trunc);
            stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            if (!stream.flush())
                throw std::runtime_error("cannot write " + partial.string());
        }
        std::filesystem::rename(partial, out);
        std::printf("dcw-extract: wrote %s, %zu bytes\n", o.out.c_str(), bytes.size());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "dcw-extract: %s\n", e.what());
        return 1;
    }
    return 0;
}
