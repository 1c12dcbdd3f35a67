package app.counterpart.ui.customers;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.CustomerRepository;
import app.counterpart.core.customers.CustomerSearch;
import app.counterpart.core.customers.Phones;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffAccess;
import javafx.beans.value.ObservableValue;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer list, searched as one types. The customers are read and indexed in the background once
 * per opening of the screen; each keystroke searches that index in the background too (at 100,000
 * customers a search takes a few milliseconds, more on a slow till), one search at a time: a result
 * that arrives after the query changed again is dropped and the latest query searched instead.
 * Phone numbers are masked unless the person at the screen runs the shop; nobody signed in sees them masked.
 */
public final class CustomersViewModel {

    /** One row of the table, with display text prepared off the FX thread. */
    public record CustomerRow(String name, String phone, String tags, String joined, String birthday, boolean consent) {
    }

    /** The rows shown at most: more is no list a person reads; typing more narrows it. */
    public static final int PAGE = 500;

    private record Page(List<CustomerRow> rows, int matches) {
    }

    private final CustomerRepository repository;
    private final UiContext ui;
    private final DateTimeFormatter date;

    // Properties
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CustomerRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper matches = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper phonesMasked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper signInToSee = new ReadOnlyBooleanWrapper();

    private CustomerSearch index = new CustomerSearch(List.of());
    private boolean searching;

    /** @param actingRole who is at the screen: only the owner and managers see whole phone numbers */
    public CustomersViewModel(CustomerRepository repository, UiContext ui, Role actingRole) {
        this.repository = repository;
        this.ui = ui;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ui.i18n().locale());
        phonesMasked.set(!actingRole.seesPhoneNumbers());
        query.addListener((obs, old, q) -> search());
    }

    /**
     * Masks phone numbers by the person signed in for the window: whole numbers for the owner and
     * managers, masked for everyone else and for nobody signed in (then the screen says to sign in).
     * Switching person shows the list again with the new masking.
     */
    public CustomersViewModel(CustomerRepository repository, UiContext ui, ObservableValue<Staff> signedIn) {
        this.repository = repository;
        this.ui = ui;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ui.i18n().locale());
        personChanged(signedIn.getValue());
        signedIn.addListener((obs, old, who) -> {
            personChanged(who);
            search();
        });
        query.addListener((obs, old, q) -> search());
    }

    private void personChanged(Staff who) {
        phonesMasked.set(!StaffAccess.seesPhoneNumbers(who));
        signInToSee.set(who == null);
    }

    // Commands

    /** Reads every customer and builds the search index, both in the background, then shows the current query. */
    public void load() {
        loading.set(true);
        ui.tasks().run(() -> new CustomerSearch(repository.customers()), built -> {
            index = built;
            total.set(built.size());
            error.set("");
            loading.set(false);
            search();
        }, e -> {
            error.set(Errors.describe(e));
            loading.set(false);
        });
    }

    /**
     * Searches the current query in the background unless a search is under way; when that one ends
     * it shows its result only if the query and the index are still the ones it searched, otherwise it
     * searches again. So fast typing runs at most one search at a time and never shows a stale list.
     */
    private void search() {
        if (searching) {
            return;
        }
        searching = true;
        String q = query.get();
        CustomerSearch searched = index;
        boolean masked = phonesMasked.get();
        ui.tasks().run(() -> page(searched, q, masked), page -> {
            searching = false;
            if (searched != index || !q.equals(query.get()) || masked != phonesMasked.get()) {
                search();
                return;
            }
            rows.setAll(page.rows());
            matches.set(page.matches());
        }, e -> {
            searching = false;
            error.set(Errors.describe(e));
        });
    }

    private Page page(CustomerSearch searched, String q, boolean masked) {
        CustomerSearch.Result result = searched.search(q, PAGE);
        return new Page(result.customers().stream().map(c -> row(c, masked)).toList(), result.matches());
    }

    private CustomerRow row(Customer c, boolean masked) {
        String phone = c.phone() == null ? "" : masked ? Phones.mask(c.phone()) : c.phone();
        return new CustomerRow(c.name(), phone, String.join(", ", new TreeSet<>(c.tags())), date.format(c.joinedOn()),
                c.birthday() == null ? "" : date.format(c.birthday()), c.consent());
    }

    // Properties

    /** What the person typed into the search field. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The best matches of the query, at most {@link #PAGE}. */
    public ObservableList<CustomerRow> rows() {
        return rows;
    }

    /** How many customers match the query; more than the rows when the page is full. */
    public ReadOnlyIntegerProperty matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** How many customers the shop has. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether phone numbers are shown masked to the person at the screen. */
    public boolean phonesMasked() {
        return phonesMasked.get();
    }

    /** Whether phone numbers are shown masked to the person at the screen; changes when they switch. */
    public ReadOnlyBooleanProperty phonesMaskedProperty() {
        return phonesMasked.getReadOnlyProperty();
    }

    /** Whether nobody is signed in, so the screen says that signing in shows whole numbers. */
    public ReadOnlyBooleanProperty signInToSeeProperty() {
        return signInToSee.getReadOnlyProperty();
    }
}
