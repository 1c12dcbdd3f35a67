package app.counterpart.ui.customers.rules;

import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.lifecycle.LifecycleRulesRepository;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The owner's editor of the lifecycle thresholds: five whole numbers, each with its problem in the
 * screen's language, checked as {@link LifecycleRules#problems} checks them. Saving stores them with an
 * audit entry and then asks for the stages to be recomputed.
 */
public final class LifecycleRulesViewModel {

    public static final String NEW_DAYS = "newDays";
    public static final String NEW_MAX_VISITS = "newMaxVisits";
    public static final String ACTIVE_DAYS = "activeDays";
    public static final String AT_RISK_DAYS = "atRiskDays";
    public static final String DORMANT_DAYS = "dormantDays";
    public static final List<String> FIELDS = List.of(NEW_DAYS, NEW_MAX_VISITS, ACTIVE_DAYS, AT_RISK_DAYS, DORMANT_DAYS);

    private final LifecycleRulesRepository repository;
    private final UiContext ui;
    private final Supplier<String> actingStaff;
    private final Runnable onSaved;
    private final boolean editable;

    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param editable whether the person at the screen may change the rules (the owner and managers)
     * @param onSaved  called on the FX thread after a save: recompute the stages
     */
    public LifecycleRulesViewModel(LifecycleRulesRepository repository, UiContext ui, Supplier<String> actingStaff,
            boolean editable, Runnable onSaved) {
        this.repository = repository;
        this.ui = ui;
        this.actingStaff = actingStaff;
        this.editable = editable;
        this.onSaved = onSaved;
        for (String field : FIELDS) {
            values.put(field, new SimpleStringProperty(""));
            problems.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    // Commands

    public void load() {
        busy.set(true);
        ui.tasks().run(repository::current, rules -> {
            fill(rules);
            busy.set(false);
        }, e -> {
            error.set(Errors.describe(e));
            busy.set(false);
        });
    }

    /** Fills the form with the defaults; nothing is saved until Save. */
    public void resetToDefaults() {
        fill(LifecycleRules.DEFAULT);
        message.set("");
    }

    /** Checks the form and, without problems, saves in the background. Returns whether a save started. */
    public boolean save() {
        message.set("");
        error.set("");
        problems.values().forEach(p -> p.set(""));
        if (!editable || busy.get()) {
            return false;
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String text = values.get(field).get() == null ? "" : values.get(field).get().strip();
            try {
                numbers.put(field, Integer.parseInt(text));
            } catch (NumberFormatException e) {
                problems.get(field).set(ui.i18n().format("rules.problem.number", text));
            }
        }
        if (numbers.size() < FIELDS.size()) {
            return false;
        }
        int newDays = numbers.get(NEW_DAYS);
        int newVisits = numbers.get(NEW_MAX_VISITS);
        int active = numbers.get(ACTIVE_DAYS);
        int atRisk = numbers.get(AT_RISK_DAYS);
        int dormant = numbers.get(DORMANT_DAYS);
        List<String> english = LifecycleRules.problems(newDays, newVisits, active, atRisk, dormant);
        if (newDays < 1 || newDays > LifecycleRules.MAX_DAYS) {
            problems.get(NEW_DAYS).set(ui.i18n().format("rules.problem.range", 1, LifecycleRules.MAX_DAYS));
        }
        if (newVisits < 1 || newVisits > 1000) {
            problems.get(NEW_MAX_VISITS).set(ui.i18n().format("rules.problem.range", 1, 1000));
        }
        if (active < 1) {
            problems.get(ACTIVE_DAYS).set(ui.i18n().format("rules.problem.atLeast", 1));
        }
        if (atRisk <= active) {
            problems.get(AT_RISK_DAYS).set(ui.i18n().format("rules.problem.moreThanActive", active));
        }
        if (dormant <= atRisk) {
            problems.get(DORMANT_DAYS).set(ui.i18n().format("rules.problem.moreThanAtRisk", atRisk));
        } else if (dormant > LifecycleRules.MAX_DAYS) {
            problems.get(DORMANT_DAYS).set(ui.i18n().format("rules.problem.atMost", LifecycleRules.MAX_DAYS));
        }
        boolean shown = problems.values().stream().anyMatch(p -> !p.get().isEmpty());
        if (!english.isEmpty()) {
            // The rules themselves decide; should they ever check more than this form knows, say what they say.
            if (!shown) {
                error.set(String.join("; ", english));
            }
            return false;
        }
        LifecycleRules rules = new LifecycleRules(newDays, newVisits, active, atRisk, dormant);
        busy.set(true);
        // Who is acting is read in the background: with nobody signed in it is looked up in the store.
        ui.tasks().run(() -> {
            repository.save(rules, actingStaff.get());
            return rules;
        }, saved -> {
            busy.set(false);
            fill(saved);
            message.set(ui.i18n().text("rules.saved"));
            onSaved.run();
        }, e -> {
            busy.set(false);
            error.set(Errors.describe(e));
        });
        return true;
    }

    private void fill(LifecycleRules rules) {
        values.get(NEW_DAYS).set(String.valueOf(rules.newDays()));
        values.get(NEW_MAX_VISITS).set(String.valueOf(rules.newMaxVisits()));
        values.get(ACTIVE_DAYS).set(String.valueOf(rules.activeDays()));
        values.get(AT_RISK_DAYS).set(String.valueOf(rules.atRiskDays()));
        values.get(DORMANT_DAYS).set(String.valueOf(rules.dormantDays()));
        problems.values().forEach(p -> p.set(""));
    }

    // Properties

    /** The text of a field of {@link #FIELDS}. */
    public StringProperty valueProperty(String field) {
        return Objects.requireNonNull(values.get(field), field);
    }

    /** The problem of a field in the screen's language, empty when there is none. */
    public ReadOnlyStringProperty problemProperty(String field) {
        return Objects.requireNonNull(problems.get(field), field).getReadOnlyProperty();
    }

    public boolean editable() {
        return editable;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
