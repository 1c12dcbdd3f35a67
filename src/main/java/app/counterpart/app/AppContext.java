package app.counterpart.app;

import app.counterpart.core.catalog.csv.ProductImporter;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.csv.CustomerImporter;
import app.counterpart.core.demo.DemoInstaller;
import app.counterpart.core.demo.DemoSalesGenerator;
import app.counterpart.core.demo.SampleCatalog;
import app.counterpart.core.demo.SampleData;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.event.SyncFinished;
import app.counterpart.store.Database;
import app.counterpart.store.catalog.JooqCatalogImport;
import app.counterpart.store.catalog.JooqCatalogRepository;
import app.counterpart.store.customers.JooqCustomerImport;
import app.counterpart.store.customers.JooqCareRepository;
import app.counterpart.store.customers.JooqCustomerRepository;
import app.counterpart.store.customers.JooqLifecycleRulesRepository;
import app.counterpart.store.customers.JooqProfileRepository;
import app.counterpart.store.customers.JooqSegmentRepository;
import app.counterpart.store.customers.JooqTimelineRepository;
import app.counterpart.store.incentives.JooqIncentiveRepository;
import app.counterpart.store.customers.JooqCustomerMerge;
import app.counterpart.core.customers.merge.CustomerMerges;
import app.counterpart.core.customers.merge.PhoneKey;
import app.counterpart.core.sell.PinGate;
import app.counterpart.core.staff.StaffAccess;
import app.counterpart.store.kpi.JooqKpiRepository;
import app.counterpart.store.sales.JooqSaleRepository;
import app.counterpart.store.shop.JooqShopRepository;
import app.counterpart.store.staff.JooqStaffRepository;
import app.counterpart.store.stock.JooqStockRepository;
import app.counterpart.store.till.JooqTillRepository;
import app.counterpart.sync.client.SyncEngine;
import app.counterpart.sync.client.SyncScheduler;
import app.counterpart.sync.client.SyncService;
import app.counterpart.sync.client.SyncSettings;
import app.counterpart.sync.client.inbound.StoreChangeApplier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

/** Everything one open data folder needs, wired by hand: the store and the repositories over it. */
public final class AppContext implements AutoCloseable {

    public static final long DEFAULT_SEED = 20_261_128L;

    final Path dataDir;
    final Clock clock;
    final Database db;
    final IdGenerator ids;
    final EventBus events;
    final JooqShopRepository shops;
    final JooqCatalogRepository catalog;
    final JooqCatalogImport catalogImport;
    final JooqCustomerRepository customers;
    final JooqCustomerImport customerImport;
    final JooqLifecycleRulesRepository lifecycleRules;
    final JooqSegmentRepository segments;
    final JooqProfileRepository profiles;
    final JooqStaffRepository staff;
    final JooqSaleRepository sales;
    final JooqKpiRepository kpis;
    final JooqStockRepository stock;
    final JooqTillRepository till;
    final JooqTimelineRepository timeline;
    final JooqCareRepository care;
    final JooqCustomerMerge customerMerge;
    final JooqIncentiveRepository incentives;
    /** One PIN lockout for the whole window: the till's sign-in, the header's and the owner's approvals. */
    final PinGate pins;
    /** Goals and badges (issue 7): the store, and the running totals the till's commits move in memory. */
    final app.counterpart.store.goals.JooqGoalRepository goals;
    final app.counterpart.core.goals.GoalTracker goalTracker;
    private final Runnable stopGoalTracker;
    /** Sync with head office (issue 8); its timer runs only once the desktop app starts it. */
    public final SyncService sync;
    final SyncEngine syncEngine;
    final SyncScheduler syncScheduler;

