package app.counterpart.ui.customers.profile;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.common.Money;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.CustomerRules;
import app.counterpart.core.customers.CustomerRules.Problem;
import app.counterpart.core.customers.Phones;
import app.counterpart.core.customers.profile.CustomerProfile;
import app.counterpart.core.customers.profile.ProfileEdit;
import app.counterpart.core.customers.profile.ProfileFigures;
import app.counterpart.core.customers.profile.ProfileRefused;
import app.counterpart.core.customers.profile.ProfileRepository;
import app.counterpart.core.customers.profile.PurchaseHistory;
import app.counterpart.core.customers.segments.CustomerSegment;
import app.counterpart.core.staff.Role;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One customer's profile: the contact as an editable form with a problem per field, the figures that
 * say what the customer is worth and how often they come, their segment and stage, favourite products
 * and purchase history. Reads and saves run in the background; a save writes the changed fields with
 * their outbox and audit rows in one transaction. A person who sees phone numbers masked sees the
 * profile's number masked too and cannot change it.
 */
public final class ProfileViewModel {

    /** A figure of the profile: its label key, its value as text, and why it is a dash (or null). */
    public record Figure(String labelKey, String value, String hint) {
    }

    public record FavouriteRow(String name, long quantity) {
    }

    public record PurchaseRow(String date, String number, String kind, int items, String total) {
    }

    /** Purchases shown at most; the rest are counted ("showing 50 of 312"). */
    public static final int HISTORY = 50;
    public static final String DASH = "—";
    /** The fields that can show a problem, in form order. */
    public static final List<String> FIELDS = List.of(CustomerRules.NAME, ProfileEdit.PHONE, CustomerRules.GENDER,
            CustomerRules.BIRTHDAY, CustomerRules.TAGS);

    private final ProfileRepository repository;
    private final UiContext ui;
    private final boolean phonesInFull;
    private final Currency currency;
    private final BusinessCalendar calendar;
    private final Supplier<String> actingStaff;
    private final Runnable onSaved;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    // Properties: the form
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<String> gender = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> birthday = new SimpleObjectProperty<>();
    private final StringProperty tags = new SimpleStringProperty("");
    private final BooleanProperty consent = new SimpleBooleanProperty();
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    private final BooleanBinding changed;

    // Properties: what is shown
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper referredBy = new ReadOnlyStringWrapper(DASH);
    private final ReadOnlyStringWrapper joined = new ReadOnlyStringWrapper(DASH);
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(DASH);
    private final ReadOnlyStringWrapper segment = new ReadOnlyStringWrapper(DASH);
    private final ReadOnlyStringWrapper scores = new ReadOnlyStringWrapper(DASH);
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<FavouriteRow> favourites = FXCollections.observableArrayList();
    private final ObservableList<PurchaseRow> purchases = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper purchasesShown = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private Customer loaded;

