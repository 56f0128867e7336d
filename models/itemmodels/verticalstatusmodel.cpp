// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/verticalstatusmodel.h"

#include "itemmodels/statuscolors.h"

#include <algorithm>
#include <unordered_set>

#include <QColor>
#include <QLocale>

namespace atalaya {
namespace {

bool sameFigure(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

bool sameRow(const VerticalStatus& a, const VerticalStatus& b)
{
    return a.name == b.name && sameFigure(a.p95Ms, b.p95Ms) && sameFigure(a.slaMs, b.slaMs)
        && sameFigure(a.errorRatio, b.errorRatio) && sameFigure(a.requestsPerSecond, b.requestsPerSecond)
        && sameFigure(a.availability, b.availability) && sameFigure(a.availabilitySlo, b.availabilitySlo)
        && sameFigure(a.replicasReady, b.replicasReady) && sameFigure(a.replicasDesired, b.replicasDesired)
        && sameFigure(a.hpaMin, b.hpaMin) && sameFigure(a.hpaMax, b.hpaMax)
        && sameFigure(a.bookingsPerHour, b.bookingsPerHour) && sameFigure(a.paymentSuccess, b.paymentSuccess);
}

double sortable(double v)
{
    return std::isnan(v) ? -1.0 : v;
}

QColor statusColor(Status s)
{
    switch (s) {
    case Status::Ok:
        return StatusColors::ok();
    case Status::Warning:
        return StatusColors::warning();
    case Status::Critical:
        return StatusColors::critical();
    case Status::NoData:
        break;
    }
    return StatusColors::noData();
}

} // namespace

VerticalStatusModel::VerticalStatusModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int VerticalStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VerticalStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VerticalStatusModel::statusText(Status s)
{
    switch (s) {
    case Status::Ok:
        return tr("OK");
    case Status::Warning:
        return tr("Warning");
    case Status::Critical:
        return tr("Critical");
    case Status::NoData:
        break;
    }
    return tr("No data");
}

QVariant VerticalStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const VerticalStatus& r = m_rows[static_cast<size_t>(index.row())];
    const QLocale locale;
    auto statusOf = [&]() {
        switch (index.column()) {
        case ColumnP95:
            return r.latencyStatus();
        case ColumnErrorRatio:
            return r.errorStatus();
        case ColumnAvailability:
            return r.availabilityStatus();
        case ColumnReplicas:
            return r.replicaStatus();
        case ColumnPayments:
            return r.paymentStatus();
        default:
            return r.overall();
        }
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColumnStatus:
            return statusText(r.overall());
        case ColumnVertical:
            return r.name;
        case ColumnP95:
            return std::isnan(r.p95Ms) ? tr("no data") : tr("%1 ms").arg(locale.toString(r.p95Ms, 'f', 0));
        case ColumnSla:
            return tr("%1 ms").arg(locale.toString(r.slaMs, 'f', 0));
        case ColumnErrorRatio:
            return std::isnan(r.errorRatio) ? tr("no data")
                                            : tr("%1 %").arg(locale.toString(r.errorRatio * 100.0, 'f', 2));
        case ColumnRequestRate:
            return std::isnan(r.requestsPerSecond) ? tr("no data")
                                                   : tr("%1 req/s").arg(locale.toString(r.requestsPerSecond, 'f', 1));
        case ColumnAvailability:
            return std::isnan(r.availability) ? tr("no data")
                                              : tr("%1 %").arg(locale.toString(r.availability * 100.0, 'f', 3));
        case ColumnReplicas:
            if (std::isnan(r.replicasReady) || std::isnan(r.replicasDesired))
                return tr("no data");
            if (std::isnan(r.hpaMin) || std::isnan(r.hpaMax))
                return tr("%1/%2").arg(r.replicasReady).arg(r.replicasDesired);
            return tr("%1/%2 (HPA %3–%4)").arg(r.replicasReady).arg(r.replicasDesired).arg(r.hpaMin).arg(r.hpaMax);
        case ColumnBookings:
            return std::isnan(r.bookingsPerHour) ? tr("no data")
                                                 : tr("%1/h").arg(locale.toString(r.bookingsPerHour, 'f', 0));
        case ColumnPayments:
            return std::isnan(r.paymentSuccess) ? tr("no data")
                                                : tr("%1 %").arg(locale.toString(r.paymentSuccess * 100.0, 'f', 1));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case ColumnStatus:
            return static_cast<int>(r.overall());
        case ColumnVertical:
            return r.name;
        case ColumnP95:
            return std::isnan(r.p95Ms) ? -1.0 : r.p95Ms;
        case ColumnSla:
            return r.slaMs;
        case ColumnErrorRatio:
            return std::isnan(r.errorRatio) ? -1.0 : r.errorRatio;
        case ColumnRequestRate:
            return sortable(r.requestsPerSecond);
        case ColumnAvailability:
            return sortable(r.availability);
        case ColumnReplicas:
            return std::isnan(r.hpaMax) || std::isnan(r.replicasDesired) ? sortable(r.replicasDesired)
                                                                         : r.replicasDesired / r.hpaMax;
        case ColumnBookings:
            return sortable(r.bookingsPerHour);
        case ColumnPayments:
            return sortable(r.paymentSuccess);
        }
        break;
    case VerticalIdRole:
        return r.verticalId;
    case StatusRole:
        return static_cast<int>(statusOf());
    case Qt::ForegroundRole:
        if (index.column() != ColumnVertical && index.column() != ColumnSla && index.column() != ColumnRequestRate
            && index.column() != ColumnBookings)
            return statusColor(statusOf());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= ColumnP95)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ColumnP95)
            return tr("p95 latency over the last 5 minutes; SLA %1 ms").arg(locale.toString(r.slaMs, 'f', 0));
        if (index.column() == ColumnErrorRatio) {
            if (!std::isnan(r.requestsPerSecond) && r.requestsPerSecond * r.ratioWindowSeconds < kMinRequestsToJudgeErrors)
                return tr("Too few requests in the last minutes to judge the 5xx ratio");
            return tr("Share of 5xx responses over the last 5 minutes; critical above 1 %");
        }
        if (index.column() == ColumnAvailability)
            return tr("Share of non-5xx responses over 30 days; SLO %1 %")
                .arg(locale.toString(r.availabilitySlo * 100.0, 'f', 2));
        if (index.column() == ColumnReplicas)
            return tr("Ready / desired replicas of the main deployment, and its autoscaler's bounds; "
                      "a warning when pinned at the maximum or when not all are ready");
        if (index.column() == ColumnPayments)
            return tr("Payment success over the last 5 minutes; target 97 %, floor 95 %");
        break;
    }
    return {};
}

