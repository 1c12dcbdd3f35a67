package app.counterpart.ui.staff.incentives;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.incentives.IncentiveRule;
import app.counterpart.core.incentives.RuleKind;
import app.counterpart.core.incentives.RuleValidation;
import app.counterpart.core.incentives.Target;
import app.counterpart.core.incentives.Tier;
import app.counterpart.core.staff.Role;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.staff.incentives.IncentiveRulesViewModel.RuleRow;
import app.counterpart.ui.staff.incentives.IncentiveRulesViewModel.TierRow;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incentive rules editor over a real demo store: new versions only, problems in words, owner only. */
class IncentiveRulesViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    static Path dir;
    static DemoFixture store;
    static MutableClock clock;

    @BeforeAll
    static void open() {
        clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(TODAY.minusDays(1), 5);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static IncentiveLookups lookups() {
        return new IncentiveLookups(store.staff.staff(), store.catalog.categories(), store.catalog.products(),
                store.care.teams());
    }

    static String owner() {
        return store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow().id();
    }

    static IncentiveRulesViewModel model(Role role, Locale locale) {
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(locale), Theme.LIGHT, clock);
        IdGenerator ids = IdGenerator.secure(clock);
        IncentiveRulesViewModel model = new IncentiveRulesViewModel(store.incentives, IncentiveRulesViewModelTest::lookups,
                () -> TODAY, ids::next, Currency.getInstance("CNY"), ui, IncentiveRulesViewModelTest::owner, role);
        model.load();
        return model;
    }

    static int audits() {
        return store.db.read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("incentive.rule.save")));
    }

    @Test
    void savingWritesVersionOneAndThenANewVersionThatEndsTheFirst() {
        IncentiveRulesViewModel model = model(Role.OWNER, Locale.ENGLISH);
        int audited = audits();
        model.newRule();
        assertThat(model.effectiveFromProperty().get()).isEqualTo(TODAY.plusDays(1));
        model.kindProperty().set(RuleKind.TIERED_COMMISSION);
        model.nameProperty().set("Tea tiers");
        model.targetScopeProperty().set(Target.Scope.CATEGORY);
        model.targetValueProperty().set(model.targetChoices().get(0));
        model.tiers().get(0).rateProperty().set("3");
        model.addTier();
        model.tiers().get(1).fromProperty().set("50000");
        model.tiers().get(1).rateProperty().set("5");

        assertThat(model.save()).isTrue();

        assertThat(model.errorProperty().get()).isEmpty();
        RuleRow saved = model.rows().stream().filter(r -> r.name().equals("Tea tiers")).findFirst().orElseThrow();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.rates()).isEqualTo("3 % · from ¥50,000 5 %");
        assertThat(saved.status()).isEqualTo("Scheduled");
        assertThat(model.selectedProperty().get()).isEqualTo(saved);

        assertThat(model.newVersion()).isTrue();
        model.tiers().get(1).rateProperty().set("6");
        model.effectiveFromProperty().set(TODAY.plusDays(10));
        assertThat(model.save()).isTrue();

        List<IncentiveRule> versions = store.incentives.rules().stream()
                .filter(r -> r.ruleId().equals(saved.rule().ruleId())).toList();
        assertThat(versions).extracting(IncentiveRule::version).containsExactly(1, 2);
        assertThat(versions.get(0).effectiveTo()).isEqualTo(TODAY.plusDays(10));
        assertThat(versions.get(0).tiers()).containsExactly(new Tier(0, 300), new Tier(5_000_000, 500));
        assertThat(versions.get(1).tiers()).containsExactly(new Tier(0, 300), new Tier(5_000_000, 600));
        assertThat(model.history()).extracting(RuleRow::version).containsExactly(2, 1);
        assertThat(model.messageProperty().get()).contains("Tea tiers", "version 2");
        assertThat(audits()).isEqualTo(audited + 2);
    }

    @Test
    void problemsAreShownUnderTheirFieldsInThePersonsLanguageAndNothingIsSaved() {
        int before = store.incentives.rules().size();
        IncentiveRulesViewModel english = model(Role.OWNER, Locale.ENGLISH);
        english.newRule();
        english.kindProperty().set(RuleKind.TIERED_COMMISSION);
        english.tiers().setAll(new TierRow("0", "5"), new TierRow("1000", "3"), new TierRow("500", "abc"));

        assertThat(english.save()).isFalse();

        assertThat(english.problemProperty(RuleValidation.NAME).get()).isEqualTo("Give the rule a name.");
        assertThat(english.problemProperty(RuleValidation.TIERS).get()).contains("Tier 3: \"abc\" is not a percentage.");
        assertThat(english.problemProperty(RuleValidation.EFFECTIVE_FROM).get()).isEmpty();

        IncentiveRulesViewModel chinese = model(Role.OWNER, Locale.SIMPLIFIED_CHINESE);
        chinese.newRule();
        chinese.kindProperty().set(RuleKind.TIERED_COMMISSION);
        chinese.nameProperty().set("阶梯");
        chinese.tiers().setAll(new TierRow("0", "5"), new TierRow("1000", "3"));
        assertThat(chinese.save()).isFalse();
        assertThat(chinese.problemProperty(RuleValidation.TIERS).get())
                .isEqualTo("第 2 个阶梯的比例低于前一个：更高的阶梯不能少付。");
        assertThat(chinese.problemProperty(RuleValidation.NAME).get()).isEmpty();

        chinese.kindProperty().set(RuleKind.NEW_CUSTOMER_BONUS);
        chinese.amountProperty().set("0");
        assertThat(chinese.save()).isFalse();
        assertThat(chinese.problemProperty(RuleValidation.AMOUNT).get()).isEqualTo("奖励须大于 0。");
        assertThat(store.incentives.rules()).hasSize(before);
    }

    @Test
    void aManagerSeesTheRulesButCannotSaveOrRetire() {
        IncentiveRulesViewModel owner = model(Role.OWNER, Locale.ENGLISH);
        owner.newRule();
        owner.kindProperty().set(RuleKind.NEW_CUSTOMER_BONUS);
        owner.nameProperty().set("Welcome bonus");
        owner.amountProperty().set("20");
        assertThat(owner.save()).isTrue();
        int before = store.incentives.rules().size();
        int audited = audits();

        IncentiveRulesViewModel manager = model(Role.MANAGER, Locale.ENGLISH);
        assertThat(manager.editable()).isFalse();
        RuleRow welcome = manager.rows().stream().filter(r -> r.name().equals("Welcome bonus")).findFirst()
                .orElseThrow();
        assertThat(welcome.amount()).isEqualTo("¥20.00");
        manager.newRule();
        manager.kindProperty().set(RuleKind.NEW_CUSTOMER_BONUS);
        manager.nameProperty().set("Sneaky bonus");
        manager.amountProperty().set("500");
        assertThat(manager.save()).isFalse();
        assertThat(manager.errorProperty().get()).isEqualTo("Only the owner changes incentive rules and settings.");
        manager.selectedProperty().set(welcome);
        assertThat(manager.retire()).isFalse();
        assertThat(manager.saveSettings()).isFalse();

        assertThat(store.incentives.rules()).hasSize(before);
        assertThat(audits()).isEqualTo(audited);
    }

    @Test
    void retiringWritesAnInactiveVersionFromTheChosenDay() {
        IncentiveRulesViewModel model = model(Role.OWNER, Locale.ENGLISH);
        model.newRule();
        model.nameProperty().set("Flat 2");
        model.tiers().get(0).rateProperty().set("2");
        assertThat(model.save()).isTrue();
        model.retireFromProperty().set(TODAY.plusDays(20));

        assertThat(model.retire()).isTrue();

        IncentiveRule last = store.incentives.rules().stream().filter(r -> r.name().equals("Flat 2"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(last.active()).isFalse();
        assertThat(last.version()).isEqualTo(2);
        assertThat(last.effectiveFrom()).isEqualTo(TODAY.plusDays(20));
        assertThat(model.history()).extracting(RuleRow::status).containsExactly("Retirement", "Scheduled");
    }
}
