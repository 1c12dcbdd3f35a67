package app.counterpart.hq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.report.Dimension;
import app.counterpart.core.report.ReportFormat;
import app.counterpart.store.report.JooqReportRepository;
import app.counterpart.sync.protocol.Hlc;
import app.counterpart.sync.protocol.Messages;
import app.counterpart.sync.protocol.Wire;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.Postgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Head office's figures per business day against the shop's own report by day, on a demo store with
 * four days of sales, refunds and voids pushed over HTTP as a device would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HqReportTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);
    private static final LocalDate FROM = UNTIL.minusDays(3);

    @TempDir
    static Path dir;

    private List<ObjectNode> sales;
    private List<String> shopReport;

    @BeforeAll
    void shopWithFourDaysOfSales(@TempDir Path shopDir) throws IOException {
        try (DemoFixture shop = new DemoFixture(shopDir, Clock.systemUTC())) {
            shop.installDemo(UNTIL, 4);
            sales = shop.db.read(HqReportTest::saleDocuments);
            shopReport = figures(ReportFormat.json(Dimension.DAY,
                    new JooqReportRepository(shop.db).report(Dimension.DAY, FROM, UNTIL, false)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void headOfficeReportsTheShopsOwnFiguresPerBusinessDay(String database) throws IOException {
        assertTrue(sales.stream().anyMatch(s -> s.get("kind").asText().equals("refund")));
        assertTrue(sales.stream().anyMatch(s -> s.get("kind").asText().equals("void")));
        String url = database.equals("sqlite") ? "jdbc:sqlite:" + dir.resolve("hq-" + UUID.randomUUID() + ".db")
                : Postgres.freshDatabaseUrl();
        try (HqStore store = HqStore.open(url);
             HqServer server = HqServer.start(store, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), null)) {
            HqClient client = new HqClient(server.uri());
            HqClient.Device till = client.enrol(store.newEnrolCode("Demo"));
            List<Messages.Mutation> page = new ArrayList<>();
            for (ObjectNode sale : sales) {
                long at = sale.get("created_at").asLong();
                page.add(new Messages.Mutation(++till.seq, UUID.randomUUID().toString(), "sale",
                        sale.get("id").asText(), "insert", new Hlc(at, 0, till.id).text(), at, sale));
                if (page.size() == 500) {
                    assertEquals(List.of(), client.push(till, page).rejected());
                    page.clear();
                }
            }
            assertEquals(List.of(), client.push(till, page).rejected());

            List<String> hq = new ArrayList<>();
            for (Messages.DayFigures d : store.report(FROM, UNTIL)) {
                hq.add(d.day() + " " + d.sales() + " " + d.revenueMinor());
            }
            assertEquals(shopReport, hq);
        }
    }

    /** The report's JSON as "day sales revenue" lines. */
    private static List<String> figures(String json) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode day : Wire.JSON.readTree(json)) {
            out.add(day.get("day").asText() + " " + day.get("sales").asLong() + " " + day.get("revenue_minor").asLong());
        }
        return out;
    }

    /** Every sale as the protocol ships it: its row's columns with its lines and payments. */
    private static List<ObjectNode> saleDocuments(DSLContext ctx) {
        Map<String, List<ObjectNode>> lines = children(ctx, "SELECT * FROM sale_line ORDER BY sale_id, line_no");
        Map<String, List<ObjectNode>> payments = children(ctx, "SELECT * FROM payment ORDER BY sale_id, seq");
        List<ObjectNode> out = new ArrayList<>();
        for (Record r : ctx.fetch("SELECT * FROM sale ORDER BY created_at, id")) {
            ObjectNode sale = row(r);
            sale.putArray("lines").addAll(lines.getOrDefault(r.get("id", String.class), List.of()));
            sale.putArray("payments").addAll(payments.getOrDefault(r.get("id", String.class), List.of()));
            out.add(sale);
        }
        return out;
    }

    private static Map<String, List<ObjectNode>> children(DSLContext ctx, String sql) {
        Map<String, List<ObjectNode>> bySale = new HashMap<>();
        for (Record r : ctx.fetch(sql)) {
            ObjectNode child = row(r);
            child.remove("sale_id");
            bySale.computeIfAbsent(r.get("sale_id", String.class), k -> new ArrayList<>()).add(child);
        }
        return bySale;
    }

    private static ObjectNode row(Record r) {
        ObjectNode node = Wire.JSON.createObjectNode();
        for (Field<?> f : r.fields()) {
            node.set(f.getName(), Wire.JSON.valueToTree(r.get(f)));
        }
        return node;
    }
}
