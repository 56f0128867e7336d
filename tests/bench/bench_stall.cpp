// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// GUI-thread stall probe: while every vertical's dashboard (and the overview) refreshes against
// the demo stack's real Prometheus, a 1 ms timer on the GUI thread records how late it fires.
// The longest delay is the longest the console stopped responding. Target: one frame, 16.7 ms.

#include <ctime>
#include <sys/resource.h>
#include <fcntl.h>
#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

#include "benchutil.h"
#include "util/allocator.h"
#include "config/config.h"
#include "sources/session.h"
#include "ui/mainwindow.h"

using namespace atalaya;

namespace {

/// How long the calling thread has waited on a run queue for a core, from the kernel's schedstat.
double threadRunDelayMs()
{
    static thread_local int fd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    char buf[128];
    const ssize_t n = fd < 0 ? -1 : ::pread(fd, buf, sizeof buf - 1, 0);
    if (n <= 0)
        return 0;
    buf[n] = 0;
    unsigned long long run = 0, wait = 0;
    std::sscanf(buf, "%llu %llu", &run, &wait);
    return wait / 1e6;
}

/// CPU time of the calling thread: what it computed, as opposed to waiting for a core.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/// Page faults of the calling thread so far (fresh memory touched for the first time).
long threadPageFaults()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt + usage.ru_majflt;
}

/// Times every event the GUI thread handles, to name what a stall was.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    struct Slow
    {
        double ms;
        double cpuMs; ///< of which the GUI thread ran on a core
        double queuedMs; ///< and waited for one
        QString what;
    };
    std::vector<Slow> slow;
    bool recording = false;
    QString phase; ///< the page being refreshed, to say where a stall was
    /// The events handled since the probe's last tick, and the time they took: the worst tick's
    /// lateness is either these (work on the GUI thread) or the thread waiting for a core.
    double busySinceTick = 0;
    QStringList sinceTick;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!recording || QThread::currentThread() != thread() || (m_depth > 0 && event->type() != QEvent::Paint))
            return QApplication::notify(receiver, event);
        ++m_depth;
        // The receiver may be gone after its event (deleteLater, single-shot timers): name it first.
        const char* className = receiver->metaObject()->className();
        QString name = receiver->objectName();
        for (QObject* p = receiver->parent(); p && event->type() == QEvent::Paint; p = p->parent())
            name += QStringLiteral(" < ") + QString::fromLatin1(p->metaObject()->className());
        const int type = int(event->type());
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs(), queued0 = threadRunDelayMs();
        const bool r = QApplication::notify(receiver, event);
        const double ms = t.nsecsElapsed() / 1e6;
        const double cpuMs = threadCpuMs() - cpu0, queuedMs = threadRunDelayMs() - queued0;
        --m_depth;
        if (m_depth == 0) {
            busySinceTick += ms;
            if (ms > 0.5)
                sinceTick << QStringLiteral("%1 (event %2) %3 ms").arg(QString::fromLatin1(className)).arg(type).arg(ms, 0, 'f', 1);
        }
        if (ms > (m_depth > 0 ? 3 : 8))
            slow.push_back({ ms, cpuMs, queuedMs, QStringLiteral("%1 (%2) event %3 [%4]").arg(QString::fromLatin1(className), name).arg(type).arg(phase) });
        return r;
    }

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char** argv)
{
    tuneAllocator(); // as the console does
    TimedApplication app(argc, argv);
    const QString path = qEnvironmentVariable("ATALAYA_DEMO_STATE") + QStringLiteral("/atalaya-demo.json");
    if (!QFile::exists(path)) {
        std::printf("the demo stack fixture did not start (no %s)\n", qPrintable(path));
        return 1;
    }
    const ConfigLoadResult loaded = QtConcurrent::run([path] { return ConfigLoader::load(path); }).result();
    Session session(loaded.config, QStringLiteral("demo"));
    MainWindow window(&session, {});
    window.setTimeZone(loaded.config.timeZone); // as the application does: local time is the platform's
    window.resize(1600, 1000);
    window.setRange(std::chrono::hours(24 * 7));
    window.show();

    // The probe: expected every 1 ms; any lateness is time the GUI thread was busy.
    std::vector<double> lateness;
    double worstLateness = 0, worstBusy = 0, worstCpu = 0, lastCpu = 0;
    long worstFaults = 0, lastFaults = 0;
    QStringList worstEvents;
    QString worstPhase;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        const long faults = threadPageFaults();
        if (last) {
            lateness.push_back(std::max(0.0, (now - last) / 1e6 - 1.0));
            if (lateness.back() > worstLateness) {
                worstLateness = lateness.back();
                worstBusy = app.busySinceTick;
                worstCpu = cpu - lastCpu;
                worstFaults = faults - lastFaults;
                worstEvents = app.sinceTick;
                worstPhase = app.phase;
            }
        }
        app.busySinceTick = 0;
        app.sinceTick.clear();
        last = now;
        lastCpu = cpu;
        lastFaults = faults;
    });

    QStringList steps { QStringLiteral("overview") };
    for (const Vertical& v : loaded.config.verticals)
        steps << v.id;
    int step = -1;
    int failures = 0;
    std::function<void()> next = [&] {
        if (++step >= steps.size()) {
            app.quit();
            return;
        }
        app.phase = steps[step];
        if (step == 0) {
            window.showPage(QStringLiteral("overview"));
        } else {
            window.setVertical(steps[step]);
            window.showPage(QStringLiteral("vertical"));
        }
    };
    QObject::connect(&window, &MainWindow::pageLoaded, &app, [&](bool ok, const QString& error) {
        if (!ok) {
            ++failures;
            std::printf("page %s failed: %s\n", qPrintable(steps.value(step)), qPrintable(error));
        }
        // Let the charts paint the new data before the next page.
        QTimer::singleShot(300, &app, next);
    });
    QTimer::singleShot(500, &app, [&] {
        app.recording = true;
        probe.start(1);
        next();
    });
    QTimer::singleShot(240000, &app, [&] {
        std::printf("timed out\n");
        app.exit(1);
    });
    if (app.exec() != 0 || failures)
        return 1;

    std::sort(app.slow.begin(), app.slow.end(), [](const auto& a, const auto& b) { return a.ms > b.ms; });
    for (size_t i = 0; i < std::min<size_t>(getenv("STALL_ALL") ? 60 : 8, app.slow.size()); ++i)
        std::printf("slow event: %.1f ms (%.1f ms on a core, %.1f ms waiting for one) %s\n", app.slow[i].ms, app.slow[i].cpuMs,
                    app.slow[i].queuedMs, qPrintable(app.slow[i].what));
    std::sort(lateness.begin(), lateness.end());
    const double worst = lateness.back();
    const double p99 = lateness[lateness.size() * 99 / 100];
    std::printf("%zu probe ticks over %d pages; p99 lateness %.1f ms, worst %.1f ms\n", lateness.size(),
                int(steps.size()), p99, worst);
    std::printf("the worst tick [%s]: %.1f ms in %lld events (%s), the rest waiting for a core or outside events; "
                "the GUI thread ran on a core for %.1f ms of it and faulted in %ld pages\n",
                qPrintable(worstPhase), worstBusy, qlonglong(worstEvents.size()), qPrintable(worstEvents.join(QStringLiteral(", "))), worstCpu,
                worstFaults);
    return bench::report("GUI stall: worst / 16.7 ms", worst / 16.7, "<=", 1.0) ? 0 : 1;
}
