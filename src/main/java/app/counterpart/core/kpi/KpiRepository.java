package app.counterpart.core.kpi;

import java.time.LocalDate;
import java.util.List;

/** Reads the rollups kept with every sale, so cost grows with days, not with sale lines. */
public interface KpiRepository {

    /** Figures for each day in [from, to] that has any; days without sales are absent. */
    List<DayFigures> days(LocalDate from, LocalDate to);

    /** Net revenue per shop-local wall-clock hour (index 0..23) of one business day. */
    long[] hourlyRevenue(LocalDate day);

    /** Net sales count per shop-local wall-clock hour (index 0..23) of one business day. */
    long[] hourlySales(LocalDate day);

    /** Sales with a first-time customer and with any customer in [from, to] (net figures excluded). */
    CustomerMix customerMix(LocalDate from, LocalDate to);

    /**
     * Open care tasks whose day has come by {@code today} (due, or snoozed until, today or earlier): the
     * customers someone should contact now, by the owner's care rules.
     */
    int careTasksDue(LocalDate today);

    /** Changes written locally and not yet acknowledged by head office. */
    int unsyncedChanges();
}
