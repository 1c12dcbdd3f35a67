package app.counterpart.core.customers.lifecycle;

/**
 * Where the owner's lifecycle thresholds are kept. Whoever decides by stage (the segments, the care
 * tasks, the dashboard) reads {@link #current()} rather than {@link LifecycleRules#DEFAULT}.
 */
public interface LifecycleRulesRepository {

    /** The thresholds in force; the defaults until the owner changes them. */
    LifecycleRules current();

    /**
     * Replaces the thresholds, with an audit entry naming the person and the old and new values and an
     * outbox row for head office, in one transaction.
     */
    void save(LifecycleRules rules, String staffId);
}
