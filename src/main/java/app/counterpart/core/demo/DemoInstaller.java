package app.counterpart.core.demo;

import app.counterpart.core.catalog.CatalogRepository;
import app.counterpart.core.customers.CustomerRepository;
import app.counterpart.core.customers.care.CareRepository;
import app.counterpart.core.customers.care.Team;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import app.counterpart.core.customers.timeline.TimelineRepository;
import app.counterpart.core.incentives.IncentiveRepository;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleRepository;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.shop.Device;
import app.counterpart.core.shop.ShopRepository;
import app.counterpart.core.staff.StaffRepository;
import app.counterpart.core.stock.StockMovement;
import app.counterpart.core.stock.StockRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Random;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import app.counterpart.core.common.IdGenerator;
import java.util.function.DoubleConsumer;

/**
 * Writes the demo shop and its generated history into an empty store: sales (which move stock as
 * they commit) and the stock the shop opened with, baked and received.
 */
public final class DemoInstaller {

    /** Sales per transaction: large enough for speed, small enough to show progress and bound memory. */
    private static final int SALES_PER_COMMIT = 2_000;
    private static final long CARD_MINOR = 50_000;
    private static final Instant DEVICE_CREATED = Instant.parse("2024-01-01T00:00:00Z");

    private final ShopRepository shops;
    private final CatalogRepository catalog;
    private final CustomerRepository customers;
    private final StaffRepository staff;
    private final SaleRepository sales;
    private final StockRepository stock;
    private final TimelineRepository timeline;
    private final CareRepository care;
    private final IncentiveRepository incentives;
    private app.counterpart.core.goals.GoalRepository goals;

    public DemoInstaller(ShopRepository shops, CatalogRepository catalog, CustomerRepository customers,
            StaffRepository staff, SaleRepository sales, StockRepository stock, TimelineRepository timeline,
            CareRepository care, IncentiveRepository incentives) {
        this.shops = shops;
        this.catalog = catalog;
        this.customers = customers;
        this.staff = staff;
        this.sales = sales;
        this.stock = stock;
        this.timeline = timeline;
        this.care = care;
        this.incentives = incentives;
    }

    /** Also sets goals for the demo staff and teams and awards the badges their history earned. */
    public DemoInstaller withGoals(app.counterpart.core.goals.GoalRepository goalRepository) {
        this.goals = goalRepository;
        return this;
    }

    public record Result(int sales, long saleLines) {
    }

    /**
     * Members who paid with store credit bought prepaid cards first: the next multiple of 500 in major
     * units above what they spent, so each keeps a balance to spend at the till.
     */
    private static Map<String, Long> topUps(Map<String, Long> spent) {
        Map<String, Long> out = new TreeMap<>();
        spent.forEach((customer, amount) -> {
            if (amount > 0) {
                out.put(customer, (amount / CARD_MINOR + 1) * CARD_MINOR);
            }
        });
        return out;
    }

    /**
     * Two teams: the front counter looks after new and active customers, member care after those
     * drifting away. Bilingual names, as the demo serves both languages.
     */
    private String careTeams(DemoShop demo, IdGenerator ids) {
        Staff owner = demo.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
        List<String> counter = demo.staff().stream()
                .filter(s -> s.role() == Role.CASHIER || s.role() == Role.MANAGER).map(Staff::id).toList();
        List<String> members = demo.staff().stream()
                .filter(s -> s.role() == Role.OWNER || s.role() == Role.MANAGER).map(Staff::id).toList();
        Team front = new Team(ids.next(), "Front counter 前台", counter);
        Team memberCare = new Team(ids.next(), "Member care 会员关怀", members);
        care.saveTeam(front, owner.id());
        care.saveTeam(memberCare, owner.id());
        Map<LifecycleStage, String> stages = new java.util.EnumMap<>(LifecycleStage.class);
        stages.put(LifecycleStage.NEW, front.id());
        stages.put(LifecycleStage.ACTIVE, front.id());
        stages.put(LifecycleStage.AT_RISK, memberCare.id());
        stages.put(LifecycleStage.DORMANT, memberCare.id());
        stages.put(LifecycleStage.LOST, memberCare.id());
        care.saveStageTeams(stages, owner.id());
        return front.id();
    }

    /** The rule set from the first day of the history, and the customers the partners brought. */
    private void incentives(DemoShop demo, LocalDate firstDay, String frontTeamId, long seed) {
        String owner = demo.staff().stream().filter(s -> s.role() == Role.OWNER).map(Staff::id).findFirst()
                .orElseThrow();
        for (var rule : DemoIncentives.rules(demo, firstDay, frontTeamId, seed)) {
            incentives.saveVersion(rule, owner);
        }
        incentives.setBroughtBy(DemoIncentives.broughtBy(demo, seed), owner);
    }

    public Result install(DemoShop demo, DemoSalesGenerator.Options options, DoubleConsumer progress) {
        if (shops.shop().isPresent()) {
            throw new IllegalStateException("This data folder already holds a shop.");
        }
        IdGenerator ids = new IdGenerator(Clock.fixed(DEVICE_CREATED, ZoneOffset.UTC), new Random(options.seed()));
        Device till = new Device(ids.next(), "T1", "Till 1");
        shops.create(demo.shop(), till);
        catalog.addAll(demo.categories(), demo.products());
        customers.addAll(demo.customers());
        staff.addAll(demo.staff());

        DemoStock stockPlan = new DemoStock(demo, options.seed());
        List<StockMovement> movements = new ArrayList<>(stockPlan.opening(options.firstDay()));
        List<Sale> pending = new ArrayList<>();
        int[] count = {0};
        long[] lines = {0};
        int[] day = {0};
        Map<String, Long> creditSpent = new HashMap<>();
        new DemoSalesGenerator(demo, till, options).generate(daySales -> {
            movements.addAll(stockPlan.day(daySales.get(0).businessDay(), daySales));
            for (Sale s : daySales) {
                for (Payment p : s.payments()) {
                    if (p.tender() == Tender.STORE_CREDIT && s.customerId() != null) {
                        creditSpent.merge(s.customerId(), p.amountMinor(), Long::sum);
                    }
                }
            }
            pending.addAll(daySales);
            count[0] += daySales.size();
            lines[0] += daySales.stream().mapToLong(s -> s.lines().size()).sum();
            if (pending.size() >= SALES_PER_COMMIT) {
                stock.record(movements);
                movements.clear();
                sales.commit(pending);
                pending.clear();
            }
            progress.accept(Math.min(1.0, ++day[0] / (double) options.days()));
        });
        stock.record(movements);
        sales.commit(pending);
        customers.topUpStoreCredit(topUps(creditSpent), demo.shop().calendar().start(options.firstDay()));
        timeline.addAll(DemoServiceNotes.generate(demo, options.firstDay(), options.until(), options.notAfter(),
                options.seed()));
        String frontTeam = careTeams(demo, ids);
        incentives(demo, options.firstDay(), frontTeam, options.seed());
        if (goals != null) {
            DemoGoals.install(goals, demo, options, options.notAfter() != null ? options.notAfter()
                    : demo.shop().calendar().end(options.until()));
        }
        progress.accept(1.0);
        return new Result(count[0], lines[0]);
    }
}
