package app.counterpart.core.customers.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filters and counts of care tasks on a fixed day, with no store. */
class CareBoardTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Team FRONT = new Team("t-front", "Front", List.of("anna", "ben"));
    static final Team CARE = new Team("t-care", "Care", List.of("owner"));

    static CareTask open(String id, LocalDate due, String staff, String team, LocalDate snoozed) {
        return new CareTask(id, "r", CareRuleKind.DORMANT, "c-" + id, "Customer " + id, null, due, staff, team, false,
                snoozed, null, null, null, null);
    }

    static CareTask done(String id, LocalDate due, String staff, String team, String by, LocalDate on) {
        return new CareTask(id, "r", CareRuleKind.BIRTHDAY, "c-" + id, "Customer " + id, null, due, staff, team, true,
                null, by, on.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), on, null);
    }

    final List<CareTask> tasks = List.of(
            open("late", TODAY.minusDays(2), "anna", null, null),
            open("today", TODAY, null, "t-front", null),
            open("snoozed", TODAY.minusDays(5), null, "t-care", TODAY.plusDays(1)),
            open("nobody", TODAY.minusDays(1), null, null, null),
            done("called", TODAY.minusDays(1), null, "t-front", "ben", TODAY),
            done("old", TODAY.minusDays(9), "anna", null, "anna", TODAY.minusDays(3)));

    static List<String> ids(List<CareTask> tasks) {
        return tasks.stream().map(CareTask::id).toList();
    }

    @Test
    void aSnoozedTaskIsNeitherOverdueNorDueUntilItsDay() {
        CareTask snoozed = tasks.get(2);
        assertThat(snoozed.snoozed(TODAY)).isTrue();
        assertThat(snoozed.overdue(TODAY)).isFalse();
        assertThat(snoozed.dueToday(TODAY.plusDays(1))).isTrue();
        assertThat(snoozed.overdue(TODAY.plusDays(2))).isTrue();
    }

    @Test
    void mineIsWhatIsGivenToMeAndWhatIDid() {
        CareBoard.Viewer anna = CareBoard.Viewer.of("anna", List.of(FRONT, CARE));
        assertThat(ids(CareBoard.filter(tasks, CareBoard.Scope.MINE, CareBoard.Show.OPEN, anna, TODAY)))
                .containsExactly("late");
        assertThat(ids(CareBoard.filter(tasks, CareBoard.Scope.MINE, CareBoard.Show.DONE, anna, TODAY)))
                .containsExactly("old");
    }

    @Test
    void myTeamIsTheTeamsTasksAndMyTeamMatesTasksAndSkipsUnassignedOnes() {
        CareBoard.Viewer ben = CareBoard.Viewer.of("ben", List.of(FRONT, CARE));
        assertThat(ids(CareBoard.filter(tasks, CareBoard.Scope.MY_TEAM, CareBoard.Show.OPEN, ben, TODAY)))
                .containsExactly("late", "today");
        CareBoard.Viewer nobody = CareBoard.Viewer.of(null, List.of(FRONT, CARE));
        assertThat(CareBoard.filter(tasks, CareBoard.Scope.MY_TEAM, CareBoard.Show.OPEN, nobody, TODAY)).isEmpty();
    }

    @Test
    void overdueListsOpenTasksPastTheirDayOldestFirst() {
        CareBoard.Viewer owner = CareBoard.Viewer.of("owner", List.of(FRONT, CARE));
        assertThat(ids(CareBoard.filter(tasks, CareBoard.Scope.ALL, CareBoard.Show.OVERDUE, owner, TODAY)))
                .containsExactly("late", "nobody");
    }

    @Test
    void countsPerPersonAndTeam() {
        Map<String, CareCounts> people = CareBoard.byStaff(tasks, TODAY);
        assertThat(people.get("anna")).isEqualTo(new CareCounts(1, 1, 0, 0));
        assertThat(people.get("ben")).isEqualTo(new CareCounts(0, 0, 0, 1));
        Map<String, CareCounts> teams = CareBoard.byTeam(tasks, TODAY);
        assertThat(teams.get("t-front")).isEqualTo(new CareCounts(1, 0, 1, 1));
        assertThat(teams.get("t-care")).isEqualTo(new CareCounts(1, 0, 0, 0));
        assertThat(CareBoard.total(tasks, TODAY)).isEqualTo(new CareCounts(4, 2, 1, 1));
    }

    @Test
    void doneTasksListNewestFirst() {
        CareBoard.Viewer owner = CareBoard.Viewer.of("owner", List.of());
        assertThat(ids(CareBoard.filter(tasks, CareBoard.Scope.ALL, CareBoard.Show.DONE, owner, TODAY)))
                .containsExactly("called", "old");
        assertThat(Instant.EPOCH).isBefore(tasks.get(4).doneAt());
    }
}
