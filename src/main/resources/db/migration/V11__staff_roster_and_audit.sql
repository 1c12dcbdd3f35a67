-- Staff roster, PIN lockouts that outlive a restart, and the indexes the audit log and the
-- performance view read by.

-- A lockout after too many wrong PINs; a row while it lasts (or until the next right PIN).
CREATE TABLE pin_lockout (
    staff_id      TEXT    PRIMARY KEY REFERENCES staff (id),
    locked_until  BIGINT  NOT NULL,
    failures      INTEGER NOT NULL CHECK (failures > 0)
);

-- The audit log filtered by person or by action, newest first.
CREATE INDEX audit_log_staff ON audit_log (staff_id, at);
CREATE INDEX audit_log_action ON audit_log (action, at);

-- Service notes written and care tasks done per person and period.
CREATE INDEX service_note_staff ON service_note (staff_id, created_at);
CREATE INDEX care_task_done_by ON care_task (done_by, done_day);
