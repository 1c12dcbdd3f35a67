package app.counterpart.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.store.Database;
import app.counterpart.sync.protocol.Hlc;
import app.counterpart.sync.protocol.Messages.Mutation;
import app.counterpart.sync.protocol.Messages.PushRequest;
import app.counterpart.sync.protocol.Protocol;
import app.counterpart.sync.protocol.Wire;
import app.counterpart.testing.DemoFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Push pages read from a real store holding a day of the demo shop. */
class OutboxReaderTest {

    @TempDir
    static Path dir;
    static DemoFixture store;

    @BeforeAll
    static void demoShop() {
        store = new DemoFixture(ShopTemplate.copyTo(dir.resolve("shop")), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static long outboxRows() {
        return store.db.read(ctx -> (long) ctx.fetchCount(ctx.selectFrom("outbox")));
    }

    @Test
    void aPageHoldsAtMostFiveHundredMutationsOldestFirst() {
        assertThat(outboxRows()).isGreaterThan(Protocol.MAX_PAGE_MUTATIONS);
        List<Mutation> page = new OutboxReader(store.db).nextPage().mutations();
        assertThat(page).hasSize(Protocol.MAX_PAGE_MUTATIONS);
        long lowest = store.db.read(ctx -> ctx.fetchOne("SELECT min(seq) FROM outbox").get(0, Long.class));
        for (int i = 0; i < page.size(); i++) {
            assertThat(page.get(i).seq()).isEqualTo(lowest + i);
        }
    }

    @Test
    void pagesStayWithinTheByteBudgetAndTogetherHoldEveryRowInOrder() {
        int budget = 100_000;
        OutboxReader reader = new OutboxReader(store.db, Protocol.MAX_PAGE_MUTATIONS, budget);
        List<Long> seqs = new ArrayList<>();
        int pages = 0;
        // Read as the engine does, but without deleting: a copy of the store moves on instead.
        try (DemoFixture copy = copyOfStore()) {
            OutboxReader copyReader = new OutboxReader(copy.db, Protocol.MAX_PAGE_MUTATIONS, budget);
            for (List<Mutation> page = copyReader.nextPage().mutations(); !page.isEmpty();
                    page = copyReader.nextPage().mutations()) {
                long bytes = OutboxReader.ENVELOPE_BYTES;
                for (Mutation m : page) {
                    bytes += Wire.write(m).length + 1;
                    seqs.add(m.seq());
                }
                assertThat(bytes).isLessThanOrEqualTo(budget);
                pages++;
                long last = page.get(page.size() - 1).seq();
                copy.db.write(ctx -> ctx.execute("DELETE FROM outbox WHERE seq <= ?", last));
            }
        }
        List<Long> all = store.db.read(ctx -> ctx.fetch("SELECT seq FROM outbox ORDER BY seq").getValues(0, Long.class));
        assertThat(seqs).isEqualTo(all);
        // The budget, not the count, closed the pages.
        assertThat(pages).isGreaterThan(all.size() / Protocol.MAX_PAGE_MUTATIONS + 1);
        assertThat(reader.nextPage().mutations()).isNotEmpty();
    }

    @Test
    void thePushBodyIsThePushRequestOfThePage() throws Exception {
        OutboxReader.Page page = new OutboxReader(store.db).nextPage();
        assertThat(Wire.JSON.readTree(page.pushBody("device-1"))).isEqualTo(Wire.JSON.readTree(Wire.write(
                new PushRequest(Protocol.VERSION, Database.SCHEMA_VERSION, "device-1", page.mutations()))));
    }

    @Test
    void aMutationLargerThanTheBudgetStillTravelsAlone() {
        List<Mutation> page = new OutboxReader(store.db, Protocol.MAX_PAGE_MUTATIONS, 10).nextPage().mutations();
        assertThat(page).hasSize(1);
    }

    @Test
    void saleDocumentsAreTheSaleRowWithItsLinesAndPayments() {
        List<Mutation> sales = wholeQueue().stream().filter(m -> m.entity().equals("sale"))
                .limit(50).toList();
        assertThat(sales).isNotEmpty();
        for (Mutation m : sales) {
            ObjectNode doc = m.data();
            Record sale = store.db.read(ctx -> ctx.fetchOne("SELECT * FROM sale WHERE id = ?", m.entityId()));
            assertRow(doc, sale, "lines", "payments");
            var lines = store.db.read(ctx -> ctx.fetch("SELECT * FROM sale_line WHERE sale_id = ? ORDER BY line_no",
                    m.entityId()));
            var payments = store.db.read(ctx -> ctx.fetch("SELECT * FROM payment WHERE sale_id = ? ORDER BY seq",
                    m.entityId()));
            assertThat(lines).isNotEmpty();
            assertThat(payments).isNotEmpty();
            assertThat(doc.get("lines")).hasSize(lines.size());
            assertThat(doc.get("payments")).hasSize(payments.size());
            for (int i = 0; i < lines.size(); i++) {
                assertRow(doc.get("lines").get(i), lines.get(i), "sale_id");
            }
            for (int i = 0; i < payments.size(); i++) {
                assertRow(doc.get("payments").get(i), payments.get(i), "sale_id");
            }
        }
    }

    @Test
    void otherRowEntitiesAreTheirRowsAndMutableOnesTheirPayload() {
        List<Mutation> page = wholeQueue();
        assertThat(page).extracting(Mutation::entity).contains("stock_movement");
        for (Mutation m : page) {
            assertThat(Hlc.parse(m.hlc()).node()).isEqualTo(store.shops.localDevice().orElseThrow().id());
            switch (m.entity()) {
                case "sale" -> { }
                case "stock_movement", "service_note" -> assertRow(m.data(), store.db.read(ctx -> ctx.fetchOne(
                        "SELECT * FROM " + m.entity() + " WHERE id = ?", m.entityId())));
                case "payout_period" -> assertRow(m.data(), store.db.read(ctx -> ctx.fetchOne(
                        "SELECT * FROM payout_period WHERE period_key = ?", m.entityId())));
                default -> {
                    String payload = store.db.read(ctx -> ctx.fetchOne("SELECT payload FROM outbox WHERE seq = ?",
                            m.seq()).get(0, String.class));
                    assertThat(m.data()).isEqualTo(payload == null ? null : readTree(payload));
                }
            }
        }
    }

    /** The demo's customers fill the first pages, so these tests read the whole queue as one page. */
    private List<Mutation> wholeQueue() {
        return new OutboxReader(store.db, 1_000_000, Integer.MAX_VALUE).nextPage().mutations();
    }

    /** The document holds exactly the row's columns (bar the ones left out) with the stored values. */
    private static void assertRow(JsonNode doc, Record row, String... besides) {
        assertThat(row).isNotNull();
        Map<String, Object> columns = new java.util.LinkedHashMap<>(row.intoMap());
        for (String b : besides) {
            columns.remove(b);
        }
        List<String> names = new ArrayList<>();
        doc.fieldNames().forEachRemaining(names::add);
        for (String b : besides) {
            names.remove(b);
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(columns.keySet());
        columns.forEach((name, value) -> {
            JsonNode v = doc.get(name);
            if (value == null) {
                assertThat(v.isNull()).as(name).isTrue();
            } else if (value instanceof Number n) {
                assertThat(v.isIntegralNumber()).as(name).isTrue();
                assertThat(v.longValue()).as(name).isEqualTo(n.longValue());
            } else {
                assertThat(v.asText()).as(name).isEqualTo(value.toString());
            }
        });
    }

    private static JsonNode readTree(String json) {
        try {
            return Wire.JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static DemoFixture copyOfStore() {
        Path copyDir = dir.resolve("copy");
        try {
            java.nio.file.Files.createDirectories(copyDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        store.db.read(ctx -> ctx.execute("VACUUM INTO ?", copyDir.resolve(Database.FILE_NAME).toString()));
        return new DemoFixture(copyDir, Clock.systemUTC());
    }
}
