package app.counterpart.core.kpi;

/**
 * Today so far against the same weekday a week before, both up to the same hour of the day so a
 * morning is not compared with a whole day.
 */
public record TodaySummary(DayFigures today, long lastWeekByNowMinor, DayFigures sameWeekdayLastWeek) {

    /** Change of revenue in percent against last week by this hour, or null when there is nothing to compare. */
    public Double revenueChangePercent() {
        if (lastWeekByNowMinor == 0) {
            return null;
        }
        return (today.revenueMinor() - lastWeekByNowMinor) * 100.0 / lastWeekByNowMinor;
    }
}
