package app.counterpart.ui.customers.rules;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.event.EventBus;
import app.counterpart.store.Database;
import app.counterpart.store.customers.JooqLifecycleRulesRepository;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules editor over a real store: per-field problems in the screen's language, saving, and its audit row. */
class LifecycleRulesViewModelTest {

    static Path dir;
    static Database db;
    static JooqLifecycleRulesRepository repository;
    final AtomicInteger recomputations = new AtomicInteger();

    /** Both engines run this class, jqwik the property and JUnit the examples, each with its own store. */
    @BeforeContainer
    @BeforeAll
    static void open() throws IOException {
        dir = Files.createTempDirectory("rules-test");
        db = Database.open(dir);
        repository = new JooqLifecycleRulesRepository(db, Clock.systemUTC());
    }

    @AfterContainer
    @AfterAll
    static void close() {
        db.close();
    }

    private LifecycleRulesViewModel model(Locale locale, boolean editable) {
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(locale), Theme.LIGHT, Clock.systemUTC());
        LifecycleRulesViewModel model = new LifecycleRulesViewModel(repository, ui, () -> null, editable,
                recomputations::incrementAndGet);
        model.load();
        return model;
    }

    private static void type(LifecycleRulesViewModel model, Object... values) {
        for (int i = 0; i < values.length; i++) {
            model.valueProperty(LifecycleRulesViewModel.FIELDS.get(i)).set(String.valueOf(values[i]));
        }
    }

    private static List<String> problems(LifecycleRulesViewModel model) {
        return LifecycleRulesViewModel.FIELDS.stream().map(f -> model.problemProperty(f).get()).toList();
    }

    @Property(tries = 200)
    void theFormSavesExactlyWhatTheRulesAcceptAndNamesAFieldOtherwise(
            @ForAll @IntRange(min = -5, max = 4000) int newDays, @ForAll @IntRange(min = -1, max = 1200) int visits,
            @ForAll @IntRange(min = -1, max = 400) int active, @ForAll @IntRange(min = -1, max = 800) int atRisk,
            @ForAll @IntRange(min = -1, max = 4000) int dormant) {
        LifecycleRulesViewModel model = model(I18n.ENGLISH, true);
        type(model, newDays, visits, active, atRisk, dormant);
        boolean valid = LifecycleRules.problems(newDays, visits, active, atRisk, dormant).isEmpty();

        boolean started = model.save();

        assertThat(started).isEqualTo(valid);
        assertThat(problems(model).stream().anyMatch(p -> !p.isEmpty())).isEqualTo(!valid);
        assertThat(model.errorProperty().get()).isEmpty();
        if (valid) {
            assertThat(repository.current()).isEqualTo(new LifecycleRules(newDays, visits, active, atRisk, dormant));
        }
    }

    @Test
    void problemsAreShownPerFieldInChinese() {
        LifecycleRulesViewModel model = model(I18n.CHINESE, true);
        type(model, "三十", 2, 45, 40, 30);

        assertThat(model.save()).isFalse();

        assertThat(problems(model)).containsExactly("“三十”不是整数。", "", "", "", "");
        type(model, 30, 2, 45, 40, 30);
        assertThat(model.save()).isFalse();
        assertThat(problems(model)).containsExactly("", "", "", "应大于活跃天数（45）。", "应大于流失风险天数（40）。");
    }

    @Test
    void savingStoresTheRulesAuditsAndAsksForARecomputation() {
        LifecycleRulesViewModel model = model(I18n.ENGLISH, true);
        type(model, 21, 1, 30, 75, 200);
        int audits = db.read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("lifecycle_rules.change")));

        assertThat(model.save()).isTrue();

        assertThat(repository.current()).isEqualTo(new LifecycleRules(21, 1, 30, 75, 200));
        assertThat(model.messageProperty().get()).isEqualTo("Saved. The stages are being recomputed.");
        assertThat(recomputations).hasValue(1);
        int auditsAfter = db.read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("lifecycle_rules.change")));
        assertThat(auditsAfter).isEqualTo(audits + 1);
        // Opened again, the editor shows what was saved; Defaults fills the defaults without saving them.
        LifecycleRulesViewModel again = model(I18n.ENGLISH, true);
        assertThat(again.valueProperty(LifecycleRulesViewModel.AT_RISK_DAYS).get()).isEqualTo("75");
        again.resetToDefaults();
        assertThat(again.valueProperty(LifecycleRulesViewModel.AT_RISK_DAYS).get()).isEqualTo("90");
        assertThat(repository.current().atRiskDays()).isEqualTo(75);
    }

    @Test
    void someoneWhoMayNotChangeTheRulesCannotSave() {
        LifecycleRulesViewModel model = model(I18n.ENGLISH, false);
        type(model, 10, 1, 20, 30, 40);

        assertThat(model.save()).isFalse();

        assertThat(repository.current()).isNotEqualTo(new LifecycleRules(10, 1, 20, 30, 40));
    }
}
