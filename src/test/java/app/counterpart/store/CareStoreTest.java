package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.CARE_TASK;
import static app.counterpart.store.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.care.Assignee;
import app.counterpart.core.customers.care.CareException;
import app.counterpart.core.customers.care.CareRule;
import app.counterpart.core.customers.care.CareRuleKind;
import app.counterpart.core.customers.care.CareService;
import app.counterpart.core.customers.care.CareTask;
import app.counterpart.core.customers.care.CareTaskGenerator;
import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Care tasks on a real SQLite store with five days of demo history. */
class CareStoreTest {

    @TempDir
    Path dir;
    MutableClock clock;
    DemoFixture store;
    CareService care;
    Shop shop;
    Staff owner;

    @BeforeEach
    void open() {
        // 10:00 in Shanghai on the day after the demo history ends
        clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 5);
        shop = store.shops.shop().orElseThrow();
        care = new CareService(store.care, () -> LifecycleRules.DEFAULT, shop.calendar(), IdGenerator.secure(clock),
                clock);
        owner = store.staff.staff().stream().filter(s -> s.role() == app.counterpart.core.staff.Role.OWNER)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    int taskRows() {
        return store.db.read(ctx -> ctx.fetchCount(CARE_TASK));
    }

    @Test
    void generatingTwiceCreatesNothingNew() {
        LocalDate today = care.today();
        int expected = CareTaskGenerator.generate(new CareTaskGenerator.Input(today, store.care.rules(),
                LifecycleRules.DEFAULT, store.care.stageTeams(), store.care.candidates(shop.calendar()), List.of()))
                .size();
        assertThat(expected).as("the demo gives the rules something to do").isPositive();

        assertThat(care.generate()).isEqualTo(expected);
        int outbox = store.db.read(ctx -> ctx.fetchCount(OUTBOX, OUTBOX.ENTITY.eq("care_task")));
        assertThat(care.generate()).isZero();
        clock.advance(Duration.ofHours(3));
        assertThat(care.generate()).isZero();
        assertThat(taskRows()).isEqualTo(expected);
        assertThat(store.db.<Integer>read(ctx -> ctx.fetchCount(OUTBOX, OUTBOX.ENTITY.eq("care_task")))).isEqualTo(outbox)
                .isEqualTo(expected);
    }

    @Test
    void theDashboardCountsTheOpenTasksWhoseDayHasCome() {
        care.generate();
        LocalDate today = care.today();
        List<CareTask> tasks = care.tasks();
        assertThat(store.kpis.careTasksDue(today)).isEqualTo(
                (int) tasks.stream().filter(t -> t.overdue(today) || t.dueToday(today)).count()).isPositive();

        CareTask first = tasks.stream().filter(t -> t.overdue(today) || t.dueToday(today)).findFirst().orElseThrow();
        int before = store.kpis.careTasksDue(today);
        care.snooze(first.id(), owner.id(), today.plusDays(2));
        assertThat(store.kpis.careTasksDue(today)).isEqualTo(before - 1);
        assertThat(store.kpis.careTasksDue(today.plusDays(2))).isGreaterThanOrEqualTo(before);
        care.done(tasks.stream().filter(t -> !t.id().equals(first.id()) && (t.overdue(today) || t.dueToday(today)))
                .findFirst().orElseThrow().id(), owner.id(), ServiceKind.CALL, "");
        assertThat(store.kpis.careTasksDue(today)).isEqualTo(before - 2);
    }

    @Test
    void theDemoTeamsGetTheTasksOfTheirStages() {
        care.generate();
        Set<String> teams = store.care.teams().stream().map(t -> t.id()).collect(Collectors.toSet());
        List<CareTask> tasks = care.tasks();
        assertThat(tasks).isNotEmpty().allSatisfy(t -> assertThat(teams).contains(t.teamId()));
    }

