// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/promdecoder.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace atalaya {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PromDecoder)
};

struct DecodeError
{
    size_t offset;
    QString message;
};

/// A forward-only cursor over JSON text.
class Cursor
{
public:
    Cursor(const char* begin, const char* end)
        : m_begin(begin)
        , m_p(begin)
        , m_end(end)
    {
    }

    [[noreturn]] void fail(const QString& what) const
    {
        throw DecodeError { static_cast<size_t>(m_p - m_begin), what };
    }

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    char peek()
    {
        ws();
        if (m_p >= m_end)
            fail(Text::tr("unexpected end of the body"));
        return *m_p;
    }
    void expect(char c)
    {
        if (peek() != c)
            fail(Text::tr("expected '%1', found '%2'").arg(QChar::fromLatin1(c)).arg(QChar::fromLatin1(*m_p)));
        ++m_p;
    }
    bool consume(char c)
    {
        if (peek() == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    /// After an element of an array/object: true if another follows, false at the closer.
    bool more(char closer)
    {
        const char c = peek();
        if (c == ',') {
            ++m_p;
            return true;
        }
        if (c == closer) {
            ++m_p;
            return false;
        }
        fail(Text::tr("expected ',' or '%1'").arg(QLatin1Char(closer)));
    }

    /// Reads a string; raw bytes without escapes are returned as a view into the body.
    std::string_view string(std::string& scratch)
    {
        expect('"');
        const char* start = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
            if (static_cast<unsigned char>(*m_p) < 0x20)
                fail(Text::tr("control character in a string"));
            ++m_p;
        }
        if (m_p >= m_end)
            fail(Text::tr("unterminated string"));
        if (*m_p == '"') {
            std::string_view v(start, static_cast<size_t>(m_p - start));
            ++m_p;
            return v;
        }
        scratch.assign(start, m_p);
        while (true) {
            if (m_p >= m_end)
                fail(Text::tr("unterminated string"));
            const char c = *m_p++;
            if (c == '"')
                break;
            if (static_cast<unsigned char>(c) < 0x20)
                fail(Text::tr("control character in a string"));
            if (c != '\\') {
                scratch.push_back(c);
                continue;
            }
            if (m_p >= m_end)
                fail(Text::tr("unterminated escape"));
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                scratch.push_back(e);
                break;
            case 'b':
                scratch.push_back('\b');
                break;
            case 'f':
                scratch.push_back('\f');
                break;
            case 'n':
                scratch.push_back('\n');
                break;
            case 'r':
                scratch.push_back('\r');
                break;
            case 't':
                scratch.push_back('\t');
                break;
            case 'u': {
                uint32_t cp = hex4();
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                        fail(Text::tr("unpaired surrogate in \\u escape"));
                    m_p += 2;
                    const uint32_t lo = hex4();
                    if (lo < 0xDC00 || lo > 0xDFFF)
                        fail(Text::tr("unpaired surrogate in \\u escape"));
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    fail(Text::tr("unpaired surrogate in \\u escape"));
                }
                appendUtf8(scratch, cp);
                break;
            }
            default:
                fail(Text::tr("invalid escape \\%1").arg(QLatin1Char(e)));
            }
        }
        return scratch;
    }

    QString qstring()
    {
        std::string scratch;
        const std::string_view v = string(scratch);
        return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    }

    double number()
    {
        ws();
        // JSON numbers only: from_chars alone would also take "inf", "nan" and "infinity".
        const char* digits = (m_p < m_end && *m_p == '-') ? m_p + 1 : m_p;
        if (digits >= m_end || *digits < '0' || *digits > '9')
            fail(Text::tr("expected a number"));
        double v = 0;
        const auto [ptr, ec] = std::from_chars(m_p, m_end, v);
        if (ec != std::errc() || ptr == m_p)
            fail(Text::tr("expected a number"));
        m_p = ptr;
        return v;
    }

    /// A sample value: a JSON string holding a Go float.
    double sampleString()
    {
        expect('"');
        const char* start = m_p;
        const char* q = static_cast<const char*>(std::memchr(m_p, '"', static_cast<size_t>(m_end - m_p)));
        if (!q)
            fail(Text::tr("unterminated string"));
        m_p = q + 1;
        double v = 0;
        if (!PromDecoder::parseSampleValue(start, q, v)) {
            m_p = start;
            fail(Text::tr("\"%1\" is not a sample value")
                     .arg(QString::fromUtf8(start, std::min<qsizetype>(q - start, 40))));
        }
        return v;
    }

    void skipValue(int depth = 0)
    {
        if (depth > 256)
            fail(Text::tr("nesting too deep"));
        const char c = peek();
        if (c == '"') {
            std::string scratch;
            string(scratch);
        } else if (c == '{') {
            ++m_p;
            if (consume('}'))
                return;
            do {
                std::string scratch;
                string(scratch);
                expect(':');
                skipValue(depth + 1);
            } while (more('}'));
        } else if (c == '[') {
            ++m_p;
            if (consume(']'))
                return;
            do
                skipValue(depth + 1);
            while (more(']'));
        } else if (c == 't' || c == 'f' || c == 'n') {
            literal();
        } else {
            number();
        }
    }

    /// true, false or null; returns 1, 0 or -1.
    int literal()
    {
        ws();
        auto match = [&](const char* word, size_t n) {
            if (static_cast<size_t>(m_end - m_p) >= n && std::memcmp(m_p, word, n) == 0) {
                m_p += n;
                return true;
            }
            return false;
        };
        if (match("true", 4))
            return 1;
        if (match("false", 5))
            return 0;
        if (match("null", 4))
            return -1;
        fail(Text::tr("unexpected character '%1'").arg(QLatin1Char(*m_p)));
    }

    void end()
    {
        ws();
        if (m_p != m_end)
            fail(Text::tr("unexpected data after the JSON value"));
    }

