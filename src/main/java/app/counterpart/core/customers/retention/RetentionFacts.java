package app.counterpart.core.customers.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the retention views are computed from, read in one go: the customers' sale days, the
 * voided sales, who referred whom, the referrers' names, and the sales per business day that had no
 * customer attached (they cannot be followed).
 */
public record RetentionFacts(List<SaleDay> saleDays, List<VoidedSale> voided, List<Referral> referrals,
        Map<String, String> names, Map<LocalDate, Integer> anonymousSalesByDay) {

    public RetentionFacts {
        saleDays = List.copyOf(saleDays);
        voided = List.copyOf(voided);
        referrals = List.copyOf(referrals);
        names = Map.copyOf(names);
        anonymousSalesByDay = Map.copyOf(anonymousSalesByDay);
    }
}
