package app.counterpart.core.customers.care;

import java.time.LocalDate;

/** A task a rule asks for; the store keeps at most one per {@link #key()}. */
public record NewCareTask(String ruleId, String customerId, LocalDate dueDay, String staffId, String teamId) {

    public TaskKey key() {
        return new TaskKey(ruleId, customerId, dueDay);
    }

    /** Rule, customer and due day: what makes a task the same task however often rules run. */
    public record TaskKey(String ruleId, String customerId, LocalDate dueDay) {
    }
}
