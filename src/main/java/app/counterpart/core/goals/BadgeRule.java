package app.counterpart.core.goals;

import java.util.List;

/**
 * A badge as data: a code (its name and tooltip come from {@code badges.<code>.*} in the bundles), the
 * figure it looks at and the threshold that earns it. The figure decides the period a badge is earned
 * for: once ever, once per day, or once per ISO week.
 */
public record BadgeRule(String code, Measure measure, long threshold) {

    public enum Window {
        EVER, DAY, WEEK
    }

    public enum Measure {
        /** Sales rung up so far (voids subtract): earned the day the count first reaches the threshold. */
        SALES_EVER(Window.EVER),
        /** The day's net sales as a percentage of the daily goal. */
        DAY_GOAL_PERCENT(Window.DAY),
        /** Days worked in a row on which the daily goal was reached: earned the day the run reaches the threshold. */
        GOAL_STREAK(Window.DAY),
        /** Customers whose first purchase the person served in the week. */
        WEEK_NEW_CUSTOMERS(Window.WEEK),
        /** Place by net sales in a finished week (1 = the top seller); at most the threshold earns it. */
        WEEK_RANK(Window.WEEK);

        private final Window window;

        Measure(Window window) {
            this.window = window;
        }

        public Window window() {
            return window;
        }
    }

    public BadgeRule {
        if (code == null || !code.matches("[a-z0-9_]{1,40}") || threshold < 1) {
            throw new IllegalArgumentException("badge rule " + code + " " + threshold);
        }
    }

    /** The shop's badges: few, each worth a word of praise. */
    public static final List<BadgeRule> DEFAULT = List.of(
            new BadgeRule("first_sale", Measure.SALES_EVER, 1),
            new BadgeRule("daily_goal", Measure.DAY_GOAL_PERCENT, 100),
            new BadgeRule("streak_5", Measure.GOAL_STREAK, 5),
            new BadgeRule("new_customers_10", Measure.WEEK_NEW_CUSTOMERS, 10),
            new BadgeRule("top_seller_week", Measure.WEEK_RANK, 1),
            new BadgeRule("sales_100", Measure.SALES_EVER, 100));
}
