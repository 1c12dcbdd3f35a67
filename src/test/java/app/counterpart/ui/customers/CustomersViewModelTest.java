package app.counterpart.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.CustomerRepository;
import app.counterpart.core.customers.segments.CustomerSegment;
import app.counterpart.core.customers.segments.SegmentRecompute;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.Role;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.TaskExecutor;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.customers.CustomersViewModel.CustomerRow;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CustomersViewModelTest {

    @TempDir
    static Path dir;
    static DemoFixture store;

    @BeforeAll
    static void openDemoStore() {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(LocalDate.of(2026, 11, 27), 1);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static UiContext ui(TaskExecutor tasks) {
        return new UiContext(tasks, Runnable::run, new EventBus(e -> { }), new I18n(I18n.ENGLISH), Theme.LIGHT,
                Clock.systemUTC());
    }

    static CustomersViewModel model(CustomerRepository customers, UiContext ui, Role role) {
        var shop = store.shops.shop().orElseThrow();
        return new CustomersViewModel(customers, store.segments, ui, role, shop.currency(), shop.calendar());
    }

    private static CustomersViewModel loaded(Role role) {
        CustomersViewModel model = model(store.customers, ui(new SameThreadTaskExecutor()), role);
        model.load();
        return model;
    }

    private static List<String> names(CustomersViewModel model) {
        return model.rows().stream().map(CustomerRow::name).toList();
    }

    @Test
    void loadsEveryCustomerNewestMembersFirst() {
        CustomersViewModel model = loaded(Role.OWNER);
        assertEquals(500, model.totalProperty().get());
        assertEquals(500, model.matchesProperty().get());
        assertEquals(500, model.rows().size());
        assertFalse(model.loadingProperty().get());
        assertEquals("", model.errorProperty().get());
        Customer newest = store.customers.customers().get(0);
        assertEquals(newest.name(), model.rows().get(0).name());
    }

    @Test
    void typingNarrowsTheListByNamePinyinPhoneOrTag() {
        CustomersViewModel model = loaded(Role.OWNER);

        model.queryProperty().set("徐涛");
        assertEquals("徐涛", names(model).get(0));

        model.queryProperty().set("xutao");
        assertEquals(List.of("徐涛"), names(model));

        model.queryProperty().set("6532");
        assertEquals("13313366532", model.rows().get(0).phone());

        model.queryProperty().set("allergy-nuts");
        assertEquals(18, model.matchesProperty().get());
        assertTrue(model.rows().stream().allMatch(r -> r.tags().contains("allergy-nuts")));

        model.queryProperty().set("");
        assertEquals(500, model.rows().size());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CASHIER", "PARTNER"})
    void staffWhoDoNotRunTheShopSeePhoneNumbersMasked(Role role) {
        CustomersViewModel model = loaded(role);
        model.queryProperty().set("6532");
        assertEquals("133****6532", model.rows().get(0).phone());
        assertTrue(model.rows().stream().allMatch(r -> r.phone().contains("****")));
        assertTrue(model.phonesMasked());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OWNER", "MANAGER"})
    void theOwnerAndManagersSeeWholePhoneNumbers(Role role) {
        CustomersViewModel model = loaded(role);
        assertTrue(model.rows().stream().noneMatch(r -> r.phone().contains("*")));
        assertFalse(model.phonesMasked());
    }

    @Test
    void stageAndSegmentFiltersCombineWithTheSearchAndRowsShowTheirStanding() {
        var shop = store.shops.shop().orElseThrow();
        new SegmentRecompute(store.segments, store.lifecycleRules, shop.calendar(), Clock.systemUTC(),
                new EventBus(e -> { })).recompute();
        Map<String, CustomerSegment> segments = store.segments.segments();
        CustomersViewModel model = loaded(Role.OWNER);
        CustomerSegment some = segments.values().stream().filter(CustomerSegment::scored).findFirst().orElseThrow();
        I18n i18n = new I18n(I18n.ENGLISH);

        model.stageFilterProperty().set(some.stage());
        long inStage = segments.values().stream().filter(s -> s.stage() == some.stage()).count();
        assertEquals(inStage, model.matchesProperty().get());
        assertTrue(model.rows().stream().allMatch(r -> r.stage().equals(i18n.text(some.stage().textKey()))));

        model.segmentFilterProperty().set(some.segment());
        long inBoth = segments.values().stream()
                .filter(s -> s.stage() == some.stage() && s.segment() == some.segment()).count();
        assertEquals(inBoth, model.matchesProperty().get());
        assertTrue(model.rows().stream().anyMatch(r -> r.id().equals(some.customerId())));
        CustomerRow row = model.rows().stream().filter(r -> r.id().equals(some.customerId())).findFirst().orElseThrow();
        assertEquals(i18n.text(some.segment().textKey()), row.segment());
        assertFalse(row.lifetimeValue().equals("—"));
        assertFalse(row.lastVisit().equals("—"));

        Customer customer = store.customers.byId(some.customerId()).orElseThrow();
        model.queryProperty().set(customer.phone());
        assertEquals(List.of(customer.name()), names(model));

        model.stageFilterProperty().set(null);
        model.segmentFilterProperty().set(null);
        model.queryProperty().set("");
        assertEquals(500, model.matchesProperty().get());
    }

    /** Holds background work until the test runs it, like a busy pool would. */
    private static final class HeldTasks implements TaskExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> new SameThreadTaskExecutor().run(work, onSuccess, onFailure));
        }

        void runNext() {
            held.remove().run();
        }
    }

    @Test
    void aResultForAnOlderQueryIsDroppedAndOnlyOneSearchRunsAtATime() {
        HeldTasks tasks = new HeldTasks();
        CustomersViewModel model = model(store.customers, ui(tasks), Role.OWNER);
        model.load();
        assertTrue(model.loadingProperty().get());
        tasks.runNext(); // the index is built; the empty query is searched
        assertEquals(1, tasks.held.size());

        model.queryProperty().set("x");
        model.queryProperty().set("xu");
        model.queryProperty().set("xutao");
        assertEquals(1, tasks.held.size(), "no second search while one runs");

        tasks.runNext(); // the empty query's result arrives after the person typed on: dropped, "xutao" searched
        assertEquals(List.of(), model.rows());
        assertEquals(1, tasks.held.size());

        tasks.runNext();
        assertEquals(List.of("徐涛"), names(model));
        assertEquals(0, tasks.held.size());
    }

    @Test
    void standingsReadAgainWhileTheListLoadsAreShownOnceBothArrive() {
        HeldTasks tasks = new HeldTasks();
        CustomersViewModel model = model(store.customers, ui(tasks), Role.OWNER);
        model.load();
        model.reloadStandings(); // a recomputation finished as the screen opened
        assertEquals(2, tasks.held.size());

        tasks.runNext(); // the list is read: its search starts
        tasks.runNext(); // the standings arrive while it runs: no second search yet
        assertEquals(1, tasks.held.size());
        tasks.runNext(); // the search ends, sees newer standings and searches again
        while (!tasks.held.isEmpty()) {
            tasks.runNext();
        }

        assertEquals(500, model.rows().size());
        assertEquals(500, model.matchesProperty().get());
    }

    @Test
    void aStoreThatCannotBeReadShowsTheReason() {
        // A proxy rather than a fake class, so that the test does not break when the repository grows.
        CustomerRepository broken = (CustomerRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CustomerRepository.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("the store is locked by another program");
                });
        CustomersViewModel model = model(broken, ui(new SameThreadTaskExecutor()), Role.OWNER);

        model.load();

        assertEquals("the store is locked by another program", model.errorProperty().get());
        assertFalse(model.loadingProperty().get());
        assertEquals(List.of(), model.rows());
    }
}
