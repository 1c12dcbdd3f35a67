package app.counterpart.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SalesCommitted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SalesLedgerTest {

    private static Sale sale(String id, LocalDate day) {
        return new Sale(id, "N-" + id, SaleKind.SALE, null, "d", null, "c", "c", null, Instant.EPOCH, day, 10, "CNY",
                100, 0, 6, 100, 40, 1, List.of(), List.of());
    }

    /** A repository of our own that keeps what it was given, or refuses like a full disk. */
    private static final class Kept implements SaleRepository {
        final List<Sale> stored = new ArrayList<>();
        boolean fail;

        @Override
        public void commit(List<Sale> sales) {
            if (fail) {
                throw new IllegalStateException("The disk is full: nothing was saved.");
            }
            stored.addAll(sales);
        }

        @Override
        public long saleLineCount() {
            return 0;
        }
    }

    @Test
    void listenersHearOfCommittedSalesWithTheirDays() {
        Kept repo = new Kept();
        EventBus events = new EventBus(e -> { throw e; });
        List<SalesCommitted> heard = new ArrayList<>();
        events.subscribe(SalesCommitted.class, heard::add);
        LocalDate d1 = LocalDate.of(2026, 11, 27);
        LocalDate d2 = LocalDate.of(2026, 11, 28);

        new SalesLedger(repo, events).commit(List.of(sale("a", d1), sale("b", d2), sale("c", d2)));

        assertEquals(3, repo.stored.size());
        assertEquals(List.of(new SalesCommitted(3, Set.of(d1, d2))), heard);
    }

    @Test
    void aFailedCommitAnnouncesNothing() {
        Kept repo = new Kept();
        repo.fail = true;
        EventBus events = new EventBus(e -> { throw e; });
        List<SalesCommitted> heard = new ArrayList<>();
        events.subscribe(SalesCommitted.class, heard::add);
        assertThrows(IllegalStateException.class,
                () -> new SalesLedger(repo, events).commit(List.of(sale("a", LocalDate.of(2026, 11, 27)))));
        assertTrue(heard.isEmpty());
    }
}
