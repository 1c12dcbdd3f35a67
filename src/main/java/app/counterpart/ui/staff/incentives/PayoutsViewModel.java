package app.counterpart.ui.staff.incentives;

import app.counterpart.core.incentives.IncentiveEngine;
import app.counterpart.core.incentives.IncentiveFacts;
import app.counterpart.core.incentives.IncentiveRepository;
import app.counterpart.core.incentives.IncentiveRule;
import app.counterpart.core.incentives.IncentiveSettings;
import app.counterpart.core.incentives.PayCycle;
import app.counterpart.core.incentives.PayPeriod;
import app.counterpart.core.incentives.Payout;
import app.counterpart.core.incentives.PayoutRun;
import app.counterpart.core.incentives.PayrollCsv;
import app.counterpart.core.incentives.Reason;
import app.counterpart.core.incentives.RuleApplication;
import app.counterpart.core.incentives.SoldLine;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.UiContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The payouts of one pay period: a row per person (sales base, commission, bonuses, total), the selected
 * person's rule applications line by line in words, whether the period is a draft or closed, and the
 * owner's commands to export for payroll and to close the period into the ledger. A closed period is read
 * from the ledger; an open one is computed by {@link IncentiveEngine} in the background.
 */
public final class PayoutsViewModel {

    /** One person's payout as a table row; amounts in minor units and as text. */
    public record PayoutRow(String personId, String name, String kind, String role, long salesBaseMinor,
            long commissionMinor, long bonusMinor, long totalMinor, String salesBase, String commission, String bonuses,
            String total) {
    }

    /** One application in words; reversals are shown apart (in red). */
    public record ExplanationLine(String text, long amountMinor, boolean reversal) {
    }

    /** What the screen shows for one period, computed in the background. */
    record Loaded(PayPeriod period, IncentiveSettings settings, PayoutRun run, IncentiveFacts facts,
            List<IncentiveRule> rules, IncentiveLookups lookups, Optional<IncentiveRepository.Closing> closing) {
    }

    private final IncentiveRepository repository;
    private final Supplier<IncentiveLookups> lookupSource;
    private final Supplier<LocalDate> today;
    private final Currency currency;
    private final UiContext ui;
    private final Supplier<String> actingStaff;
    private final boolean everyone;
    /** The person whose payout alone is shown, when they may not see others'. */
    private final String me;
    private final boolean owner;
    private final ZoneId zone;

    private Loaded loaded;
    private RuleText text;
    private final ReadOnlyObjectWrapper<PayPeriod> period = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper();
    private final ObservableList<PayoutRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PayoutRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ExplanationLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper totalMinor = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param today the shop's business day: the current period holds it, and a period closes once it is over
     * @param role  the role of the person at the screen: only the owner closes a period, and a person who may
     *              not see others' pay sees their own payout only (staff see what they earn, not what others do)
     */
    public PayoutsViewModel(IncentiveRepository repository, Supplier<IncentiveLookups> lookups, Supplier<LocalDate> today,
            Currency currency, ZoneId zone, UiContext ui, Supplier<String> actingStaff, Role role) {
        this.zone = zone;
        this.repository = repository;
        this.lookupSource = lookups;
        this.today = today;
        this.currency = currency;
        this.ui = ui;
        this.actingStaff = actingStaff;
        this.owner = role == Role.OWNER;
        this.everyone = app.counterpart.core.staff.Permissions.allows(role,
                app.counterpart.core.staff.Permission.VIEW_PAYOUTS_OF_OTHERS);
        this.me = everyone ? null : actingStaff.get();
        this.text = new RuleText(ui.i18n(), currency, IncentiveLookups.EMPTY.names(ui.i18n().chinese()));
        selected.addListener((o, a, row) -> explain(row));
    }

    // ---- Commands ----

    /** The period that holds today, in the shop's pay cycle. */
    public void current() {
        load(null, 0);
    }

    public void previous() {
        load(period.get(), -1);
    }

