package app.counterpart.sync.client.inbound;

import static app.counterpart.sync.client.inbound.TwoDevices.count;
import static app.counterpart.sync.client.inbound.TwoDevices.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.timeline.ServiceEntry;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.report.Dimension;
import app.counterpart.core.sales.LinePricing;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.customers.JooqCustomerMerge;
import app.counterpart.store.report.JooqReportRepository;
import app.counterpart.store.report.RollupCheck;
import app.counterpart.sync.protocol.Hlc;
import app.counterpart.sync.protocol.Messages.Change;
import app.counterpart.sync.protocol.Wire;
import app.counterpart.testing.DemoFixture;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Device B's real writes, pulled by device A: A ends up with the same sales, figures, customers and
 * settings as B, writes nothing to its own outbox, and records what it cannot apply.
 */
class StoreChangeApplierTest {

    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

    @TempDir
    Path dir;
    TwoDevices shop;
    StoreChangeApplier applyOnA;
    IdGenerator ids;

    @BeforeEach
    void open() {
        shop = new TwoDevices(dir, NOW);
        applyOnA = new StoreChangeApplier(shop.a.db, shop.clockA);
        ids = IdGenerator.secure(shop.clockB);
    }

    @AfterEach
    void close() {
        shop.close();
    }

    private Sale saleOnB(String number, Customer customer, Tender tender) {
        var calendar = shop.b.shops.shop().orElseThrow().calendar();
        Staff cashier = shop.b.staff.staff().get(0);
        Product p = shop.b.catalog.products().get(0);
        SaleLine line = LinePricing.price(ids.next(), 1, p.id(), 2, p.priceMinor(), 0, p.taxRateBp(), p.costMinor(),
                true);
        Instant at = shop.clockB.instant();
        Sale sale = new Sale(ids.next(), number, SaleKind.SALE, null, TwoDevices.DEVICE_B, null, cashier.id(),
                cashier.id(), customer == null ? null : customer.id(), at, calendar.businessDay(at), calendar.hour(at),
                "CNY", line.totalMinor(), 0, line.taxMinor(), line.totalMinor(), line.costMinor(), 2, List.of(line),
                List.of(new Payment(ids.next(), 1, tender, line.totalMinor(), null, 0)));
        shop.b.sales.commit(List.of(sale));
        return sale;
    }

    private Customer customer(DemoFixture d, int index) {
        return d.customers.customers().stream().sorted(java.util.Comparator.comparing(Customer::id)).toList()
                .get(index);
    }

    private static final List<String> FIGURES = List.of(
            "SELECT * FROM rollup_day ORDER BY 1", "SELECT * FROM rollup_hour ORDER BY 1, 2",
            "SELECT * FROM rollup_product_day ORDER BY 1, 2", "SELECT * FROM rollup_staff_day ORDER BY 1, 2",
            "SELECT * FROM rollup_tender_day ORDER BY 1, 2", "SELECT * FROM customer_stats ORDER BY 1",
            "SELECT * FROM stock_level ORDER BY 1", "SELECT * FROM store_credit ORDER BY 1");

    @Test
    void saleFromAnotherDeviceArrivesWithLinesPaymentsAndTheSameFigures() {
        Customer c = customer(shop.b, 3);
        shop.b.customers.topUpStoreCredit(Map.of(c.id(), 100_000L), NOW.minusSeconds(60));
        shop.a.customers.topUpStoreCredit(Map.of(c.id(), 100_000L), NOW.minusSeconds(60));
        Sale sale = saleOnB("T2-20261128-0001", c, Tender.STORE_CREDIT);
        saleOnB("T2-20261128-0002", null, Tender.CASH);

        int applied = applyOnA.apply(shop.pushed(shop.b), 2);

        assertEquals(2, applied);
        String sql = "SELECT * FROM sale WHERE id = ?";
        assertEquals(rows(shop.b, sql, sale.id()), rows(shop.a, sql, sale.id()));
        sql = "SELECT * FROM sale_line WHERE sale_id = ? ORDER BY line_no";
        assertEquals(rows(shop.b, sql, sale.id()), rows(shop.a, sql, sale.id()));
        sql = "SELECT * FROM payment WHERE sale_id = ? ORDER BY seq";
        assertEquals(rows(shop.b, sql, sale.id()), rows(shop.a, sql, sale.id()));
        for (String figures : FIGURES) {
            assertEquals(rows(shop.b, figures), rows(shop.a, figures), figures);
        }
        LocalDate day = sale.businessDay();
        assertEquals(new JooqReportRepository(shop.b.db).report(Dimension.DAY, day, day, false),
                new JooqReportRepository(shop.a.db).report(Dimension.DAY, day, day, false));
        assertEquals(List.of(), new RollupCheck(shop.a.db).verify());
        assertEquals(0, count(shop.a, "outbox"), "applied changes are never queued to go back");
        assertEquals("T2", shop.a.db.read(ctx -> ctx.fetchValue("SELECT code FROM device WHERE id = ?",
                TwoDevices.DEVICE_B)));
    }

