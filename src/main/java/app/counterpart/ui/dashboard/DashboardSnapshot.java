package app.counterpart.ui.dashboard;

import app.counterpart.core.kpi.DayFigures;
import app.counterpart.core.kpi.TodaySummary;
import java.util.List;

/** Everything the dashboard shows, read in one background step. */
record DashboardSnapshot(TodaySummary today, List<DayFigures> recent) {
}
