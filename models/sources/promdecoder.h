// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringList>

#include "domain/series.h"
#include "util/result.h"

namespace atalaya {

/// Decodes Prometheus HTTP API bodies. Pure functions: no I/O, no Qt event loop, callable from
/// any thread (the client runs them on the thread pool, never on the GUI thread).
///
/// The query decoder is a small dedicated JSON reader: it walks the envelope in any key order,
/// skips unknown keys, and parses "values" arrays straight into the columnar vectors with
/// std::from_chars, without building a DOM (a DOM costs ~6x the body in memory and ~40x
/// memcpy in time; this path stays within a few times memcpy).
class PromDecoder
{
public:
    /// /api/v1/query and /api/v1/query_range bodies. Errors carry the byte offset.
    /// On an error envelope the result is an Api error with errorType and message.
    static Result<QueryResult> decodeQuery(QByteArrayView body);
    /// /api/v1/labels, /api/v1/label/<name>/values
    static Result<QStringList> decodeStringList(QByteArrayView body);
    /// /api/v1/status/buildinfo
    static Result<BuildInfo> decodeBuildInfo(QByteArrayView body);
    /// A sample value as Prometheus writes it: "1.5", "1e-07", "NaN", "+Inf", "-Inf".
    static bool parseSampleValue(const char* begin, const char* end, double& out);
};

} // namespace atalaya
