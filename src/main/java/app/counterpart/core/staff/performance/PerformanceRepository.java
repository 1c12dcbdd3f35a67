package app.counterpart.core.staff.performance;

import java.time.LocalDate;
import java.util.Map;

/** The counts behind the performance view, per person, for a range of business days. */
public interface PerformanceRepository {

    /** Everyone with anything to count over {@code from}..{@code to} (both included), by staff id. */
    Map<String, StaffFigures> figures(LocalDate from, LocalDate to);
}
