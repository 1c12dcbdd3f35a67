package app.counterpart.core.sales;

import java.time.LocalDate;
import java.util.List;

/** Read-side questions about sales, for lists and drill-downs. */
public interface SaleQueries {

    /** Sales, refunds and voids of business days [from, to], newest first, at most {@code limit}. */
    List<SaleSummary> between(LocalDate from, LocalDate to, int limit, boolean chineseNames);
}
