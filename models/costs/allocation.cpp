// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costs/allocation.h"

#include <QDataStream>
#include <QIODevice>

namespace atalaya::costs {

double Allocation::total() const
{
    if (!std::isnan(totalCost))
        return totalCost;
    double sum = 0;
    bool any = false;
    for (double part : { cpuCost, gpuCost, ramCost, pvCost, networkCost, loadBalancerCost, sharedCost, externalCost })
        if (!std::isnan(part)) {
            sum += part;
            any = true;
        }
    return any ? sum : kNoValue;
}

const Allocation* AllocationSet::find(const QString& name) const
{
    for (const Allocation& a : items)
        if (a.name == name)
            return &a;
    return nullptr;
}

double AllocationSet::allocatedTotal() const
{
    double sum = 0;
    for (const Allocation& a : items)
        if (!isSpecialName(a.name) && !std::isnan(a.total()))
            sum += a.total();
    return sum;
}

double AllocationReport::totalOf(const QString& name) const
{
    double sum = 0;
    bool any = false;
    for (const AllocationSet& set : sets)
        if (const Allocation* a = set.find(name); a && !std::isnan(a->total())) {
            sum += a->total();
            any = true;
        }
    return any ? sum : kNoValue;
}

bool isSpecialName(const QString& name)
{
    return name.startsWith(QStringLiteral("__")) && name.endsWith(QStringLiteral("__"));
}

QString labelValueFromKey(const QString& key)
{
    const qsizetype eq = key.indexOf(u'=');
    return eq < 0 ? key : key.mid(eq + 1);
}

namespace {

constexpr quint32 kMagic = 0x41434f31; // "ACO1"

QDataStream& operator<<(QDataStream& s, const Allocation& a)
{
    s << a.name << a.startMs << a.endMs;
    for (double v : { a.minutes, a.cpuCost, a.gpuCost, a.ramCost, a.pvCost, a.networkCost, a.loadBalancerCost, a.sharedCost,
                      a.externalCost, a.totalCost, a.cpuCoreRequestAverage, a.ramByteRequestAverage, a.cpuEfficiency,
                      a.ramEfficiency, a.totalEfficiency })
        s << v;
    return s;
}

QDataStream& operator>>(QDataStream& s, Allocation& a)
{
    s >> a.name >> a.startMs >> a.endMs;
    for (double* v : { &a.minutes, &a.cpuCost, &a.gpuCost, &a.ramCost, &a.pvCost, &a.networkCost, &a.loadBalancerCost, &a.sharedCost,
                       &a.externalCost, &a.totalCost, &a.cpuCoreRequestAverage, &a.ramByteRequestAverage, &a.cpuEfficiency,
                       &a.ramEfficiency, &a.totalEfficiency })
        s >> *v;
    return s;
}

} // namespace

QByteArray encode(const AllocationReport& report)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kMagic << report.warning << quint32(report.sets.size());
    for (const AllocationSet& set : report.sets) {
        s << set.startMs << set.endMs << quint32(set.items.size());
        for (const Allocation& a : set.items)
            s << a;
    }
    return out;
}

bool decode(const QByteArray& bytes, AllocationReport& report)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, sets = 0;
    s >> magic;
    if (magic != kMagic)
        return false;
    s >> report.warning >> sets;
    report.sets.clear();
    for (quint32 i = 0; i < sets && s.status() == QDataStream::Ok; ++i) {
        AllocationSet set;
        quint32 items = 0;
        s >> set.startMs >> set.endMs >> items;
        for (quint32 j = 0; j < items && s.status() == QDataStream::Ok; ++j) {
            Allocation a;
            s >> a;
            set.items.push_back(std::move(a));
        }
        report.sets.push_back(std::move(set));
    }
    return s.status() == QDataStream::Ok;
}

} // namespace atalaya::costs
