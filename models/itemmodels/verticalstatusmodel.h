// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "domain/verticalstatus.h"

namespace atalaya {

/// One row per vertical with its current figures. Holds state, never fetches it:
/// applySnapshot() merges a fresh list (insert/remove/dataChanged), so selection and
/// scroll position survive a refresh.
class VerticalStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ColumnStatus,
        ColumnVertical,
        ColumnP95,
        ColumnSla,
        ColumnErrorRatio,
        ColumnRequestRate,
        ColumnAvailability,
        ColumnReplicas,
        ColumnBookings,
        ColumnPayments,
        ColumnCost,
        ColumnDegradation,
        ColumnCount,
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        VerticalIdRole,
        StatusRole, ///< int(atalaya::Status) of the cell's figure (or the row for ColumnStatus)
    };

    explicit VerticalStatusModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Merges @p rows (any order) into the model, keyed by verticalId; rows keep the order of
    /// first appearance so the view's own sorting decides what the user sees.
    void applySnapshot(const std::vector<VerticalStatus>& rows);
    const std::vector<VerticalStatus>& rows() const { return m_rows; }

    static QString statusText(Status s);

private:
    std::vector<VerticalStatus> m_rows;
};

} // namespace atalaya
