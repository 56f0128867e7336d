// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/afterevents.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QThread>

namespace atalaya {

namespace {

const QEvent::Type kCall = static_cast<QEvent::Type>(QEvent::registerEventType());

/// A child of the context: the posted event goes with it when the context is deleted.
class PendingCall : public QObject
{
public:
    PendingCall(QObject* context, std::function<void()> fn)
        : QObject(context)
        , m_fn(std::move(fn))
    {
    }

    bool event(QEvent* e) override
    {
        if (e->type() != kCall)
            return QObject::event(e);
        const std::function<void()> fn = std::move(m_fn);
        deleteLater();
        fn();
        return true;
    }

private:
    std::function<void()> m_fn;
};

} // namespace

void afterPendingEvents(QObject* context, std::function<void()> fn)
{
    Q_ASSERT(context && context->thread() == QThread::currentThread());
    // Posted events are handled by priority, and in order within one: the low one after every
    // normal one waiting, and after the low ones posted before it.
    QCoreApplication::postEvent(new PendingCall(context, std::move(fn)), new QEvent(kCall), Qt::LowEventPriority);
}

} // namespace atalaya