    /**
     * @param actingRole  who is at the screen: only the owner and managers see and change whole phone numbers
     * @param actingStaff the staff id audit entries name
     * @param onSaved     called on the FX thread after a save, e.g. to refresh the customer list
     */
    public ProfileViewModel(ProfileRepository repository, UiContext ui, Role actingRole, Currency currency,
            BusinessCalendar calendar, Supplier<String> actingStaff, Runnable onSaved) {
        this.repository = repository;
        this.ui = ui;
        this.phonesInFull = actingRole.seesPhoneNumbers();
        this.currency = currency;
        this.calendar = calendar;
        this.actingStaff = actingStaff;
        this.onSaved = onSaved;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ui.i18n().locale());
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui.i18n().locale()).withZone(calendar.zone());
        FIELDS.forEach(f -> problems.put(f, new ReadOnlyStringWrapper("")));
        changed = Bindings.createBooleanBinding(() -> loaded != null && !edited().equals(loaded), name, phone,
                gender, birthday, tags, consent, loading);
    }

    // Commands

    /** Reads the customer's profile and latest purchases in the background and fills the form. */
    public void load(String customerId) {
        loading.set(true);
        error.set("");
        message.set("");
        record Loaded(CustomerProfile profile, PurchaseHistory history) {
        }
        ui.tasks().run(() -> new Loaded(repository.profile(customerId).orElseThrow(
                () -> new IllegalStateException(ui.i18n().text("profile.gone"))),
                repository.purchases(customerId, HISTORY)), done -> {
                    show(done.profile(), done.history());
                    loading.set(false);
                }, e -> {
                    error.set(Errors.describe(e));
                    loading.set(false);
                });
    }

    /**
     * Checks the form; with no problem saves the changed fields in the background, then reads the
     * profile again. Returns whether a save was started.
     */
    public boolean save() {
        message.set("");
        error.set("");
        if (loaded == null || saving.get()) {
            return false;
        }
        Customer after = edited();
        List<Problem> found = ProfileEdit.check(after, phonesInFull ? phone.get() : null,
                calendar.businessDay(ui.clock().instant()));
        problems.values().forEach(p -> p.set(""));
        for (Problem p : found) {
            // The joined day is not on the form: a clash with it is the birthday's problem here.
            String field = p.field().equals(CustomerRules.JOINED) ? CustomerRules.BIRTHDAY : p.field();
            ReadOnlyStringWrapper shown = problems.get(field);
            if (shown != null && shown.get().isEmpty()) {
                shown.set(ui.i18n().text("profile.problem." + p.field()));
            } else if (shown == null) {
                error.set(p.message());
            }
        }
        if (!found.isEmpty()) {
            return false;
        }
        if (after.equals(loaded)) {
            message.set(ui.i18n().text("profile.nothingChanged"));
            return false;
        }
        Customer before = loaded;
        saving.set(true);
        // Who is acting is read in the background: with nobody signed in it is looked up in the store.
        ui.tasks().run(() -> {
            repository.save(before, after, actingStaff.get());
            return null;
        }, ok -> {
            saving.set(false);
            load(after.id());
            message.set(ui.i18n().text("profile.saved"));
            onSaved.run();
        }, e -> {
            saving.set(false);
            if (e instanceof ProfileRefused refused && refused.reason() == ProfileRefused.Reason.PHONE_TAKEN) {
                problems.get(ProfileEdit.PHONE).set(ui.i18n().format("profile.problem.phoneTaken", refused.detail()));
            } else if (e instanceof ProfileRefused refused) {
                error.set(ui.i18n().text("profile.refused." + refused.reason().name().toLowerCase(java.util.Locale.ROOT)));
            } else {
                error.set(Errors.describe(e));
            }
        });
        return true;
    }

    /** Puts the form back to the stored customer. */
    public void revert() {
        if (loaded != null) {
            fillForm(loaded);
        }
    }

    // What the form and the figures show

    private Customer edited() {
        String typed = phone.get() == null ? "" : phone.get().strip();
        String storedPhone = !phonesInFull ? loaded.phone()
                : typed.isEmpty() ? null : Phones.normalize(typed).orElse(typed);
        Set<String> tagSet = new LinkedHashSet<>();
        Arrays.stream((tags.get() == null ? "" : tags.get()).split("[,，]")).map(String::strip)
                .filter(t -> !t.isEmpty()).forEach(tagSet::add);
        String typedName = name.get() == null ? "" : name.get().strip();
        return new Customer(loaded.id(), storedPhone, typedName, gender.get(), birthday.get(), tagSet,
                loaded.referredBy(), consent.get(), loaded.joinedOn());
    }

    private void show(CustomerProfile profile, PurchaseHistory history) {
        Customer c = profile.customer();
        loaded = c;
        fillForm(c);
        title.set(c.name());
        referredBy.set(profile.referredByName() == null ? DASH : profile.referredByName());
        joined.set(date.format(c.joinedOn()));
        CustomerSegment s = profile.segment();
        stage.set(ui.i18n().format("profile.chip.stage", s == null ? DASH : ui.i18n().text(s.stage().textKey())));
        segment.set(ui.i18n().format("profile.chip.segment",
                s == null || !s.scored() ? DASH : ui.i18n().text(s.segment().textKey())));
        scores.set(s == null || !s.scored() ? DASH : "R " + s.r() + " · F " + s.f() + " · M " + s.m());
        figures.setAll(figures(profile.figures()));
        boolean chinese = ui.i18n().chinese();
        favourites.setAll(profile.figures().favourites().stream()
                .map(f -> new FavouriteRow(f.displayName(chinese), f.quantity())).toList());
        purchases.setAll(history.latest().stream().map(p -> new PurchaseRow(dateTime.format(p.at()), p.number(),
                ui.i18n().text("profile.kind." + p.kind()), p.items(), money(p.totalMinor()))).toList());
        purchasesShown.set(ui.i18n().format("profile.purchases.shown", history.latest().size(), history.total()));
        problems.values().forEach(p -> p.set(""));
    }

    private void fillForm(Customer c) {
        name.set(c.name());
        phone.set(c.phone() == null ? "" : phonesInFull ? c.phone() : Phones.mask(c.phone()));
        gender.set(c.gender());
        birthday.set(c.birthday());
        tags.set(String.join(", ", new java.util.TreeSet<>(c.tags())));
        consent.set(c.consent());
    }

    private List<Figure> figures(ProfileFigures f) {
        String noVisit = ui.i18n().text("profile.hint.noVisit");
        var between = f.daysBetweenVisits();
        var ticket = f.averageTicketMinor();
        return List.of(
                new Figure("profile.figure.ltv", money(f.revenueMinor()), null),
                new Figure("profile.figure.visits", String.valueOf(f.visits()), null),
                between.isPresent()
                        ? new Figure("profile.figure.frequency",
                                String.format(ui.i18n().locale(), "%.1f", between.getAsDouble()), null)
                        : new Figure("profile.figure.frequency", DASH, ui.i18n().text("profile.hint.oneVisit")),
                f.lastSale() == null ? new Figure("profile.figure.lastVisit", DASH, noVisit)
                        : new Figure("profile.figure.lastVisit", dayOf(f.lastSale()), null),
                ticket.isPresent() ? new Figure("profile.figure.ticket", money(ticket.getAsLong()), null)
                        : new Figure("profile.figure.ticket", DASH, noVisit),
                new Figure("profile.figure.credit", money(f.storeCreditMinor()), null));
    }

    private String dayOf(Instant at) {
        return date.format(calendar.businessDay(at));
    }

    private String money(long minor) {
        return Money.format(minor, currency, ui.i18n().locale());
    }

    // Properties

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** "F", "M" or null for unknown. */
    public ObjectProperty<String> genderProperty() {
        return gender;
    }

    public ObjectProperty<LocalDate> birthdayProperty() {
        return birthday;
    }

    /** The tags as typed: separated by commas. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public BooleanProperty consentProperty() {
        return consent;
    }

    /** The problem of a field of {@link #FIELDS} in the screen's language, empty when there is none. */
    public ReadOnlyStringProperty problemProperty(String field) {
        return Objects.requireNonNull(problems.get(field), field).getReadOnlyProperty();
    }

    /** Whether the form differs from the stored customer. */
    public BooleanBinding changedProperty() {
        return changed;
    }

    /** Whether the phone number can be changed here: not by someone who sees it masked. */
    public boolean phoneEditable() {
        return phonesInFull;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty referredByProperty() {
        return referredBy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty joinedProperty() {
        return joined.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty segmentProperty() {
        return segment.getReadOnlyProperty();
    }

    /** "R 4 · F 3 · M 5", or a dash for a customer who never bought. */
    public ReadOnlyStringProperty scoresProperty() {
        return scores.getReadOnlyProperty();
    }

    public ObservableList<Figure> figures() {
        return figures;
    }

    public ObservableList<FavouriteRow> favourites() {
        return favourites;
    }

    public ObservableList<PurchaseRow> purchases() {
        return purchases;
    }

    /** "Showing 50 of 312 purchases". */
    public ReadOnlyStringProperty purchasesShownProperty() {
        return purchasesShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Saved." and the like. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
