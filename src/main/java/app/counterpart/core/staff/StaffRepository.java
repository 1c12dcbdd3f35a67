package app.counterpart.core.staff;

import java.util.Collection;
import java.util.List;

public interface StaffRepository {

    List<Staff> staff();

    void addAll(Collection<Staff> staff);

    /**
     * Inserts the person (unknown id) or updates them, and writes the audit row {@code action} by
     * {@code by} in the same transaction.
     */
    void save(Staff staff, String by, String action, String detail);
}
