// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <variant>

#include "sources/apierror.h"

namespace atalaya {

/// A value or the ApiError that prevented it (C++20 has no std::expected). A value type: copy it,
/// move it, send it across threads (QFuture<Result<T>>). Default-constructed it holds T{}.
template<typename T>
class Result
{
public:
    Result()
        : m_v(T {})
    {
    }
    Result(T value)
        : m_v(std::move(value))
    {
    }
    Result(ApiError error)
        : m_v(std::move(error))
    {
    }

    /// True when it holds a value; then value() is valid, otherwise error() is.
    bool ok() const { return m_v.index() == 0; }
    const T& value() const { return std::get<0>(m_v); }
    T& value() { return std::get<0>(m_v); }
    const ApiError& error() const { return std::get<1>(m_v); }
    ApiError& error() { return std::get<1>(m_v); }

private:
    std::variant<T, ApiError> m_v;
};

} // namespace atalaya
