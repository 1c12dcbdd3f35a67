package app.counterpart.core.customers.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Compares every figure of a {@link RetentionReport} with the slow way over a {@link History}'s rows. */
public final class BruteForce {

    private BruteForce() {
    }

    public static void check(History h, LocalDate today, int days, RetentionReport report) {
        YearMonth current = YearMonth.from(today);
        List<YearMonth> cohorts = h.customers().stream().map(h::cohort).filter(Objects::nonNull).distinct().sorted()
                .toList();
        YearMonth oldest = cohorts.isEmpty() || cohorts.get(0).isBefore(current.minusMonths(23))
                ? (cohorts.isEmpty() ? current : current.minusMonths(23)) : cohorts.get(0);

        CohortMatrix m = report.cohorts();
        assertThat(m.rows()).extracting(CohortMatrix.Row::cohort).containsExactlyElementsOf(months(oldest, current));
        for (CohortMatrix.Row row : m.rows()) {
            assertThat(row.size()).as("size of %s", row.cohort()).isEqualTo(h.cohortSize(row.cohort()));
            assertThat(row.cells()).hasSize(24);
            for (CohortMatrix.Cell cell : row.cells()) {
                boolean happened = !row.cohort().plusMonths(cell.monthsAfter()).isAfter(current);
                assertThat(cell.happened()).as("%s +%d happened", row.cohort(), cell.monthsAfter()).isEqualTo(happened);
                assertThat(cell.customers()).as("%s +%d", row.cohort(), cell.monthsAfter())
                        .isEqualTo(happened ? h.cell(row.cohort(), cell.monthsAfter()) : 0);
            }
        }

        assertThat(report.activation().rows()).extracting(Activation.Row::cohort)
                .containsExactlyElementsOf(months(oldest, current));
        for (Activation.Row row : report.activation().rows()) {
            List<String> members = h.customers().stream().filter(c -> row.cohort().equals(h.cohort(c))).toList();
            List<String> judged = members.stream().filter(c -> h.judged(c, days, today)).toList();
            assertThat(row.newCustomers()).isEqualTo(members.size());
            assertThat(row.judged()).as("judged in %s", row.cohort()).isEqualTo(judged.size());
            assertThat(row.activated()).as("activated in %s", row.cohort())
                    .isEqualTo(judged.stream().filter(c -> h.activated(c, days)).count());
        }

        assertThat(report.revenue()).extracting(RevenueMonth::month).containsExactlyElementsOf(months(oldest, current));
        for (RevenueMonth r : report.revenue()) {
            List<String> returning = h.customers().stream()
                    .filter(c -> h.cohort(c) != null && h.cohort(c).isBefore(r.month()) && h.boughtIn(c, r.month()))
                    .toList();
            assertThat(r.returning()).as("returning in %s", r.month()).isEqualTo(returning.size());
            assertThat(r.returningNetMinor()).isEqualTo(returning.stream().mapToLong(c -> h.net(c, r.month())).sum());
        }

        Referrals refs = report.referrals();
        assertThat(refs.recorded()).isEqualTo(!h.referrals.isEmpty());
        Map<String, List<String>> byReferrer = h.referrals.stream().collect(Collectors.groupingBy(
                Referral::referrerId, Collectors.mapping(Referral::customerId, Collectors.toList())));
        assertThat(refs.referrers()).hasSize(byReferrer.size());
        for (Referrals.Referrer r : refs.referrers()) {
            assertThat(r.referred()).isEqualTo(byReferrer.get(r.customerId()).size());
            assertThat(r.referredNetMinor()).isEqualTo(byReferrer.get(r.customerId()).stream().mapToLong(h::net).sum());
        }
        for (int i = 1; i < refs.referrers().size(); i++) {
            assertThat(refs.referrers().get(i - 1).referred()).isGreaterThanOrEqualTo(refs.referrers().get(i).referred());
        }
        List<String> referred = h.referrals.stream().map(Referral::customerId).toList();
        checkGroup(h, current, refs.referred(), h.customers().stream()
                .filter(c -> h.cohort(c) != null && referred.contains(c)).toList());
        checkGroup(h, current, refs.notReferred(), h.customers().stream()
                .filter(c -> h.cohort(c) != null && !referred.contains(c)).toList());
    }

    private static void checkGroup(History h, YearMonth current, Referrals.Group group, List<String> members) {
        assertThat(group.customers()).isEqualTo(members.size());
        for (Referrals.Point p : group.points()) {
            List<String> judged = members.stream()
                    .filter(c -> !h.cohort(c).plusMonths(p.monthsAfter()).isAfter(current)).toList();
            assertThat(p.judged()).isEqualTo(judged.size());
            assertThat(p.bought()).isEqualTo(judged.stream()
                    .filter(c -> h.boughtIn(c, h.cohort(c).plusMonths(p.monthsAfter()))).count());
        }
    }

    static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> all = new java.util.ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            all.add(m);
        }
        return all;
    }
}