    @Test
    void applyingTheSamePageTwiceChangesNothing() {
        saleOnB("T2-20261128-0001", customer(shop.b, 1), Tender.CASH);
        Customer c = customer(shop.b, 2);
        shop.b.profiles.save(c, new Customer(c.id(), c.phone(), "Renamed", c.gender(), c.birthday(), Set.of("vip"),
                c.referredBy(), !c.consent(), c.joinedOn()), null);
        List<Change> page = shop.pushed(shop.b);

        int first = applyOnA.apply(page, 9);
        List<List<Map<String, Object>>> after = new ArrayList<>();
        for (String figures : FIGURES) {
            after.add(rows(shop.a, figures));
        }
        int second = applyOnA.apply(page, 9);

        assertEquals(2, first);
        assertEquals(0, second);
        for (int i = 0; i < FIGURES.size(); i++) {
            assertEquals(after.get(i), rows(shop.a, FIGURES.get(i)), FIGURES.get(i));
        }
        assertEquals(1, count(shop.a, "sale"));
        assertEquals(Set.of("vip"), shop.a.customers.byId(c.id()).orElseThrow().tags());
        assertEquals(0, count(shop.a, "sync_rejected"));
        assertEquals(0, count(shop.a, "outbox"));
    }

    @Test
    void customerCreatedOnAnotherDeviceArrivesWithAllItsFields() {
        Customer made = new Customer(ids.next(), "13900000001", "New Person", "F", LocalDate.of(1990, 5, 6),
                Set.of("vip", "wholesale"), null, true, LocalDate.of(2026, 11, 20));
        shop.b.customers.addAll(List.of(made));

        applyOnA.apply(shop.pushed(shop.b), 1);

        assertEquals(made, shop.a.customers.byId(made.id()).orElseThrow());
        assertEquals(0, count(shop.a, "outbox"));
    }

    @Test
    void aPhoneNumberAnotherRecordHasIsHeldAsideForTheOwner() {
        Customer onA = new Customer(ids.next(), "13900000002", "Li Na", null, null, Set.of(), null, false, NOW
                .atZone(java.time.ZoneOffset.UTC).toLocalDate());
        shop.a.customers.addAll(List.of(onA));
        shop.a.db.write(ctx -> ctx.execute("DELETE FROM outbox"));
        Customer onB = new Customer(ids.next(), "13900000002", "Li Na", null, null, Set.of(), null, false, NOW
                .atZone(java.time.ZoneOffset.UTC).toLocalDate());
        shop.b.customers.addAll(List.of(onB));

        applyOnA.apply(shop.pushed(shop.b), 1);

        assertNull(shop.a.customers.byId(onB.id()).orElseThrow().phone());
        assertEquals("13900000002", shop.a.db.read(ctx -> ctx.fetchValue("SELECT held_phone FROM customer WHERE id = ?",
                onB.id())));
        assertEquals("13900000002", shop.a.customers.byId(onA.id()).orElseThrow().phone());
        assertEquals(0, count(shop.a, "sync_rejected"));
    }

