-- Issue 7, goals and badges: daily and weekly sales targets per person or per team, and the badges
-- people earn. A goal is never edited: a change is a new row effective from a business day, so the
-- history of targets stays readable (the newest row for a day wins; a target of 0 means "no goal").
CREATE TABLE sales_goal (
    id              TEXT    PRIMARY KEY,
    staff_id        TEXT    REFERENCES staff (id),
    team_id         TEXT    REFERENCES team (id) ON DELETE CASCADE,
    cadence         TEXT    NOT NULL CHECK (cadence IN ('daily', 'weekly')),
    -- Net sales in minor units (sales minus refunds and voids, as the staff rollup counts them).
    target_minor    BIGINT  NOT NULL CHECK (target_minor >= 0),
    effective_from  TEXT    NOT NULL,
    set_by          TEXT    REFERENCES staff (id),
    created_at      BIGINT  NOT NULL,
    CHECK ((staff_id IS NULL) <> (team_id IS NULL))
);
CREATE INDEX sales_goal_staff ON sales_goal (staff_id, cadence, effective_from);
CREATE INDEX sales_goal_team ON sales_goal (team_id, cadence, effective_from);
CREATE TRIGGER sales_goal_no_update BEFORE UPDATE ON sales_goal BEGIN
    SELECT RAISE(ABORT, 'goals are versioned: add a row effective from a day instead of editing one');
END;

-- A badge is earned once per person, badge and period: a day ('2026-11-28'), an ISO week
-- ('2026-W48') or 'ever'; earned_on is the business day it was earned. Awards are worked out from the sales, so inserting one twice does nothing.
CREATE TABLE badge_award (
    id          TEXT    PRIMARY KEY,
    staff_id    TEXT    NOT NULL REFERENCES staff (id),
    badge       TEXT    NOT NULL,
    period      TEXT    NOT NULL,
    earned_on   TEXT    NOT NULL,
    awarded_at  BIGINT  NOT NULL,
    UNIQUE (staff_id, badge, period)
);
CREATE INDEX badge_award_at ON badge_award (awarded_at);
