package app.counterpart.core.customers.retention;

import java.time.LocalDate;
import java.util.List;

/** Everything the retention tab shows, computed at once from one read of the facts. */
public record RetentionReport(LocalDate today, CohortMatrix cohorts, Activation activation, Referrals referrals,
        List<RevenueMonth> revenue, Funnel funnel) {

    public RetentionReport {
        revenue = List.copyOf(revenue);
    }
}
