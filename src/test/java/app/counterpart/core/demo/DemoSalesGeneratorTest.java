package app.counterpart.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.shop.Device;
import app.counterpart.testing.DemoFixture;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoSalesGeneratorTest {

    private static final Device TILL = new Device("0190d6b4-0000-7000-8000-000000000001", "T1", "Till 1");
    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);

    private static List<Sale> generate(long seed, int days, Instant notAfter) {
        List<Sale> out = new ArrayList<>();
        new DemoSalesGenerator(DemoFixture.demoShop(), TILL,
                new DemoSalesGenerator.Options(UNTIL, days, 1, seed, notAfter)).generate(out::addAll);
        return out;
    }

    @Test
    void sameSeedAndEndDayGiveTheSameSales() {
        assertEquals(generate(7, 21, null), generate(7, 21, null));
    }

    @Test
    void anotherSeedGivesOtherSales() {
        assertNotEquals(generate(7, 7, null), generate(8, 7, null));
    }

    @Test
    void historyCoversExactlyTheRequestedBusinessDays() {
        List<Sale> sales = generate(7, 14, null);
        Set<LocalDate> days = new HashSet<>();
        sales.forEach(s -> days.add(s.businessDay()));
        assertEquals(14, days.size());
        assertTrue(days.contains(UNTIL));
        assertTrue(days.contains(UNTIL.minusDays(13)));
    }

    @Test
    void nothingIsGeneratedAfterTheCutOffInstant() {
        Instant noon = Instant.parse("2026-11-27T04:00:00Z");
        List<Sale> sales = generate(7, 3, noon);
        assertTrue(sales.stream().allMatch(s -> !s.createdAt().isAfter(noon)));
        assertTrue(sales.stream().anyMatch(s -> s.businessDay().equals(UNTIL)));
        List<Sale> full = generate(7, 3, null);
        assertEquals(full.stream().filter(s -> !s.createdAt().isAfter(noon)).toList(), sales);
    }

    @Test
    void everySaleAddsUpLinesAndPayments() {
        for (Sale s : generate(3, 30, null)) {
            assertEquals(s.totalMinor(), s.lines().stream().mapToLong(SaleLine::totalMinor).sum(), s.number());
            assertEquals(s.totalMinor(), s.payments().stream().mapToLong(Payment::amountMinor).sum(), s.number());
            assertEquals(s.itemCount(), s.lines().stream().mapToInt(SaleLine::quantity).sum(), s.number());
            assertEquals(s.kind() == SaleKind.SALE, s.totalMinor() >= 0, s.number());
        }
    }

    @Test
    void refundsAndVoidsNeverExceedTheirOriginalAndComeAfterIt() {
        List<Sale> sales = generate(3, 60, null);
        Map<String, Sale> byId = new HashMap<>();
        sales.forEach(s -> byId.put(s.id(), s));
        Map<String, Long> reversed = new HashMap<>();
        int reversals = 0;
        for (Sale s : sales) {
            if (s.kind() != SaleKind.SALE) {
                reversals++;
                Sale original = byId.get(s.originalSaleId());
                assertTrue(original != null, "reversal of an unknown sale " + s.number());
                assertTrue(s.createdAt().isAfter(original.createdAt()), s.number());
                reversed.merge(original.id(), -s.totalMinor(), Long::sum);
                assertTrue(reversed.get(original.id()) <= original.totalMinor(), s.number());
            }
        }
        assertTrue(reversals > 0, "sixty days should hold some refunds or voids");
    }

    @Test
    void saleNumbersAreUniqueAndCountUpWithinADay() {
        List<Sale> sales = generate(3, 10, null);
        assertEquals(sales.size(), sales.stream().map(Sale::number).distinct().count());
        assertTrue(sales.stream().allMatch(s -> s.number().startsWith("T1-")));
    }

    @Test
    void weekendsSellMoreThanMidweek() {
        Map<DayOfWeek, Integer> perWeekday = new HashMap<>();
        for (Sale s : generate(5, 91, null)) {
            perWeekday.merge(s.businessDay().getDayOfWeek(), 1, Integer::sum);
        }
        assertTrue(perWeekday.get(DayOfWeek.SATURDAY) > perWeekday.get(DayOfWeek.TUESDAY), perWeekday.toString());
    }

    @Test
    void scaleMultipliesTheVolume() {
        List<Sale> one = new ArrayList<>();
        List<Sale> three = new ArrayList<>();
        new DemoSalesGenerator(DemoFixture.demoShop(), TILL, new DemoSalesGenerator.Options(UNTIL, 14, 1, 9, null))
                .generate(one::addAll);
        new DemoSalesGenerator(DemoFixture.demoShop(), TILL, new DemoSalesGenerator.Options(UNTIL, 14, 3, 9, null))
                .generate(three::addAll);
        double ratio = three.size() / (double) one.size();
        assertTrue(ratio > 2.5 && ratio < 3.5, "ratio " + ratio);
    }
}