    @Test
    void aChangeToARecordMergedHereLandsOnTheSurvivor() {
        Customer keep = customer(shop.a, 4);
        Customer gone = customer(shop.a, 5);
        new JooqCustomerMerge(shop.a.db, shop.clockA).merge(keep, gone.id(), shop.a.staff.staff().get(0).id(), null);
        Customer goneOnB = shop.b.customers.byId(gone.id()).orElseThrow();
        shop.b.profiles.save(goneOnB, new Customer(gone.id(), gone.phone(), gone.name(), gone.gender(),
                LocalDate.of(1985, 1, 2), gone.tags(), gone.referredBy(), gone.consent(), gone.joinedOn()), null);

        assertEquals(1, applyOnA.apply(shop.pushed(shop.b), 1));

        assertEquals(LocalDate.of(1985, 1, 2), shop.a.customers.byId(keep.id()).orElseThrow().birthday());
        assertEquals(gone.birthday(), shop.a.customers.byId(gone.id()).orElseThrow().birthday());
    }

    @Test
    void aMergeMadeOnAnotherDeviceIsAppliedOnce() {
        Customer keep = customer(shop.b, 6);
        Customer gone = customer(shop.b, 7);
        saleOnB("T2-20261128-0001", gone, Tender.CASH);
        new JooqCustomerMerge(shop.b.db, shop.clockB).merge(keep, gone.id(), shop.b.staff.staff().get(0).id(), null);
        List<Change> page = shop.pushed(shop.b);

        assertEquals(2, applyOnA.apply(page, 2));
        assertEquals(0, applyOnA.apply(page, 2));

        for (String sql : List.of("SELECT id, customer_id FROM sale ORDER BY id", 
                // Not "moved": B's sale row is read after its merge, so it arrives on the survivor already.
                "SELECT id, merged_id, survivor_id, at, merged_by, merged_before, survivor_before FROM customer_merge",
                "SELECT id, merged_into, phone FROM customer ORDER BY id", "SELECT * FROM customer_stats ORDER BY 1")) {
            assertEquals(rows(shop.b, sql), rows(shop.a, sql), sql);
        }
        assertEquals(List.of(), new RollupCheck(shop.a.db).verify());
        assertEquals(0, count(shop.a, "outbox"));
    }

    @Test
    void aBadChangeIsRecordedAndTheRestOfThePageApplies() {
        Sale sale = saleOnB("T2-20261128-0001", null, Tender.CASH);
        Customer c = customer(shop.b, 8);
        shop.b.timeline.add(new ServiceEntry(ids.next(), c.id(), shop.b.staff.staff().get(0).id(), null, null,
                ServiceKind.NOTE, "Asked for the red one", null, NOW));
        List<Change> pushed = shop.pushed(shop.b);
        Change saleChange = pushed.get(0);
        ObjectNode broken = saleChange.data().deepCopy();
        ((ObjectNode) broken.get("lines").get(0)).put("product_id", "no-such-product");
        ((ObjectNode) broken.get("lines").get(0)).put("id", "other-line");
        broken.put("id", "other-sale").put("number", "T2-20261128-0099");
        List<Change> page = List.of(
                new Change(101, TwoDevices.DEVICE_B, "sale", "other-sale", "insert", saleChange.hlc(), broken),
                new Change(102, TwoDevices.DEVICE_B, "widget", "w1", "upsert", saleChange.hlc(),
                        Wire.JSON.createObjectNode()),
                rebased(saleChange, 103), rebased(pushed.get(1), 104));

        assertEquals(2, applyOnA.apply(page, 104));

        var rejected = rows(shop.a, "SELECT ref, direction, entity, entity_id, reason FROM sync_rejected ORDER BY ref");
        assertEquals(2, rejected.size());
        assertEquals(101L, ((Number) rejected.get(0).get("ref")).longValue());
        assertEquals("in", rejected.get(0).get("direction"));
        assertTrue(rejected.get(0).get("reason").toString().contains("no-such-product"), rejected.toString());
        assertEquals("unknown entity widget from a newer head office", rejected.get(1).get("reason"));
        assertEquals(1, count(shop.a, "sale"));
        assertNotNull(shop.a.db.read(ctx -> ctx.fetchValue("SELECT id FROM sale WHERE id = ?", sale.id())));
        assertEquals(1, shop.a.timeline.entries(c.id()).size());
        assertEquals(List.of(), new RollupCheck(shop.a.db).verify());
    }

    private static Change rebased(Change c, long cursor) {
        return new Change(cursor, c.originDevice(), c.entity(), c.entityId(), c.op(), c.hlc(), c.data());
    }

