package app.counterpart.core.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.staff.Role;
import app.counterpart.testing.DemoFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stock use cases on a real store holding the demo shop. */
class StockServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T01:30:00Z");
    private static final String STAFF_ID_UNKNOWN = null;

    @TempDir
    Path dir;
    DemoFixture store;
    StockService service;
    String manager;

    @BeforeEach
    void openDemoStore() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 27), 1);
        service = new StockService(store.stock, store.catalog, IdGenerator.secure(clock), clock);
        manager = store.staff.staff().stream().filter(s -> s.role() == Role.MANAGER).findFirst()
                .orElseThrow().id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Product product(String sku) {
        return store.catalog.products().stream().filter(p -> p.sku().equals(sku)).findFirst().orElseThrow();
    }

    private int movementCount() {
        return store.db.read(ctx -> ctx.fetchCount(app.counterpart.store.jooq.Tables.STOCK_MOVEMENT));
    }

    /** Runs something that must be refused, checks nothing was written, and returns the refusal. */
    private StockException refused(Executable booking) {
        int before = movementCount();
        StockException e = assertThrows(StockException.class, booking::execute);
        assertEquals(before, movementCount());
        return e;
    }

    @FunctionalInterface
    private interface Executable {
        void execute();
    }

    @Test
    void receivingAddsToOnHandAndKeepsTheNote() {
        Product tea = product("LT-001");
        int before = store.stock.onHand(tea.id());

        StockMovement m = service.receive(tea.id(), 24, "  delivery note 8812 ", manager);

        assertEquals(before + 24, store.stock.onHand(tea.id()));
        assertEquals(MovementKind.RECEIVING, m.kind());
        assertEquals("delivery note 8812", m.reason());
        assertEquals(manager, m.staffId());
        assertEquals(NOW, m.createdAt());
        assertEquals(m, store.stock.movements(tea.id(), 1).get(0));
    }

    @Test
    void receivingWithoutANoteStoresNoReason() {
        assertNull(service.receive(product("SN-001").id(), 3, " ", manager).reason());
    }

    @Test
    void adjustingBooksTheSignedChangeWithItsReason() {
        Product cup = product("TW-001");
        int before = store.stock.onHand(cup.id());

        StockMovement m = service.adjust(cup.id(), -2, "broken", manager);

        assertEquals(before - 2, store.stock.onHand(cup.id()));
        assertEquals(MovementKind.ADJUSTMENT, m.kind());
        assertEquals(-2, m.quantity());
        assertEquals("broken", m.reason());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            receive, 0,        'Receiving BR-001 Pineapple Bun: the quantity must be at least 1, not 0.'
            receive, -5,       'Receiving BR-001 Pineapple Bun: the quantity must be at least 1, not -5.'
            receive, 1000001,  'Receiving BR-001 Pineapple Bun: 1,000,001 is more than 1,000,000, the most one booking may carry.'
            adjust,  0,        'Adjusting BR-001 Pineapple Bun: the change must not be zero.'
            adjust,  -2000000, 'Adjusting BR-001 Pineapple Bun: -2,000,000 is more than 1,000,000, the most one booking may carry.'
            """)
    void zeroAndAbsurdQuantitiesAreRefusedNamingTheProduct(String action, int quantity, String message) {
        String bun = product("BR-001").id();
        StockException e = refused(() -> {
            if (action.equals("receive")) {
                service.receive(bun, quantity, null, manager);
            } else {
                service.adjust(bun, quantity, "broken", manager);
            }
        });
        assertEquals(message, e.getMessage());
        assertEquals("BR-001", e.sku());
    }

    @Test
    void anAdjustmentNeedsAReason() {
        String bun = product("BR-001").id();
        for (String reason : new String[] {null, "", "   "}) {
            StockException e = refused(() -> service.adjust(bun, -1, reason, manager));
            assertEquals("Adjusting BR-001 Pineapple Bun: give a reason (for example broken, expired, tasting).",
                    e.getMessage());
        }
    }

    @Test
    void anOverlongNoteIsRefused() {
        String bun = product("BR-001").id();
        StockException e = refused(() -> service.adjust(bun, -1, "x".repeat(501), manager));
        assertTrue(e.getMessage().contains("longer than 500"), e.getMessage());
    }

    @Test
    void goodsMadeToOrderKeepNoStock() {
        String milkTea = product("MT-001").id();
        String why = " MT-001 Pearl Milk Tea: it is made to order and keeps no stock.";
        assertEquals("Receiving" + why, refused(() -> service.receive(milkTea, 5, null, manager)).getMessage());
        assertEquals("Adjusting" + why, refused(() -> service.adjust(milkTea, -1, "spilt", manager)).getMessage());
        assertEquals("Counting" + why, refused(() -> service.count(Map.of(milkTea, 0), manager)).getMessage());
        assertEquals("Counting" + why, refused(() -> service.previewCount(Map.of(milkTea, 0))).getMessage());
    }

    @Test
    void anUnknownProductIsRefused() {
        StockException e = refused(() -> service.receive("no-such-id", 1, null, STAFF_ID_UNKNOWN));
        assertEquals("Receiving: there is no product with id no-such-id.", e.getMessage());
        assertNull(e.sku());
    }

    @Test
    void aPreviewShowsTheDifferencesAndWritesNothing() {
        Product bun = product("BR-001");
        Product tea = product("LT-003");
        service.count(Map.of(bun.id(), 10, tea.id(), 7), manager);
        Map<String, Integer> counted = new LinkedHashMap<>();
        counted.put(tea.id(), 9);
        counted.put(bun.id(), 7);
        int movements = movementCount();

        List<CountLine> lines = service.previewCount(counted);

        assertEquals(movements, movementCount());
        assertEquals(List.of(new CountLine(bun, 10, 7), new CountLine(tea, 7, 9)), lines);
        assertEquals(-3, lines.get(0).difference());
        assertEquals(2, lines.get(1).difference());
    }

    @Test
    void aCountBooksOnlyTheDifferencesSoOnHandEqualsWhatWasCounted() {
        Product bun = product("BR-001");
        Product tea = product("LT-003");
        Product snack = product("SN-002");
        service.count(Map.of(bun.id(), 10, tea.id(), 7, snack.id(), 4), manager);
        Map<String, Integer> counted = Map.of(bun.id(), 7, tea.id(), 7, snack.id(), 0);
        int movements = movementCount();

        List<CountLine> lines = service.count(counted, manager);

        assertEquals(List.of("BR-001", "LT-003", "SN-002"), lines.stream().map(l -> l.product().sku()).toList());
        assertEquals(List.of(-3, 0, -4), lines.stream().map(CountLine::difference).toList());
        assertEquals(movements + 2, movementCount());
        for (Map.Entry<String, Integer> e : counted.entrySet()) {
            assertEquals(e.getValue(), store.stock.onHand(e.getKey()));
        }
        StockMovement booked = store.stock.movements(bun.id(), 1).get(0);
        assertEquals(MovementKind.COUNT, booked.kind());
        assertEquals(-3, booked.quantity());
        assertEquals(manager, booked.staffId());
        assertEquals(List.of(), store.stock.ledgerMismatches());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            -1,      'Counting BR-001 Pineapple Bun: a counted quantity cannot be below zero (-1).'
            1000001, 'Counting BR-001 Pineapple Bun: 1,000,001 is more than 1,000,000, the most one booking may carry.'
            """)
    void negativeAndAbsurdCountsAreRefused(int counted, String message) {
        Map<String, Integer> count = new HashMap<>();
        count.put(product("LT-001").id(), 5);
        count.put(product("BR-001").id(), counted);
        assertEquals(message, refused(() -> service.count(count, manager)).getMessage());
    }

    @Test
    void aCountWithAMissingFigureIsRefused() {
        Map<String, Integer> count = new HashMap<>();
        count.put(product("BR-001").id(), null);
        assertEquals("Counting BR-001 Pineapple Bun: enter the counted quantity (0 when none is left).",
                refused(() -> service.count(count, manager)).getMessage());
    }

    @Test
    void anEmptyCountBooksNothing() {
        int movements = movementCount();
        assertEquals(List.of(), service.count(Map.of(), manager));
        assertEquals(movements, movementCount());
    }
}
