package app.counterpart.core.customers.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.counterpart.core.common.IdGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ServiceTimelineTest {

    static final Instant T0 = Instant.parse("2026-11-20T03:00:00Z");

    /** The repository's contract in a list: knows one customer, refuses others. */
    static final class ListRepository implements TimelineRepository {
        final List<ServiceEntry> rows = new ArrayList<>();

        @Override
        public List<ServiceEntry> entries(String customerId) {
            return rows.stream().filter(e -> e.customerId().equals(customerId)).toList();
        }

        @Override
        public Optional<ServiceEntry> latest(String customerId) {
            List<ServiceEntry> mine = entries(customerId);
            return mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1));
        }

        @Override
        public Optional<ServiceEntry> entry(String id) {
            return rows.stream().filter(e -> e.id().equals(id)).findFirst();
        }

        @Override
        public void add(ServiceEntry entry) {
            if (!entry.customerId().equals("c1")) {
                throw new TimelineException(TimelineException.Problem.UNKNOWN_CUSTOMER, entry.customerId());
            }
            rows.add(entry);
        }

        @Override
        public void addAll(List<ServiceEntry> entries) {
            entries.forEach(this::add);
        }
    }

    final ListRepository repo = new ListRepository();
    Instant now = T0;
    final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    final ServiceTimeline timeline = new ServiceTimeline(repo, new IdGenerator(clock, new Random(1)), clock);

    @Test
    void anEmptyNoteIsRefused() {
        assertThatThrownBy(() -> timeline.add("c1", "s1", ServiceKind.NOTE, "  \n "))
                .isInstanceOfSatisfying(TimelineException.class,
                        e -> assertThat(e.problem()).isEqualTo(TimelineException.Problem.EMPTY));
        assertThat(repo.rows).isEmpty();
    }

    @Test
    void aNoteOverFourThousandCharactersSaysHowLongItIs() {
        String text = "茶".repeat(ServiceTimeline.MAX_LENGTH + 12);
        assertThatThrownBy(() -> timeline.add("c1", "s1", ServiceKind.NOTE, text))
                .isInstanceOfSatisfying(TimelineException.class, e -> {
                    assertThat(e.problem()).isEqualTo(TimelineException.Problem.TOO_LONG);
                    assertThat(e.args()).containsExactly(ServiceTimeline.MAX_LENGTH + 12, ServiceTimeline.MAX_LENGTH);
                });
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnceLikeTheDatabaseCountsThem() {
        String emoji = "\uD83C\uDF75".repeat(ServiceTimeline.MAX_LENGTH);
        assertThat(ServiceTimeline.check(emoji)).isEmpty();
        assertThat(ServiceTimeline.check(emoji + "x")).isPresent();
    }

    @Test
    void anUnknownCustomerIsRefusedByTheStore() {
        assertThatThrownBy(() -> timeline.add("nobody", "s1", ServiceKind.CALL, "hello"))
                .isInstanceOfSatisfying(TimelineException.class,
                        e -> assertThat(e.problem()).isEqualTo(TimelineException.Problem.UNKNOWN_CUSTOMER));
    }

    @Test
    void theTextIsStoredWithoutSurroundingSpaces() {
        ServiceEntry e = timeline.add("c1", "s1", ServiceKind.VISIT, "  Bought 100 g oolong \n");
        assertThat(e.body()).isEqualTo("Bought 100 g oolong");
        assertThat(e.at()).isEqualTo(T0);
    }

    @Test
    void aCorrectionSitsWithItsEntryWhichStaysOnTheRecord() {
        ServiceEntry first = timeline.add("c1", "s1", ServiceKind.NOTE, "Prefers full sugar");
        now = T0.plus(Duration.ofHours(1));
        ServiceEntry second = timeline.add("c1", "s2", ServiceKind.CALL, "Called about mooncakes");
        now = T0.plus(Duration.ofHours(2));
        ServiceEntry fix = timeline.correct(first.id(), "s2", ServiceKind.NOTE, "Prefers half sugar");

        List<TimelineItem> items = timeline.timeline("c1");

        assertThat(items).extracting(i -> i.original().id()).containsExactly(second.id(), first.id());
        assertThat(items.get(1).corrected()).isTrue();
        assertThat(items.get(1).current()).isEqualTo(fix);
        assertThat(items.get(1).original().body()).isEqualTo("Prefers full sugar");
        assertThat(items.get(0).corrected()).isFalse();
    }

    @Test
    void correctingACorrectionCorrectsTheOriginalEntry() {
        ServiceEntry first = timeline.add("c1", "s1", ServiceKind.NOTE, "one");
        now = T0.plusSeconds(60);
        ServiceEntry fix = timeline.correct(first.id(), "s1", ServiceKind.NOTE, "two");
        now = T0.plusSeconds(120);
        ServiceEntry again = timeline.correct(fix.id(), "s1", ServiceKind.NOTE, "three");

        assertThat(again.correctsId()).isEqualTo(first.id());
        List<TimelineItem> items = timeline.timeline("c1");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).corrections()).extracting(ServiceEntry::body).containsExactly("two", "three");
        assertThat(items.get(0).current().body()).isEqualTo("three");
    }

    @Test
    void correctingAnUnknownEntryIsRefused() {
        assertThatThrownBy(() -> timeline.correct("missing", "s1", ServiceKind.NOTE, "text"))
                .isInstanceOfSatisfying(TimelineException.class,
                        e -> assertThat(e.problem()).isEqualTo(TimelineException.Problem.UNKNOWN_ENTRY));
    }

    @Test
    void theFirstLineIsWhatFitsOnTheTill() {
        ServiceEntry e = timeline.add("c1", "s1", ServiceKind.NOTE, "Half sugar\nno ice, oat milk");
        assertThat(e.firstLine()).isEqualTo("Half sugar");
    }
}