    AppContext(Path dataDir, Clock clock, EventBus events) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.events = events;
        this.db = Database.open(dataDir);
        this.ids = IdGenerator.secure(clock);
        this.shops = new JooqShopRepository(db, clock);
        this.catalog = new JooqCatalogRepository(db, clock);
        this.catalogImport = new JooqCatalogImport(db, clock);
        this.customers = new JooqCustomerRepository(db, clock);
        this.customerImport = new JooqCustomerImport(db, clock);
        this.lifecycleRules = new JooqLifecycleRulesRepository(db, clock);
        this.segments = new JooqSegmentRepository(db);
        this.profiles = new JooqProfileRepository(db, clock);
        this.staff = new JooqStaffRepository(db, clock);
        this.sales = new JooqSaleRepository(db, ids);
        this.kpis = new JooqKpiRepository(db);
        this.stock = new JooqStockRepository(db, ids);
        this.till = new JooqTillRepository(db, sales, ids, clock);
        this.timeline = new JooqTimelineRepository(db);
        this.care = new JooqCareRepository(db, ids, clock);
        this.customerMerge = new JooqCustomerMerge(db, clock);
        this.incentives = new JooqIncentiveRepository(db, ids, clock);
        this.pins = new PinGate(clock, new app.counterpart.store.staff.JooqPinLockouts(db, ids, clock));
        this.goals = new app.counterpart.store.goals.JooqGoalRepository(db, ids);
        this.goalTracker = new app.counterpart.core.goals.GoalTracker(events);
        this.stopGoalTracker = goalTracker.listen();
        this.syncEngine = new SyncEngine(db, new StoreChangeApplier(db, clock), events, clock);
        this.syncScheduler = new SyncScheduler(syncEngine, new SyncSettings(db)::interval, clock, new SplittableRandom());
        this.sync = syncScheduler;
        // Changes pulled from the shop's other devices move today's figures: screens and the goal totals
        // reload as they do after an import (an announcement without the sales' own figures).
        events.subscribe(SyncFinished.class, e -> {
            if (e.received() > 0) {
                shops.shop().ifPresent(shop -> events.publish(new SalesCommitted(e.received(),
                        Set.of(shop.calendar().businessDay(clock.instant())))));
            }
        });
    }

    /** Duplicates and merges of customers; phone numbers compared as the shop's country writes them. */
    CustomerMerges customerMerges(Currency currency) {
        return new CustomerMerges(customerMerge, PhoneKey.forCurrency(currency));
    }

    /** Sign-in and owner approval away from the till, recorded in the audit log. */
    StaffAccess staffAccess() {
        return new StaffAccess(pins, till::audit);
    }

    /**
     * Loads the demo shop into this (empty) store. Without an end day the history ends today, at the
     * present moment, so the dashboard has a "today" that is still going on.
     */
    DemoInstaller.Result installDemo(LocalDate until, int days, double scale, long seed, DoubleConsumer progress) {
        var demo = SampleData.parse(SampleDataFiles.load(), seed);
        LocalDate end = until != null ? until : demo.shop().calendar().businessDay(clock.instant());
        var options = new DemoSalesGenerator.Options(end, days, scale, seed, until != null ? null : clock.instant());
        return new DemoInstaller(shops, catalog, customers, staff, sales, stock, timeline, care, incentives)
                .withGoals(goals).install(demo, options, progress);
    }

    /**
     * Adds the sample categories and products to the shop just set up (first-run wizard): fresh ids,
     * prices in the shop's currency, no sales, customers or staff. Returns how many products.
     */
    int addSampleCatalog() {
        var sample = SampleCatalog.of(SampleData.parse(SampleDataFiles.load(), DEFAULT_SEED),
                shops.shop().orElseThrow().currency(), ids);
        catalog.addAll(sample.categories(), sample.products());
        return sample.products().size();
    }

    /** Product CSV preview, import and export over this store, in the shop's currency. */
    ProductImporter productImporter(Currency currency) {
        return new ProductImporter(catalog, catalogImport, currency, ids);
    }

    /** Customer CSV check, import and export over this store; dates are judged by the shop's business day. */
    CustomerImporter customerImporter() {
        return new CustomerImporter(customers, customerImport, ids,
                () -> shops.shop().orElseThrow().calendar().businessDay(clock.instant()));
    }

    @Override
    public void close() {
        syncScheduler.close();
        stopGoalTracker.run();
        db.close();
    }
}
