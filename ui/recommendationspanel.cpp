// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recommendationspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "degradation/monitor.h"
#include "sources/session.h"

namespace atalaya {

namespace {

QString minutes(qint64 ms)
{
    return QLocale().toString(double(ms) / 60000.0, 'f', 0);
}

} // namespace

RecommendationsPanel::RecommendationsPanel(Session* session, degradation::DegradationMonitor* monitor, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("recommendations"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 4, 0, 4);
    m_layout->setSpacing(6);
    m_quiet = new QLabel(this);
    m_quiet->setObjectName(QStringLiteral("pageSummary"));
    m_quiet->setWordWrap(true);
    m_layout->addWidget(m_quiet);
    connect(monitor, &degradation::DegradationMonitor::evaluationsChanged, this, &RecommendationsPanel::rebuild);
    rebuild();
}

void RecommendationsPanel::setShowQuiet(bool show)
{
    m_showQuiet = show;
    rebuild();
}

QString RecommendationsPanel::describe(const degradation::Trigger& t, TriggerConfig::Baseline baseline, bool full)
{
    const QLocale locale;
    const QString base = baseline == TriggerConfig::Baseline::SameHourLastWeek ? tr("same hour last week") : tr("median of the last 7 days");
    const QString held = minutes(t.heldMs);
    const QString ratio = locale.toString(t.ratio, 'f', 1);
    if (!full) {
        switch (t.signal) {
        case degradation::Signal::Latency:
            return tr("p95 %1 ms is %2× its baseline").arg(locale.toString(t.current * 1000, 'f', 0), ratio);
        case degradation::Signal::Errors:
            return tr("5xx errors %1 % are %2× their baseline").arg(locale.toString(t.current * 100, 'f', 2), ratio);
        case degradation::Signal::Abandonment:
            return tr("booking abandonment %1 % is %2× its baseline").arg(locale.toString(t.current * 100, 'f', 1), ratio);
        }
    }
    switch (t.signal) {
    case degradation::Signal::Latency:
        return tr("p95 %1 ms is %2× its baseline (%3 ms, %4) for %5 min — trigger above %6×")
            .arg(locale.toString(t.current * 1000, 'f', 0), ratio, locale.toString(t.baseline * 1000, 'f', 0), base, held,
                 locale.toString(t.threshold, 'f', 1));
    case degradation::Signal::Errors:
        return tr("5xx errors %1 % are %2× their baseline (%3 %, %4) for %5 min — trigger above %6×")
            .arg(locale.toString(t.current * 100, 'f', 2), ratio, locale.toString(t.baseline * 100, 'f', 2), base, held,
                 locale.toString(t.threshold, 'f', 1));
    case degradation::Signal::Abandonment:
        return tr("booking abandonment %1 % is %2× its baseline (%3 %, %4) for %5 min — trigger above +%6 %")
            .arg(locale.toString(t.current * 100, 'f', 1), ratio, locale.toString(t.baseline * 100, 'f', 1), base, held,
                 locale.toString((t.threshold - 1) * 100, 'f', 0));
    }
    return {};
}

void RecommendationsPanel::rebuild()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    const Config& config = m_session->config();
    const auto baseline = config.degradation.triggers.baseline;
    const qint64 holdMin = qint64(config.degradation.triggers.holdFor.count()) / 60;
    int shown = 0;
    QStringList watching;
    QStringList stale;
    QStringList tooQuiet;
    for (const degradation::Evaluation& e : m_monitor->evaluations()) {
        const Vertical* v = config.vertical(e.verticalId);
        if (!v)
            continue;
        const QString& name = v->name;
        if (e.stale)
            stale << name;
        if (e.evaluatedSignals.empty())
            tooQuiet << name;
        for (const degradation::Trigger& t : e.pending)
            watching << tr("%1: %2 (%3 of %4 min)").arg(name, describe(t, baseline, false), minutes(t.heldMs)).arg(holdMin);
        if (!e.recommends())
            continue;
        auto* card = new QFrame(this);
        card->setObjectName(QStringLiteral("recommendationCard"));
        card->setProperty("vertical", e.verticalId);
        auto* layout = new QVBoxLayout(card);
        layout->setContentsMargins(12, 8, 12, 8);
        QStringList todo;
        if (e.suggestedLevel > e.currentLevel)
            todo << tr("raise %1 to level %2").arg(name).arg(e.suggestedLevel);
        if (e.suggestedReplicas > e.currentReplicas)
            todo << tr("scale %1 to %2 (5×, cap %3)").arg(e.deployment).arg(e.suggestedReplicas).arg(e.cap);
        const QString title = todo.isEmpty() ? tr("%1 is degraded: level %2 and %3 at its cap already — consider maintenance mode or a rollback")
                                                   .arg(name)
                                                   .arg(e.currentLevel)
                                                   .arg(e.deployment)
                                             : tr("Recommended: %1").arg(todo.join(tr(" and ")));
        auto* heading = new QLabel(QStringLiteral("<b>⚠ %1</b>").arg(title.toHtmlEscaped()), card);
        heading->setObjectName(QStringLiteral("recommendationTitle"));
        heading->setWordWrap(true);
        layout->addWidget(heading);
        for (const degradation::Trigger& t : e.triggers) {
            auto* line = new QLabel(QStringLiteral("• ") + describe(t, baseline), card);
            line->setWordWrap(true);
            layout->addWidget(line);
        }
        auto* buttons = new QHBoxLayout;
        if (e.suggestedLevel > e.currentLevel) {
            auto* b = new QPushButton(tr("Raise to level %1…").arg(e.suggestedLevel), card);
            b->setObjectName(QStringLiteral("raiseLevel"));
            connect(b, &QPushButton::clicked, this, [this, id = e.verticalId, level = e.suggestedLevel] { emit levelRequested(id, level); });
            buttons->addWidget(b);
        }
        if (e.suggestedReplicas > e.currentReplicas) {
            auto* b = new QPushButton(tr("Scale %1 to %2…").arg(e.deployment).arg(e.suggestedReplicas), card);
            b->setObjectName(QStringLiteral("scaleUp"));
            connect(b, &QPushButton::clicked, this, [this, id = e.verticalId] { emit scaleRequested(id); });
            buttons->addWidget(b);
        }
        auto* note = new QLabel(tr("Each step opens its dialog and asks for confirmation; Atalaya never acts on its own."), card);
        note->setObjectName(QStringLiteral("pageSummary"));
        buttons->addWidget(note, 1);
        layout->addLayout(buttons);
        m_layout->addWidget(card);
        m_cards << card;
        ++shown;
    }
    QStringList quiet;
    if (!m_monitor->signalError().isEmpty())
        quiet << tr("Triggers not evaluated: %1").arg(m_monitor->signalError());
    if (!watching.isEmpty())
        quiet << tr("Watching: %1.").arg(watching.join(QStringLiteral("; ")));
    if (!stale.isEmpty())
        quiet << tr("No recommendation from stale data for %1.").arg(stale.join(QStringLiteral(", ")));
    if (shown == 0 && m_showQuiet && quiet.isEmpty() && m_monitor->evaluations().size() > size_t(tooQuiet.size()))
        quiet << tr("No trigger holds: p95, errors and abandonment are within their baselines.");
    if (!tooQuiet.isEmpty() && m_showQuiet)
        quiet << tr("Too little traffic to judge %1 (fewer requests, failures or checkouts than the triggers' minimums).")
                     .arg(tooQuiet.join(QStringLiteral(", ")));
    m_quiet->setText(quiet.join(QStringLiteral("  ")));
    // Something holding, even briefly, is worth the eye: amber, like the pending states elsewhere.
    m_quiet->setStyleSheet(watching.isEmpty() ? QString() : QStringLiteral("color: #d29922;"));
    m_quiet->setVisible(!quiet.isEmpty() && (m_showQuiet || !watching.isEmpty()));
    setVisible(shown > 0 || m_quiet->isVisibleTo(this));
}

QStringList RecommendationsPanel::cardTexts() const
{
    QStringList out;
    for (QFrame* card : m_cards) {
        QStringList lines;
        for (QLabel* l : card->findChildren<QLabel*>())
            lines << l->text();
        out << lines.join(u'\n');
    }
    return out;
}

} // namespace atalaya
