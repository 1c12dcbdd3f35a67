package app.counterpart.ui.sell;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.demo.DemoInstaller;
import app.counterpart.core.demo.DemoSalesGenerator;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.goals.Cadence;
import app.counterpart.core.goals.GoalScope;
import app.counterpart.core.goals.GoalService;
import app.counterpart.core.goals.GoalTracker;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.Till;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.goals.JooqGoalRepository;
import app.counterpart.testing.DemoFixture;
import app.counterpart.ui.common.FxTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.staff.StaffArea;
import app.counterpart.ui.staff.goals.LeaderboardView;
import app.counterpart.ui.staff.goals.LeaderboardViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Takes the goal screenshots under Xvfb (not a test): the sell screen with the progress strip and a
 * milestone toast, and the leaderboard. Run with xvfb-run on the test class path; arguments: the
 * screenshots folder.
 */
public final class GoalScreenshots {

    private static Path out;

    private GoalScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path dir = Files.createTempDirectory("goal-shots");
        Clock clock = Clock.systemUTC();
        DemoFixture store = new DemoFixture(dir, clock);
        IdGenerator ids = IdGenerator.secure(clock);
        JooqGoalRepository repo = new JooqGoalRepository(store.db, ids);
        var today = DemoFixture.demoShop().shop().calendar().businessDay(clock.instant());
        new DemoInstaller(store.shops, store.catalog, store.customers, store.staff, store.sales, store.stock,
                store.timeline, store.care, store.incentives).withGoals(repo).install(DemoFixture.demoShop(),
                        new DemoSalesGenerator.Options(today, 60, 1, DemoFixture.SEED, clock.instant()), p -> { });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        EventBus events = new EventBus(e -> e.printStackTrace());
        GoalTracker tracker = new GoalTracker(events);
        tracker.listen();
        var shop = store.shops.shop().orElseThrow();
        GoalService goals = new GoalService(repo, tracker, shop.calendar(), ids, clock);
        // Today's figures straight from the store: loading the tracker now would count the milestones
        // of the demo's own goals as shown already, and the toast below would not come.
        java.util.Map<String, Long> todays = new java.util.HashMap<>();
        repo.dayFigures(today, today, false).forEach(f -> todays.merge(f.staffId(), f.netMinor(), Long::sum));
        // The cashier who has sold most today, so the strip has something to show.
        java.util.Map<String, String> pins = java.util.Map.of("S03", "3481", "S04", "5027", "S05", "6619", "S06", "7358");
        Staff cashier = store.staff.staff().stream().filter(s -> pins.containsKey(s.code()))
                .max(java.util.Comparator.comparingLong(s -> todays.getOrDefault(s.id(), 0L))).orElseThrow();
        Staff owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
        var product = store.catalog.products().stream().filter(p -> p.active() && p.priceMinor() > 2_000).findFirst()
                .orElseThrow();
        long net = todays.getOrDefault(cashier.id(), 0L);
        // A goal the next sale reaches, so the toast shows.
        goals.setGoal(GoalScope.person(cashier.id()), Cadence.DAILY, Math.max(1, (net + 2 * product.priceMinor()) / 5000 * 5000),
                today, owner.id(), Role.OWNER);

        Platform.startup(() -> {
            UiContext ui = new UiContext(new FxTaskExecutor(pool), Platform::runLater, events, new I18n(I18n.ENGLISH),
                    Theme.LIGHT, clock);
            ui.theme().applyUserAgentStylesheet();
            Till till = new Till(store.till, store.customers, events, ids, clock, shop,
                    store.shops.localDevice().orElseThrow());
            SellViewModel sell = new SellViewModel(till, store.catalog::products, List::of, store.staff::staff, ui);
            GoalStripModel stripModel = new GoalStripModel(tracker, id -> store.staff.staff().stream()
                    .filter(s -> s.id().equals(id)).findFirst().map(s -> s.displayName(false)).orElse(""),
                    repo::teamNames, shop.currency(), () -> { }, ui);
            stripModel.follow(sell.cartProperty(), sell.cashierProperty());
            SellView view = new SellView(sell, new SellReceipts(till, store.catalog::products, store.staff::staff, ui,
                    sell.messageProperty()::set));
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(view.showGoals(new GoalStrip(stripModel)));
            root.getStyleClass().addAll(ui.theme().styleClass(), "shell-content");
            root.setPadding(new javafx.geometry.Insets(16));
            Stage stage = new Stage();
            Scene scene = new Scene(root, 1280, 800);
            scene.getStylesheets().add(GoalScreenshots.class.getResource("/app/counterpart/ui/counterpart.css")
                    .toExternalForm());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            sell.shiftProperty().addListener((o, a, shift) -> {
                if (shift != null) {
                    later(1500, () -> {
                        sell.enter(product.sku());
                        sell.enter(product.sku());
                        sell.tender(Tender.CASH, "", x -> { });
                    });
                }
            });
            sell.cashierProperty().addListener((o, a, who) -> later(500, () -> {
                if (sell.shiftProperty().get() == null) {
                    sell.openShift("500", () -> { });
                } else {
                    sell.enter(product.sku());
                    sell.tender(Tender.CASH, "", x -> { });
                }
            }));
            stripModel.toastsProperty().addListener((o, a, n) -> {
                if (n.intValue() == 1) {
                    later(1200, () -> shoot(out.resolve("sell-goal-progress.png")));
                    later(2500, () -> showBoard(scene, goals, store, shop, ui));
                }
            });
            later(1000, () -> sell.signIn(cashier, pins.get(cashier.code()), () -> { }));
        });
    }

    private static void showBoard(Scene scene, GoalService goals, DemoFixture store, app.counterpart.core.shop.Shop shop,
            UiContext ui) {
            {
                LeaderboardViewModel board = new LeaderboardViewModel(goals, store.staff::staff, shop.currency(), ui);
                StaffArea area = new StaffArea(ui.i18n());
                area.addTab("staff.tab.leaderboard", new LeaderboardView(board));
                javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(area);
                root.getStyleClass().addAll(ui.theme().styleClass(), "shell-content");
                scene.setRoot(root);
            }
            later(5000, () -> {
                shoot(out.resolve("staff-leaderboard.png"));
                store.close();
                Platform.exit();
                System.exit(0);
            });
    }

    private static void later(long millis, Runnable r) {
        javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.millis(millis));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    private static void shoot(Path file) {
        try {
            new ProcessBuilder("import", "-window", "root", "-crop", "1280x800+0+0", file.toString()).inheritIO()
                    .start().waitFor();
            System.out.println("saved " + file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
