// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cachedialog.h"

#include <limits>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include "cache/cache.h"
#include "sources/session.h"
#include "util/whenready.h"

namespace atalaya {

namespace {

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QTableWidgetItem* item(const QString& text, const QString& tip = {})
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(tip.isEmpty() ? text : tip);
    return i;
}

/// Paints a row's cached windows as bars on a common time axis (the span the cache holds), so
/// holes show at a glance.
class CoverageDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    qint64 from = 0;
    qint64 to = 1;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, QModelIndex()); // background and selection only
        const QVariantList windows = index.data(Qt::UserRole).toList();
        const QRectF track = QRectF(option.rect).adjusted(4, option.rect.height() * 0.3, -4, -option.rect.height() * 0.3);
        painter->save();
        painter->fillRect(track, option.palette.color(QPalette::Mid));
        const double span = std::max<double>(1, double(to - from));
        for (const QVariant& w : windows) {
            const QPointF p = w.toPointF(); // ms as doubles
            const double x0 = track.left() + track.width() * (p.x() - double(from)) / span;
            const double x1 = track.left() + track.width() * (p.y() - double(from)) / span;
            painter->fillRect(QRectF(x0, track.top(), std::max(1.5, x1 - x0), track.height()), QColor(0x3f, 0xb9, 0x50));
        }
        painter->restore();
    }
};

} // namespace

