package app.counterpart.ui.staff.incentives;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.catalog.ProductSearch;
import app.counterpart.core.common.Money;
import app.counterpart.core.incentives.CommissionBase;
import app.counterpart.core.incentives.GoalSplit;
import app.counterpart.core.incentives.IncentiveRepository;
import app.counterpart.core.incentives.IncentiveRule;
import app.counterpart.core.incentives.IncentiveSettings;
import app.counterpart.core.incentives.PayCycle;
import app.counterpart.core.incentives.RuleKind;
import app.counterpart.core.incentives.RuleValidation;
import app.counterpart.core.incentives.RuleValidation.Draft;
import app.counterpart.core.incentives.RuleValidation.Problem;
import app.counterpart.core.incentives.RuleValidation.TierInput;
import app.counterpart.core.incentives.Target;
import app.counterpart.core.incentives.Tier;
import app.counterpart.core.incentives.Who;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.StaffKind;
import app.counterpart.ui.common.UiContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The owner's incentive rules: the rules in force and scheduled, the version history of the one
 * selected, an editor whose fields follow the rule's kind, and the shop's incentive settings.
 *
 * <p>A rule is never edited in place: Save writes a new rule, or a new version of the selected one from
 * a later day, and Retire writes a version that is inactive from a day on. Problems are shown under
 * their field in the screen's language, as {@link RuleValidation} finds them. Only the owner saves;
 * everyone else who opens the tab sees the same rules read-only. All store work runs in the background.
 */
public final class IncentiveRulesViewModel {

    /** An entry of a picker: an id and what the person reads. */
    public record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A rule version as a table row. */
    public record RuleRow(IncentiveRule rule, String name, String kind, String who, String covers, String rates,
            String amount, String effective, int version, String status) {
    }

    /** A tier as typed: from an amount of period sales, a rate in percent. */
    public static final class TierRow {
        private final StringProperty from = new SimpleStringProperty("");
        private final StringProperty rate = new SimpleStringProperty("");

        public TierRow(String from, String rate) {
            this.from.set(from);
            this.rate.set(rate);
        }

        public StringProperty fromProperty() {
            return from;
        }

        public StringProperty rateProperty() {
            return rate;
        }
    }

    /** Whether the editor is closed, writing a new rule or a new version of the selected one. */
    public enum Mode { CLOSED, NEW_RULE, NEW_VERSION }

    private record Loaded(List<IncentiveRule> rules, IncentiveSettings settings, IncentiveLookups lookups) {
    }

    private static final int PRODUCT_CHOICES = 50;

    private final IncentiveRepository repository;
    private final Supplier<IncentiveLookups> lookupSource;
    private final Supplier<LocalDate> today;
    private final Supplier<String> newId;
    private final Currency currency;
    private final UiContext ui;
    private final Supplier<String> actingStaff;
    private final boolean editable;

    private List<IncentiveRule> all = List.of();
    private IncentiveLookups lookups = IncentiveLookups.EMPTY;
    private RuleText text;
    private ProductSearch productSearch = new ProductSearch(List.of());
    private IncentiveRule base;

