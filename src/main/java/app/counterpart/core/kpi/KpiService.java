package app.counterpart.core.kpi;

import app.counterpart.core.common.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The owner's numbers, computed from rollups for the business day the injected clock says it is. */
public final class KpiService {

    private final KpiRepository repository;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public KpiService(KpiRepository repository, BusinessCalendar calendar, Clock clock) {
        this.repository = repository;
        this.calendar = calendar;
        this.clock = clock;
    }

    public LocalDate today() {
        return calendar.businessDay(clock.instant());
    }

    public TodaySummary todaySummary() {
        Instant now = clock.instant();
        LocalDate today = calendar.businessDay(now);
        LocalDate lastWeek = today.minusWeeks(1);
        long byNow = SoFar.upTo(repository.hourlyRevenue(lastWeek), calendar, now);
        return new TodaySummary(day(today), byNow, day(lastWeek));
    }

    /** The last n business days up to today, oldest first, with empty days filled in. */
    public List<DayFigures> recentDays(int n) {
        LocalDate today = today();
        LocalDate from = today.minusDays(n - 1L);
        Map<LocalDate, DayFigures> found = new HashMap<>();
        for (DayFigures d : repository.days(from, today)) {
            found.put(d.day(), d);
        }
        List<DayFigures> out = new ArrayList<>(n);
        for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
            out.add(found.getOrDefault(d, DayFigures.empty(d)));
        }
        return out;
    }

    private DayFigures day(LocalDate day) {
        return repository.days(day, day).stream().findFirst().orElse(DayFigures.empty(day));
    }
}
