package app.counterpart.core.staff;

/** Where sensitive actions are recorded (the store's audit log). */
@FunctionalInterface
public interface AuditTrail {

    void record(String staffId, String action, String entity, String entityId, String detail);
}
