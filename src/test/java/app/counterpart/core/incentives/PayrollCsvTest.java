package app.counterpart.core.incentives;

import static app.counterpart.core.incentives.IncentiveFixtures.ANA;
import static app.counterpart.core.incentives.IncentiveFixtures.BO;
import static app.counterpart.core.incentives.IncentiveFixtures.NOVEMBER;
import static app.counterpart.core.incentives.IncentiveFixtures.PAT;
import static app.counterpart.core.incentives.IncentiveFixtures.bonus;
import static app.counterpart.core.incentives.IncentiveFixtures.compute;
import static app.counterpart.core.incentives.IncentiveFixtures.facts;
import static app.counterpart.core.incentives.IncentiveFixtures.firstSale;
import static app.counterpart.core.incentives.IncentiveFixtures.nov;
import static app.counterpart.core.incentives.IncentiveFixtures.percent;
import static app.counterpart.core.incentives.IncentiveFixtures.sale;
import static app.counterpart.core.incentives.IncentiveFixtures.team;
import static app.counterpart.core.incentives.IncentiveFixtures.undo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.common.Csv;
import app.counterpart.core.common.Money;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PayrollCsvTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final List<Staff> STAFF = List.of(
            staff(ANA, "C02", "Li, \"Ana\""),
            staff(BO, "C01", "王芳"),
            staff(PAT, "P01", "Pat"));
    private static final List<IncentiveRule> RULES = List.of(
            percent("r-all", Who.EVERYONE, Target.ALL, 500),
            bonus("r-new", RuleKind.NEW_CUSTOMER_BONUS, Who.EVERYONE, 1_000),
            bonus("r-ref", RuleKind.REFERRAL_BONUS, Who.EVERYONE, 2_000),
            team("r-team", "t1", 1, 999, GoalSplit.EQUAL));

    private static Staff staff(Person p, String code, String name) {
        return new Staff(p.id(), code, name, null, p.role(), p.kind(), "hash", null, nov(1), true);
    }

    private static PayoutRun run() {
        SoldLine tea = sale("s1", "l1", nov(2), ANA, "tea", "drinks", 10_000);
        return compute(RULES, facts(NOVEMBER, List.of(tea,
                firstSale("s2", "l2", nov(3), BO, "c1", PAT, 4_990),
                undo(SaleKind.REFUND, "r1", "rl1", nov(4), tea, true)),
                Map.of("t1", Set.of(ANA.id(), BO.id())), Map.of()));
    }

    @Test
    void summaryHasTheHeaderAndOneRowPerPersonByStaffCode() {
        List<Csv.Row> rows = Csv.parse(PayrollCsv.summary(run(), STAFF, CNY));

        assertEquals(PayrollCsv.SUMMARY_HEADER, rows.get(0).fields());
        assertEquals(List.of("C01", "C02", "P01"), rows.subList(1, rows.size()).stream().map(r -> r.get(2)).toList());
        assertEquals(List.of("2026-11-01", "2026-11-30", "C01", "王芳", "employee", "cashier", "49.90", "2.50",
                "10.00", "0.00", "4.99", "17.49"), rows.get(1).fields());
        assertEquals(List.of("0.00", "0.00", "0.00", "20.00", "0.00", "20.00"), rows.get(3).fields().subList(6, 12));
    }

    @Test
    void summaryColumnsAddUpToEachTotalAndTheRunTotal() {
        PayoutRun run = run();
        List<Csv.Row> rows = Csv.parse(PayrollCsv.summary(run, STAFF, CNY));

        long all = 0;
        for (Csv.Row row : rows.subList(1, rows.size())) {
            long parts = 0;
            for (int column = 7; column <= 10; column++) {
                parts += Money.parse(row.get(column), CNY);
            }
            assertEquals(parts, Money.parse(row.get(11), CNY));
            all += parts;
        }
        assertEquals(run.totalMinor(), all);
    }

    @Test
    void namesWithCommasAndQuotesAreQuoted() {
        String text = PayrollCsv.summary(run(), STAFF, CNY);

        assertTrue(text.contains(",C02,\"Li, \"\"Ana\"\"\",employee,cashier,"));
        assertEquals("Li, \"Ana\"", Csv.parse(text).get(2).get(3));
    }

    @Test
    void bytesAreUtf8WithAByteOrderMarkSoChineseNamesSurvive() {
        byte[] bytes = PayrollCsv.bytes(PayrollCsv.summary(run(), STAFF, CNY));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("王芳", Csv.parse(new String(bytes, StandardCharsets.UTF_8)).get(1).get(3));
    }

    @Test
    void detailHasOneRowPerApplicationWithRuleRateAndAmount() {
        PayoutRun run = run();
        List<Csv.Row> rows = Csv.parse(PayrollCsv.detail(run, STAFF, RULES, CNY));

        assertEquals(PayrollCsv.DETAIL_HEADER, rows.get(0).fields());
        assertEquals(run.payouts().stream().mapToInt(p -> p.applications().size()).sum(), rows.size() - 1);
        List<List<String>> ana = rows.stream().filter(r -> r.get(2).equals("C02")).map(r -> r.fields().subList(4, 13))
                .toList();
        assertEquals(List.of(
                List.of("N-s1", "l1", "2026-11-02", "r-all name", "1", "commission", "100.00", "5.00", "5.00"),
                List.of("N-r1", "rl1", "2026-11-04", "r-all name", "1", "commission_reversed", "-100.00", "5.00",
                        "-5.00"),
                List.of("", "", "2026-11-30", "r-team name", "1", "team_goal", "0.00", "0.00", "5.00")), ana);
        long sum = rows.subList(1, rows.size()).stream().mapToLong(r -> Money.parse(r.get(12), CNY)).sum();
        assertEquals(run.totalMinor(), sum);
    }

    @Test
    void someoneNoLongerOnTheStaffListKeepsTheirIdAsName() {
        List<Csv.Row> rows = Csv.parse(PayrollCsv.summary(run(), List.of(), CNY));

        assertEquals(List.of("", "p-ana"), rows.get(1).fields().subList(2, 4));
    }
}
