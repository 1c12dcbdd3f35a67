package app.counterpart.ui.customers.care;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.care.CareRuleKind;
import app.counterpart.core.customers.care.CareService;
import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner's rules editor: a message per wrong field, nothing saved until all are right, saving audited. */
class CareRulesViewModelTest {

    @TempDir
    Path dir;
    DemoFixture store;
    CareRulesViewModel model;
    Staff owner;

    @BeforeEach
    void open() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 1);
        owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
        CareService care = new CareService(store.care, () -> LifecycleRules.DEFAULT,
                store.shops.shop().orElseThrow().calendar(), IdGenerator.secure(clock), clock);
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { throw e; }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, clock);
        model = new CareRulesViewModel(care, store.staff::staff, owner::id, ui);
        model.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    CareRulesViewModel.RuleForm form(CareRuleKind kind) {
        return model.rules().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    int audits() {
        return store.db.<Integer>read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("care_rule.save")));
    }

    @Test
    void eachWrongFieldSaysWhatIsWrongAndNothingIsSaved() {
        form(CareRuleKind.BIRTHDAY).daysProperty().set("soon");
        form(CareRuleKind.DORMANT).daysProperty().set("3");
        AtomicBoolean saved = new AtomicBoolean();

        model.save(() -> saved.set(true));

        assertThat(saved).isFalse();
        assertThat(form(CareRuleKind.BIRTHDAY).daysErrorProperty().get())
                .isEqualTo("Days must be a whole number, not \"soon\".");
        assertThat(form(CareRuleKind.DORMANT).daysErrorProperty().get())
                .isEqualTo("Days must be between 7 and 365, not 3.");
        assertThat(form(CareRuleKind.FIRST_PURCHASE).daysErrorProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("Nothing was saved");
        assertThat(audits()).isZero();
    }

    @Test
    void rightRulesAreSavedWithTheStageTeamsAndAudited() {
        form(CareRuleKind.FIRST_PURCHASE).daysProperty().set("5");
        form(CareRuleKind.FIRST_PURCHASE).enabledProperty().set(false);
        var team = model.teamChoices().get(1);
        model.stageTeamProperty(LifecycleStage.LOST).set(team);
        AtomicBoolean saved = new AtomicBoolean();

        model.save(() -> saved.set(true));

        assertThat(saved).isTrue();
        var rule = store.care.rules().stream().filter(r -> r.kind() == CareRuleKind.FIRST_PURCHASE).findFirst()
                .orElseThrow();
        assertThat(rule.days()).isEqualTo(5);
        assertThat(rule.enabled()).isFalse();
        assertThat(store.care.stageTeams()).containsEntry(LifecycleStage.LOST, team.teamId());
        assertThat(audits()).isEqualTo(model.rules().size());
    }

    @Test
    void aNewTeamWithATakenNameIsRefusedBesideTheField() {
        model.teamNameProperty().set(model.teams().get(0).name());
        model.saveTeam();
        assertThat(model.teamErrorProperty().get()).startsWith("There is a team called");
        model.teamNameProperty().set("Weekend crew");
        model.teamMembers().setAll(model.staff().get(0));
        model.saveTeam();
        assertThat(model.teamErrorProperty().get()).isEmpty();
        assertThat(model.teams()).anyMatch(t -> t.name().equals("Weekend crew"));
    }
}
