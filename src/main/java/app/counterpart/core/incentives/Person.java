package app.counterpart.core.incentives;

import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.StaffKind;

/** A person who can earn incentives, as the rules select them. */
public record Person(String id, String name, Role role, StaffKind kind) {
}
