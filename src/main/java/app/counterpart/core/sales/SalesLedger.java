package app.counterpart.core.sales;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SalesCommitted;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Commits sales and then tells the rest of the app (the dashboard, goals) that they are stored. */
public final class SalesLedger {

    private final SaleRepository sales;
    private final EventBus events;

    public SalesLedger(SaleRepository sales, EventBus events) {
        this.sales = sales;
        this.events = events;
    }

    /** Stores the sales in one transaction; only once they are committed does anyone hear about them. */
    public void commit(List<Sale> batch) {
        if (batch.isEmpty()) {
            return;
        }
        sales.commit(batch);
        Set<java.time.LocalDate> days = batch.stream().map(Sale::businessDay).collect(Collectors.toSet());
        events.publish(new SalesCommitted(batch.size(), days));
    }
}