CacheDialog::CacheDialog(Session* session, TimeRange current, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_current(std::move(current))
{
    setWindowTitle(tr("Local cache"));
    resize(980, 620);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    layout->addWidget(new QLabel(tr("<b>What is cached</b> — per source and query, the windows fetched (offline review shows these)"), this));
    m_coverage = new QTableWidget(0, 4, this);
    m_coverage->setHorizontalHeaderLabels({ tr("Query"), tr("Windows cached"), tr("From – to"), tr("Last fetched") });
    m_coverage->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_coverage->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_coverage->setColumnWidth(1, 260);
    m_coverage->setItemDelegateForColumn(1, new CoverageDelegate(m_coverage));
    m_coverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverage->verticalHeader()->hide();
    layout->addWidget(m_coverage, 3);

    layout->addWidget(new QLabel(tr("<b>Pinned windows</b> — kept beyond retention (incidents under review)"), this));
    m_pins = new QTableWidget(0, 3, this);
    m_pins->setHorizontalHeaderLabels({ tr("Title"), tr("From"), tr("To") });
    m_pins->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_pins->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pins->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pins->verticalHeader()->hide();
    layout->addWidget(m_pins, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pin = buttons->addButton(tr("Pin the current window…"), QDialogButtonBox::ActionRole);
    m_unpin = buttons->addButton(tr("Unpin"), QDialogButtonBox::ActionRole);
    m_export = buttons->addButton(tr("Export the current window…"), QDialogButtonBox::ActionRole);
    m_compact = buttons->addButton(tr("Compact now"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pin, &QPushButton::clicked, this, &CacheDialog::pinCurrent);
    connect(m_unpin, &QPushButton::clicked, this, &CacheDialog::removePin);
    connect(m_export, &QPushButton::clicked, this, &CacheDialog::exportWindow);
    connect(m_compact, &QPushButton::clicked, this, &CacheDialog::compactNow);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    const bool readOnly = session->isReadOnly();
    for (QPushButton* b : { m_pin, m_unpin, m_compact })
        b->setEnabled(!readOnly);
    reload();
}

void CacheDialog::setBusy(bool busy, const QString& message)
{
    const bool readOnly = m_session->isReadOnly();
    for (QPushButton* b : { m_pin, m_unpin, m_compact })
        b->setEnabled(!busy && !readOnly);
    m_export->setEnabled(!busy);
    m_status->setText(message);
}

void CacheDialog::reload()
{
    cache::Cache* c = m_session->cache();
    whenReady(c->stats(), this, [this, c](const cache::CacheStats& s) {
        const QLocale locale;
        const double perSample = s.samples > 0 ? double(s.sampleBytes) / double(s.samples) : 0;
        m_summary->setText(
            tr("<b>%1</b>%2<br>%3 on disk · %4 series · %5 samples (%6 bytes a sample) · %7 audit entries<br>"
               "Holds %8 to %9 · kept for %10 days, pinned windows longer")
                .arg(c->path().toHtmlEscaped(), c->isReadOnly() ? tr(" (read-only)") : QString(), locale.formattedDataSize(s.fileBytes),
                     locale.toString(s.series), locale.toString(s.samples), locale.toString(perSample, 'f', 2),
                     locale.toString(s.auditEntries), s.oldestMs ? when(s.oldestMs) : tr("nothing yet"), when(s.newestMs))
                .arg(m_session->config().cacheRetentionDays));
    });
    whenReady(c->coverage(), this, [this](const std::vector<cache::Coverage>& coverage) {
        auto* bars = static_cast<CoverageDelegate*>(m_coverage->itemDelegateForColumn(1));
        bars->from = std::numeric_limits<qint64>::max();
        bars->to = QDateTime::currentMSecsSinceEpoch();
        for (const cache::Coverage& cov : coverage)
            for (const auto& [from, to] : cov.intervals) {
                bars->from = std::min(bars->from, from);
                bars->to = std::max(bars->to, to);
            }
        m_coverage->setRowCount(static_cast<int>(coverage.size()));
        for (int row = 0; row < static_cast<int>(coverage.size()); ++row) {
            const cache::Coverage& cov = coverage[static_cast<size_t>(row)];
            QStringList windows;
            for (const auto& [from, to] : cov.intervals)
                windows << tr("%1 – %2").arg(when(from), when(to));
            m_coverage->setItem(row, 0, item(cov.query, cov.source + QChar(u'\n') + cov.query));
            QVariantList bars;
            for (const auto& [from, to] : cov.intervals)
                bars << QPointF(double(from), double(to));
            auto* windowsItem = item(QLocale().toString(static_cast<int>(cov.intervals.size())), windows.join(u'\n'));
            windowsItem->setData(Qt::UserRole, bars);
            m_coverage->setItem(row, 1, windowsItem);
            m_coverage->setItem(row, 2, item(cov.intervals.empty() ? QString() : tr("%1 – %2").arg(when(cov.intervals.front().first), when(cov.intervals.back().second)),
                                             windows.join(u'\n')));
            m_coverage->setItem(row, 3, item(when(cov.lastFetchMs)));
        }
        m_coverage->resizeColumnToContents(2);
        m_coverage->resizeColumnToContents(3);
    });
    whenReady(c->pins(), this, [this](const std::vector<cache::Pin>& pins) {
        m_pins->setRowCount(static_cast<int>(pins.size()));
        for (int row = 0; row < static_cast<int>(pins.size()); ++row) {
            const cache::Pin& p = pins[static_cast<size_t>(row)];
            m_pins->setItem(row, 0, item(p.title));
            m_pins->item(row, 0)->setData(Qt::UserRole, p.id);
            m_pins->setItem(row, 1, item(when(p.startMs)));
            m_pins->setItem(row, 2, item(when(p.endMs)));
        }
    });
}

void CacheDialog::compactNow()
{
    setBusy(true, tr("Compacting…"));
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch()
        - static_cast<qint64>(m_session->config().cacheRetentionDays * 86400.0 * 1000.0);
    whenReady(m_session->cache()->compact(cutoff), this, [this](bool ok) {
        setBusy(false, ok ? tr("Compacted.") : tr("Compacting failed; see the log."));
        reload();
    });
}

void CacheDialog::pinCurrent()
{
    const auto [from, to] = m_current.resolve();
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Pin a window"),
                                                tr("Title for %1 – %2:").arg(when(from.toMSecsSinceEpoch()), when(to.toMSecsSinceEpoch())),
                                                QLineEdit::Normal, tr("Incident"), &ok);
    if (!ok)
        return;
    whenReady(m_session->cache()->addPin({ 0, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), title }), this, [this](qint64) { reload(); });
}

void CacheDialog::removePin()
{
    const int row = m_pins->currentRow();
    if (row < 0 || !m_pins->item(row, 0))
        return;
    whenReady(m_session->cache()->removePin(m_pins->item(row, 0)->data(Qt::UserRole).toLongLong()), this, [this](bool) { reload(); });
}

void CacheDialog::exportWindow()
{
    const auto [from, to] = m_current.resolve();
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the current window"),
                                                      QStringLiteral("atalaya-%1.atalaya").arg(from.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"))),
                                                      tr("Atalaya cache (*.atalaya)"));
    if (file.isEmpty())
        return;
    setBusy(true, tr("Exporting…"));
    whenReady(m_session->cache()->exportWindow(file, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()), this, [this, file](bool ok) {
        setBusy(false, ok ? tr("Exported to %1 — open it anywhere with: atalaya --open %1").arg(file)
                          : tr("Export failed; see the log."));
    });
}

} // namespace atalaya
