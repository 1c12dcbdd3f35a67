package app.counterpart.core.incentives;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the engine needs to pay one period, read by the store: the period's lines, the people,
 * the teams and, for refunds of sales from earlier periods, what those periods paid on the original lines.
 */
public record IncentiveFacts(
        PayPeriod period,
        List<SoldLine> lines,
        List<Person> people,
        Map<String, Set<String>> teamMembers,
        Map<String, List<PaidLine>> paidEarlier) {
}
