package app.counterpart.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SyncFinished;
import app.counterpart.store.Database;
import app.counterpart.sync.protocol.Messages.Change;
import app.counterpart.sync.protocol.Messages.Mutation;
import app.counterpart.sync.protocol.Protocol;
import app.counterpart.sync.protocol.Wire;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cycle against a small protocol-true head office, over a real store with a day of the demo shop. */
class SyncEngineTest {

    @TempDir
    Path dir;
    Database db;
    FakeHq hq;
    RecordingApplier applier;
    final List<SyncFinished> finished = new CopyOnWriteArrayList<>();
    SyncEngine engine;
    List<Long> queued;

    @BeforeEach
    void store() {
        db = Database.open(ShopTemplate.copyTo(dir.resolve("shop")));
        hq = new FakeHq().code("CODE-1");
        engine = engine(Protocol.MAX_PAGE_MUTATIONS);
        queued = outbox();
    }

    @AfterEach
    void close() {
        hq.close();
        db.close();
    }

    private SyncEngine engine(int pageSize) {
        applier = new RecordingApplier(db);
        EventBus events = new EventBus(e -> {
            throw e;
        });
        events.subscribe(SyncFinished.class, finished::add);
        return new SyncEngine(db, applier, events, Clock.systemUTC(),
                new OutboxReader(db, pageSize, Protocol.MAX_PAGE_BYTES));
    }

    private List<Long> outbox() {
        return db.read(ctx -> ctx.fetch("SELECT seq FROM outbox ORDER BY seq").getValues(0, Long.class));
    }

    private long pullCursor() {
        return db.read(ctx -> ctx.fetchOne("SELECT pull_cursor FROM sync_state").get(0, Long.class));
    }

    private void enrol() throws SyncException {
        engine.enrol(hq.url(), "CODE-1");
    }

    @Test
    void enrolmentKeepsTheLinkAndTheToken() throws SyncException {
        SyncStatus s = engine.enrol(hq.url(), "CODE-1");
        assertThat(s.enrolled()).isTrue();
        assertThat(s.shopName()).isEqualTo(FakeHq.SHOP_NAME);
        assertThat(s.hqUrl()).isEqualTo(hq.url().toString());
        assertThat(s.deviceCode()).isNotBlank();
        Record row = db.read(ctx -> ctx.fetchOne("SELECT shop_id, device_token, enrolled_at FROM sync_state"));
        assertThat(row.get("shop_id", String.class)).isEqualTo(FakeHq.SHOP_ID);
        assertThat(row.get("device_token", String.class)).isEqualTo(hq.token());
    }

    @Test
    void aRefusedCodeSaysSoWithHeadOfficesReason() {
        assertThatThrownBy(() -> engine.enrol(hq.url(), "WRONG"))
                .isInstanceOf(SyncException.class)
                .hasMessageContaining("refused the enrolment code")
                .hasMessageContaining("used by another device");
        assertThat(engine.status().enrolled()).isFalse();
    }

