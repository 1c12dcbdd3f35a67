package app.counterpart.ui.staff.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.incentives.CommissionBase;
import app.counterpart.core.incentives.IncentiveRule;
import app.counterpart.core.incentives.IncentiveSettings;
import app.counterpart.core.incentives.PayCycle;
import app.counterpart.core.incentives.PayPeriod;
import app.counterpart.core.incentives.Payout;
import app.counterpart.core.incentives.Reason;
import app.counterpart.core.incentives.RuleApplication;
import app.counterpart.core.incentives.RuleKind;
import app.counterpart.core.staff.Role;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.staff.incentives.PayoutsViewModel.ExplanationLine;
import app.counterpart.ui.staff.incentives.PayoutsViewModel.PayoutRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The payouts screen over a real demo store with weekly pay: totals, explanations, closing. */
class PayoutsViewModelTest {

    /** A Friday: the week from Monday 23 November is still open, the week before is over. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final PayPeriod OPEN_WEEK = new PayPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30));
    static final PayPeriod LAST_WEEK = new PayPeriod(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));

    @TempDir
    static Path dir;
    static DemoFixture store;
    static MutableClock clock;
    static String ownerId;

    @BeforeAll
    static void open() {
        clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(TODAY, 14);
        ownerId = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow().id();
        store.incentives.saveSettings(new IncentiveSettings(CommissionBase.NET_OF_TAX_AND_DISCOUNTS, PayCycle.WEEKLY),
                ownerId);
        // A weekly goal the demo's front counter team reaches, so that team shares are explained too.
        String team = store.incentives.rules().stream().filter(r -> r.kind() == RuleKind.TEAM_GOAL)
                .map(IncentiveRule::teamId).findFirst().orElseThrow();
        store.incentives.saveVersion(new IncentiveRule("test-team-week", 1, RuleKind.TEAM_GOAL, "Small week goal",
                LocalDate.of(2026, 11, 1), null, app.counterpart.core.incentives.Who.EVERYONE,
                app.counterpart.core.incentives.Target.ALL, List.of(), 30_000, team, 100_000,
                app.counterpart.core.incentives.GoalSplit.BY_SALES, true, null, null), ownerId);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static PayoutsViewModel model(Role role) {
        return model(role, ownerId);
    }

    static PayoutsViewModel model(Role role, String personId) {
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(Locale.ENGLISH), Theme.LIGHT, clock);
        PayoutsViewModel model = new PayoutsViewModel(store.incentives,
                () -> new IncentiveLookups(store.staff.staff(), store.catalog.categories(), store.catalog.products(),
                        store.care.teams()),
                () -> TODAY, Currency.getInstance("CNY"), ZoneId.of("Asia/Shanghai"), ui, () -> personId, role);
        model.current();
        return model;
    }

    @Test
    void theRowsAddUpToTheTotalAndEachRowToItsParts() {
        PayoutsViewModel model = model(Role.OWNER);

        assertThat(model.periodProperty().get()).isEqualTo(OPEN_WEEK);
        assertThat(model.rows()).isNotEmpty();
        assertThat(model.totalMinorProperty().get())
                .isEqualTo(model.rows().stream().mapToLong(PayoutRow::totalMinor).sum())
                .isEqualTo(model.run().totalMinor())
                .isPositive();
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.commissionMinor() + r.bonusMinor()).isEqualTo(r.totalMinor()));
        assertThat(model.totalProperty().get()).startsWith("¥");
        assertThat(model.statusProperty().get()).isEqualTo("Draft — the period is still open");
    }

    @Test
    void aCashierSeesTheirOwnPayoutLineByLineAndNobodyElses() {
        PayoutsViewModel owner = model(Role.OWNER);
        PayoutRow someone = owner.rows().stream().filter(r -> !r.personId().equals(ownerId)).findFirst().orElseThrow();

        PayoutsViewModel cashier = model(Role.CASHIER, someone.personId());

        assertThat(cashier.seesEveryone()).isFalse();
        assertThat(cashier.rows()).containsExactly(someone);
        assertThat(cashier.totalMinorProperty().get()).isEqualTo(someone.totalMinor());
        assertThat(cashier.lines()).isNotEmpty();
        assertThat(owner.rows()).hasSizeGreaterThan(1);
    }

    @Test
    void everyApplicationOfThePersonSelectedIsALineInWords() {
        PayoutsViewModel model = model(Role.OWNER);
        PayoutRow row = model.rows().stream().max(java.util.Comparator.comparingLong(PayoutRow::totalMinor)).orElseThrow();

        model.selectedProperty().set(row);

        Payout payout = model.run().payouts().stream().filter(p -> p.personId().equals(row.personId())).findFirst()
                .orElseThrow();
        assertThat(model.lines()).hasSize(payout.applications().size());
        assertThat(model.lines().stream().mapToLong(ExplanationLine::amountMinor).sum()).isEqualTo(row.totalMinor());
        int first = payout.applications().stream().map(RuleApplication::reason).toList().indexOf(Reason.COMMISSION);
        assertThat(first).isNotNegative();
        RuleApplication a = payout.applications().get(first);
        IncentiveRule rule = store.incentives.rules().stream()
                .filter(r -> r.ruleId().equals(a.ruleId()) && r.version() == a.ruleVersion()).findFirst().orElseThrow();
        String kind = rule.kind() == RuleKind.TIERED_COMMISSION ? "Tiered commission" : "Commission";
        assertThat(model.lines().get(first).text())
                .startsWith("Sale " + a.saleNumber() + " · ")
                .endsWith(" (" + kind + " · " + rule.name() + " v" + rule.version() + ")")
                .matches("Sale \\S+ · .+ · [0-9.]+ % of ¥[0-9.,]+ = ¥[0-9.,]+(, tier from ¥[0-9,]+)? \\(.+\\)");
        int teamLines = 0;
        for (PayoutRow other : model.rows()) {
            model.selectedProperty().set(other);
            List<RuleApplication> applications = model.run().payouts().stream()
                    .filter(p -> p.personId().equals(other.personId())).findFirst().orElseThrow().applications();
            for (int i = 0; i < applications.size(); i++) {
                if (applications.get(i).reason() == Reason.TEAM_GOAL) {
                    teamLines++;
                    assertThat(model.lines().get(i).text())
                            .matches("Team .+ reached ¥[0-9,.]+ of ¥[0-9,.]+; share [0-9]+ % of ¥[0-9,.]+ = ¥[0-9,.]+ \\(Team goal · .+\\)");
                }
            }
        }
        assertThat(teamLines).isPositive();
        model.selectedProperty().set(row);
        assertThat(model.lines()).filteredOn(ExplanationLine::reversal)
                .allSatisfy(l -> assertThat(l.amountMinor()).isNotPositive());
    }

    @Test
    void closingIsRefusedWhileThePeriodIsOpenAndWorksOnceItIsOver() throws Exception {
        PayoutsViewModel manager = model(Role.MANAGER);
        manager.previous();
        assertThat(manager.close()).isFalse();
        assertThat(manager.errorProperty().get()).isEqualTo("Only the owner closes a pay period.");

        PayoutsViewModel model = model(Role.OWNER);
        assertThat(model.close()).isFalse();
        assertThat(model.errorProperty().get()).contains("still open");
        assertThat(store.incentives.closed(OPEN_WEEK)).isEmpty();

        model.previous();
        assertThat(model.periodProperty().get()).isEqualTo(LAST_WEEK);
        assertThat(model.statusProperty().get()).isEqualTo("Draft — the period is over and can be closed");
        long draftTotal = model.totalMinorProperty().get();
        assertThat(model.close()).isTrue();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.closedProperty().get()).isTrue();
        assertThat(store.incentives.closed(LAST_WEEK)).hasValueSatisfying(
                run -> assertThat(run.totalMinor()).isEqualTo(draftTotal));
        String ownerName = store.staff.staff().stream().filter(s -> s.id().equals(ownerId)).findFirst().orElseThrow()
                .name();
        assertThat(model.statusProperty().get()).startsWith("Closed on ").endsWith(" by " + ownerName);
        assertThat(model.totalMinorProperty().get()).isEqualTo(draftTotal);
        assertThat(model.close()).isFalse();

        Path csv = dir.resolve("week.csv");
        model.export(csv, false);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(model.rows().size() + 1);
        Path detail = dir.resolve("week-lines.csv");
        model.export(detail, true);
        assertThat(Files.readAllLines(detail)).hasSize(1 + model.run().payouts().stream()
                .mapToInt(p -> p.applications().size()).sum());
    }
}