private:
    uint32_t hex4()
    {
        if (m_end - m_p < 4)
            fail(Text::tr("truncated \\u escape"));
        uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = *m_p++;
            v <<= 4;
            if (h >= '0' && h <= '9')
                v |= static_cast<uint32_t>(h - '0');
            else if (h >= 'a' && h <= 'f')
                v |= static_cast<uint32_t>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                v |= static_cast<uint32_t>(h - 'A' + 10);
            else
                fail(Text::tr("invalid \\u escape"));
        }
        return v;
    }
    static void appendUtf8(std::string& s, uint32_t cp)
    {
        if (cp < 0x80) {
            s.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            s.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            s.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            s.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            s.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            s.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            s.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
};

QStringList stringArray(Cursor& c)
{
    QStringList out;
    if (c.peek() == 'n') {
        c.literal();
        return out;
    }
    c.expect('[');
    if (c.consume(']'))
        return out;
    do
        out << c.qstring();
    while (c.more(']'));
    return out;
}

/// [ts, "value"]
void samplePair(Cursor& c, Series& s)
{
    c.expect('[');
    const double t = c.number();
    c.expect(',');
    const double v = c.sampleString();
    c.expect(']');
    s.timestamps.push_back(t);
    s.values.push_back(v);
}

/// {"count":"..","sum":"..","buckets":[[rule,"l","u","n"],...]}
HistogramSample histogramObject(Cursor& c, double t)
{
    HistogramSample h;
    h.timestamp = t;
    c.expect('{');
    if (c.consume('}'))
        return h;
    std::string scratch;
    do {
        const std::string_view key = c.string(scratch);
        c.expect(':');
        if (key == "count") {
            h.count = c.sampleString();
        } else if (key == "sum") {
            h.sum = c.sampleString();
        } else if (key == "buckets") {
            c.expect('[');
            if (!c.consume(']')) {
                do {
                    HistogramBucket b;
                    c.expect('[');
                    b.boundaryRule = static_cast<int>(c.number());
                    c.expect(',');
                    b.lower = c.sampleString();
                    c.expect(',');
                    b.upper = c.sampleString();
                    c.expect(',');
                    b.count = c.sampleString();
                    c.expect(']');
                    h.buckets.push_back(b);
                } while (c.more(']'));
            }
        } else {
            c.skipValue();
        }
    } while (c.more('}'));
    return h;
}

void histogramPair(Cursor& c, Series& s)
{
    c.expect('[');
    const double t = c.number();
    c.expect(',');
    s.histograms.push_back(histogramObject(c, t));
    c.expect(']');
}

/// Gives back the spare capacity of a long sample column when more than a fifth of it is unused
/// (a copy of one series, so the decode's peak stays near the final size).
template<typename T>
void trim(std::vector<T>& v)
{
    if (v.capacity() > 1024 && v.capacity() - v.size() > v.capacity() / 5)
        v.shrink_to_fit();
}

/// @p lengthHint: the sample count of the previous series. The series of a range query share one
/// step grid, so most have the same length: reserving it avoids the doubling copies and the
/// unused half of the last doubling.
Series seriesObject(Cursor& c, size_t& lengthHint)
{
    Series s;
    c.expect('{');
    if (c.consume('}'))
        return s;
    std::string scratch;
    do {
        const std::string_view key = c.string(scratch);
        c.expect(':');
        if (key == "metric") {
            c.expect('{');
            if (!c.consume('}')) {
                do {
                    const QString name = c.qstring();
                    c.expect(':');
                    s.labels.insert(name, c.qstring());
                } while (c.more('}'));
            }
        } else if (key == "value") {
            samplePair(c, s);
        } else if (key == "values") {
            c.expect('[');
            if (!c.consume(']')) {
                s.timestamps.reserve(s.timestamps.size() + lengthHint);
                s.values.reserve(s.values.size() + lengthHint);
                do
                    samplePair(c, s);
                while (c.more(']'));
                trim(s.timestamps);
                trim(s.values);
            }
            lengthHint = s.values.size();
        } else if (key == "histogram") {
            histogramPair(c, s);
        } else if (key == "histograms") {
            c.expect('[');
            if (!c.consume(']')) {
                do
                    histogramPair(c, s);
                while (c.more(']'));
            }
        } else {
            c.skipValue();
        }
    } while (c.more('}'));
    return s;
}

/// "result": either a list of series (vector, matrix) or one [ts, "value"] pair (scalar, string).
void resultValue(Cursor& c, QueryResult& r, bool& isPair, QString& pairText)
{
    c.expect('[');
    if (c.consume(']'))
        return;
    if (c.peek() != '{') {
        // [ts, "value"]: a scalar or a string; keep the raw text until resultType is known.
        isPair = true;
        Series s;
        s.timestamps.push_back(c.number());
        c.expect(',');
        pairText = c.qstring();
        c.expect(']');
        r.series.push_back(std::move(s));
        return;
    }
    size_t lengthHint = 0;
    do
        r.series.push_back(seriesObject(c, lengthHint));
    while (c.more(']'));
}

} // namespace

