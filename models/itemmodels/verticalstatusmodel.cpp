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
        && sameFigure(a.bookingsPerHour, b.bookingsPerHour) && sameFigure(a.paymentSuccess, b.paymentSuccess)
        && sameFigure(a.costToday, b.costToday) && sameFigure(a.costBudgetToday, b.costBudgetToday) && a.costState == b.costState
        && a.costError == b.costError && a.degradationLevel == b.degradationLevel;
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
        case ColumnCost:
            return r.costState;
        case ColumnDegradation:
            return r.degradationStatus();
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
        case ColumnCost:
            if (std::isnan(r.costToday))
                return tr("no data");
            if (std::isnan(r.costBudgetToday) || r.costBudgetToday <= 0)
                return tr("US$ %1").arg(locale.toString(r.costToday, 'f', 2));
            return tr("US$ %1 · %2 %").arg(locale.toString(r.costToday, 'f', 2),
                                            locale.toString(r.costToday / r.costBudgetToday * 100.0, 'f', 0));
        case ColumnDegradation:
            switch (r.degradationLevel) {
            case -1:
                return tr("no data");
            case 0:
                return tr("normal");
            case 3:
                return tr("maintenance");
            default:
                return tr("level %1").arg(r.degradationLevel);
            }
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
        case ColumnCost:
            return std::isnan(r.costBudgetToday) || r.costBudgetToday <= 0 ? sortable(r.costToday) : r.costToday / r.costBudgetToday;
        case ColumnDegradation:
            return r.degradationLevel;
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
        if (index.column() == ColumnCost) {
            if (!r.costError.isEmpty())
                return tr("Today's spend could not be refreshed: %1").arg(r.costError);
            if (std::isnan(r.costToday))
                return tr("Today's spend: no answer from the cost source yet");
            if (std::isnan(r.costBudgetToday) || r.costBudgetToday <= 0)
                return tr("Spent today so far; this vertical has no budget (verticals[].monthlyBudgetUsd)");
            return tr("Spent today so far against the daily budget for the hours gone (US$ %1); "
                      "an alert at %2 %, the spend limit at %3 %")
                .arg(locale.toString(r.costBudgetToday, 'f', 2), locale.toString(r.costAlertAt * 100.0, 'f', 0),
                     locale.toString(r.costCapAt * 100.0, 'f', 0));
        }
        if (index.column() == ColumnDegradation)
            return tr("The degradation level the flag store serves: 1 and 2 switch groups of features off, "
                      "3 is maintenance mode");
        break;
    }
    return {};
}

QVariant VerticalStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // The longer headings on two lines: the figures under them are narrow, and the table has
    // twelve columns beside the map.
    switch (section) {
    case ColumnStatus:
        return tr("Status");
    case ColumnVertical:
        return tr("Vertical");
    case ColumnP95:
        return tr("p95\nlatency");
    case ColumnSla:
        return tr("SLA");
    case ColumnErrorRatio:
        return tr("5xx\nratio");
    case ColumnRequestRate:
        return tr("Requests");
    case ColumnAvailability:
        return tr("30-day\navailability");
    case ColumnReplicas:
        return tr("Replicas");
    case ColumnBookings:
        return tr("Bookings");
    case ColumnPayments:
        return tr("Payments\nOK");
    case ColumnCost:
        return tr("Cost\ntoday");
    case ColumnDegradation:
        return tr("Degradation");
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
