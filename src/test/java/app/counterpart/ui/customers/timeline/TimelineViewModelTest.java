package app.counterpart.ui.customers.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.customers.timeline.ServiceTimeline;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline's view model over a real store, background work run in place. */
class TimelineViewModelTest {

    @TempDir
    Path dir;
    MutableClock clock;
    DemoFixture store;
    Customer customer;
    Staff writer;
    TimelineViewModel model;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 1);
        customer = store.customers.customers().get(0);
        writer = store.staff.staff().get(3);
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { throw e; }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, clock);
        model = new TimelineViewModel(new ServiceTimeline(store.timeline, IdGenerator.secure(clock), clock),
                customer.id(), writer::id, ZoneId.of("Asia/Shanghai"), ui);
        model.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void savingAddsTheEntryOnTopAndEmptiesTheForm() {
        int before = model.items().size();
        model.kindProperty().set(ServiceKind.VISIT);
        model.textProperty().set("Tasted the new oolong");
        model.save();

        assertThat(model.items()).hasSize(before + 1);
        assertThat(model.items().get(0).current().body()).isEqualTo("Tasted the new oolong");
        assertThat(model.items().get(0).current().staffId()).isEqualTo(writer.id());
        assertThat(model.items().get(0).current().kind()).isEqualTo(ServiceKind.VISIT);
        assertThat(model.textProperty().get()).isEmpty();
        assertThat(model.kindProperty().get()).isEqualTo(ServiceKind.NOTE);
        assertThat(model.messageIsErrorProperty().get()).isFalse();
    }

    @Test
    void anEmptyOrOverlongNoteIsRefusedWithAMessageAndKeepsTheText() {
        int before = store.timeline.entries(customer.id()).size();
        model.textProperty().set("   ");
        model.save();
        assertThat(model.messageProperty().get()).startsWith("Type something before saving");
        assertThat(model.messageIsErrorProperty().get()).isTrue();

        String longText = "x".repeat(ServiceTimeline.MAX_LENGTH + 1);
        model.textProperty().set(longText);
        assertThat(model.tooLong()).isTrue();
        assertThat(model.lengthText().get()).isEqualTo((ServiceTimeline.MAX_LENGTH + 1) + " / " + ServiceTimeline.MAX_LENGTH);
        model.save();
        assertThat(model.messageProperty().get()).contains("4,001 characters").contains("4,000");
        assertThat(model.textProperty().get()).isEqualTo(longText);
        assertThat(store.timeline.entries(customer.id())).hasSize(before);
    }

    @Test
    void aCorrectionIsSavedAgainstTheEntryAndShownWithIt() {
        model.textProperty().set("Prefers full sugar");
        model.save();
        var item = model.items().get(0);
        clock.advance(Duration.ofMinutes(3));

        model.startCorrection(item);
        assertThat(model.textProperty().get()).isEqualTo("Prefers full sugar");
        model.textProperty().set("Prefers half sugar");
        model.save();

        var shown = model.items().stream().filter(i -> i.original().id().equals(item.original().id())).findFirst()
                .orElseThrow();
        assertThat(shown.corrected()).isTrue();
        assertThat(shown.current().body()).isEqualTo("Prefers half sugar");
        assertThat(model.correctingProperty().get()).isNull();
        assertThat(model.messageProperty().get()).startsWith("Correction saved");
    }

    @Test
    void cancellingACorrectionEmptiesTheForm() {
        model.textProperty().set("A note");
        model.save();
        model.startCorrection(model.items().get(0));
        model.cancelCorrection();
        assertThat(model.correctingProperty().get()).isNull();
        assertThat(model.textProperty().get()).isEmpty();
    }
}