    @Test
    void theCursorIsStoredAndTheClockMovesUpToTheNewestStamp() {
        shop.enrolA();
        shop.clockB.advance(Duration.ofHours(3));
        Customer c = customer(shop.b, 9);
        shop.b.profiles.save(c, new Customer(c.id(), c.phone(), "Later Name", c.gender(), c.birthday(), c.tags(),
                c.referredBy(), c.consent(), c.joinedOn()), null);
        List<Change> page = shop.pushed(shop.b);
        Hlc remote = Hlc.parse(page.get(0).hlc());

        applyOnA.apply(page, 42);

        assertEquals(42L, ((Number) shop.a.db.read(ctx -> ctx.fetchValue("SELECT pull_cursor FROM sync_state")))
                .longValue());
        var clock = rows(shop.a, "SELECT millis, counter FROM hlc_state").get(0);
        assertEquals(remote.millis(), ((Number) clock.get("millis")).longValue());
        assertEquals(remote.counter(), ((Number) clock.get("counter")).intValue());
        // A's own clock is three hours behind, yet its next edit sorts after the one it saw.
        Customer now = shop.a.customers.byId(c.id()).orElseThrow();
        shop.a.profiles.save(now, new Customer(c.id(), c.phone(), "Edited On A", c.gender(), c.birthday(), c.tags(),
                c.referredBy(), c.consent(), c.joinedOn()), null);
        String local = (String) shop.a.db.read(ctx -> ctx.fetchValue("SELECT hlc FROM outbox"));
        assertTrue(Hlc.parse(local).compareTo(remote) > 0, local + " after " + remote);
    }

    @Test
    void productsPublishedByHeadOfficeAreMadeAndUpdatedBySku() {
        ObjectNode data = (ObjectNode) Wire.JSON.valueToTree(Map.ofEntries(Map.entry("sku", "HQ-001"),
                Map.entry("barcodes", List.of("6900000000017")), Map.entry("category", "NEWCAT"),
                Map.entry("name_en", "Jasmine tea"), Map.entry("name_zh", "茉莉花茶"), Map.entry("unit", "box"),
                Map.entry("price_minor", 3800), Map.entry("cost_minor", 1500), Map.entry("tax_rate_bp", 600),
                Map.entry("active", true), Map.entry("low_stock", 3), Map.entry("track_stock", true)));
        String older = new Hlc(NOW.toEpochMilli(), 0, "hq").text();
        String newer = new Hlc(NOW.toEpochMilli() + 1000, 0, "hq").text();
        ObjectNode cheaper = data.deepCopy().put("price_minor", 3500);
        cheaper.set("barcodes", Wire.JSON.valueToTree(List.of("6900000000024")));

        assertEquals(2, applyOnA.apply(List.of(new Change(1, null, "product", "HQ-001", "upsert", older, data),
                new Change(2, null, "product", "HQ-001", "upsert", newer, cheaper)), 2));
        assertEquals(0, applyOnA.apply(List.of(new Change(3, null, "product", "HQ-001", "upsert", older, data)), 3));

        Product p = shop.a.catalog.products().stream().filter(x -> x.sku().equals("HQ-001")).findFirst().orElseThrow();
        assertEquals(3500, p.priceMinor());
        assertEquals("茉莉花茶", p.nameZh());
        assertEquals(List.of(Map.of("barcode", "6900000000024")),
                rows(shop.a, "SELECT barcode FROM product_barcode WHERE product_id = ?", p.id()));
        assertEquals("NEWCAT", shop.a.db.read(ctx -> ctx.fetchValue(
                "SELECT c.name FROM category c JOIN product p ON p.category_id = c.id WHERE p.sku = 'HQ-001'")));

        ObjectNode clash = (ObjectNode) Wire.JSON.valueToTree(Map.of("sku", "HQ-002", "barcodes",
                List.of("6900000000024"), "category", "NEWCAT", "name_en", "Green tea", "price_minor", 3000));
        assertEquals(0, applyOnA.apply(List.of(new Change(4, null, "product", "HQ-002", "upsert", newer, clash)), 4));
        assertTrue(rows(shop.a, "SELECT reason FROM sync_rejected WHERE ref = 4").get(0).get("reason").toString()
                .contains("barcode 6900000000024 belongs to product HQ-001"));
        assertEquals(0, count(shop.a, "outbox"));
    }

