package app.counterpart.testing;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.demo.DemoInstaller;
import app.counterpart.core.demo.DemoSalesGenerator;
import app.counterpart.core.demo.DemoShop;
import app.counterpart.core.demo.SampleData;
import app.counterpart.store.Database;
import app.counterpart.store.catalog.JooqCatalogRepository;
import app.counterpart.store.customers.JooqCareRepository;
import app.counterpart.store.customers.JooqCustomerRepository;
import app.counterpart.store.customers.JooqLifecycleRulesRepository;
import app.counterpart.store.customers.JooqProfileRepository;
import app.counterpart.store.customers.JooqSegmentRepository;
import app.counterpart.store.customers.JooqTimelineRepository;
import app.counterpart.store.incentives.JooqIncentiveRepository;
import app.counterpart.store.kpi.JooqKpiRepository;
import app.counterpart.store.sales.JooqSaleRepository;
import app.counterpart.store.shop.JooqShopRepository;
import app.counterpart.store.staff.JooqStaffRepository;
import app.counterpart.store.stock.JooqStockRepository;
import app.counterpart.store.till.JooqTillRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** A real SQLite store in a folder, with the repositories over it and the demo shop at hand. */
public final class DemoFixture implements AutoCloseable {

    public static final long SEED = 42L;
    private static DemoShop cachedDemo;

    public final Database db;
    public final Clock clock;
    public final JooqShopRepository shops;
    public final JooqCatalogRepository catalog;
    public final JooqCustomerRepository customers;
    public final JooqStaffRepository staff;
    public final JooqSaleRepository sales;
    public final JooqKpiRepository kpis;
    public final JooqStockRepository stock;
    public final JooqTillRepository till;
    public final JooqLifecycleRulesRepository lifecycleRules;
    public final JooqSegmentRepository segments;
    public final JooqProfileRepository profiles;
    public final JooqTimelineRepository timeline;
    public final JooqCareRepository care;
    public final JooqIncentiveRepository incentives;

    public DemoFixture(Path dir, Clock clock) {
        this.db = Database.open(dir);
        this.clock = clock;
        this.shops = new JooqShopRepository(db, clock);
        this.catalog = new JooqCatalogRepository(db, clock);
        this.customers = new JooqCustomerRepository(db, clock);
        this.staff = new JooqStaffRepository(db, clock);
        this.sales = new JooqSaleRepository(db, IdGenerator.secure(clock));
        this.kpis = new JooqKpiRepository(db);
        this.stock = new JooqStockRepository(db, IdGenerator.secure(clock));
        this.till = new JooqTillRepository(db, sales, IdGenerator.secure(clock), clock);
        this.lifecycleRules = new JooqLifecycleRulesRepository(db, clock);
        this.segments = new JooqSegmentRepository(db);
        this.profiles = new JooqProfileRepository(db, clock);
        this.timeline = new JooqTimelineRepository(db);
        this.care = new JooqCareRepository(db, IdGenerator.secure(clock), clock);
        this.incentives = new JooqIncentiveRepository(db, IdGenerator.secure(clock), clock);
    }

    /** The demo shop parsed from the sample data on the class path; parsed once (PIN hashing is slow on purpose). */
    public static synchronized DemoShop demoShop() {
        if (cachedDemo == null) {
            cachedDemo = SampleData.parse(sampleFiles(), SEED);
        }
        return cachedDemo;
    }

    public static Map<String, String> sampleFiles() {
        Map<String, String> files = new HashMap<>();
        for (String name : SampleData.FILES) {
            try (InputStream in = DemoFixture.class.getResourceAsStream("/sample-data/" + name)) {
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Installs the demo shop with {@code days} of full-day history ending on {@code until}. */
    public DemoInstaller.Result installDemo(LocalDate until, int days) {
        return new DemoInstaller(shops, catalog, customers, staff, sales, stock, timeline, care, incentives)
                .install(demoShop(), new DemoSalesGenerator.Options(until, days, 1, SEED, null), p -> { });
    }

    @Override
    public void close() {
        db.close();
    }
}