QVariant VerticalStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnStatus:
        return tr("Status");
    case ColumnVertical:
        return tr("Vertical");
    case ColumnP95:
        return tr("p95 latency");
    case ColumnSla:
        return tr("SLA");
    case ColumnErrorRatio:
        return tr("5xx ratio");
    case ColumnRequestRate:
        return tr("Requests");
    case ColumnAvailability:
        return tr("30-day availability");
    case ColumnReplicas:
        return tr("Replicas");
    case ColumnBookings:
        return tr("Bookings");
    case ColumnPayments:
        return tr("Payments OK");
    }
    return {};
}

void VerticalStatusModel::applySnapshot(const std::vector<VerticalStatus>& fresh)
{
    std::unordered_set<QString> freshIds;
    for (const auto& f : fresh)
        freshIds.insert(f.verticalId);

    // Remove rows that are gone, from the bottom so indices stay valid.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshIds.count(m_rows[static_cast<size_t>(row)].verticalId)) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    // Update the rows we have, append the new ones.
    for (const auto& f : fresh) {
        auto it = std::find_if(m_rows.begin(), m_rows.end(),
                               [&](const VerticalStatus& r) { return r.verticalId == f.verticalId; });
        if (it == m_rows.end()) {
            const int row = static_cast<int>(m_rows.size());
            beginInsertRows({}, row, row);
            m_rows.push_back(f);
            endInsertRows();
        } else if (!sameRow(*it, f)) {
            *it = f;
            const int row = static_cast<int>(it - m_rows.begin());
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

} // namespace atalaya