    public void next() {
        load(period.get(), +1);
    }

    /** Reloads the period shown (the current one at first). */
    public void load() {
        load(period.get(), 0);
    }

    private void load(PayPeriod from, int step) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        ui.tasks().run(() -> compute(from, step), l -> {
            busy.set(false);
            show(l);
        }, e -> {
            busy.set(false);
            error.set(IncentiveErrors.describe(e, ui.i18n()));
        });
    }

    /** Runs in the background: the settings decide the cycle, the ledger or the engine the payouts. */
    private Loaded compute(PayPeriod from, int step) {
        IncentiveSettings settings = repository.settings();
        PayCycle cycle = settings.cycle();
        PayPeriod p;
        if (from == null) {
            p = PayPeriod.of(cycle, today.get());
        } else if (step < 0) {
            p = PayPeriod.of(cycle, from.start().minusDays(1));
        } else if (step > 0) {
            p = PayPeriod.of(cycle, from.end());
        } else {
            p = PayPeriod.of(cycle, from.start());
        }
        List<IncentiveRule> rules = repository.rules();
        IncentiveFacts facts = repository.facts(p);
        Optional<PayoutRun> ledger = repository.closed(p);
        PayoutRun run = ledger.orElseGet(() -> IncentiveEngine.compute(rules, settings, facts));
        Optional<IncentiveRepository.Closing> closing = ledger.isPresent() ? repository.closing(p) : Optional.empty();
        return new Loaded(p, settings, run, facts, rules, lookupSource.get(), closing);
    }

    /**
     * Closes the period into the ledger: owner only, and only once the period is over. The view asks for
     * a confirmation first. Returns whether the close started.
     */
    public boolean close() {
        message.set("");
        error.set("");
        if (!owner) {
            error.set(ui.i18n().text("payouts.ownerOnly"));
            return false;
        }
        if (loaded == null || busy.get()) {
            return false;
        }
        if (loaded.run().closed()) {
            error.set(ui.i18n().text("payouts.alreadyClosed"));
            return false;
        }
        if (!ended.get()) {
            error.set(ui.i18n().format("payouts.stillOpen", text.date(loaded.period().end())));
            return false;
        }
        PayoutRun run = loaded.run();
        PayPeriod p = loaded.period();
        busy.set(true);
        ui.tasks().run(() -> {
            repository.close(run, actingStaff.get());
            return compute(p, 0);
        }, l -> {
            busy.set(false);
            show(l);
            message.set(ui.i18n().format("payouts.closedDone", periodText.get()));
        }, e -> {
            busy.set(false);
            error.set(IncentiveErrors.describe(e, ui.i18n()));
        });
        return true;
    }

    /** A file name for the export of the period shown, e.g. "payouts-2026-11-01.csv". */
    public String exportFileName(boolean detail) {
        String start = loaded == null ? "" : loaded.period().start().toString();
        return "payouts-" + start + (detail ? "-lines" : "") + ".csv";
    }

    /**
     * Writes the period shown for payroll as {@link PayrollCsv} does: one row per person, or with
     * {@code detail} one row per application. The file is written in the background.
     */
    public void export(Path file, boolean detail) {
        message.set("");
        error.set("");
        if (loaded == null) {
            return;
        }
        String csv = detail ? detailCsv() : summaryCsv();
        ui.tasks().run(() -> {
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            Files.write(tmp, PayrollCsv.bytes(csv));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        }, f -> message.set(ui.i18n().format("payouts.exported", f)),
                e -> error.set(IncentiveErrors.describe(e, ui.i18n())));
    }

    String summaryCsv() {
        return PayrollCsv.summary(loaded.run(), loaded.lookups().staff(), currency);
    }

    String detailCsv() {
        return PayrollCsv.detail(loaded.run(), loaded.lookups().staff(), loaded.rules(), currency);
    }

    // ---- Showing ----

    private void show(Loaded l) {
        loaded = l;
        text = new RuleText(ui.i18n(), currency, l.lookups().names(ui.i18n().chinese()));
        period.set(l.period());
        periodText.set(ui.i18n().format("payouts.period", text.date(l.period().start()),
                text.date(l.period().end().minusDays(1)),
                ui.i18n().text("incentives.cycle." + l.settings().cycle().code())));
        ended.set(!today.get().isBefore(l.period().end()));
        closed.set(l.run().closed());
        if (l.run().closed()) {
            status.set(l.closing().map(c -> ui.i18n().format("payouts.status.closedBy",
                    text.date(LocalDate.ofInstant(c.closedAt(), zone)), text.names().person(c.closedBy())))
                    .orElse(ui.i18n().text("payouts.status.closed")));
        } else if (!ended.get()) {
            status.set(ui.i18n().text("payouts.status.open"));
        } else {
            status.set(ui.i18n().text("payouts.status.ended"));
        }
        Map<String, Staff> people = new HashMap<>();
        l.lookups().staff().forEach(s -> people.put(s.id(), s));
        String kept = selected.get() == null ? null : selected.get().personId();
        List<PayoutRow> list = new ArrayList<>();
        for (Payout p : l.run().payouts()) {
            if (everyone || p.personId().equals(me)) {
                list.add(row(p, people.get(p.personId())));
            }
        }
        // A person who sees only their own payout sees its lines at once.
        String keep = kept == null && !everyone && list.size() == 1 ? list.get(0).personId() : kept;
        list.sort(Comparator.comparing(PayoutRow::name, java.text.Collator.getInstance(ui.i18n().locale())));
        rows.setAll(list);
        long sum = list.stream().mapToLong(PayoutRow::totalMinor).sum();
        totalMinor.set(sum);
        total.set(text.money(sum));
        selected.set(keep == null ? null : rows.stream().filter(r -> r.personId().equals(keep)).findFirst().orElse(null));
        explain(selected.get());
    }

    private PayoutRow row(Payout p, Staff s) {
        long commission = 0;
        long bonus = 0;
        for (RuleApplication a : p.applications()) {
            if (a.reason() == Reason.COMMISSION || a.reason() == Reason.COMMISSION_REVERSED) {
                commission += a.amountMinor();
            } else {
                bonus += a.amountMinor();
            }
        }
        String name = s == null ? p.personId() : s.displayName(ui.i18n().chinese());
        String kind = s == null ? "" : ui.i18n().text("kind." + s.kind().code());
        String role = s == null ? "" : ui.i18n().text("role." + s.role().code());
        return new PayoutRow(p.personId(), name, kind, role, p.salesBaseMinor(), commission, bonus, p.amountMinor(),
                text.money(p.salesBaseMinor()), text.money(commission), text.money(bonus), text.money(p.amountMinor()));
    }

    private void explain(PayoutRow row) {
        if (row == null || loaded == null) {
            lines.clear();
            return;
        }
        Payout payout = loaded.run().payouts().stream().filter(p -> p.personId().equals(row.personId())).findFirst()
                .orElse(null);
        if (payout == null) {
            lines.clear();
            return;
        }
        Map<String, SoldLine> byLine = new HashMap<>();
        loaded.facts().lines().forEach(s -> byLine.put(s.lineId(), s));
        Map<String, IncentiveRule> rules = new HashMap<>();
        loaded.rules().forEach(r -> rules.put(r.ruleId() + "#" + r.version(), r));
        Map<String, Long> salesBase = new HashMap<>();
        loaded.run().payouts().forEach(p -> salesBase.put(p.personId(), p.salesBaseMinor()));
        List<ExplanationLine> out = new ArrayList<>();
        for (RuleApplication a : payout.applications()) {
            out.add(line(a, byLine.get(a.lineId()), rules.get(a.ruleId() + "#" + a.ruleVersion()), salesBase));
        }
        lines.setAll(out);
    }

    /** One application in words, e.g. "Sale S-00123 · Tea 500 g · 5 % of ¥120.00 = ¥6.00 (Commission · Tea 8 % v2)". */
    ExplanationLine line(RuleApplication a, SoldLine sold, IncentiveRule rule, Map<String, Long> salesBase) {
        String ruleName = rule == null ? a.ruleId() : rule.name();
        String source = ui.i18n().format("payouts.line.rule", text.kind(a.kind()), ruleName, a.ruleVersion());
        String product = sold == null || sold.productId() == null ? "" : text.names().product(sold.productId());
        String amount = text.money(a.amountMinor());
        String sale = a.saleNumber() == null ? "" : a.saleNumber();
        boolean reversal = switch (a.reason()) {
            case COMMISSION_REVERSED, NEW_CUSTOMER_REVERSED, REFERRAL_REVERSED -> true;
            default -> a.amountMinor() < 0;
        };
        String line = switch (a.reason()) {
            case COMMISSION -> ui.i18n().format("payouts.line.commission", sale, product, text.percent(a.rateBp()),
                    text.money(a.baseMinor()), amount, source, tier(a));
            case COMMISSION_REVERSED -> ui.i18n().format("payouts.line.commissionReversed", sale, product,
                    text.percent(a.rateBp()), text.money(a.baseMinor()), amount, source);
            case NEW_CUSTOMER -> ui.i18n().format("payouts.line.newCustomer", sale, amount, source);
            case NEW_CUSTOMER_REVERSED -> ui.i18n().format("payouts.line.newCustomerReversed", sale, amount, source);
            case REFERRAL -> ui.i18n().format("payouts.line.referral", sale, amount, source);
            case REFERRAL_REVERSED -> ui.i18n().format("payouts.line.referralReversed", sale, amount, source);
            case TEAM_GOAL -> teamLine(a, rule, amount, source, salesBase);
        };
        return new ExplanationLine(line, a.amountMinor(), reversal);
    }

    private String tier(RuleApplication a) {
        return a.tierFromMinor() > 0 ? ui.i18n().format("payouts.line.tier", text.whole(a.tierFromMinor())) : "";
    }

    /** "Team Morning reached ¥80,000 of ¥60,000; share 34 % of ¥600.00 = ¥204.00". */
    private String teamLine(RuleApplication a, IncentiveRule rule, String amount, String source,
            Map<String, Long> salesBase) {
        if (rule == null) {
            return ui.i18n().format("payouts.line.teamPlain", amount, source);
        }
        Set<String> members = loaded.facts().teamMembers().getOrDefault(rule.teamId(), Set.of());
        long teamSales = members.stream().mapToLong(m -> salesBase.getOrDefault(m, 0L)).sum();
        String share = rule.amountMinor() == 0 ? "0"
                : BigDecimal.valueOf(a.amountMinor() * 100).divide(BigDecimal.valueOf(rule.amountMinor()), 0,
                        RoundingMode.HALF_UP).toPlainString();
        return ui.i18n().format("payouts.line.team", text.names().team(rule.teamId()), text.whole(teamSales),
                text.whole(rule.goalMinor()), share, text.money(rule.amountMinor()), amount, source);
    }

    // ---- Properties ----

    /** Whether the person at the screen sees everyone's payouts (and may export them for payroll). */
    public boolean seesEveryone() {
        return everyone;
    }

    public boolean owner() {
        return owner;
    }

    /** The run shown, for the export; null before the first load. */
    public PayoutRun run() {
        return loaded == null ? null : loaded.run();
    }

    public ReadOnlyObjectProperty<PayPeriod> periodProperty() {
        return period.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    /** Whether the period is over (today is after its last day), so it may be closed. */
    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    public ObservableList<PayoutRow> rows() {
        return rows;
    }

    public ObjectProperty<PayoutRow> selectedProperty() {
        return selected;
    }

    public ObservableList<ExplanationLine> lines() {
        return lines;
    }

    public ReadOnlyLongProperty totalMinorProperty() {
        return totalMinor.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
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
