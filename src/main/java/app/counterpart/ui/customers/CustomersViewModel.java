package app.counterpart.ui.customers;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.common.Money;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.CustomerRepository;
import app.counterpart.core.customers.CustomerSearch;
import app.counterpart.core.customers.Phones;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import app.counterpart.core.customers.segments.CustomerStanding;
import app.counterpart.core.customers.segments.RfmSegment;
import app.counterpart.core.customers.segments.SegmentRepository;
import app.counterpart.core.customers.segments.SegmentsRecomputed;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffAccess;
import javafx.beans.value.ObservableValue;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer list, searched as one types and filtered by lifecycle stage and RFM segment. The
 * customers are read and indexed in the background once per opening of the screen, with their stage,
 * segment, lifetime value and last visit; each keystroke or filter change searches that index in the
 * background too (at 100,000 customers a search takes a few milliseconds, more on a slow till), one
 * search at a time: a result that arrives after the query changed again is dropped and the latest
 * query searched instead. Phone numbers are masked unless the person at the screen runs the shop;
 * nobody signed in sees them masked.
 * Stages and segments are read again when they were recomputed.
 */
public final class CustomersViewModel {

    /** One row of the table, with display text prepared off the FX thread. */
    public record CustomerRow(String id, String name, String phone, String tags, String joined, String birthday,
            boolean consent, String stage, String segment, String lifetimeValue, String lastVisit) {
    }

    /** The rows shown at most: more is no list a person reads; typing more narrows it. */
    public static final int PAGE = 500;
    private static final String DASH = "—";

    private record Page(List<CustomerRow> rows, int matches) {
    }

    private record Loaded(CustomerSearch index, Map<String, CustomerStanding> standings) {
    }

    /** What one search looked at; the index compares by identity, the standings' map first by identity too. */
    private record Searched(CustomerSearch index, Map<String, CustomerStanding> standings, String query,
            LifecycleStage stage, RfmSegment segment, boolean masked) {
    }

    private final CustomerRepository repository;
    private final SegmentRepository segments;
    private final UiContext ui;
    private final Currency currency;
    private final BusinessCalendar calendar;
    private final DateTimeFormatter date;

    // Properties
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<LifecycleStage> stageFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<RfmSegment> segmentFilter = new SimpleObjectProperty<>();
    private final ObservableList<CustomerRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper matches = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper phonesMasked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper signInToSee = new ReadOnlyBooleanWrapper();

    private CustomerSearch index = new CustomerSearch(List.of());
    private Map<String, CustomerStanding> standings = Map.of();
    private boolean searching;

    /**
     * @param actingRole who is at the screen: only the owner and managers see whole phone numbers
     * @param calendar   the shop's business days, for the last visit's date
     */
    public CustomersViewModel(CustomerRepository repository, SegmentRepository segments, UiContext ui,
            Role actingRole, Currency currency, BusinessCalendar calendar) {
        this.repository = repository;
        this.segments = segments;
        this.ui = ui;
        phonesMasked.set(!actingRole.seesPhoneNumbers());
        this.currency = currency;
        this.calendar = calendar;
        // Short dates: ten columns share the width of the window.
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(ui.i18n().locale());
        query.addListener((obs, old, q) -> search());
        stageFilter.addListener((obs, old, s) -> search());
        segmentFilter.addListener((obs, old, s) -> search());
    }

    /**
     * Masks phone numbers by the person signed in for the window: whole numbers for the owner and
     * managers, masked for everyone else and for nobody signed in (then the screen says to sign in).
     * Switching person shows the list again with the new masking.
     */
    public CustomersViewModel(CustomerRepository repository, SegmentRepository segments, UiContext ui,
            ObservableValue<Staff> signedIn, Currency currency, BusinessCalendar calendar) {
        this(repository, segments, ui, Role.CASHIER, currency, calendar);
        personChanged(signedIn.getValue());
        signedIn.addListener((obs, old, who) -> {
            personChanged(who);
            search();
        });
    }