    @Test
    void doneWithAnOutcomeWritesItToTheTimelineInTheSameStep() {
        care.generate();
        CareTask task = care.tasks().get(0);
        Staff cashier = store.staff.staff().get(2);

        care.done(task.id(), cashier.id(), ServiceKind.CALL, "Will come on Saturday for the voucher");

        CareTask after = store.care.task(task.id()).orElseThrow();
        assertThat(after.done()).isTrue();
        assertThat(after.doneBy()).isEqualTo(cashier.id());
        assertThat(after.doneDay()).isEqualTo(care.today());
        var note = store.timeline.entry(after.outcomeNoteId()).orElseThrow();
        assertThat(note.customerId()).isEqualTo(task.customerId());
        assertThat(note.kind()).isEqualTo(ServiceKind.CALL);
        assertThatThrownBy(() -> care.done(task.id(), cashier.id(), ServiceKind.CALL, ""))
                .isInstanceOfSatisfying(CareException.class,
                        e -> assertThat(e.problem()).isEqualTo(CareException.Problem.ALREADY_DONE));
    }

    @Test
    void doneWithoutAnOutcomeWritesNoNote() {
        care.generate();
        CareTask task = care.tasks().get(0);
        int notes = store.timeline.entries(task.customerId()).size();
        care.done(task.id(), owner.id(), ServiceKind.CALL, "  ");
        assertThat(store.care.task(task.id()).orElseThrow().outcomeNoteId()).isNull();
        assertThat(store.timeline.entries(task.customerId())).hasSize(notes);
    }

    @Test
    void aSnoozedTaskIsNeitherDueNorOverdueUntilItsDay() {
        care.generate();
        LocalDate today = care.today();
        CareTask task = care.tasks().get(0);
        assertThatThrownBy(() -> care.snooze(task.id(), owner.id(), today))
                .isInstanceOfSatisfying(CareException.class,
                        e -> assertThat(e.problem()).isEqualTo(CareException.Problem.SNOOZE_NOT_AFTER_TODAY));
        assertThatThrownBy(() -> care.snooze(task.id(), owner.id(), today.plusDays(CareService.MAX_SNOOZE_DAYS + 1)))
                .isInstanceOfSatisfying(CareException.class,
                        e -> assertThat(e.problem()).isEqualTo(CareException.Problem.SNOOZE_TOO_FAR));

        care.snooze(task.id(), owner.id(), today.plusDays(2));
        CareTask snoozed = store.care.task(task.id()).orElseThrow();
        assertThat(snoozed.snoozed(today)).isTrue();
        assertThat(snoozed.overdue(today)).isFalse();
        assertThat(snoozed.dueToday(today)).isFalse();
        assertThat(snoozed.dueToday(today.plusDays(2))).isTrue();
        assertThat(snoozed.overdue(today.plusDays(3))).isTrue();
    }

    @Test
    void theNextBusinessDayBringsItsOwnTasks() {
        care.generate();
        int before = taskRows();
        // a week on: other birthdays come into their greeting window
        clock.advance(Duration.ofDays(7));
        int added = care.generate();
        assertThat(taskRows()).isEqualTo(before + added);
        assertThat(care.generate()).isZero();
    }

    @Test
    void savingRulesIsAuditedAndABadNumberOfDaysIsRefused() {
        List<CareRule> rules = store.care.rules();
        CareRule birthday = rules.stream().filter(r -> r.kind() == CareRuleKind.BIRTHDAY).findFirst().orElseThrow();
        CareRule bad = new CareRule(birthday.id(), birthday.kind(), true, 400, Assignee.person(owner.id()));
        Set<String> active = Set.of(owner.id());

        List<CareRule.Problem> problems = care.saveRules(List.of(bad), Map.of(), active, owner.id());
        assertThat(problems).extracting(CareRule.Problem::field).containsExactly(CareRule.Field.DAYS);

        CareRule good = new CareRule(birthday.id(), birthday.kind(), true, 10, Assignee.person(owner.id()));
        assertThat(care.saveRules(List.of(good), store.care.stageTeams(), active, owner.id())).isEmpty();
        assertThat(store.care.rules()).contains(good);
        assertThat(store.db.<Integer>read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("care_rule.save")
                .and(AUDIT_LOG.STAFF_ID.eq(owner.id()))))).isEqualTo(1);
    }

    @Test
    void aTeamNameMustBeUnique() {
        String taken = store.care.teams().get(0).name();
        assertThatThrownBy(() -> care.saveTeam(null, taken.toUpperCase(), List.of(owner.id()), owner.id()))
                .isInstanceOfSatisfying(CareException.class,
                        e -> assertThat(e.problem()).isEqualTo(CareException.Problem.TEAM_NAME_TAKEN));
        var team = care.saveTeam(null, "Weekend crew", List.of(owner.id()), owner.id());
        assertThat(store.care.teams()).contains(team);
    }
}
