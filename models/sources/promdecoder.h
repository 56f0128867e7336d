// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringList>

#include "domain/series.h"
#include "util/result.h"

namespace atalaya {

/// Decodes Prometheus HTTP API bodies. Pure functions: no I/O, no Qt event loop, no thread guard,
/// callable from any thread. The I/O entry points that call them (PrometheusClient) check with
/// assertNotGuiThread() that they do not run on the GUI thread; a 50 MB body takes ~0.15 s.
///
/// The query decoder is a small dedicated JSON reader: it walks the envelope in any key order,
/// skips unknown keys, and parses "values" arrays straight into the columnar vectors with
/// std::from_chars, without building a DOM (a DOM costs ~6x the body in memory and ~40x
/// memcpy in time; this path stays within a few times memcpy).
class PromDecoder
{
public:
    /// /api/v1/query and /api/v1/query_range bodies: the envelope in any key order (unknown keys
    /// skipped), vector/matrix/scalar/string results, "value(s)" and native "histogram(s)".
    /// Malformed JSON or an undocumented shape gives a Decode error whose message names the byte
    /// offset ("at byte 1234: ..."). An error envelope (status "error", or an errorType even next
    /// to data) gives an Api error with errorType and message. Only source/query/httpStatus are
    /// left for the caller to fill in.
    static Result<QueryResult> decodeQuery(QByteArrayView body);
    /// /api/v1/labels, /api/v1/label/<name>/values: the list of strings in "data".
    static Result<QStringList> decodeStringList(QByteArrayView body);
    /// /api/v1/status/buildinfo
    static Result<BuildInfo> decodeBuildInfo(QByteArrayView body);
    /// /api/v1/status/runtimeinfo: its "GOMAXPROCS", the threads the server runs Go code on (at
    /// least 1). Prometheus-compatible servers that do not have the endpoint answer 404.
    static Result<int> decodeRuntimeInfo(QByteArrayView body);
    /// A sample value as Prometheus writes it: "1.5", "1e-07", "1.5e+21", "-0", "NaN", "+Inf",
    /// "-Inf" (the specials compared by name; numbers parsed with std::from_chars, so no locale).
    /// False for anything else ("inf", "+1", "1,5", "").
    static bool parseSampleValue(const char* begin, const char* end, double& out);
};

} // namespace atalaya
