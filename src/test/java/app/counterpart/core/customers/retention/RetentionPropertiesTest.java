package app.counterpart.core.customers.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Random histories of a few customers over three years: every figure equals the slow way over the rows. */
class RetentionPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    record Step(int customer, int dayBack, int what, long amount, int target, int referrer) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 9), Arbitraries.longs().between(1, 50_000),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(-8, 7))
                .as(Step::new).list().ofMaxSize(60);
    }

    @Property(tries = 200)
    void everyFigureMatchesTheRows(@ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 1, max = 120) int days) {
        History h = new History();
        List<String> sales = new ArrayList<>();
        List<String> voided = new ArrayList<>();
        for (Step s : steps) {
            LocalDate day = TODAY.minusDays(s.dayBack());
            if (s.what() < 6 || sales.isEmpty()) {
                sales.add(h.sale("c" + s.customer(), day, s.amount()));
            } else if (s.what() < 8) {
                String target = sales.get(s.target() % sales.size());
                h.refund(target, day, s.amount() % 1000);
            } else {
                String target = sales.get(s.target() % sales.size());
                if (!voided.contains(target)) {
                    voided.add(target);
                    h.voidOf(target, day);
                }
            }
            if (s.referrer() >= 0 && s.referrer() != s.customer()
                    && h.referrals.stream().noneMatch(r -> r.customerId().equals("c" + s.customer()))) {
                h.referral("c" + s.customer(), "c" + s.referrer());
            }
        }
        BruteForce.check(h, TODAY, days, new Retention(h.facts(), TODAY).report(days));
    }
}
