package app.counterpart.core.kpi;

import app.counterpart.core.report.ReportRow;
import java.util.List;

/**
 * Everything the owner's dashboard shows for a period, read in one go.
 *
 * @param current totals of the period (for today: so far)
 * @param compared totals of the comparison period (for today: the same weekday last week, up to this hour
 *     for revenue and sales)
 * @param curve revenue per point of the chart: hours of today, or days of a longer period
 * @param compareCurve the typical curve to compare with: average of the last four same weekdays by hour,
 *     or the comparison period's days
 */
public record DashboardSnapshot(
        Period period,
        Totals current,
        Totals compared,
        List<String> curveLabels,
        List<Long> curve,
        List<Long> compareCurve,
        List<ReportRow> topProducts,
        List<ReportRow> topCategories,
        List<ReportRow> staff,
        CustomerMix customers,
        int customersToCareFor,
        int unsyncedChanges) {
}
