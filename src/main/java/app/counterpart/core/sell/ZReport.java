package app.counterpart.core.sell;

/** The closing report of a shift: what the till says, what was counted, and the difference. */
public record ZReport(Shift shift, ShiftTally tally, long expectedCashMinor, long countedCashMinor) {

    /** Counted less expected: negative when cash is missing. */
    public long differenceMinor() {
        return countedCashMinor - expectedCashMinor;
    }
}
