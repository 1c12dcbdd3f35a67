package app.counterpart.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.event.EventBus;
import app.counterpart.store.Database;
import app.counterpart.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timer over a real engine and store; waits are for events, never for a length of time. */
class SyncSchedulerTest {

    /** Always the longest wait the backoff allows, so a test knows when the retry is due. */
    private static final RandomGenerator LONGEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    @TempDir
    Path dir;
    Database db;
    FakeHq hq;
    SyncEngine engine;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    SyncScheduler scheduler;

    @BeforeEach
    void store() {
        db = Database.open(ShopTemplate.copyTo(dir.resolve("shop")));
        hq = new FakeHq().code("CODE-1");
        engine = new SyncEngine(db, new RecordingApplier(db), new EventBus(e -> { }), clock);
    }

    @AfterEach
    void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        hq.close();
        db.close();
    }

    private SyncScheduler scheduler(Duration interval) {
        scheduler = new SyncScheduler(engine, () -> interval, clock, LONGEST);
        return scheduler;
    }

    @Test
    void cyclesRunOnTheTimerWithNothingNewWritten() throws Exception {
        engine.enrol(hq.url(), "CODE-1");
        hq.pullArrived = new CountDownLatch(4);
        scheduler(Duration.ofMillis(20)).start();
        assertThat(hq.pullArrived.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(hq.pushes.get()).isPositive();
        assertThat(engine.status().pending()).isZero();
    }

    @Test
    void syncNowRunsACycleAtOnce() throws Exception {
        engine.enrol(hq.url(), "CODE-1");
        scheduler(Duration.ofHours(1)).start();
        SyncStatus s = scheduler.syncNow();
        // The first look at start, then the one asked for; the next is an hour away.
        assertThat(hq.pulls.get()).isEqualTo(2);
        assertThat(s.pending()).isZero();
        assertThat(s.lastSuccess()).isEqualTo(clock.instant());
        assertThat(s.nextAttempt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void nothingRunsWhileTheDeviceIsNotEnrolled() {
        scheduler(Duration.ofMillis(20)).start();
        SyncStatus s = scheduler.syncNow();
        assertThat(hq.requests.get()).isZero();
        assertThat(s.enrolled()).isFalse();
        assertThat(s.nextAttempt()).isNull();
        assertThat(s.pending()).isPositive();
    }

    @Test
    void afterAFailureTheNextAttemptWaitsTheBackoff() throws Exception {
        engine.enrol(hq.url(), "CODE-1");
        scheduler(Duration.ofHours(1)).start();
        scheduler.syncNow();
        hq.faults(2);
        SyncStatus once = scheduler.syncNow();
        assertThat(once.failures()).isEqualTo(1);
        assertThat(once.nextAttempt()).isEqualTo(clock.instant().plus(Backoff.ceiling(1)).minusMillis(1));
        SyncStatus twice = scheduler.syncNow();
        assertThat(twice.failures()).isEqualTo(2);
        assertThat(twice.nextAttempt()).isEqualTo(clock.instant().plus(Backoff.ceiling(2)).minusMillis(1));
        SyncStatus recovered = scheduler.syncNow();
        assertThat(recovered.failures()).isZero();
        assertThat(recovered.nextAttempt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void cyclesNeverOverlapWhateverStartsThem() throws Exception {
        engine.enrol(hq.url(), "CODE-1");
        hq.pullArrived = new CountDownLatch(12);
        scheduler(Duration.ofMillis(5)).start();
        List<CompletableFuture<SyncStatus>> asked = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            asked.add(CompletableFuture.supplyAsync(scheduler::syncNow));
        }
        for (CompletableFuture<SyncStatus> f : asked) {
            assertThat(f.get(30, TimeUnit.SECONDS).lastError()).isNull();
        }
        assertThat(hq.pullArrived.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(hq.maxInFlight.get()).isEqualTo(1);
    }

    @Test
    void closingStopsACycleUnderWayAndTheTimer() throws Exception {
        engine.enrol(hq.url(), "CODE-1");
        hq.holdPulls();
        scheduler(Duration.ofMillis(5)).start();
        assertThat(hq.pullArrived.await(30, TimeUnit.SECONDS)).isTrue();
        scheduler.close();
        int pulls = hq.pulls.get();
        hq.releasePulls();
        SyncStatus s = scheduler.syncNow();
        assertThat(hq.pulls.get()).isEqualTo(pulls);
        assertThat(s.running()).isFalse();
    }
}
