package app.counterpart.ui.staff;

import app.counterpart.core.staff.StaffRepository;
import app.counterpart.ui.common.ListLoader;
import app.counterpart.ui.common.UiContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The roster: employees and outside partners in one list. */
public final class StaffViewModel {

    public record StaffRow(String code, String name, String role, String kind, String phone, String hired,
            boolean active) {
    }

    private final ListLoader<StaffRow> staff;

    public StaffViewModel(StaffRepository repository, UiContext ui) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ui.i18n().locale());
        boolean zh = ui.i18n().chinese();
        this.staff = new ListLoader<>(ui.tasks(), () -> repository.staff().stream()
                .map(s -> new StaffRow(s.code(), s.displayName(zh), ui.i18n().text("role." + s.role().code()),
                        ui.i18n().text("kind." + s.kind().code()), s.phone() == null ? "" : s.phone(),
                        s.hiredOn() == null ? "" : date.format(s.hiredOn()), s.active()))
                .toList());
    }

    public ListLoader<StaffRow> staff() {
        return staff;
    }
}
