package app.counterpart.core.kpi;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.report.Dimension;
import app.counterpart.core.report.ProductMix;
import app.counterpart.core.report.ReportRepository;
import app.counterpart.core.report.ReportRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes the dashboard for a period from rollups only, so it costs the same on a big shop as on a small one. */
public final class DashboardService {

    private static final int TOP = 5;
    private static final int TYPICAL_WEEKS = 4;

    private final KpiRepository kpis;
    private final ReportRepository reports;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public DashboardService(KpiRepository kpis, ReportRepository reports, BusinessCalendar calendar, Clock clock) {
        this.kpis = kpis;
        this.reports = reports;
        this.calendar = calendar;
        this.clock = clock;
    }

    public LocalDate today() {
        return calendar.businessDay(clock.instant());
    }

    public Period period(Period.Kind kind) {
        LocalDate today = today();
        return switch (kind) {
            case TODAY -> Period.today(today);
            case WEEK -> Period.week(today);
            case MONTH -> Period.month(today);
            case CUSTOM -> Period.custom(today.minusDays(29), today);
        };
    }

    public DashboardSnapshot snapshot(Period period, boolean chineseNames) {
        List<DayFigures> currentDays = kpis.days(period.from(), period.to());
        List<DayFigures> comparedDays = kpis.days(period.compareFrom(), period.compareTo());
        Totals current = Totals.of(currentDays);
        Totals compared = Totals.of(comparedDays);
        List<String> labels = new ArrayList<>();
        List<Long> curve = new ArrayList<>();
        List<Long> compareCurve = new ArrayList<>();
        if (period.kind() == Period.Kind.TODAY) {
            compared = byThisHour(period, compared);
            hourlyCurves(period.from(), labels, curve, compareCurve);
        } else {
            dailyCurves(period, currentDays, comparedDays, labels, curve, compareCurve);
        }
        ProductMix mix = reports.productMix(period.from(), period.to(), chineseNames);
        return new DashboardSnapshot(period, current, compared, labels, curve, compareCurve,
                head(mix.products()), head(mix.categories()),
                head(reports.report(Dimension.STAFF, period.from(), period.to(), chineseNames)),
                kpis.customerMix(period.from(), period.to()),
                kpis.careTasksDue(today()), kpis.unsyncedChanges());
    }

    private static List<ReportRow> head(List<ReportRow> rows) {
        return rows.size() > TOP ? List.copyOf(rows.subList(0, TOP)) : rows;
    }

    /**
     * Today is not over: revenue and sales of the comparison day count up to the same moment (the hour
     * now running by the share that has passed); the other figures keep the whole day, as ratios.
     */
    private Totals byThisHour(Period period, Totals wholeDay) {
        Instant now = clock.instant();
        long r = SoFar.upTo(kpis.hourlyRevenue(period.compareFrom()), calendar, now);
        long s = SoFar.upTo(kpis.hourlySales(period.compareFrom()), calendar, now);
        double share = wholeDay.revenueMinor() == 0 ? 0 : (double) r / wholeDay.revenueMinor();
        return new Totals(s, r, Math.round(wholeDay.taxMinor() * share), Math.round(wholeDay.costMinor() * share),
                Math.round(wholeDay.items() * share));
    }

    /** Today's revenue by hour against the average of the same weekday over the last four weeks. */
    private void hourlyCurves(LocalDate today, List<String> labels, List<Long> curve, List<Long> typical) {
        long[] now = kpis.hourlyRevenue(today);
        long[] sum = new long[24];
        for (int w = 1; w <= TYPICAL_WEEKS; w++) {
            long[] past = kpis.hourlyRevenue(today.minusWeeks(w));
            for (int h = 0; h < 24; h++) {
                sum[h] += past[h];
            }
        }
        int lastHour = calendar.businessDay(clock.instant()).equals(today) ? calendar.hour(clock.instant()) : -1;
        boolean any = false;
        for (int k = 0; k < 24; k++) {
            int h = (calendar.cutoffHour() + k) % 24;
            if (sum[h] == 0 && now[h] == 0 && !any) {
                continue;
            }
            any = true;
            labels.add(String.format("%02d", h));
            typical.add(Math.round(sum[h] / (double) TYPICAL_WEEKS));
            // Hours still to come today have no value yet, rather than a misleading zero.
            curve.add(lastHour >= 0 && Math.floorMod(h - calendar.cutoffHour(), 24)
                    > Math.floorMod(lastHour - calendar.cutoffHour(), 24) ? null : now[h]);
        }
        trimTrailingEmpty(labels, curve, typical);
    }

    private static void trimTrailingEmpty(List<String> labels, List<Long> curve, List<Long> typical) {
        while (!labels.isEmpty() && typical.get(typical.size() - 1) == 0
                && (curve.get(curve.size() - 1) == null || curve.get(curve.size() - 1) == 0)) {
            labels.remove(labels.size() - 1);
            curve.remove(curve.size() - 1);
            typical.remove(typical.size() - 1);
        }
    }

    /** Revenue per day of the period against the day at the same position in the comparison period. */
    private static void dailyCurves(Period p, List<DayFigures> currentDays, List<DayFigures> comparedDays,
            List<String> labels, List<Long> curve, List<Long> compared) {
        Map<LocalDate, Long> now = revenueByDay(currentDays);
        Map<LocalDate, Long> before = revenueByDay(comparedDays);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("M/d");
        long length = p.days();
        for (long i = 0; i < length; i++) {
            LocalDate d = p.from().plusDays(i);
            labels.add(label.format(d));
            curve.add(now.getOrDefault(d, 0L));
            compared.add(before.getOrDefault(p.compareFrom().plusDays(i), 0L));
        }
    }

    private static Map<LocalDate, Long> revenueByDay(List<DayFigures> days) {
        Map<LocalDate, Long> out = new HashMap<>();
        for (DayFigures d : days) {
            out.put(d.day(), d.revenueMinor());
        }
        return out;
    }
}
