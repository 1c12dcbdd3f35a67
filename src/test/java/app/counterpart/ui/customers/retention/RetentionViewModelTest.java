package app.counterpart.ui.customers.retention;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.customers.retention.Activation;
import app.counterpart.core.customers.retention.Funnel;
import app.counterpart.core.customers.retention.Retention;
import app.counterpart.core.customers.retention.RetentionFacts;
import app.counterpart.core.customers.retention.RetentionReport;
import app.counterpart.core.customers.retention.RetentionRepository;
import app.counterpart.core.event.EventBus;
import app.counterpart.store.customers.JooqRetentionRepository;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionViewModelTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);

    @TempDir
    static Path dir;
    static DemoFixture store;

    @BeforeAll
    static void openDemoStore() {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(UNTIL, 75);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static UiContext ui(I18n i18n) {
        return new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }), i18n, Theme.LIGHT,
                Clock.systemUTC());
    }

    /** The real store, counting its reads. */
    private static final class CountingRepository implements RetentionRepository {
        final AtomicInteger reads = new AtomicInteger();
        final JooqRetentionRepository real = new JooqRetentionRepository(store.db);

        @Override
        public RetentionFacts facts() {
            reads.incrementAndGet();
            return real.facts();
        }
    }

    private static RetentionViewModel model(CountingRepository repo) {
        return new RetentionViewModel(repo, () -> UNTIL, Currency.getInstance("CNY"), ui(new I18n(I18n.ENGLISH)));
    }

    @Test
    void loadingComputesWhatTheCoreComputesFromTheStore() {
        CountingRepository repo = new CountingRepository();
        RetentionViewModel model = model(repo);

        model.load();

        RetentionReport shown = model.reportProperty().get();
        RetentionReport expected = new Retention(repo.real.facts(), UNTIL).report(Activation.DEFAULT_DAYS);
        assertThat(shown).isEqualTo(expected);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(shown.cohorts().rows()).isNotEmpty();
    }

    @Test
    void changingTheDaysRecomputesWithoutReadingTheStoreAgain() {
        CountingRepository repo = new CountingRepository();
        RetentionViewModel model = model(repo);
        model.load();

        assertThat(model.setActivationDays(" 7 ")).isTrue();

        assertThat(repo.reads.get()).isEqualTo(1);
        assertThat(model.activationDaysProperty().get()).isEqualTo(7);
        assertThat(model.reportProperty().get().activation())
                .isEqualTo(new Retention(repo.real.facts(), UNTIL).activation(7));
    }

    @Test
    void daysOutsideTheRangeAreRefusedWithAMessage() {
        RetentionViewModel model = model(new CountingRepository());
        model.load();

        for (String typed : new String[] {"0", "366", "", "abc"}) {
            assertThat(model.setActivationDays(typed)).as(typed).isFalse();
            assertThat(model.errorProperty().get()).contains(String.valueOf(Activation.MAX_DAYS));
        }
        assertThat(model.activationDaysProperty().get()).isEqualTo(Activation.DEFAULT_DAYS);
        model.setActivationDays("14");
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void monthsAndUnknownsReadInEitherLanguage() {
        RetentionViewModel en = model(new CountingRepository());
        RetentionViewModel zh = new RetentionViewModel(new CountingRepository(), () -> UNTIL,
                Currency.getInstance("CNY"), ui(new I18n(I18n.CHINESE)));

        assertThat(en.month(YearMonth.of(2026, 3))).isEqualTo("Mar 2026");
        assertThat(zh.month(YearMonth.of(2026, 3))).isEqualTo("2026年3月");
        var anonymous = new Funnel.Unknown(Funnel.Reason.ANONYMOUS_SALES, 1234);
        assertThat(en.unknown(anonymous)).contains("1,234");
        assertThat(zh.unknown(anonymous)).contains("1,234").contains("无法追踪");
    }

    @Test
    void aFailedReadIsShownAsAMessage() {
        RetentionViewModel model = new RetentionViewModel(() -> {
            throw new IllegalStateException("the store is gone");
        }, () -> UNTIL, Currency.getInstance("CNY"), ui(new I18n(I18n.ENGLISH)));

        model.load();

        assertThat(model.errorProperty().get()).isNotEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.reportProperty().get()).isNull();
    }
}
