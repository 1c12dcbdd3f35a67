package app.counterpart.core.goals;

import java.time.LocalDate;

/**
 * A badge a person earned for a period ("ever", a day, or an ISO week such as "2026-W48"); {@code day}
 * is the business day it was earned on. The store keeps one per person, badge and period.
 */
public record BadgeAward(String staffId, String badge, String period, LocalDate day) {

    public static final String EVER = "ever";
}