    @Test
    void anUnreachableHeadOfficeIsNamedAsSuch() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> engine.enrol(URI.create("http://127.0.0.1:" + port), "CODE-1"))
                .hasMessageStartingWith("Head office could not be reached");
    }

    @Test
    void enrollingAgainReplacesTheLinkAndStartsThePullOver() throws Exception {
        enrol();
        hq.log.add(change(1));
        assertThat(engine.cycle().ok()).isTrue();
        try (FakeHq other = new FakeHq().code("CODE-2")) {
            SyncStatus s = engine.enrol(other.url(), "CODE-2");
            assertThat(s.hqUrl()).isEqualTo(other.url().toString());
            assertThat(pullCursor()).isZero();
            int links = db.read(ctx -> ctx.fetchCount(ctx.selectFrom("sync_state")));
            assertThat(links).isEqualTo(1);
        }
    }

    @Test
    void aCycleSendsEveryPageInOrderAndEmptiesTheOutbox() throws SyncException {
        engine = engine(40);
        enrol();
        SyncEngine.Cycle cycle = engine.cycle();
        assertThat(cycle.ok()).as(cycle.error()).isTrue();
        assertThat(cycle.sent()).isEqualTo(queued.size());
        assertThat(hq.applied).extracting(Mutation::seq).containsExactlyElementsOf(queued);
        assertThat(hq.pages).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(40));
        assertThat(hq.pages).hasSize((queued.size() + 39) / 40);
        assertThat(outbox()).isEmpty();
        SyncStatus s = cycle.status();
        assertThat(s.pending()).isZero();
        assertThat(s.lastSuccess()).isNotNull();
        assertThat(s.lastError()).isNull();
        assertThat(s.failures()).isZero();
        assertThat(finished).containsExactly(new SyncFinished(true, queued.size(), 0));
    }

    @Test
    void rowsStayInTheOutboxUntilHeadOfficeAcknowledgesThem() throws SyncException {
        enrol();
        hq.faults(1);
        SyncEngine.Cycle failed = engine.cycle();
        assertThat(failed.ok()).isFalse();
        assertThat(failed.error()).contains("(500)").contains("The database is down.");
        assertThat(outbox()).isEqualTo(queued);
        assertThat(failed.status().failures()).isEqualTo(1);
        assertThat(failed.status().lastError()).isEqualTo(failed.error());
        assertThat(finished).containsExactly(new SyncFinished(false, 0, 0));

        SyncEngine.Cycle retried = engine.cycle();
        assertThat(retried.ok()).isTrue();
        assertThat(outbox()).isEmpty();
        assertThat(hq.applied).extracting(Mutation::seq).containsExactlyElementsOf(queued);
        assertThat(retried.status().failures()).isZero();
        assertThat(retried.status().lastError()).isNull();
    }

    @Test
    void aRejectedMutationIsKeptWithItsDataAndTheQueueMovesOn() throws Exception {
        enrol();
        // The whole queue as one page: the demo's customers fill the first pages.
        Mutation firstSale = new OutboxReader(db, 1_000_000, Integer.MAX_VALUE).nextPage().mutations().stream().filter(m -> m.entity().equals("sale"))
                .findFirst().orElseThrow();
        hq.rejecting(m -> m.id().equals(firstSale.id()));
        SyncEngine.Cycle cycle = engine.cycle();
        assertThat(cycle.ok()).isTrue();
        assertThat(outbox()).isEmpty();
        assertThat(hq.applied).hasSize(queued.size() - 1);

        List<RejectedItem> rejected = engine.rejected(10);
        assertThat(rejected).hasSize(1);
        RejectedItem item = rejected.get(0);
        assertThat(item.direction()).isEqualTo("out");
        assertThat(item.ref()).isEqualTo(firstSale.seq());
        assertThat(item.mutationId()).isEqualTo(firstSale.id());
        assertThat(item.entity()).isEqualTo("sale");
        assertThat(item.entityId()).isEqualTo(firstSale.entityId());
        assertThat(item.reason()).isEqualTo("refused: sale");
        String data = db.read(ctx -> ctx.fetchOne("SELECT data FROM sync_rejected").get(0, String.class));
        assertThat(Wire.JSON.readTree(data)).isEqualTo(Wire.JSON.readTree(Wire.write(firstSale.data())));
        assertThat(cycle.status().rejected()).isEqualTo(1);
    }

    @Test
    void pagesHeadOfficeAlreadyAppliedAreAcknowledgedAgainWithoutASecondEffect() throws SyncException {
        engine = engine(25);
        enrol();
        hq.lastSeq(queued.get(29));
        SyncEngine.Cycle cycle = engine.cycle();
        assertThat(cycle.ok()).as(cycle.error()).isTrue();
        assertThat(hq.applied).extracting(Mutation::seq).containsExactlyElementsOf(queued.subList(30, queued.size()));
        assertThat(outbox()).isEmpty();
    }

    @Test
    void aSeqGapDropsWhatHeadOfficeAlreadyHasAndNamesTheMissingChange() throws SyncException {
        enrol();
        hq.lastSeq(queued.get(9));
        db.write(ctx -> ctx.execute("DELETE FROM outbox WHERE seq = ?", queued.get(10)));
        SyncEngine.Cycle cycle = engine.cycle();
        assertThat(cycle.ok()).isFalse();
        assertThat(cycle.error()).contains("expects change " + queued.get(10)).contains("no longer holds");
        assertThat(outbox()).isEqualTo(queued.subList(11, queued.size()));
        assertThat(hq.applied).isEmpty();
    }

    @Test
    void aSeqGapBeforeTheOldestRowStopsTheCycleAndKeepsTheRows() throws SyncException {
        enrol();
        db.write(ctx -> ctx.execute("DELETE FROM outbox WHERE seq < ?", queued.get(10)));
        List<Long> left = outbox();
        hq.lastSeq(queued.get(4));
        SyncEngine.Cycle cycle = engine.cycle();
        assertThat(cycle.ok()).isFalse();
        assertThat(cycle.error()).contains("no longer holds");
        assertThat(outbox()).isEqualTo(left);
    }

    @Test
    void thePullHandsEveryPageToTheApplierUntilThereIsNoMore() throws SyncException {
        enrol();
        for (int i = 1; i <= 1_100; i++) {
            hq.log.add(change(i));
        }
        SyncEngine.Cycle cycle = engine.cycle();
        assertThat(cycle.ok()).isTrue();
        assertThat(cycle.received()).isEqualTo(1_100);
        assertThat(applier.applied).extracting(Change::cursor).containsExactlyElementsOf(
                hq.log.stream().map(Change::cursor).toList());
        assertThat(hq.pulls.get()).isEqualTo(3);
        assertThat(pullCursor()).isEqualTo(1_100L);

        hq.log.add(change(1_101));
        SyncEngine.Cycle next = engine.cycle();
        assertThat(next.received()).isEqualTo(1);
        assertThat(applier.applied).hasSize(1_101);
    }

    @Test
    void statusAfterARestartIsReadFromTheStore() throws SyncException {
        enrol();
        hq.faults(1);
        SyncStatus before = engine.cycle().status();
        db.close();
        db = Database.open(dir.resolve("shop"));
        SyncStatus after = engine(Protocol.MAX_PAGE_MUTATIONS).status();
        assertThat(after).isEqualTo(before);
        assertThat(after.enrolled()).isTrue();
        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.lastAttempt()).isNotNull();
        assertThat(after.lastError()).contains("(500)");
        assertThat(after.pending()).isEqualTo(queued.size());
    }

    @Test
    void aRevokedTokenAsksForANewEnrolment() throws SyncException {
        enrol();
        db.write(ctx -> ctx.execute("UPDATE sync_state SET device_token = 'revoked'"));
        SyncEngine.Cycle cycle = engine.cycle();
        assertThat(cycle.ok()).isFalse();
        assertThat(cycle.error()).contains("(401)").contains("enrol it again");
    }

    @Test
    void nothingRunsWhenNotEnrolled() {
        SyncEngine.Cycle cycle = engine.cycle();
        assertThat(cycle.ok()).isFalse();
        assertThat(cycle.error()).isEqualTo(SyncEngine.NOT_ENROLLED);
        assertThat(hq.requests.get()).isZero();
        assertThat(finished).isEmpty();
        assertThat(outbox()).isEqualTo(queued);
    }

    @Test
    void aSecondCycleWaitsForTheOneUnderWay() throws Exception {
        enrol();
        hq.holdPulls();
        CompletableFuture<SyncEngine.Cycle> first = CompletableFuture.supplyAsync(engine::cycle);
        assertThat(hq.pullArrived.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(engine.status().running()).isTrue();
        CompletableFuture<SyncEngine.Cycle> second = CompletableFuture.supplyAsync(engine::cycle);
        hq.releasePulls();
        List<SyncEngine.Cycle> cycles = new ArrayList<>(List.of(first.get(30, TimeUnit.SECONDS),
                second.get(30, TimeUnit.SECONDS)));
        assertThat(cycles).allSatisfy(c -> assertThat(c.ok()).isTrue());
        assertThat(hq.maxInFlight.get()).isEqualTo(1);
        assertThat(hq.pulls.get()).isEqualTo(2);
        assertThat(hq.applied).extracting(Mutation::seq).containsExactlyElementsOf(queued);
        assertThat(engine.status().running()).isFalse();
    }

    private static Change change(long cursor) {
        var data = Wire.JSON.createObjectNode().put("name", "customer " + cursor);
        return new Change(cursor, "other-device", "customer", "c" + cursor, "upsert",
                String.format("%016d-%08d-other-device", 1_764_288_000_000L + cursor, 0), data);
    }
}
