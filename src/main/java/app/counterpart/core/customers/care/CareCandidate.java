package app.counterpart.core.customers.care;

import java.time.LocalDate;

/** What the rules need to know about one customer. */
public record CareCandidate(
        String customerId,
        LocalDate birthday,
        boolean consent,
        LocalDate joinedOn,
        LocalDate firstVisit,
        LocalDate lastVisit,
        int visits) {
}
