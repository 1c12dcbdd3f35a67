package app.counterpart.ui.customers.merge;

import app.counterpart.core.common.Money;
import app.counterpart.core.customers.Phones;
import app.counterpart.core.customers.merge.CustomerMerges;
import app.counterpart.core.customers.merge.MergeException;
import app.counterpart.core.customers.merge.MergeField;
import app.counterpart.core.customers.merge.MergePreview;
import app.counterpart.core.customers.merge.MergePreview.Side;
import app.counterpart.core.customers.merge.RecordHistory;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffAccess;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.session.Session;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The review of one merge before it commits: the two records side by side, a choice per field (name,
 * phone, gender, birthday, consent, referred by), the tags of both, and what moves from the merged
 * record to the kept one. Swapping makes the other record the one that stays. Merging runs in the
 * background; the owner approves first unless the owner is signed in.
 */
public final class MergeReviewModel {

    /** One field as the review shows it: each side's value as text, and whether they differ. */
    public record FieldRow(MergeField field, String keep, String merge, boolean differs) {
    }

    private final CustomerMerges merges;
    private final UiContext ui;
    private final Session session;
    private final Consumer<String> merged;
    private final java.util.Currency currency;
    private final DateTimeFormatter date;
    private final ReadOnlyObjectWrapper<MergePreview> preview = new ReadOnlyObjectWrapper<>();
    private final Map<MergeField, ObjectProperty<Side>> choices = new EnumMap<>(MergeField.class);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();

    /** @param merged told the sentence to show once the merge is committed */
    public MergeReviewModel(CustomerMerges merges, MergePreview preview, java.util.Currency currency, UiContext ui,
            Session session, Consumer<String> merged) {
        this.merges = merges;
        this.currency = currency;
        this.ui = ui;
        this.session = session;
        this.merged = merged;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ui.i18n().locale());
        for (MergeField f : MergeField.values()) {
            choices.put(f, new SimpleObjectProperty<>(Side.KEEP));
        }
        show(preview);
    }

    // Commands

    /** The other record stays; the choices start again from the defaults for that way round. */
    public void swap() {
        show(preview.get().swapped());
    }

    private void show(MergePreview p) {
        preview.set(p);
        p.defaultChoices().forEach((f, side) -> choices.get(f).set(side));
    }

    /**
     * Merges as chosen, in the background.
     *
     * @param approver the owner who approved with their PIN; null when the owner is signed in
     */
    public void merge(Staff approver) {
        Staff by = session.signedIn();
        if (StaffAccess.needsOwner(by) && approver == null) {
            error.set(ui.i18n().text("customers.merge.problem.owner_required"));
            return;
        }
        MergePreview p = preview.get();
        Map<MergeField, Side> chosen = chosen();
        working.set(true);
        ui.tasks().run(() -> merges.merge(p, chosen, by, approver), moved -> {
            working.set(false);
            done.set(true);
            error.set("");
            merged.accept(ui.i18n().format("customers.merge.done", p.merge().name(), p.result(chosen).name(),
                    movesText(moved)));
        }, e -> {
            working.set(false);
            error.set(describe(e));
        });
    }

    /** An approval that was refused or cancelled: nothing is merged. */
    public void refused(String reason) {
        error.set(reason);
    }

    // Reading

    public Map<MergeField, Side> chosen() {
        Map<MergeField, Side> c = new EnumMap<>(MergeField.class);
        choices.forEach((f, p) -> c.put(f, p.get()));
        return c;
    }

    /** Each field with both values, for the side-by-side table. */
    public List<FieldRow> fields() {
        MergePreview p = preview.get();
        List<FieldRow> rows = new ArrayList<>();
        for (MergeField f : MergeField.values()) {
            rows.add(new FieldRow(f, text(f, p.value(f, Side.KEEP)), text(f, p.value(f, Side.MERGE)), p.differs(f)));
        }
        return rows;
    }

    /** The tags the kept record will have: both records' tags. */
    public String unitedTags() {
        TreeSet<String> tags = new TreeSet<>(preview.get().keep().tags());
        tags.addAll(preview.get().merge().tags());
        return tags.isEmpty() ? ui.i18n().text("customers.merge.noTags") : String.join(", ", tags);
    }

    /** What moves from the merged record to the kept one: sales, notes, credit, referrals, open carts, ... */
    public String movesSummary() {
        return movesText(preview.get().mergeHas());
    }

    /** The kept record's own history, for comparison. */
    public String keepsSummary() {
        return movesText(preview.get().keepHas());
    }

    private String movesText(RecordHistory h) {
        List<String> parts = new ArrayList<>();
        h.references().forEach((what, n) -> {
            if (!what.equals("credit_entries")) {
                String key = "customers.merge.moves." + what;
                // A table registered later (care tasks) may have no text yet: its name then says what it is.
                String text = ui.i18n().format(key, n);
                parts.add(text.startsWith("!") ? n + " " + what : text);
            }
        });
        parts.add(ui.i18n().format("customers.merge.moves.credit",
                Money.format(h.creditMinor(), currency, ui.i18n().locale())));
        return String.join(" · ", parts);
    }

    private String text(MergeField f, Object value) {
        if (value == null) {
            return ui.i18n().text("customers.merge.empty");
        }
        return switch (f) {
            case PHONE -> StaffAccess.seesPhoneNumbers(session.signedIn()) ? value.toString()
                    : Phones.mask(value.toString());
            case BIRTHDAY -> date.format((LocalDate) value);
            case CONSENT -> ui.i18n().text((Boolean) value ? "common.yes" : "common.no");
            case GENDER -> ui.i18n().text("customers.gender." + value);
            case REFERRED_BY -> referrerName(value.toString());
            default -> value.toString();
        };
    }

    private String referrerName(String id) {
        return preview.get().referrerNames().getOrDefault(id, id);
    }

    private String describe(Throwable e) {
        if (e instanceof MergeException m) {
            return ui.i18n().format(m.problem().key(), m.args().toArray());
        }
        return Errors.describe(e);
    }

    // Properties

    public ReadOnlyObjectProperty<MergePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Which record's value a field takes; the view binds its radio buttons to it. */
    public ObjectProperty<Side> choiceProperty(MergeField field) {
        return choices.get(field);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True once the merge is committed. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