    private void personChanged(Staff who) {
        phonesMasked.set(!StaffAccess.seesPhoneNumbers(who));
        signInToSee.set(who == null);
    }

    /** Reloads stages and segments whenever they were recomputed; returns the action that stops it. */
    public Runnable listen() {
        return ui.events().subscribe(SegmentsRecomputed.class, e -> ui.fxThread().execute(this::reloadStandings));
    }

    // Commands

    /** Reads every customer with their standing and builds the search index, in the background, then shows the current query. */
    public void load() {
        loading.set(true);
        ui.tasks().run(() -> new Loaded(new CustomerSearch(repository.customers()), segments.standings()), done -> {
            index = done.index();
            standings = done.standings();
            total.set(index.size());
            error.set("");
            loading.set(false);
            search();
        }, e -> {
            error.set(Errors.describe(e));
            loading.set(false);
        });
    }

    /** Reads stages, segments and figures again (after a recomputation or a save) and searches anew. */
    public void reloadStandings() {
        ui.tasks().run(segments::standings, fresh -> {
            standings = fresh;
            search();
        }, e -> error.set(Errors.describe(e)));
    }

    /**
     * Searches the current query and filters in the background unless a search is under way; when that
     * one ends it shows its result only if the query, filters, index and standings are still the ones it
     * searched, otherwise it searches again. So fast typing runs at most one search at a time and never
     * shows a stale list.
     */
    private void search() {
        if (searching) {
            return;
        }
        searching = true;
        Searched searched = current();
        ui.tasks().run(() -> page(searched), page -> {
            searching = false;
            if (!current().equals(searched)) {
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

    private Searched current() {
        return new Searched(index, standings, query.get(), stageFilter.get(), segmentFilter.get(), phonesMasked.get());
    }

    private Page page(Searched s) {
        Map<String, CustomerStanding> by = s.standings();
        LifecycleStage stage = s.stage();
        RfmSegment segment = s.segment();
        Predicate<Customer> keep = stage == null && segment == null ? null : c -> {
            CustomerStanding standing = by.get(c.id());
            return standing != null && (stage == null || standing.stage() == stage)
                    && (segment == null || standing.segment() == segment);
        };
        CustomerSearch.Result result = s.index().search(s.query(), PAGE, keep);
        return new Page(result.customers().stream().map(c -> row(c, by.get(c.id()), s.masked())).toList(), result.matches());
    }

    private CustomerRow row(Customer c, CustomerStanding s, boolean masked) {
        String phone = c.phone() == null ? "" : masked ? Phones.mask(c.phone()) : c.phone();
        String stage = s == null || s.stage() == null ? DASH : ui.i18n().text(s.stage().textKey());
        String segment = s == null || s.segment() == null ? DASH : ui.i18n().text(s.segment().textKey());
        String value = s == null ? DASH : Money.format(s.revenueMinor(), currency, ui.i18n().locale());
        String last = s == null || s.lastSale() == null ? DASH : date.format(calendar.businessDay(s.lastSale()));
        return new CustomerRow(c.id(), c.name(), phone, String.join(", ", new TreeSet<>(c.tags())),
                date.format(c.joinedOn()), c.birthday() == null ? "" : date.format(c.birthday()), c.consent(),
                stage, segment, value, last);
    }

    // Properties

    /** What the person typed into the search field. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Only customers in this lifecycle stage; null for all. */
    public ObjectProperty<LifecycleStage> stageFilterProperty() {
        return stageFilter;
    }

    /** Only customers in this RFM segment; null for all. */
    public ObjectProperty<RfmSegment> segmentFilterProperty() {
        return segmentFilter;
    }

    /** The best matches of the query that pass the filters, at most {@link #PAGE}. */
    public ObservableList<CustomerRow> rows() {
        return rows;
    }

    /** How many customers match the query and the filters; more than the rows when the page is full. */
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
