package app.counterpart.core.customers.retention;

import java.time.YearMonth;
import java.util.List;

/**
 * Monthly cohort retention: a cohort is the customers whose first purchase (net of voids) fell in one
 * month; cell k of its row holds how many of them bought in the k-th month after it (month 0 is the
 * month of the first purchase, so it holds the whole cohort). Rows run from the oldest cohort shown to
 * {@code current}, the month of today's business day.
 */
public record CohortMatrix(YearMonth current, int months, List<Row> rows) {

    public CohortMatrix {
        rows = List.copyOf(rows);
    }

    /** One cohort; {@code cells} has {@code months} entries, k = 0 .. months - 1. */
    public record Row(YearMonth cohort, int size, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * Cell k of a cohort. A month that has not begun yet is "not yet" ({@code happened} false, no
     * count), which is different from a month in which nobody came back.
     */
    public record Cell(int monthsAfter, boolean happened, int customers, int cohortSize) {

        /** The share of the cohort who bought; 0 for an empty cohort or a month not yet begun. */
        public double share() {
            return happened && cohortSize > 0 ? (double) customers / cohortSize : 0;
        }
    }
}
