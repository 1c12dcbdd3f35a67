package app.counterpart.ui.customers.merge;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.Phones;
import app.counterpart.core.customers.merge.CustomerMerges;
import app.counterpart.core.customers.merge.DuplicatePair;
import app.counterpart.core.customers.merge.MergeException;
import app.counterpart.core.staff.StaffAccess;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.session.Session;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Customer records that may be one person, each pair with its reason, found in the background; a pair
 * opens a merge review ({@link MergeReviewModel}) or is marked as two people and not suggested again.
 */
public final class DuplicatesViewModel {

    /** One pair as the table shows it, with display text prepared when the list is read. */
    public record PairRow(DuplicatePair pair, String keep, String merge, String reason, String evidence) {
    }

    private final CustomerMerges merges;
    private final java.util.Currency currency;
    private final UiContext ui;
    private final Session session;
    private final Runnable customersChanged;
    private final DateTimeFormatter date;
    private final ObservableList<PairRow> pairs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param customersChanged called after a merge, so the customer list is read again */
    public DuplicatesViewModel(CustomerMerges merges, java.util.Currency currency, UiContext ui, Session session,
            Runnable customersChanged) {
        this.merges = merges;
        this.currency = currency;
        this.ui = ui;
        this.session = session;
        this.customersChanged = customersChanged;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ui.i18n().locale());
        session.signedInProperty().addListener((obs, old, who) -> load());
    }

    // Commands

    /** Looks for duplicates again in the background. */
    public void load() {
        loading.set(true);
        boolean masked = !StaffAccess.seesPhoneNumbers(session.signedIn());
        ui.tasks().run(() -> merges.duplicates().stream().map(p -> row(p, masked)).toList(), rows -> {
            pairs.setAll(rows);
            loading.set(false);
            error.set("");
        }, e -> {
            loading.set(false);
            error.set(Errors.describe(e));
        });
    }

    /** Reads both records of the pair and what hangs off each, then hands over the review. */
    public void review(DuplicatePair pair, Consumer<MergeReviewModel> then) {
        ui.tasks().run(() -> merges.preview(pair.keep().id(), pair.merge().id()),
                preview -> then.accept(new MergeReviewModel(merges, preview, currency, ui, session, this::merged)),
                e -> error.set(describe(e)));
    }

    /** The owner says the two are different people: the pair is not suggested again. */
    public void markDistinct(DuplicatePair pair) {
        ui.tasks().run(() -> {
            merges.markDistinct(pair, session.signedIn());
            return pair;
        }, p -> {
            status.set(ui.i18n().format("customers.duplicates.distinctDone", p.keep().name(), p.merge().name()));
            load();
        }, e -> error.set(Errors.describe(e)));
    }

    private void merged(String message) {
        status.set(message);
        error.set("");
        load();
        customersChanged.run();
    }

    private PairRow row(DuplicatePair p, boolean masked) {
        return new PairRow(p, describe(p.keep(), masked), describe(p.merge(), masked),
                ui.i18n().text(p.reason().key()), masked ? maskDigits(p.evidence()) : p.evidence());
    }

    private String describe(Customer c, boolean masked) {
        String phone = c.phone() == null ? ui.i18n().text("customers.duplicates.noPhone")
                : masked ? Phones.mask(c.phone()) : c.phone();
        return c.name() + " · " + phone + " · " + date.format(c.joinedOn());
    }

    /** Evidence may hold a phone number (a name with digits); hide its middle as the list does. */
    private static String maskDigits(String text) {
        return java.util.regex.Pattern.compile("\\+?\\d{6,}").matcher(text).replaceAll(m -> Phones.mask(m.group()));
    }

    String describe(Throwable e) {
        if (e instanceof MergeException m) {
            return ui.i18n().format(m.problem().key(), m.args().toArray());
        }
        return Errors.describe(e);
    }

    // Properties

    public ObservableList<PairRow> pairs() {
        return pairs;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
