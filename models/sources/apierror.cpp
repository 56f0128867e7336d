// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/apierror.h"

#include <QCoreApplication>

namespace atalaya {


QString ApiError::toDisplayString() const
{
    // Multi-argument arg() throughout: a URL or a server message may itself contain "%2".
    const QString where = service.isEmpty() ? source : tr("%1 at %2").arg(service, source);
    const QString status = QString::number(httpStatus);
    QString text;
    switch (kind) {
    case Kind::Transport:
        text = tr("cannot reach %1: %2").arg(where, message);
        break;
    case Kind::Timeout:
        text = tr("%1 did not answer in time (%2)").arg(where, message);
        break;
    case Kind::Http:
        text = tr("%1 answered HTTP %2: %3").arg(where, status, message);
        break;
    case Kind::Auth:
        text = message.isEmpty()
            ? tr("%1 refused the credentials (HTTP %2): check the auth settings of this source")
                  .arg(where, status)
            : tr("%1 refused the credentials (HTTP %2): %3").arg(where, status, message);
        break;
    case Kind::Api:
        text = httpStatus > 0 ? tr("%1 answered %2 %3: %4").arg(where, status, errorType, message)
                              : tr("%1 answered %2: %3").arg(where, errorType, message);
        break;
    case Kind::Decode:
        text = tr("%1 sent a response that cannot be read: %2").arg(where, message);
        break;
    case Kind::Canceled:
        text = tr("the request to %1 was canceled").arg(where);
        break;
    case Kind::NotCached:
        text = tr("offline: the cache holds nothing from %1 for this window").arg(where);
        break;
    }
    if (!query.isEmpty())
        text += tr(" (query: %1)").arg(query.size() > 160 ? query.left(157) + QStringLiteral("…") : query);
    return text;
}

QString ApiError::shortText() const
{
    switch (kind) {
    case Kind::Transport:
        return tr("source unreachable");
    case Kind::Timeout:
        return tr("timed out");
    case Kind::Http:
        return tr("HTTP %1").arg(httpStatus);
    case Kind::Auth:
        return tr("credentials refused");
    case Kind::Api:
        return tr("query error: %1").arg(errorType);
    case Kind::Decode:
        return tr("unreadable answer");
    case Kind::NotCached:
        return tr("not in the cache");
    case Kind::Canceled:
        break;
    }
    return tr("canceled");
}

} // namespace atalaya
