package app.counterpart.core.customers.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.counterpart.core.common.BusinessCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static RetentionReport checked(History h, LocalDate today, int days) {
        RetentionReport report = new Retention(h.facts(), today).report(days);
        BruteForce.check(h, today, days, report);
        return report;
    }

    private static CohortMatrix.Row row(RetentionReport r, YearMonth cohort) {
        return r.cohorts().rows().stream().filter(x -> x.cohort().equals(cohort)).findFirst().orElseThrow();
    }

    @Test
    void voidedFirstSaleDoesNotMakeACustomerOfThatMonth() {
        History h = new History();
        String first = h.sale("a", LocalDate.of(2026, 1, 31), 1000);
        h.voidOf(first, LocalDate.of(2026, 2, 1));
        h.sale("a", LocalDate.of(2026, 2, 3), 500);
        h.sale("b", LocalDate.of(2026, 1, 10), 700);

        RetentionReport r = checked(h, TODAY, 30);

        assertThat(row(r, YearMonth.of(2026, 1)).size()).isEqualTo(h.cohortSize(YearMonth.of(2026, 1)));
        assertThat(row(r, YearMonth.of(2026, 2)).cells().get(0).customers()).isEqualTo(1);
        assertThat(row(r, YearMonth.of(2026, 1)).cells().get(1).customers()).isZero();
    }

    @Test
    void customerWhoseOnlySaleWasVoidedIsNoCustomerAtAll() {
        History h = new History();
        h.voidOf(h.sale("a", LocalDate.of(2026, 3, 5), 1000), LocalDate.of(2026, 3, 5));
        h.sale("b", LocalDate.of(2026, 3, 6), 100);

        RetentionReport r = checked(h, TODAY, 30);

        assertThat(r.cohorts().rows()).extracting(CohortMatrix.Row::size).containsOnly(0, 1);
        assertThat(r.funnel().newCustomers()).isEqualTo(1);
    }

    @Test
    void refundLowersMoneyButDoesNotUndoAPurchase() {
        History h = new History();
        String s = h.sale("a", LocalDate.of(2026, 5, 20), 2000);
        h.sale("a", LocalDate.of(2026, 6, 2), 800);
        h.refund(s, LocalDate.of(2026, 6, 2), 2000);
        h.sale("a", LocalDate.of(2026, 7, 1), 300);

        RetentionReport r = checked(h, TODAY, 30);

        assertThat(row(r, YearMonth.of(2026, 5)).cells().subList(0, 3)).extracting(CohortMatrix.Cell::customers)
                .containsExactly(1, 1, 1);
        RevenueMonth june = r.revenue().stream().filter(m -> m.month().equals(YearMonth.of(2026, 6))).findFirst()
                .orElseThrow();
        assertThat(june.returningNetMinor()).isEqualTo(h.net("a", YearMonth.of(2026, 6))).isNegative();
    }

    @Test
    void theBusinessDayDecidesTheMonthNotTheClock() {
        BusinessCalendar berlin = new BusinessCalendar(ZoneId.of("Europe/Berlin"), 4);
        LocalDate lateNight = berlin.businessDay(LocalDateTime.of(2026, 3, 1, 2, 30)
                .atZone(ZoneId.of("Europe/Berlin")).toInstant());
        LocalDate morning = berlin.businessDay(LocalDateTime.of(2026, 3, 1, 9, 0)
                .atZone(ZoneId.of("Europe/Berlin")).toInstant());
        History h = new History();
        h.sale("night owl", lateNight, 100);
        h.sale("night owl", morning, 100);

        RetentionReport r = checked(h, TODAY, 30);

        assertThat(row(r, YearMonth.of(2026, 2)).size()).isEqualTo(1);
        assertThat(row(r, YearMonth.of(2026, 2)).cells().get(1).customers()).isEqualTo(1);
    }

    @Test
    void monthsNotBegunAreNotYetRatherThanZero() {
        History h = new History();
        h.sale("a", LocalDate.of(2026, 9, 3), 100);

        RetentionReport r = checked(h, TODAY, 30);

        CohortMatrix.Row sept = row(r, YearMonth.of(2026, 9));
        assertThat(sept.cells().get(2).happened()).isTrue();
        assertThat(sept.cells().get(3).happened()).isFalse();
        assertThat(sept.cells().stream().filter(c -> !c.happened())).hasSize(24 - 3);
    }

    @Test
    void onlyTheLastTwentyFourCohortsAreShown() {
        History h = new History();
        h.sale("old", LocalDate.of(2023, 1, 5), 100);
        h.sale("old", LocalDate.of(2026, 2, 5), 100);
        h.sale("new", LocalDate.of(2025, 1, 5), 100);

        RetentionReport r = checked(h, TODAY, 30);

        assertThat(r.cohorts().rows()).hasSize(24);
        assertThat(r.cohorts().rows().get(0).cohort()).isEqualTo(YearMonth.from(TODAY).minusMonths(23));
    }

    @Test
    void activationWaitsUntilTheWindowHasClosed() {
        History h = new History();
        h.sale("early", LocalDate.of(2026, 11, 2), 100);
        h.sale("early", LocalDate.of(2026, 11, 20), 100);
        h.sale("judged", LocalDate.of(2026, 10, 1), 100);
        h.sale("judged", LocalDate.of(2026, 10, 31), 100);
        h.sale("same day", LocalDate.of(2026, 10, 2), 100);
        h.sale("same day", LocalDate.of(2026, 10, 2), 100);

        RetentionReport r = checked(h, TODAY, 30);

        Activation.Row nov = r.activation().rows().get(r.activation().rows().size() - 1);
        assertThat(nov.tooEarly()).isTrue();
        Activation.Row oct = r.activation().rows().get(r.activation().rows().size() - 2);
        assertThat(oct.judged()).isEqualTo(2);
        assertThat(oct.activated()).isEqualTo(1);
        assertThat(new Retention(h.facts(), TODAY).activation(29).rows().get(1).activated()).isZero();
    }

    @Test
    void activationDaysOutsideTheRangeAreRefused() {
        Retention retention = new Retention(new History().facts(), TODAY);
        assertThatThrownBy(() -> retention.activation(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> retention.activation(Activation.MAX_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void referrersRankByCustomersBroughtThenBySpend() {
        History h = new History();
        h.sale("ann", LocalDate.of(2026, 1, 3), 100);
        h.sale("bo", LocalDate.of(2026, 1, 4), 100);
        h.sale("c1", LocalDate.of(2026, 2, 1), 900);
        h.sale("c2", LocalDate.of(2026, 2, 2), 100);
        h.sale("c2", LocalDate.of(2026, 3, 2), 100);
        h.sale("c3", LocalDate.of(2026, 2, 9), 5000);
        h.referral("c1", "ann");
        h.referral("c2", "ann");
        h.referral("c3", "bo");
        h.referral("never bought", "bo");

        RetentionReport r = checked(h, TODAY, 30);

        assertThat(r.referrals().referrers()).extracting(Referrals.Referrer::customerId).containsExactly("bo", "ann");
        assertThat(r.referrals().referrers().get(0).name()).isEqualTo("name of bo");
    }

    @Test
    void noReferralRecordedIsSaidRatherThanCounted() {
        History h = new History();
        h.sale("a", LocalDate.of(2026, 10, 3), 100);

        RetentionReport r = checked(h, TODAY, 30);

        assertThat(r.referrals().recorded()).isFalse();
        Funnel.Stage referral = stage(r.funnel().aarrr(), Funnel.Step.REFERRAL);
        assertThat(referral.figure()).isEmpty();
        assertThat(referral.unknowns()).extracting(Funnel.Unknown::reason).containsExactly(Funnel.Reason.NO_REFERRALS);
    }

    @Test
    void funnelHasTheSameStagesInBothOrders() {
        History h = new History();
        h.sale("a", LocalDate.of(2026, 6, 3), 100);
        h.sale("a", LocalDate.of(2026, 6, 20), 100);
        h.sale("a", LocalDate.of(2026, 8, 1), 250);
        h.sale("b", LocalDate.of(2026, 7, 3), 400);
        h.sale("c", LocalDate.of(2026, 11, 25), 400);
        h.referral("b", "a");
        h.anonymous.put(LocalDate.of(2026, 7, 1), 40);
        h.anonymous.put(LocalDate.of(2024, 7, 1), 1000);

        Funnel f = checked(h, TODAY, 30).funnel();

        assertThat(f.rarra()).extracting(Funnel.Stage::step).containsExactlyElementsOf(Funnel.Step.RARRA);
        assertThat(f.aarrr()).extracting(Funnel.Stage::step).containsExactlyElementsOf(Funnel.Step.AARRR);
        assertThat(f.rarra()).containsExactlyInAnyOrderElementsOf(f.aarrr());
        assertThat(stage(f.aarrr(), Funnel.Step.ACQUISITION).figure()).contains(new Funnel.Figure(3, 3, false));
        assertThat(stage(f.aarrr(), Funnel.Step.ACQUISITION).unknowns()).extracting(Funnel.Unknown::reason)
                .contains(Funnel.Reason.VISITORS_NOT_RECORDED, Funnel.Reason.CHANNELS_NOT_RECORDED);
        assertThat(stage(f.aarrr(), Funnel.Step.ACQUISITION).unknowns())
                .contains(new Funnel.Unknown(Funnel.Reason.ANONYMOUS_SALES, 40));
        // c's 30 days have not passed; a came back within 30 days, b did not.
        assertThat(stage(f.aarrr(), Funnel.Step.ACTIVATION).figure()).contains(new Funnel.Figure(1, 2, false));
        assertThat(stage(f.aarrr(), Funnel.Step.RETENTION).figure()).contains(new Funnel.Figure(1, 2, false));
        assertThat(stage(f.aarrr(), Funnel.Step.REFERRAL).figure()).contains(new Funnel.Figure(1, 3, false));
        long all = h.net("a") + h.net("b") + h.net("c");
        assertThat(stage(f.aarrr(), Funnel.Step.REVENUE).figure()).contains(new Funnel.Figure(h.net("a"), all, true));
    }

    @Test
    void funnelWithoutNewCustomersSaysSoAtEveryStage() {
        History h = new History();
        h.sale("a", LocalDate.of(2024, 6, 3), 100);
        h.sale("a", LocalDate.of(2026, 6, 3), 100);

        Funnel f = checked(h, TODAY, 30).funnel();

        assertThat(f.aarrr()).allSatisfy(s -> assertThat(s.unknowns()).isNotEmpty());
        assertThat(f.aarrr()).filteredOn(s -> s.step() != Funnel.Step.REFERRAL)
                .allSatisfy(s -> assertThat(s.figure()).isEqualTo(Optional.empty()));
    }

    @Test
    void emptyShopHasOneEmptyCohort() {
        RetentionReport r = checked(new History(), TODAY, 30);

        assertThat(r.cohorts().rows()).hasSize(1);
        assertThat(r.cohorts().rows().get(0).size()).isZero();
    }

    private static Funnel.Stage stage(List<Funnel.Stage> stages, Funnel.Step step) {
        return stages.stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }
}
