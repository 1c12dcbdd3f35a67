package app.counterpart.store.staff;

import static app.counterpart.store.jooq.Tables.CARE_TASK;
import static app.counterpart.store.jooq.Tables.SALE;
import static app.counterpart.store.jooq.Tables.SERVICE_NOTE;
import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.staff.performance.StaffFigures;
import app.counterpart.testing.DemoFixture;
import java.nio.file.Path;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.care.CareService;
import app.counterpart.core.customers.care.CareTask;
import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grouped queries give the same figures as counting the raw rows one by one, on the demo store. */
class JooqPerformanceRepositoryTest {

    @TempDir
    static Path dir;
    static DemoFixture store;
    static BusinessCalendar calendar;

    record SaleRow(String id, String kind, String original, String servedBy, String customer, long createdAt,
            LocalDate day, long total, long items) {
    }

    @BeforeAll
    static void open() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T06:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 40);
        calendar = store.shops.shop().orElseThrow().calendar();
        // The demo leaves care tasks open: do a few, by different people, so the column has something to count.
        CareService care = new CareService(store.care, () -> LifecycleRules.DEFAULT, calendar,
                IdGenerator.secure(clock), clock);
        care.generate();
        List<Staff> people = store.staff.staff();
        List<CareTask> tasks = care.tasks();
        for (int i = 0; i < Math.min(12, tasks.size()); i++) {
            care.done(tasks.get(i).id(), people.get(i % people.size()).id(), ServiceKind.CALL, "called");
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-11-26, 2026-11-26
            2026-11-20, 2026-11-26
            2026-11-01, 2026-11-26
            2026-10-01, 2026-10-31
            2030-01-01, 2030-01-31
            """)
    void storeFiguresEqualABruteForceCountOverTheRawRows(LocalDate from, LocalDate to) {
        Map<String, StaffFigures> expected = bruteForce(from, to);

        Map<String, StaffFigures> actual = new JooqPerformanceRepository(store.db, calendar).figures(from, to);

        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource("2026-10-18, 2026-11-26")
    void theDemoHasSomethingInEveryColumn(LocalDate from, LocalDate to) {
        var all = bruteForce(from, to).values();
        assertThat(all.stream().mapToLong(StaffFigures::returningSales).sum()).isPositive();
        assertThat(all.stream().mapToLong(StaffFigures::notesWritten).sum()).isPositive();
        assertThat(all.stream().mapToLong(StaffFigures::careTasksDone).sum()).isPositive();
        assertThat(all.stream().mapToLong(StaffFigures::memberSales).sum())
                .isGreaterThan(all.stream().mapToLong(StaffFigures::returningSales).sum());
    }

    static Map<String, StaffFigures> bruteForce(LocalDate from, LocalDate to) {
        List<SaleRow> sales = store.db.read(ctx -> ctx.selectFrom(SALE).fetch(r -> new SaleRow(r.getId(), r.getKind(),
                r.getOriginalSaleId(), r.getServedById(), r.getCustomerId(), r.getCreatedAt(),
                LocalDate.parse(r.getBusinessDay()), r.getTotalMinor(), r.getItemCount())));
        Set<String> voided = new HashSet<>();
        sales.stream().filter(s -> s.kind().equals("void")).forEach(s -> voided.add(s.original()));
        Map<String, StaffFigures> out = new HashMap<>();
        Map<String, Set<String>> customers = new HashMap<>();
        for (SaleRow s : sales) {
            if (s.day().isBefore(from) || s.day().isAfter(to)) {
                continue;
            }
            long count = s.kind().equals("sale") ? 1 : s.kind().equals("void") ? -1 : 0;
            add(out, new StaffFigures(s.servedBy(), s.total(), count, s.items(), 0, 0, 0, 0, 0));
            if (s.kind().equals("sale") && s.customer() != null && !voided.contains(s.id())) {
                boolean before = sales.stream().anyMatch(e -> e.kind().equals("sale")
                        && s.customer().equals(e.customer()) && e.createdAt() < s.createdAt());
                customers.computeIfAbsent(s.servedBy(), k -> new HashSet<>()).add(s.customer());
                add(out, new StaffFigures(s.servedBy(), 0, 0, 0, 0, 1, before ? 1 : 0, 0, 0));
            }
        }
        customers.forEach((who, set) -> add(out, new StaffFigures(who, 0, 0, 0, set.size(), 0, 0, 0, 0)));
        long start = calendar.start(from).toEpochMilli();
        long end = calendar.start(to.plusDays(1)).toEpochMilli();
        store.db.read(ctx -> ctx.selectFrom(SERVICE_NOTE).fetch()).forEach(n -> {
            if (n.getCreatedAt() >= start && n.getCreatedAt() < end) {
                add(out, new StaffFigures(n.getStaffId(), 0, 0, 0, 0, 0, 0, 1, 0));
            }
        });
        store.db.read(ctx -> ctx.selectFrom(CARE_TASK).fetch()).forEach(t -> {
            if ("done".equals(t.getStatus()) && !LocalDate.parse(t.getDoneDay()).isBefore(from)
                    && !LocalDate.parse(t.getDoneDay()).isAfter(to)) {
                add(out, new StaffFigures(t.getDoneBy(), 0, 0, 0, 0, 0, 0, 0, 1));
            }
        });
        return out;
    }

    static void add(Map<String, StaffFigures> out, StaffFigures f) {
        out.merge(f.staffId(), f, StaffFigures::plus);
    }
}
