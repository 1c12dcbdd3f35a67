package app.counterpart.core.kpi;

import java.time.LocalDate;
import java.util.List;

/** Reads the rollups kept with every sale, so cost grows with days, not with sale lines. */
public interface KpiRepository {

    /** Figures for each day in [from, to] that has any; days without sales are absent. */
    List<DayFigures> days(LocalDate from, LocalDate to);

    /** Net revenue per shop-local wall-clock hour (index 0..23) of one business day. */
    long[] hourlyRevenue(LocalDate day);
}
