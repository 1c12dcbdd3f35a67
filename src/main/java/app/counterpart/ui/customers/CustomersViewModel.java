package app.counterpart.ui.customers;

import app.counterpart.core.customers.CustomerRepository;
import app.counterpart.ui.common.ListLoader;
import app.counterpart.ui.common.UiContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.TreeSet;

/** The customer list. Phone numbers are masked until the staff issue brings who is looking. */
public final class CustomersViewModel {

    public record CustomerRow(String name, String phone, String tags, String joined, String birthday, boolean consent) {
    }

    private final ListLoader<CustomerRow> customers;

    public CustomersViewModel(CustomerRepository repository, UiContext ui) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ui.i18n().locale());
        this.customers = new ListLoader<>(ui.tasks(), () -> repository.customers().stream()
                .map(c -> new CustomerRow(c.name(), mask(c.phone()), String.join(", ", new TreeSet<>(c.tags())),
                        date.format(c.joinedOn()), c.birthday() == null ? "" : date.format(c.birthday()),
                        c.consent()))
                .toList());
    }

    /** 13812345678 → 138****5678: enough to recognise a regular, not enough to copy. */
    static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? "" : phone;
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    public ListLoader<CustomerRow> customers() {
        return customers;
    }
}
