package app.counterpart.core.customers.timeline;

import java.util.List;

/**
 * An entry as the timeline shows it: the entry as first written and its corrections, oldest first.
 * The newest correction is what stands now; the original stays visible, marked as corrected.
 */
public record TimelineItem(ServiceEntry original, List<ServiceEntry> corrections) {

    public TimelineItem {
        corrections = List.copyOf(corrections);
    }

    public boolean corrected() {
        return !corrections.isEmpty();
    }

    /** The version that stands: the newest correction, or the entry itself. */
    public ServiceEntry current() {
        return corrected() ? corrections.get(corrections.size() - 1) : original;
    }
}
