package app.counterpart.core.incentives;

/**
 * One step of a rate schedule: from {@code fromMinor} of period sales on, the rate is {@code rateBp}
 * basis points (500 = 5 %). A flat commission is a schedule with one tier from 0.
 */
public record Tier(long fromMinor, int rateBp) {

    public Tier {
        if (fromMinor < 0) {
            throw new IllegalArgumentException("a tier starts at 0 or more");
        }
        if (rateBp < 0 || rateBp > 10_000) {
            throw new IllegalArgumentException("a rate is between 0 and 100 %");
        }
    }
}