    private final ObservableList<RuleRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RuleRow> history = FXCollections.observableArrayList();
    private final ObjectProperty<RuleRow> selected = new SimpleObjectProperty<>();

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.CLOSED);
    private final ReadOnlyStringWrapper editorTitle = new ReadOnlyStringWrapper("");
    private final ObjectProperty<RuleKind> kind = new SimpleObjectProperty<>(RuleKind.PERCENT_COMMISSION);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Who.Scope> whoScope = new SimpleObjectProperty<>(Who.Scope.EVERYONE);
    private final ObjectProperty<Choice> whoValue = new SimpleObjectProperty<>();
    private final ObservableList<Choice> whoChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Target.Scope> targetScope = new SimpleObjectProperty<>(Target.Scope.ALL);
    private final ObjectProperty<Choice> targetValue = new SimpleObjectProperty<>();
    private final StringProperty targetSearch = new SimpleStringProperty("");
    private final ObservableList<Choice> targetChoices = FXCollections.observableArrayList();
    private final ObservableList<TierRow> tiers = FXCollections.observableArrayList();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<Choice> team = new SimpleObjectProperty<>();
    private final ObservableList<Choice> teamChoices = FXCollections.observableArrayList();
    private final StringProperty goal = new SimpleStringProperty("");
    private final ObjectProperty<GoalSplit> split = new SimpleObjectProperty<>(GoalSplit.BY_SALES);
    private final ObjectProperty<LocalDate> effectiveFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> retireFrom = new SimpleObjectProperty<>();
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();

    private final ObjectProperty<CommissionBase> commissionBase = new SimpleObjectProperty<>(CommissionBase.NET_OF_TAX_AND_DISCOUNTS);
    private final ObjectProperty<PayCycle> payCycle = new SimpleObjectProperty<>(PayCycle.MONTHLY);
    private final BooleanProperty settingsChanged = new SimpleBooleanProperty();
    private IncentiveSettings savedSettings = IncentiveSettings.DEFAULT;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param lookups  names of people, categories, products and teams; called in the background
     * @param today    the shop's business day; a new rule starts the day after by default
     * @param newId    a fresh rule id (UUIDv7)
     * @param role     the role of the person at the screen: only the owner saves
     */
    public IncentiveRulesViewModel(IncentiveRepository repository, Supplier<IncentiveLookups> lookups,
            Supplier<LocalDate> today, Supplier<String> newId, Currency currency, UiContext ui,
            Supplier<String> actingStaff, Role role) {
        this.repository = repository;
        this.lookupSource = lookups;
        this.today = today;
        this.newId = newId;
        this.currency = currency;
        this.ui = ui;
        this.actingStaff = actingStaff;
        this.editable = role == Role.OWNER;
        this.text = new RuleText(ui.i18n(), currency, IncentiveLookups.EMPTY.names(ui.i18n().chinese()));
        for (String field : List.of(RuleValidation.KIND, RuleValidation.NAME, RuleValidation.WHO,
                RuleValidation.TARGET, RuleValidation.TIERS, RuleValidation.AMOUNT, RuleValidation.TEAM,
                RuleValidation.GOAL, RuleValidation.SPLIT, RuleValidation.EFFECTIVE_FROM, RuleValidation.EFFECTIVE_TO)) {
            problems.put(field, new ReadOnlyStringWrapper(""));
        }
        selected.addListener((o, a, row) -> showHistory(row));
        whoScope.addListener((o, a, s) -> fillWhoChoices());
        targetScope.addListener((o, a, s) -> fillTargetChoices());
        targetSearch.addListener((o, a, s) -> {
            if (targetScope.get() == Target.Scope.PRODUCT) {
                fillTargetChoices();
            }
        });
        kind.addListener((o, a, k) -> {
            if (k == RuleKind.PERCENT_COMMISSION && tiers.size() > 1) {
                tiers.remove(1, tiers.size());
            }
            if (k != null && k.isLineRule() && tiers.isEmpty()) {
                tiers.add(new TierRow("0", ""));
            }
        });
        commissionBase.addListener((o, a, b) -> settingsChanged.set(!current().equals(savedSettings)));
        payCycle.addListener((o, a, b) -> settingsChanged.set(!current().equals(savedSettings)));
    }

    // ---- Commands ----

    public void load() {
        busy.set(true);
        ui.tasks().run(() -> new Loaded(repository.rules(), repository.settings(), lookupSource.get()), loaded -> {
            busy.set(false);
            lookups = loaded.lookups();
            text = new RuleText(ui.i18n(), currency, lookups.names(ui.i18n().chinese()));
            productSearch = new ProductSearch(lookups.products());
            teamChoices.setAll(lookups.teams().stream().map(t -> new Choice(t.id(), t.name())).toList());
            savedSettings = loaded.settings();
            commissionBase.set(savedSettings.base());
            payCycle.set(savedSettings.cycle());
            settingsChanged.set(false);
            show(loaded.rules());
        }, e -> {
            busy.set(false);
            error.set(IncentiveErrors.describe(e, ui.i18n()));
        });
    }

    /** Opens the editor on a blank rule starting on the next business day. */
    public void newRule() {
        clearMessages();
        base = null;
        kind.set(RuleKind.PERCENT_COMMISSION);
        name.set("");
        whoScope.set(Who.Scope.EVERYONE);
        whoValue.set(null);
        targetScope.set(Target.Scope.ALL);
        targetValue.set(null);
        targetSearch.set("");
        tiers.setAll(new TierRow("0", ""));
        amount.set("");
        team.set(null);
        goal.set("");
        split.set(GoalSplit.BY_SALES);
        effectiveFrom.set(today.get().plusDays(1));
        lastDay.set(null);
        mode.set(Mode.NEW_RULE);
        editorTitle.set(ui.i18n().text("incentives.editor.new"));
    }

    /** Opens the editor on a copy of the selected rule's latest version, to start on the next business day. */
    public boolean newVersion() {
        clearMessages();
        IncentiveRule latest = latestOfSelected();
        if (latest == null) {
            return false;
        }
        base = latest;
        kind.set(latest.kind());
        name.set(latest.name());
        whoScope.set(latest.who().scope());
        fillWhoChoices();
        whoValue.set(choice(whoChoices, latest.who().value()));
        targetScope.set(latest.target().scope());
        fillTargetChoices();
        Choice target = choice(targetChoices, latest.target().value());
        if (target == null && latest.target().value() != null) {
            target = new Choice(latest.target().value(), latest.target().scope() == Target.Scope.PRODUCT
                    ? text.names().product(latest.target().value()) : text.names().category(latest.target().value()));
        }
        targetValue.set(target);
        targetSearch.set("");
        tiers.setAll(latest.tiers().stream().map(t -> new TierRow(plain(t.fromMinor()),
                BigDecimal.valueOf(t.rateBp(), 2).stripTrailingZeros().toPlainString())).toList());
        if (latest.kind().isLineRule() && tiers.isEmpty()) {
            tiers.add(new TierRow("0", ""));
        }
        amount.set(latest.kind().isLineRule() ? "" : plain(latest.amountMinor()));
        team.set(choice(teamChoices, latest.teamId()));
        goal.set(latest.kind() == RuleKind.TEAM_GOAL ? plain(latest.goalMinor()) : "");
        split.set(latest.split() == null ? GoalSplit.BY_SALES : latest.split());
        LocalDate next = today.get().plusDays(1);
        effectiveFrom.set(next.isAfter(latest.effectiveFrom()) ? next : latest.effectiveFrom().plusDays(1));
        lastDay.set(latest.effectiveTo() == null ? null : latest.effectiveTo().minusDays(1));
        mode.set(Mode.NEW_VERSION);
        editorTitle.set(ui.i18n().format("incentives.editor.version", latest.name(), latest.version() + 1));
        return true;
    }

    public void cancel() {
        clearMessages();
        mode.set(Mode.CLOSED);
        base = null;
    }

    public void addTier() {
        if (kind.get() == RuleKind.TIERED_COMMISSION) {
            tiers.add(new TierRow("", ""));
        }
    }

    public void removeTier(TierRow row) {
        if (tiers.size() > 1) {
            tiers.remove(row);
        }
    }

    /**
     * Checks the editor and, without problems, saves a new rule or version in the background, then reloads.
     * Returns whether a save started.
     */
    public boolean save() {
        clearMessages();
        if (!editable) {
            error.set(ui.i18n().text("incentives.ownerOnly"));
            return false;
        }
        if (busy.get() || mode.get() == Mode.CLOSED) {
            return false;
        }
        RuleKind k = kind.get();
        List<TierInput> tierInputs = new ArrayList<>();
        boolean parsed = true;
        if (k != null && k.isLineRule()) {
            for (int i = 0; i < tiers.size(); i++) {
                TierRow row = tiers.get(i);
                String from = i == 0 && k == RuleKind.PERCENT_COMMISSION ? "0" : row.fromProperty().get();
                Long fromMinor = amount(from, RuleValidation.TIERS);
                Long rateBp = rate(row.rateProperty().get(), i + 1);
                if (fromMinor == null || rateBp == null) {
                    parsed = false;
                } else {
                    tierInputs.add(new TierInput(fromMinor, rateBp));
                }
            }
        }
        long amountMinor = 0;
        long goalMinor = 0;
        if (k != null && !k.isLineRule()) {
            Long a = amountOrZero(amount.get(), RuleValidation.AMOUNT);
            parsed &= a != null;
            amountMinor = a == null ? 0 : a;
        }
        if (k == RuleKind.TEAM_GOAL) {
            Long g = amountOrZero(goal.get(), RuleValidation.GOAL);
            parsed &= g != null;
            goalMinor = g == null ? 0 : g;
        }
        Draft draft = new Draft(k, name.get(), effectiveFrom.get(),
                lastDay.get() == null ? null : lastDay.get().plusDays(1),
                k == RuleKind.TEAM_GOAL ? Who.Scope.EVERYONE : whoScope.get(), id(whoValue.get()),
                k != null && k.isLineRule() ? targetScope.get() : Target.Scope.ALL, id(targetValue.get()),
                tierInputs, amountMinor, id(team.get()), goalMinor, split.get(),
                base == null ? null : base.effectiveFrom());
        List<Problem> found = RuleValidation.problems(draft);
        showProblems(found);
        if (!parsed || !found.isEmpty()) {
            return false;
        }
        IncentiveRule rule = build(draft);
        write(rule, "incentives.saved");
        return true;
    }

    /** Saves a version of the selected rule that is inactive from {@link #retireFromProperty()} on. */
    public boolean retire() {
        clearMessages();
        if (!editable) {
            error.set(ui.i18n().text("incentives.ownerOnly"));
            return false;
        }
        IncentiveRule latest = latestOfSelected();
        if (latest == null || busy.get()) {
            return false;
        }
        if (!latest.active()) {
            error.set(ui.i18n().text("incentives.alreadyRetired"));
            return false;
        }
        LocalDate from = retireFrom.get();
        IncentiveRule retired = new IncentiveRule(latest.ruleId(), latest.version() + 1, latest.kind(), latest.name(),
                from, null, latest.who(), latest.target(), latest.tiers(), latest.amountMinor(), latest.teamId(),
                latest.goalMinor(), latest.split(), false, null, ui.clock().instant());
        List<Problem> found = from == null ? List.of(new Problem(RuleValidation.EFFECTIVE_FROM,
                "incentives.problem.fromRequired", List.of()))
                : RuleValidation.problems(Draft.of(retired, latest.effectiveFrom()));
        if (!found.isEmpty()) {
            error.set(describe(found.get(0)));
            return false;
        }
        write(retired, "incentives.retired");
        return true;
    }

    /** Saves the commission base and the pay cycle. */
    public boolean saveSettings() {
        clearMessages();
        if (!editable) {
            error.set(ui.i18n().text("incentives.ownerOnly"));
            return false;
        }
        if (busy.get()) {
            return false;
        }
        IncentiveSettings settings = current();
        busy.set(true);
        ui.tasks().run(() -> {
            repository.saveSettings(settings, actingStaff.get());
            return repository.settings();
        }, saved -> {
            busy.set(false);
            savedSettings = saved;
            commissionBase.set(saved.base());
            payCycle.set(saved.cycle());
            settingsChanged.set(false);
            message.set(ui.i18n().text("incentives.settingsSaved"));
        }, e -> {
            busy.set(false);
            error.set(IncentiveErrors.describe(e, ui.i18n()));
        });
        return true;
    }

    // ---- Inner workings ----

    private void write(IncentiveRule rule, String doneKey) {
        busy.set(true);
        // Who is acting is read in the background: with nobody signed in it is looked up in the store.
        ui.tasks().run(() -> {
            IncentiveRule saved = repository.saveVersion(rule, actingStaff.get());
            return new Object[] {saved, repository.rules()};
        }, result -> {
            busy.set(false);
            IncentiveRule saved = (IncentiveRule) result[0];
            @SuppressWarnings("unchecked")
            List<IncentiveRule> rules = (List<IncentiveRule>) result[1];
            mode.set(Mode.CLOSED);
            base = null;
            show(rules);
            rows.stream().filter(r -> r.rule().ruleId().equals(saved.ruleId())).findFirst().ifPresent(selected::set);
            message.set(ui.i18n().format(doneKey, saved.name(), saved.version(), text.date(saved.effectiveFrom())));
        }, e -> {
            busy.set(false);
            error.set(IncentiveErrors.describe(e, ui.i18n()));
        });
    }

    private IncentiveRule build(Draft d) {
        RuleKind k = d.kind();
        Who who = k == RuleKind.TEAM_GOAL || d.whoScope() == Who.Scope.EVERYONE ? Who.EVERYONE
                : new Who(d.whoScope(), d.whoValue().strip());
        Target target = !k.isLineRule() || d.targetScope() == Target.Scope.ALL ? Target.ALL
                : new Target(d.targetScope(), d.targetValue().strip());
        List<Tier> built = k.isLineRule()
                ? d.tiers().stream().map(t -> new Tier(t.fromMinor(), (int) t.rateBp())).toList() : List.of();
        String ruleId = base == null ? newId.get() : base.ruleId();
        int version = base == null ? 1 : all.stream().filter(r -> r.ruleId().equals(ruleId))
                .mapToInt(IncentiveRule::version).max().orElse(0) + 1;
        return new IncentiveRule(ruleId, version, k, d.name().strip(), d.effectiveFrom(), d.effectiveTo(), who, target,
                built, k.isLineRule() ? 0 : d.amountMinor(), k == RuleKind.TEAM_GOAL ? d.teamId() : null,
                k == RuleKind.TEAM_GOAL ? d.goalMinor() : 0, k == RuleKind.TEAM_GOAL ? d.split() : null, true, null,
                ui.clock().instant());
    }

    private void show(List<IncentiveRule> rules) {
        all = List.copyOf(rules);
        LocalDate day = today.get();
        String keep = selected.get() == null ? null : selected.get().rule().ruleId();
        List<RuleRow> shown = all.stream()
                .filter(r -> r.effectiveTo() == null || r.effectiveTo().isAfter(day))
                .filter(r -> r.active() || r.effectiveFrom().isAfter(day))
                .sorted(Comparator.comparing((IncentiveRule r) -> r.name(), java.text.Collator.getInstance(ui.i18n().locale()))
                        .thenComparing(IncentiveRule::ruleId).thenComparing(IncentiveRule::effectiveFrom))
                .map(r -> row(r, day)).toList();
        rows.setAll(shown);
        selected.set(keep == null ? null
                : rows.stream().filter(r -> r.rule().ruleId().equals(keep)).findFirst().orElse(null));
        showHistory(selected.get());
    }

    private RuleRow row(IncentiveRule r, LocalDate day) {
        String status;
        if (!r.active()) {
            status = ui.i18n().text("incentives.status.retiring");
        } else if (r.effectiveFrom().isAfter(day)) {
            status = ui.i18n().text("incentives.status.scheduled");
        } else if (r.inForceOn(day)) {
            status = ui.i18n().text("incentives.status.inForce");
        } else {
            status = ui.i18n().text("incentives.status.ended");
        }
        return new RuleRow(r, r.name(), text.kind(r.kind()), text.who(r), text.covers(r), text.rates(r),
                text.amount(r), text.effective(r), r.version(), status);
    }

    private void showHistory(RuleRow row) {
        if (row == null) {
            history.clear();
            return;
        }
        LocalDate day = today.get();
        history.setAll(all.stream().filter(r -> r.ruleId().equals(row.rule().ruleId()))
                .sorted(Comparator.comparingInt(IncentiveRule::version).reversed()).map(r -> row(r, day)).toList());
        LocalDate next = day.plusDays(1);
        IncentiveRule latest = latestOfSelected();
        retireFrom.set(latest != null && !next.isAfter(latest.effectiveFrom()) ? latest.effectiveFrom().plusDays(1) : next);
    }

    private IncentiveRule latestOfSelected() {
        RuleRow row = selected.get();
        if (row == null) {
            return null;
        }
        return all.stream().filter(r -> r.ruleId().equals(row.rule().ruleId()))
                .max(Comparator.comparingInt(IncentiveRule::version)).orElse(null);
    }

    private void fillWhoChoices() {
        Who.Scope scope = whoScope.get();
        List<Choice> choices = new ArrayList<>();
        if (scope == Who.Scope.ROLE) {
            for (Role r : Role.values()) {
                choices.add(new Choice(r.code(), ui.i18n().text("role." + r.code())));
            }
        } else if (scope == Who.Scope.KIND) {
            for (StaffKind k : StaffKind.values()) {
                choices.add(new Choice(k.code(), ui.i18n().text("kind." + k.code())));
            }
        } else if (scope == Who.Scope.PERSON) {
            boolean zh = ui.i18n().chinese();
            lookups.staff().stream().filter(s -> s.active())
                    .forEach(s -> choices.add(new Choice(s.id(), s.displayName(zh) + " (" + s.code() + ")")));
        }
        Choice kept = choice(choices, id(whoValue.get()));
        whoChoices.setAll(choices);
        whoValue.set(kept);
    }

    private void fillTargetChoices() {
        Target.Scope scope = targetScope.get();
        boolean zh = ui.i18n().chinese();
        List<Choice> choices = new ArrayList<>();
        if (scope == Target.Scope.CATEGORY) {
            lookups.categories().forEach(c -> choices.add(new Choice(c.id(), text.names().category(c.id()))));
        } else if (scope == Target.Scope.PRODUCT) {
            for (Product p : productSearch.search(targetSearch.get(), PRODUCT_CHOICES)) {
                choices.add(new Choice(p.id(), p.displayName(zh) + " · " + p.sku()));
            }
        }
        Choice kept = targetValue.get();
        if (kept != null && choices.stream().noneMatch(c -> c.id().equals(kept.id()))) {
            if (scope == Target.Scope.PRODUCT && kept.id() != null && lookups.products().stream()
                    .anyMatch(p -> p.id().equals(kept.id()))) {
                choices.add(0, kept);
            } else {
                targetValue.set(null);
            }
        }
        targetChoices.setAll(choices);
    }

    /** An amount as a person types it: "20000", or "18.50" when it has cents. */
    private String plain(long minor) {
        return new BigDecimal(Money.plain(minor, currency)).stripTrailingZeros().toPlainString();
    }

    private static Choice choice(List<Choice> choices, String id) {
        return id == null ? null : choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static String id(Choice c) {
        return c == null ? null : c.id();
    }

    private IncentiveSettings current() {
        return new IncentiveSettings(commissionBase.get(), payCycle.get());
    }

    private Long amount(String typed, String field) {
        String t = typed == null ? "" : typed.strip().replace(",", "");
        try {
            return Money.parse(t, currency);
        } catch (IllegalArgumentException e) {
            addProblem(field, ui.i18n().format("incentives.problem.amountNumber", t));
            return null;
        }
    }

    private Long amountOrZero(String typed, String field) {
        return typed == null || typed.isBlank() ? Long.valueOf(0) : amount(typed, field);
    }

    private Long rate(String typed, int row) {
        String t = typed == null ? "" : typed.strip().replace("%", "").strip();
        try {
            BigDecimal percent = new BigDecimal(t);
            return percent.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            addProblem(RuleValidation.TIERS, ui.i18n().format("incentives.problem.rateNumber", row, t));
            return null;
        }
    }

    private void showProblems(List<Problem> found) {
        for (Problem p : found) {
            addProblem(p.field(), describe(p));
        }
    }

    private void addProblem(String field, String text) {
        ReadOnlyStringWrapper p = problems.get(field);
        p.set(p.get().isEmpty() ? text : p.get() + "\n" + text);
    }

    private String describe(Problem p) {
        Object[] args = p.args().stream().map(a -> a instanceof LocalDate d ? text.date(d) : a).toArray();
        return ui.i18n().format(p.key(), args);
    }

    private void clearMessages() {
        error.set("");
        message.set("");
        problems.values().forEach(p -> p.set(""));
    }

    // ---- Properties ----

    public boolean editable() {
        return editable;
    }

    public ObservableList<RuleRow> rows() {
        return rows;
    }

    public ObservableList<RuleRow> history() {
        return history;
    }

    public ObjectProperty<RuleRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty editorTitleProperty() {
        return editorTitle.getReadOnlyProperty();
    }

    public ObjectProperty<RuleKind> kindProperty() {
        return kind;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Who.Scope> whoScopeProperty() {
        return whoScope;
    }

    public ObjectProperty<Choice> whoValueProperty() {
        return whoValue;
    }

    public ObservableList<Choice> whoChoices() {
        return whoChoices;
    }

    public ObjectProperty<Target.Scope> targetScopeProperty() {
        return targetScope;
    }

    public ObjectProperty<Choice> targetValueProperty() {
        return targetValue;
    }

    public StringProperty targetSearchProperty() {
        return targetSearch;
    }

    public ObservableList<Choice> targetChoices() {
        return targetChoices;
    }

    public ObservableList<TierRow> tiers() {
        return tiers;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<Choice> teamProperty() {
        return team;
    }

    public ObservableList<Choice> teamChoices() {
        return teamChoices;
    }

    public StringProperty goalProperty() {
        return goal;
    }

    public ObjectProperty<GoalSplit> splitProperty() {
        return split;
    }

    public ObjectProperty<LocalDate> effectiveFromProperty() {
        return effectiveFrom;
    }

    /** The last day the version is in force (included); empty for "until further notice". */
    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    public ObjectProperty<LocalDate> retireFromProperty() {
        return retireFrom;
    }

    /** The problems of a field of {@link RuleValidation} in the screen's language, one a line; empty if none. */
    public ReadOnlyStringProperty problemProperty(String field) {
        return Objects.requireNonNull(problems.get(field), field).getReadOnlyProperty();
    }

    public ObjectProperty<CommissionBase> commissionBaseProperty() {
        return commissionBase;
    }

    public ObjectProperty<PayCycle> payCycleProperty() {
        return payCycle;
    }

    public BooleanProperty settingsChangedProperty() {
        return settingsChanged;
    }

    public RuleText text() {
        return text;
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
