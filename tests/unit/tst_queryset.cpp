// SPDX-FileCopyrightText: 2026 Atalaya authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// QuerySet with a cache: write-through, fallback when the source fails, offline review and
// provisional answers while a silent source is awaited. The source is a scripted HTTP server.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "cache/cache.h"
#include "domain/aggregate.h"
#include "scriptedserver.h"
#include "sources/prometheusclient.h"
#include "sources/queryset.h"
#include "testutils.h"

using namespace atalaya;
using atalaya::test::await;
using atalaya::test::ScriptedServer;

namespace {

const QByteArray kMatrix = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":"
                           "{\"vertical\":\"fitness\"},\"values\":[[1000,\"1\"],[1060,\"2\"],[1120,\"3\"]]}]}}";
const QByteArray kBadData = "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error\"}";

struct Answer
{
    bool ok;
    bool provisional;
    qint64 cachedAtMs;
    QString text; ///< liveError, or the error
    int kind;
};

} // namespace

class TestQuerySet : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QThread> m_thread;
    PrometheusClient* m_client = nullptr;
    std::unique_ptr<cache::Cache> m_cache;
    QTemporaryDir m_dir;
    const QDateTime m_start = QDateTime::fromSecsSinceEpoch(1000);
    const QDateTime m_end = QDateTime::fromSecsSinceEpoch(1120);

    /// Runs one range query and collects every resultReady until finished.
    std::vector<Answer> runOnce(QuerySet& set)
    {
        std::vector<Answer> answers;
        auto c = connect(&set, &QuerySet::resultReady, this, [&](int, const Result<QueryResult>& r) {
            if (r.ok())
                answers.push_back({ true, r.value().provisional, r.value().cachedAtMs, r.value().liveError, -1 });
            else
                answers.push_back({ false, false, 0, r.error().toDisplayString(), int(r.error().kind) });
        });
        QSignalSpy finished(&set, &QuerySet::finished);
        set.runRange(m_start, m_end, 60);
        if (!finished.wait(20000))
            qWarning("no finished()");
        QTest::qWait(50);
        disconnect(c);
        return answers;
    }

    QuerySet* makeSet(int timeoutMs = 5000)
    {
        SourceConfig c;
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        c.timeout = std::chrono::milliseconds(timeoutMs);
        c.maxConcurrentQueries = SourceConfig::kMaxConcurrentQueries; // the scripted answers are for queries only
        m_client = new PrometheusClient(c);
        m_client->moveToThread(m_thread.get());
        auto* set = new QuerySet(this);
        set->setClient(m_client);
        set->setCache(m_cache.get(), QStringLiteral("prometheus test"));
        set->setTargets({ { QStringLiteral("rate"), {}, QStringLiteral("sum(rate(x[5m]))"), QStringLiteral("sum(rate(x[$__window]))") } });
        return set;
    }

    /// One answer of the source in the cache, from a set and a client that are gone again.
    void warmTheCache()
    {
        QuerySet* warm = makeSet();
        m_server->replies = { { 200, "application/json", kMatrix } };
        const auto answers = runOnce(*warm);
        QVERIFY(!answers.empty() && answers.front().ok);
        delete warm;
        QMetaObject::invokeMethod(m_client, [c = m_client] { delete c; }, Qt::BlockingQueuedConnection);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("atalaya-net"));
        m_thread->start();
        m_cache = std::make_unique<cache::Cache>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db")));
    }
    void cleanup()
    {
        for (QuerySet* s : findChildren<QuerySet*>())
            delete s;
        if (m_client)
            QMetaObject::invokeMethod(m_client, [c = m_client] { delete c; }, Qt::BlockingQueuedConnection);
        m_client = nullptr;
        m_thread->quit();
        m_thread->wait();
        m_cache.reset();
        m_server.reset();
    }

    void writesThroughAndFallsBackOnlyForSourceFailures()
    {
        QuerySet* set = makeSet();
        m_server->replies = { { 200, "application/json", kMatrix } };
        auto answers = runOnce(*set);
        QCOMPARE(answers.size(), size_t(1));
        QVERIFY(answers[0].ok);
        QCOMPARE(answers[0].cachedAtMs, qint64(0)); // live
        // Written under the cache key (window left open), not the PromQL.
        auto cached = await(m_cache->loadRange(QStringLiteral("prometheus test"), QStringLiteral("sum(rate(x[$__window]))"), 0, 2'000'000));
        QVERIFY(cached.has_value());
        QCOMPARE(cached->result.series.front().values, (std::vector<double> { 1, 2, 3 }));

        // A gateway error: the cache answers, and says why.
        m_server->replies = { { 502, "text/html", "<html>bad gateway</html>" } };
        answers = runOnce(*set);
        QCOMPARE(answers.size(), size_t(1));
        QVERIFY(answers[0].ok);
        QVERIFY(answers[0].cachedAtMs > 0);
        QVERIFY2(answers[0].text.contains(QStringLiteral("502")), qPrintable(answers[0].text));
        QCOMPARE(set->oldestCachedMs(), answers[0].cachedAtMs);

        // A bad query is the query's fault: no stale data in its place.
        m_server->replies = { { 400, "application/json", kBadData } };
        answers = runOnce(*set);
        QCOMPARE(answers.size(), size_t(1));
        QVERIFY(!answers[0].ok);
        QCOMPARE(answers[0].kind, int(ApiError::Kind::Api));
        QCOMPARE(set->oldestCachedMs(), qint64(0));
    }

    void answersAreCachedOnceTheRunIsOver()
    {
        QuerySet* set = makeSet(1500);
        set->setTargets({ { QStringLiteral("a"), {}, QStringLiteral("sum(rate(a[5m]))") },
                          { QStringLiteral("b"), {}, QStringLiteral("sum(rate(b[5m]))") } });
        // Whichever query comes first is answered; the other is kept waiting until it times out.
        m_server->replies = { { 200, "application/json", kMatrix }, { 200, "application/json", {}, true } };
        auto cachedSeries = [&] {
            int n = 0;
            for (const char* q : { "sum(rate(a[5m]))", "sum(rate(b[5m]))" })
                if (await(m_cache->loadRange(QStringLiteral("prometheus test"), QString::fromLatin1(q), 0, 2'000'000)))
                    ++n;
            return n;
        };
        int cachedWhileWaiting = -1;
        connect(set, &QuerySet::resultReady, this, [&](int, const Result<QueryResult>& r) {
            if (r.ok() && cachedWhileWaiting < 0) {
                QTest::qWait(200); // time enough for a write, were one sent
                cachedWhileWaiting = cachedSeries();
            }
        });
        QSignalSpy finished(set, &QuerySet::finished);
        set->runRange(m_start, m_end, 60);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.front().at(0).toInt(), 1); // the silent one failed
        QCOMPARE(cachedWhileWaiting, 0);
        QCOMPARE(cachedSeries(), 1);
    }

    void theDeliveredAnswerIsSharedNotCopied()
    {
        QuerySet* set = makeSet();
        m_server->replies = { { 200, "application/json", kMatrix } };
        const void* delivered = nullptr;
        const void* shared = nullptr;
        connect(set, &QuerySet::resultReady, this, [&](int, const Result<QueryResult>& r) {
            delivered = &r.value();
            shared = set->deliveredAnswer().get();
        });
        std::shared_ptr<const QueryResult> kept;
        connect(set, &QuerySet::resultReady, this, [&] { kept = set->deliveredAnswer(); });
        runOnce(*set);
        QVERIFY(delivered);
        QCOMPARE(shared, delivered); // the very object the signal carried
        QVERIFY(!set->deliveredAnswer()); // only while the signal is emitted
        QVERIFY(kept); // and it outlives the signal for whoever holds it
        QCOMPARE(kept->series.front().values, (std::vector<double> { 1, 2, 3 }));
    }

    void aHistogramComesLaidOutByItsLabel()
    {
        // Buckets of two regions: a live answer arrives as a grid by region; one from the cache
        // as series only (the page lays those out itself).
        const QByteArray buckets = R"({"status":"success","data":{"resultType":"matrix","result":[)"
                                   R"({"metric":{"le":"0.1","region":"a"},"values":[[1000,"1"],[1060,"2"]]},)"
                                   R"({"metric":{"le":"+Inf","region":"a"},"values":[[1000,"4"],[1060,"4"]]},)"
                                   R"({"metric":{"le":"0.1","region":"b"},"values":[[1000,"3"],[1060,"3"]]},)"
                                   R"({"metric":{"le":"+Inf","region":"b"},"values":[[1000,"6"],[1060,"9"]]}]}})";
        QuerySet* set = makeSet();
        set->setTargets({ { QStringLiteral("buckets"), {}, QStringLiteral("sum by (le, region) (rate(h_bucket[5m]))"), {}, 0,
                            QStringLiteral("region") } });
        std::shared_ptr<const BucketGrid> grid;
        bool fromCache = false;
        connect(set, &QuerySet::resultReady, this, [&](int, const Result<QueryResult>& r) {
            QVERIFY(r.ok());
            grid = r.value().buckets;
            fromCache = r.value().cachedAtMs > 0;
        });
        m_server->replies = { { 200, "application/json", buckets } };
        runOnce(*set);
        QVERIFY(grid);
        QVERIFY(!fromCache);
        QCOMPARE(grid->count(QStringLiteral("a")).values, (std::vector<double> { 4, 4 }));
        QCOMPARE(grid->count(QStringLiteral("b")).values, (std::vector<double> { 6, 9 }));
        QCOMPARE(grid->count().values, (std::vector<double> { 10, 13 })); // every region

        set->setOffline(true);
        runOnce(*set);
        QVERIFY(fromCache);
        QVERIFY(!grid);
    }

    void offlineReviewNeverAsksTheSource()
    {
        QuerySet* set = makeSet();
        m_server->replies = { { 200, "application/json", kMatrix } };
        QVERIFY(runOnce(*set).front().ok);
        const auto asked = m_server->requests.size();
        set->setOffline(true);
        auto answers = runOnce(*set);
        QCOMPARE(m_server->requests.size(), asked);
        QCOMPARE(answers.size(), size_t(1));
        QVERIFY(answers[0].ok && answers[0].cachedAtMs > 0);
        // Nothing cached for another query: a clear error, not an empty chart.
        set->setTargets({ { QStringLiteral("other"), {}, QStringLiteral("up") } });
        answers = runOnce(*set);
        QCOMPARE(answers.size(), size_t(1));
        QVERIFY(!answers[0].ok);
        QCOMPARE(answers[0].kind, int(ApiError::Kind::NotCached));
        QVERIFY2(answers[0].text.contains(QStringLiteral("cache")), qPrintable(answers[0].text));
    }

    void provisionalAnswerWhileASilentSourceIsAwaited()
    {
        warmTheCache();
        // A new session (start-up) against a source that accepts and never answers.
        QuerySet* set = makeSet(1500);
        set->setProvisionalAnswers(true);
        m_server->replies = { { 200, {}, {}, true } };
        const auto answers = runOnce(*set);
        QCOMPARE(answers.size(), size_t(2));
        // First the cache, at once and marked provisional; then, after the timeout, the final answer.
        QVERIFY(answers[0].ok && answers[0].provisional && answers[0].cachedAtMs > 0);
        QVERIFY(answers[1].ok && !answers[1].provisional && answers[1].cachedAtMs > 0);
        QVERIFY2(answers[1].text.contains(QStringLiteral("in time")), qPrintable(answers[1].text));
    }

    void provisionalOnlyAtStartOrWhileDown()
    {
        QuerySet* set = makeSet();
        set->setProvisionalAnswers(true);
        m_server->replies = { { 200, "application/json", kMatrix }, { 200, "application/json", kMatrix } };
        auto first = runOnce(*set);
        QCOMPARE(first.size(), size_t(1)); // nothing cached yet: no provisional answer
        auto second = runOnce(*set);
        QCOMPARE(second.size(), size_t(1)); // the source answers: refreshes do not flash cached data
        QVERIFY(!second[0].provisional && second[0].cachedAtMs == 0);
    }

    void aSetGoneBeforeItsAnswersHearsNothing()
    {
        // Something cached, for a provisional read in flight as well as the source's answer.
        warmTheCache();
        // A page closed while its queries are out: the cache and the source answer after the set
        // is gone, on their own threads. Nothing may reach it (Qt 6.4's QFuture::then(context)
        // does not let go of a context destroyed meanwhile).
        QuerySet* set = makeSet();
        set->setProvisionalAnswers(true);
        m_server->replies = { { 200, "application/json", kMatrix, false, 300 } };
        int heard = 0;
        connect(set, &QuerySet::resultReady, this, [&] { ++heard; });
        set->runRange(m_start, m_end, 60);
        delete set;
        QTRY_COMPARE(m_server->requests.size(), qsizetype(2)); // the warm-up's and this one's
        QTest::qWait(600);
        QCOMPARE(heard, 0);
    }
};

QTEST_GUILESS_MAIN(TestQuerySet)
#include "tst_queryset.moc"
