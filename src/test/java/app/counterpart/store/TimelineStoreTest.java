package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.OUTBOX;
import static app.counterpart.store.jooq.Tables.SERVICE_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.timeline.ServiceEntry;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.customers.timeline.ServiceTimeline;
import app.counterpart.core.customers.timeline.TimelineException;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service timeline on a real SQLite store: append-only in the database itself, with outbox rows. */
class TimelineStoreTest {

    @TempDir
    Path dir;
    MutableClock clock;
    DemoFixture store;
    ServiceTimeline timeline;
    List<Customer> customers;
    Staff someone;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 3);
        timeline = new ServiceTimeline(store.timeline, IdGenerator.secure(clock), clock);
        customers = store.customers.customers();
        someone = store.staff.staff().get(2);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEntryIsReadBackWithItsAuthorAndQueuedForHeadOffice() {
        Customer c = customers.get(0);
        ServiceEntry added = timeline.add(c.id(), someone.id(), ServiceKind.CALL, "Called about the gift boxes");

        ServiceEntry latest = timeline.latest(c.id()).orElseThrow();
        assertThat(latest.id()).isEqualTo(added.id());
        assertThat(latest.staffName()).isEqualTo(someone.name());
        assertThat(latest.kind()).isEqualTo(ServiceKind.CALL);
        assertThat(store.db.<Integer>read(ctx -> ctx.fetchCount(OUTBOX, OUTBOX.ENTITY.eq("service_note")
                .and(OUTBOX.ENTITY_ID.eq(added.id())).and(OUTBOX.PAYLOAD.isNull())))).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToChangeWhatANoteSays() {
        ServiceEntry e = timeline.add(customers.get(0).id(), someone.id(), ServiceKind.NOTE, "Half sugar");
        assertThatThrownBy(() -> store.db.write(ctx -> ctx.update(SERVICE_NOTE).set(SERVICE_NOTE.BODY, "Full sugar")
                .where(SERVICE_NOTE.ID.eq(e.id())).execute()))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only: add a correction");
        assertThatThrownBy(() -> store.db.write(ctx -> ctx.update(SERVICE_NOTE).set(SERVICE_NOTE.CREATED_AT, 0L)
                .where(SERVICE_NOTE.ID.eq(e.id())).execute()))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThat(timeline.latest(customers.get(0).id()).orElseThrow().body()).isEqualTo("Half sugar");
    }

    @Test
    void theDatabaseRefusesToDeleteANote() {
        ServiceEntry e = timeline.add(customers.get(0).id(), someone.id(), ServiceKind.NOTE, "Half sugar");
        assertThatThrownBy(() -> store.db.write(ctx -> ctx.deleteFrom(SERVICE_NOTE)
                .where(SERVICE_NOTE.ID.eq(e.id())).execute()))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThat(store.timeline.entry(e.id())).isPresent();
    }

    @Test
    void aNoteMovesOnlyFromAMergedCustomerToItsSurvivor() {
        ServiceEntry e = timeline.add(customers.get(0).id(), someone.id(), ServiceKind.NOTE, "Half sugar");
        assertThatThrownBy(() -> store.db.write(ctx -> ctx.update(SERVICE_NOTE)
                .set(SERVICE_NOTE.CUSTOMER_ID, customers.get(1).id()).where(SERVICE_NOTE.ID.eq(e.id())).execute()))
                .isInstanceOf(StoreException.class).hasMessageContaining("only from a merged customer to its survivor");

        store.db.write(ctx -> ctx.update(app.counterpart.store.jooq.Tables.CUSTOMER)
                .set(app.counterpart.store.jooq.Tables.CUSTOMER.MERGED_INTO, customers.get(1).id())
                .where(app.counterpart.store.jooq.Tables.CUSTOMER.ID.eq(customers.get(0).id())).execute());
        assertThatThrownBy(() -> store.db.write(ctx -> ctx.update(SERVICE_NOTE)
                .set(SERVICE_NOTE.CUSTOMER_ID, customers.get(2).id()).where(SERVICE_NOTE.ID.eq(e.id())).execute()))
                .isInstanceOf(StoreException.class).hasMessageContaining("only from a merged customer to its survivor");
        store.db.write(ctx -> ctx.update(SERVICE_NOTE).set(SERVICE_NOTE.CUSTOMER_ID, customers.get(1).id())
                .where(SERVICE_NOTE.ID.eq(e.id())).execute());
        assertThat(store.timeline.entry(e.id()).orElseThrow().customerId()).isEqualTo(customers.get(1).id());
    }

    @Test
    void aNoteForAnUnknownCustomerIsRefusedAndNothingIsStored() {
        int before = store.db.read(ctx -> ctx.fetchCount(SERVICE_NOTE));
        assertThatThrownBy(() -> timeline.add("no-such-customer", someone.id(), ServiceKind.NOTE, "hello"))
                .isInstanceOfSatisfying(TimelineException.class,
                        e -> assertThat(e.problem()).isEqualTo(TimelineException.Problem.UNKNOWN_CUSTOMER));
        assertThat(store.db.<Integer>read(ctx -> ctx.fetchCount(SERVICE_NOTE))).isEqualTo(before);
    }

    @Test
    void aCorrectionIsStoredBesideTheEntry() {
        Customer c = customers.get(0);
        ServiceEntry e = timeline.add(c.id(), someone.id(), ServiceKind.NOTE, "Likes roasted oolong");
        clock.advance(java.time.Duration.ofMinutes(5));
        timeline.correct(e.id(), someone.id(), ServiceKind.NOTE, "Likes green oolong");
        var item = timeline.timeline(c.id()).stream().filter(i -> i.original().id().equals(e.id())).findFirst()
                .orElseThrow();
        assertThat(item.corrected()).isTrue();
        assertThat(item.current().body()).isEqualTo("Likes green oolong");
    }

    @Test
    void theDemoWroteNotesByDifferentPeopleInBothLanguages() {
        List<ServiceEntry> all = customers.stream().flatMap(c -> store.timeline.entries(c.id()).stream()).toList();
        assertThat(all).isNotEmpty();
        Set<String> writers = all.stream().map(ServiceEntry::staffId).collect(Collectors.toSet());
        assertThat(writers).hasSizeGreaterThan(2);
        assertThat(all).anyMatch(e -> e.body().codePoints().anyMatch(cp -> cp > 0x4E00));
        assertThat(all).anyMatch(e -> e.body().chars().allMatch(ch -> ch < 128));
        assertThat(all.stream().map(ServiceEntry::kind).collect(Collectors.toSet())).hasSizeGreaterThan(3);
        assertThat(all).allMatch(e -> !e.at().isAfter(clock.instant()));
    }
}
