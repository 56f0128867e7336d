// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/leveldialog.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "sources/session.h"
#include "util/whenready.h"
#include "util/workpool.h"

namespace atalaya {

namespace {

/// "advanced analytics, social integrations": feature names as people read them.
QString features(const QStringList& names)
{
    QStringList out;
    for (QString n : names)
        out << n.replace(u'_', u' ');
    return out.join(QStringLiteral(", "));
}

} // namespace

LevelDialog::LevelDialog(Session* session, degradation::FlagStore store, Vertical vertical, int proposedLevel, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_store(std::move(store))
    , m_vertical(std::move(vertical))
{
    setWindowTitle(tr("Degradation level — %1").arg(m_vertical.name));
    const DegradationConfig& config = session->config().degradation;
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>%1</b> — degradation level").arg(m_vertical.name.toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    layout->addWidget(heading);
    m_current = new QLabel(tr("Reading what is live in %1…").arg(m_store.config().displayName()), this);
    m_current->setWordWrap(true);
    layout->addWidget(m_current);

    m_levels = new QButtonGroup(this);
    const QStringList names { tr("normal"), tr("reduced"), tr("essential only"), tr("maintenance") };
    for (int level = 0; level <= 3; ++level) {
        QString text;
        if (level == 0) {
            text = tr("Level 0 — normal: every feature on");
        } else if (const DegradationLevel* spec = config.find(level)) {
            const QString off = spec->maintenance ? tr("maintenance mode: users see a full-page notice")
                                                  : tr("switches off %1").arg(features(config.featuresOff(level)));
            text = tr("Level %1 — %2: %3").arg(level).arg(names[level], off);
            if (!spec->keeps.isEmpty())
                text += tr("; keeps %1").arg(features(spec->keeps));
            if (!spec->communication.isEmpty())
                text += tr("; users are told by %1").arg(spec->communication);
        }
        auto* radio = new QRadioButton(text, this);
        radio->setObjectName(QStringLiteral("level%1").arg(level));
        m_levels->addButton(radio, level);
        layout->addWidget(radio);
    }
    if (QAbstractButton* b = m_levels->button(std::clamp(proposedLevel, 0, 3)))
        b->setChecked(true);
    connect(m_levels, &QButtonGroup::idClicked, this, &LevelDialog::replan);

    m_maintenanceBox = new QWidget(this);
    auto* maintenanceForm = new QFormLayout(m_maintenanceBox);
    maintenanceForm->setContentsMargins(24, 0, 0, 0);
    m_message = new QLineEdit(config.maintenanceMessage, m_maintenanceBox);
    m_message->setObjectName(QStringLiteral("maintenanceNotice"));
    maintenanceForm->addRow(tr("Notice"), m_message);
    m_eta = new QDateTimeEdit(m_maintenanceBox);
    m_eta->setTimeSpec(Qt::LocalTime); // the console's time zone (America/Argentina/Buenos_Aires by default)
    m_eta->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_eta->setDateTime(QDateTime::currentDateTime().addSecs(2 * 3600));
    m_eta->setCalendarPopup(true);
    maintenanceForm->addRow(tr("Estimated resolution"), m_eta);
    layout->addWidget(m_maintenanceBox);
    connect(m_message, &QLineEdit::textChanged, this, &LevelDialog::replan);
    connect(m_eta, &QDateTimeEdit::dateTimeChanged, this, &LevelDialog::replan);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("<b>Preview</b> — the vertical's flags, as flagd will serve them (diff):"), this));
    m_diff = new QPlainTextEdit(this);
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_diff, 1);
    m_command = new QLabel(this);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setText(tr("Publishes with: %1").arg(m_store.commandLine().toHtmlEscaped()));
    layout->addWidget(m_command);

    auto* confirmForm = new QFormLayout;
    layout->addLayout(confirmForm);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why (kept in the audit log and in the flags' metadata), e.g. \"p95 3× baseline since 21:40\""));
    confirmForm->addRow(tr("Reason"), m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &LevelDialog::updateConfirm);
    m_typedName = new QLineEdit(this);
    m_typedName->setPlaceholderText(tr("Type %1 to confirm maintenance mode").arg(m_vertical.id));
    m_typedLabel = new QLabel(tr("Vertical"), this);
    confirmForm->addRow(m_typedLabel, m_typedName);
    connect(m_typedName, &QLineEdit::textChanged, this, &LevelDialog::updateConfirm);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_confirm = buttons->addButton(tr("Apply level"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmAction"));
    connect(m_confirm, &QPushButton::clicked, this, &LevelDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(920, 760);
    replan();
    readLive();
}

void LevelDialog::readLive()
{
    const Role role = m_session->environment().role;
    const bool configMap = m_store.config().kind == FlagStoreConfig::Kind::ConfigMap;
    const kube::Runner runner = m_session->kubectl(m_store.config().namespaceName);
    struct Read
    {
        degradation::LiveDocument live;
        kube::Result canPatch;
    };
    whenReady(QtConcurrent::run(workPool(), [store = m_store, runner, configMap] {
                  Read read;
                  auto can = configMap ? runner.canI(QStringLiteral("patch"), QStringLiteral("configmaps")) : QFuture<kube::Result>();
                  read.live = store.readNow();
                  if (configMap)
                      read.canPatch = can.result();
                  return read;
              }),
              this, [this, role](const Read& read) {
                  m_live = read.live;
                  m_mayPatch = role == Role::Manager && read.canPatch.ok();
                  m_whyNot = role != Role::Manager ? tr("Degradation levels are the managers': your role in this environment is %1.")
                                                         .arg(role == Role::Operator ? tr("operator") : tr("viewer"))
                             : read.canPatch.ok() ? QString()
                                                  : tr("The cluster says you may not change %1: %2")
                                                        .arg(m_store.config().displayName(), read.canPatch.message);
                  if (!m_live.ok) {
                      m_current->setText(tr("⚠ %1").arg(m_live.error.toHtmlEscaped()));
                  } else {
                      const degradation::LiveLevel live =
                          degradation::readLevel(m_live.document, m_vertical.id, m_session->config().degradation);
                      QString text = live.present ? tr("Live now: <b>level %1</b>").arg(live.level) : tr("Live now: no level published (level 0)");
                      if (!live.changedBy.isEmpty())
                          text += tr(", set by %1 at %2").arg(live.changedBy.toHtmlEscaped(),
                                                               QLocale().toString(live.changedAt.toLocalTime(), QStringLiteral("dd/MM HH:mm")));
                      if (!live.inconsistencies.isEmpty())
                          text += QStringLiteral("<br>⚠ ") + tr("Edited by hand: %1").arg(live.inconsistencies.join(QStringLiteral("; ")).toHtmlEscaped());
                      text += QStringLiteral("<br>") + tr("Read from %1.").arg(m_store.config().displayName().toHtmlEscaped());
                      m_current->setText(text);
                  }
                  replan();
              });
}

degradation::Change LevelDialog::currentChange() const
{
    degradation::Change c;
    c.level = m_levels->checkedId();
    c.user = m_session->userName();
    c.reason = m_reason->text().trimmed();
    c.at = QDateTime::currentDateTimeUtc();
    if (c.level == 3) {
        c.maintenanceMessage = m_message->text().trimmed();
        c.estimatedResolution = m_eta->dateTime().toUTC();
    }
    return c;
}

void LevelDialog::replan()
{
    const int level = m_levels->checkedId();
    m_maintenanceBox->setVisible(level == 3);
    m_typedLabel->setVisible(level == 3);
    m_typedName->setVisible(level == 3);
    m_confirm->setText(tr("Apply level %1").arg(level));
    if (!m_live.ok) {
        m_summary->clear();
        m_diff->clear();
        updateConfirm();
        return;
    }
    m_plan = degradation::planLevel(m_live, m_vertical, m_session->config().degradation, currentChange());
    QStringList parts;
    if (m_plan.fromLevel == m_plan.toLevel)
        parts << tr("%1 is at level %2 already; applying it again rewrites the same flags.").arg(m_vertical.name).arg(level);
    if (!m_plan.featuresOff.isEmpty())
        parts << tr("Goes off: <b>%1</b>.").arg(features(m_plan.featuresOff));
    if (!m_plan.featuresOn.isEmpty())
        parts << tr("Comes back: <b>%1</b>.").arg(features(m_plan.featuresOn));
    if (m_plan.maintenance)
        parts << tr("<b>Maintenance mode</b>: every user of %1 sees “%2” until it is lifted.")
                     .arg(m_vertical.name.toHtmlEscaped(), m_message->text().toHtmlEscaped());
    if (!m_plan.problems.isEmpty())
        parts << QStringLiteral("⚠ ") + tr("Cannot be applied: %1").arg(m_plan.problems.join(QStringLiteral("; ")).toHtmlEscaped());
    m_summary->setText(parts.join(u' '));
    m_diff->setPlainText(m_plan.diff.isEmpty() ? tr("(no change in the flags)") : m_plan.diff);
    updateConfirm();
}

bool LevelDialog::canConfirm() const
{
    if (m_running || m_done || !m_live.ok || !m_mayPatch || !m_plan.problems.isEmpty() || m_reason->text().trimmed().isEmpty())
        return false;
    if (m_levels->checkedId() == 3 && m_typedName->text().trimmed() != m_vertical.id)
        return false;
    return !(m_levels->checkedId() == 3 && m_message->text().trimmed().isEmpty());
}

void LevelDialog::updateConfirm()
{
    m_confirm->setEnabled(canConfirm());
    if (m_running || m_done)
        return;
    if (!m_whyNot.isEmpty())
        m_status->setText(m_whyNot);
    else if (m_live.ok && m_reason->text().trimmed().isEmpty())
        m_status->setText(tr("A reason is needed."));
    else if (m_levels->checkedId() == 3 && m_typedName->text().trimmed() != m_vertical.id)
        m_status->setText(tr("Maintenance mode: type %1 to confirm.").arg(m_vertical.id));
    else
        m_status->clear();
}

void LevelDialog::confirm()
{
    if (!canConfirm())
        return;
    m_running = true;
    updateConfirm();
    m_status->setText(tr("Writing the audit entry, then %1…").arg(m_store.config().displayName()));
    const degradation::Change change = currentChange();
    m_plan = degradation::planLevel(m_live, m_vertical, m_session->config().degradation, change);
    whenReady(degradation::applyLevelChange(m_store, m_session->cache(), m_session->environment().name, m_session->userName(), m_plan, change),
              this, [this](const degradation::LevelOutcome& out) {
                  m_running = false;
                  m_done = out.ok;
                  m_status->setText(out.ok ? tr("✔ %1").arg(out.message.toHtmlEscaped()) : tr("✖ %1").arg(out.message.toHtmlEscaped()));
                  m_status->setStyleSheet(out.ok ? QStringLiteral("color: #3fb950;") : QStringLiteral("color: #f85149;"));
                  updateConfirm();
                  emit applied(out.ok, out.message);
                  if (!out.ok)
                      readLive(); // a conflict: plan again on what is there now
              });
}

QString LevelDialog::diffText() const
{
    return m_diff->toPlainText();
}

QString LevelDialog::summaryText() const
{
    return m_summary->text();
}

void LevelDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

void LevelDialog::setTypedName(const QString& name)
{
    m_typedName->setText(name);
}

} // namespace atalaya