bool PromDecoder::parseSampleValue(const char* begin, const char* end, double& out)
{
    const size_t n = static_cast<size_t>(end - begin);
    // Go writes the specials by name; compare them explicitly.
    if (n == 3 && std::memcmp(begin, "NaN", 3) == 0) {
        out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (n == 4 && std::memcmp(begin, "+Inf", 4) == 0) {
        out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (n == 4 && std::memcmp(begin, "-Inf", 4) == 0) {
        out = -std::numeric_limits<double>::infinity();
        return true;
    }
    if (n == 0 || *begin == '+'
        || (n >= 2 && (begin[0] == 'i' || begin[0] == 'I' || begin[1] == 'i' || begin[1] == 'I')))
        return false;
    // from_chars is locale-independent; it also accepts "inf"/"nan", which Go never writes.
    const auto [ptr, ec] = std::from_chars(begin, end, out);
    return ec == std::errc() && ptr == end && !std::isnan(out) && !std::isinf(out);
}

Result<QueryResult> PromDecoder::decodeQuery(QByteArrayView body)
{
    QueryResult r;
    QString status;
    QString errorType;
    QString error;
    QString resultType;
    bool isPair = false;
    QString pairText;
    try {
        Cursor c(body.data(), body.data() + body.size());
        c.expect('{');
        std::string scratch;
        if (!c.consume('}')) {
            do {
                const std::string_view key = c.string(scratch);
                c.expect(':');
                if (key == "status") {
                    status = c.qstring();
                } else if (key == "errorType") {
                    errorType = c.qstring();
                } else if (key == "error") {
                    error = c.qstring();
                } else if (key == "warnings") {
                    r.warnings = stringArray(c);
                } else if (key == "infos") {
                    r.infos = stringArray(c);
                } else if (key == "data") {
                    if (c.peek() == 'n') {
                        c.literal();
                        continue;
                    }
                    c.expect('{');
                    if (c.consume('}'))
                        continue;
                    std::string scratch2;
                    do {
                        const std::string_view dkey = c.string(scratch2);
                        c.expect(':');
                        if (dkey == "resultType")
                            resultType = c.qstring();
                        else if (dkey == "result")
                            resultValue(c, r, isPair, pairText);
                        else
                            c.skipValue(); // e.g. "stats"
                    } while (c.more('}'));
                } else {
                    c.skipValue();
                }
            } while (c.more('}'));
        }
        c.end();
    } catch (const DecodeError& e) {
        ApiError err;
        err.kind = ApiError::Kind::Decode;
        err.message = Text::tr("at byte %1: %2").arg(QString::number(e.offset), e.message);
        return err;
    }

    if (status == u"error" || !errorType.isEmpty()) {
        ApiError err;
        err.kind = ApiError::Kind::Api;
        err.errorType = errorType;
        err.message = error.isEmpty() ? Text::tr("no error message") : error;
        return err;
    }
    auto decodeError = [](const QString& message) {
        ApiError err;
        err.kind = ApiError::Kind::Decode;
        err.message = message;
        return err;
    };
    if (status != u"success")
        return decodeError(Text::tr("\"status\" is missing or unknown (\"%1\")").arg(status));
    if (resultType == u"vector") {
        r.type = QueryResult::Type::Vector;
    } else if (resultType == u"matrix") {
        r.type = QueryResult::Type::Matrix;
    } else if (resultType == u"scalar") {
        r.type = QueryResult::Type::Scalar;
        if (!isPair || r.series.size() != 1)
            return decodeError(Text::tr("a scalar result must be [time, \"value\"]"));
        double v = 0;
        const QByteArray text = pairText.toUtf8();
        if (!parseSampleValue(text.constData(), text.constData() + text.size(), v))
            return decodeError(Text::tr("\"%1\" is not a sample value").arg(pairText));
        r.series.front().values.push_back(v);
    } else if (resultType == u"string") {
        r.type = QueryResult::Type::String;
        if (!isPair)
            return decodeError(Text::tr("a string result must be [time, \"value\"]"));
        r.stringValue = pairText;
        r.series.clear();
    } else if (resultType.isEmpty()) {
        return decodeError(Text::tr("\"data.resultType\" is missing"));
    } else {
        return decodeError(Text::tr("unknown resultType \"%1\"").arg(resultType));
    }
    if (isPair && (r.type == QueryResult::Type::Vector || r.type == QueryResult::Type::Matrix))
        return decodeError(Text::tr("a %1 result must be a list of series").arg(resultType));
    return r;
}

namespace {

/// The small endpoints (labels, label values, buildinfo): a DOM is fine here.
template<typename T, typename Fill>
Result<T> decodeSmall(QByteArrayView body, Fill fill)
{
    using json = nlohmann::json;
    ApiError err;
    err.kind = ApiError::Kind::Decode;
    json j;
    try {
        j = json::parse(body.data(), body.data() + body.size());
    } catch (const json::parse_error& e) {
        err.message = Text::tr("at byte %1: %2").arg(QString::number(e.byte), QString::fromUtf8(e.what()));
        return err;
    }
    try {
        if (!j.is_object()) {
            err.message = Text::tr("at byte 0: not a JSON object");
            return err;
        }
        const auto status = j.find("status");
        const std::string statusText = status != j.end() && status->is_string() ? status->get<std::string>() : "";
        auto text = [&j](const char* key) {
            const auto it = j.find(key);
            return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
        };
        if (statusText == "error") {
            err.kind = ApiError::Kind::Api;
            err.errorType = text("errorType");
            err.message = text("error");
            if (err.message.isEmpty())
                err.message = Text::tr("no error message");
            return err;
        }
        if (statusText != "success") {
            err.message = Text::tr("\"status\" is missing or unknown (\"%1\")").arg(QString::fromStdString(statusText));
            return err;
        }
        T out;
        const auto data = j.find("data");
        if (data != j.end() && fill(*data, out))
            return out;
    } catch (const json::exception&) {
        // A value of an unexpected type: reported below like any other shape mismatch.
    }
    err.message = Text::tr("\"data\" does not have the documented shape");
    return err;
}

} // namespace

Result<QStringList> PromDecoder::decodeStringList(QByteArrayView body)
{
    return decodeSmall<QStringList>(body, [](const nlohmann::json& data, QStringList& out) {
        if (!data.is_array())
            return false;
        for (const auto& e : data) {
            if (!e.is_string())
                return false;
            out << QString::fromStdString(e.get<std::string>());
        }
        return true;
    });
}

Result<BuildInfo> PromDecoder::decodeBuildInfo(QByteArrayView body)
{
    return decodeSmall<BuildInfo>(body, [](const nlohmann::json& data, BuildInfo& out) {
        if (!data.is_object() || !data.contains("version") || !data["version"].is_string())
            return false;
        auto get = [&data](const char* k) {
            const auto it = data.find(k);
            return it != data.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
        };
        out.version = get("version");
        out.revision = get("revision");
        out.branch = get("branch");
        out.goVersion = get("goVersion");
        return true;
    });
}

Result<int> PromDecoder::decodeRuntimeInfo(QByteArrayView body)
{
    return decodeSmall<int>(body, [](const nlohmann::json& data, int& out) {
        const auto it = data.is_object() ? data.find("GOMAXPROCS") : data.end();
        if (it == data.end() || !it->is_number_integer() || it->get<long long>() < 1 || it->get<long long>() > 1 << 20)
            return false;
        out = static_cast<int>(it->get<long long>());
        return true;
    });
}

} // namespace atalaya
