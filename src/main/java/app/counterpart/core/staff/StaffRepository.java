package app.counterpart.core.staff;

import java.util.Collection;
import java.util.List;

public interface StaffRepository {

    List<Staff> staff();

    void addAll(Collection<Staff> staff);
}
