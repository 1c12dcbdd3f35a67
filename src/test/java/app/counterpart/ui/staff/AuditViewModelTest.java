package app.counterpart.ui.staff;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.staff.JooqAuditLog;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.staff.AuditViewModel.AuditRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log a page at a time, newest first, filtered by person, action and days, in words. */
class AuditViewModelTest {

    @TempDir
    Path dir;
    DemoFixture store;
    AuditViewModel model;
    Staff owner;
    Staff cashier;
    BusinessCalendar calendar;

    @BeforeEach
    void open() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 1);
        calendar = store.shops.shop().orElseThrow().calendar();
        owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
        cashier = store.staff.staff().stream().filter(s -> s.role() == Role.CASHIER).findFirst().orElseThrow();
        // Several entries in the same millisecond: paging must neither repeat nor skip any of them.
        for (int i = 0; i < 450; i++) {
            if (i % 3 == 0) {
                clock.advance(Duration.ofMinutes(7));
            }
            store.till.audit(i % 2 == 0 ? owner.id() : cashier.id(), i % 5 == 0 ? "staff.pin.reset" : "shop.odd_thing",
                    "staff", cashier.id(), "entry " + i);
        }
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { throw e; }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, clock);
        model = new AuditViewModel(new JooqAuditLog(store.db), store.staff::staff, calendar, ui);
        model.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    int total() {
        return store.db.<Integer>read(ctx -> ctx.fetchCount(AUDIT_LOG));
    }

    List<AuditRow> everything() {
        while (model.moreProperty().get()) {
            model.loadMore();
        }
        return List.copyOf(model.rows());
    }

    @Test
    void pagesCoverTheWholeLogNewestFirstWithoutRepeats() {
        assertThat(model.rows()).hasSize(AuditViewModel.PAGE);
        assertThat(model.moreProperty().get()).isTrue();

        List<AuditRow> all = everything();

        assertThat(all).hasSize(total());
        Set<String> details = new HashSet<>();
        all.stream().filter(r -> r.detail().startsWith("entry ")).forEach(r -> assertThat(details.add(r.detail())).isTrue());
        assertThat(details).hasSize(450);
        assertThat(all.get(0).detail()).isIn("entry 449", "entry 448", "entry 447");
    }

    @Test
    void commonActionsReadAsWordsAndOthersAsTheirCode() {
        assertThat(model.actions()).extracting(AuditViewModel.Choice::label)
                .contains("All actions", "Sale", "PIN set", "shop.odd_thing");
        assertThat(everything()).anyMatch(r -> r.action().equals("PIN set") && r.code().equals("staff.pin.reset"))
                .anyMatch(r -> r.action().equals("shop.odd_thing"));
    }

    @Test
    void filtersByPersonActionAndDays() {
        model.personProperty().set(model.people().stream().filter(c -> c.value() != null
                && c.value().id().equals(cashier.id())).findFirst().orElseThrow());
        model.actionProperty().set(model.actions().stream().filter(c -> "staff.pin.reset".equals(c.value()))
                .findFirst().orElseThrow());
        model.search();

        List<AuditRow> rows = everything();
        assertThat(rows).hasSize(45).allMatch(r -> r.person().contains(cashier.name()) && r.action().equals("PIN set"));

        model.personProperty().set(model.people().get(0));
        model.actionProperty().set(model.actions().get(0));
        LocalDate later = LocalDate.of(2030, 1, 1);
        model.fromProperty().set(later);
        model.toProperty().set(later);
        model.search();
        assertThat(model.rows()).isEmpty();
        assertThat(model.moreProperty().get()).isFalse();
    }
}
