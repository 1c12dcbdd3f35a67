package app.counterpart.core.customers.segments;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.customers.lifecycle.LifecycleRulesRepository;
import app.counterpart.core.event.EventBus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Recomputes every customer's RFM scores, segment and lifecycle stage and stores them. Runs in the
 * background: when the app starts, after the owner changed the lifecycle rules, and when the business
 * day rolls over (stages count days, so a new day moves customers on even without a sale). Announces
 * {@link SegmentsRecomputed} when done. Callers keep it to one thread at a time (it is synchronized).
 */
public final class SegmentRecompute {

    /** What one run did. */
    public record Outcome(LocalDate day, int customers, int rowsWritten, Instant at) {
    }

    private final SegmentRepository segments;
    private final LifecycleRulesRepository rules;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final EventBus events;
    private LocalDate lastDay;

    public SegmentRecompute(SegmentRepository segments, LifecycleRulesRepository rules, BusinessCalendar calendar,
            Clock clock, EventBus events) {
        this.segments = segments;
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /** Recomputes and stores everything now. */
    public synchronized Outcome recompute() {
        Instant now = clock.instant();
        LocalDate today = calendar.businessDay(now);
        List<CustomerSegment> computed = Segmentation.compute(segments.figures(calendar), rules.current(), today);
        int written = segments.store(computed, now);
        lastDay = today;
        Outcome outcome = new Outcome(today, computed.size(), written, now);
        events.publish(new SegmentsRecomputed(outcome));
        return outcome;
    }

    /** Recomputes if the business day changed since the last run (or there was none); empty otherwise. */
    public synchronized java.util.Optional<Outcome> recomputeIfDayChanged() {
        LocalDate today = calendar.businessDay(clock.instant());
        return today.equals(lastDay) ? java.util.Optional.empty() : java.util.Optional.of(recompute());
    }
}