    @Test
    void aPersonAddedOnAnotherDeviceArrivesInactiveWithoutAUsablePin() {
        Staff owner = shop.b.staff.staff().get(0);
        Staff added = new Staff(ids.next(), "S99", "New Hire", null, owner.role(), owner.kind(), owner.pinHash(),
                null, LocalDate.of(2026, 11, 1), true);
        shop.b.staff.save(added, owner.id(), "staff.add", "test");

        assertEquals(1, applyOnA.apply(shop.pushed(shop.b), 1));

        var row = rows(shop.a, "SELECT code, name, active, pin_hash FROM staff WHERE id = ?", added.id()).get(0);
        assertEquals("S99", row.get("code"));
        assertEquals(0, ((Number) row.get("active")).intValue());
        assertEquals(SharedChanges.NO_PIN, row.get("pin_hash"));
    }

    @Test
    void aCareTaskBothDevicesMadeIsDoneOnBothWhenOneDoesIt() {
        Customer c = customer(shop.b, 10);
        LocalDate due = LocalDate.of(2026, 11, 28);
        String staff = shop.b.staff.staff().get(0).id();
        var task = new app.counterpart.core.customers.care.NewCareTask("care-rule-dormant", c.id(), due, staff, null);
        shop.a.care.addTasks(List.of(task), NOW);
        shop.a.db.write(ctx -> ctx.execute("DELETE FROM outbox"));
        shop.b.care.addTasks(List.of(task), NOW);
        String onB = shop.b.care.tasks(due).get(0).id();
        shop.b.care.complete(onB, staff, NOW.plusSeconds(60), due, null);
        shop.b.lifecycleRules.save(new app.counterpart.core.customers.lifecycle.LifecycleRules(20, 3, 40, 80, 160),
                staff);

        assertEquals(3, applyOnA.apply(shop.pushed(shop.b), 3));

        var onA = shop.a.care.tasks(due);
        assertEquals(1, onA.size(), "one task, under A's id");
        assertTrue(onA.get(0).done());
        assertEquals(staff, onA.get(0).doneBy());
        assertEquals(new app.counterpart.core.customers.lifecycle.LifecycleRules(20, 3, 40, 80, 160),
                shop.a.lifecycleRules.current());
        assertEquals(0, count(shop.a, "sync_rejected"));
        assertEquals(0, count(shop.a, "outbox"));
    }

    @Test
    void teamsStageTeamsSettingsAndStockFromAnotherDeviceArrive() {
        String owner = shop.b.staff.staff().get(0).id();
        List<String> members = shop.b.staff.staff().stream().limit(2).map(Staff::id).sorted().toList();
        var team = new app.counterpart.core.customers.care.Team(ids.next(), "Front desk", members);
        shop.b.care.saveTeam(team, owner);
        shop.b.care.saveStageTeams(Map.of(app.counterpart.core.customers.lifecycle.LifecycleStage.NEW, team.id()),
                owner);
        var settings = new app.counterpart.core.incentives.IncentiveSettings(
                app.counterpart.core.incentives.CommissionBase.NET_OF_TAX_AND_DISCOUNTS,
                app.counterpart.core.incentives.PayCycle.WEEKLY);
        shop.b.incentives.saveSettings(settings, owner);
        Product p = shop.b.catalog.products().get(1);
        shop.b.stock.record(List.of(new app.counterpart.core.stock.StockMovement(ids.next(), p.id(),
                app.counterpart.core.stock.MovementKind.RECEIVING, 24, null, owner, "delivery", NOW)));

        applyOnA.apply(shop.pushed(shop.b), 9);

        assertEquals(shop.b.care.teams(), shop.a.care.teams());
        assertEquals(shop.b.care.stageTeams(), shop.a.care.stageTeams());
        assertEquals(settings, shop.a.incentives.settings());
        assertEquals(shop.b.stock.onHand(p.id()), shop.a.stock.onHand(p.id()));
        assertEquals(0, count(shop.a, "sync_rejected"));
        assertEquals(0, count(shop.a, "outbox"));
    }
}
