package app.counterpart.core.customers.retention;

import java.time.YearMonth;
import java.util.List;

/**
 * Second purchase within {@code days} days of the first, per cohort month. A customer is judged once
 * {@code days} days have passed since their first purchase; before that nobody can say, so only judged
 * customers count, and a cohort with none is "too early to say".
 */
public record Activation(int days, List<Row> rows) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 365;

    public Activation {
        rows = List.copyOf(rows);
    }

    public record Row(YearMonth cohort, int newCustomers, int judged, int activated) {

        public boolean tooEarly() {
            return judged == 0;
        }

        public double share() {
            return judged == 0 ? 0 : (double) activated / judged;
        }
    }
}
