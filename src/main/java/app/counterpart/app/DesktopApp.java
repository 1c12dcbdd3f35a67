package app.counterpart.app;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.StoreReplaced;
import app.counterpart.core.kpi.DashboardService;
import app.counterpart.core.report.Dimension;
import app.counterpart.store.report.JooqReportRepository;
import app.counterpart.store.sales.JooqSaleQueries;
import app.counterpart.ui.reports.ReportsView;
import app.counterpart.ui.reports.ReportsViewModel;
import app.counterpart.ui.reports.SalesListDialog;
import app.counterpart.core.sell.Till;
import app.counterpart.core.shop.Device;
import app.counterpart.core.shop.NewShop;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.shop.ShopSetup;
import app.counterpart.core.staff.PinHasher;
import app.counterpart.ui.catalog.CatalogView;
import app.counterpart.ui.catalog.CatalogViewModel;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.FxTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.core.customers.segments.SegmentRecompute;
import app.counterpart.core.staff.Permission;
import app.counterpart.core.staff.Role;
import app.counterpart.ui.customers.CustomersArea;
import app.counterpart.ui.customers.CustomersView;
import app.counterpart.ui.customers.profile.CustomerProfiles;
import app.counterpart.ui.customers.profile.ProfileViewModel;
import app.counterpart.ui.customers.rules.LifecycleRulesView;
import app.counterpart.ui.customers.rules.LifecycleRulesViewModel;
import app.counterpart.ui.customers.CustomersViewModel;
import app.counterpart.ui.customers.files.CustomerFileTools;
import app.counterpart.ui.customers.files.CustomerFilesModel;
import app.counterpart.ui.customers.merge.DuplicatesView;
import app.counterpart.ui.customers.merge.DuplicatesViewModel;
import app.counterpart.ui.session.OwnerApproval;
import app.counterpart.ui.session.Session;
import app.counterpart.ui.session.SessionControl;
import app.counterpart.ui.session.SessionViewModel;
import app.counterpart.ui.dashboard.DashboardView;
import app.counterpart.ui.dashboard.DashboardViewModel;
import app.counterpart.ui.sell.SellReceipts;
import app.counterpart.ui.sell.SellView;
import app.counterpart.ui.sell.SellViewModel;
import app.counterpart.ui.settings.SettingsView;
import app.counterpart.ui.settings.SettingsViewModel;
import app.counterpart.ui.shell.Area;
import app.counterpart.ui.shell.ShellView;
import app.counterpart.ui.shell.ShellViewModel;
import app.counterpart.ui.staff.StaffArea;
import app.counterpart.ui.staff.StaffView;
import app.counterpart.ui.staff.StaffViewModel;
import app.counterpart.ui.welcome.FirstRun;
import app.counterpart.ui.welcome.WelcomeView;
import app.counterpart.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop app: shows the window at once, opens the store in the background, then shows the
 * welcome screen (empty store) or the main window.
 */
public final class DesktopApp {

    /**
     * @param startArea the screen the window opens on; null for the dashboard
     * @param startupProbe print {@code ready <ms>} once the first screen can be used, then exit (benchmarks)
     */
    record Options(Path dataDir, boolean demo, Area startArea, boolean startupProbe) {

        Options(Path dataDir, boolean demo) {
            this(dataDir, demo, null, false);
        }

        Area firstArea() {
            return startArea != null ? startArea : Area.DASHBOARD;
        }
    }

    private static final System.Logger LOG = System.getLogger("app.counterpart.desktop");

    private final Stage stage;
    private final Options options;
    private final Clock clock;
    private final ExecutorService pool;
    private final EventBus events;
    private UiContext ui;
    private AppContext context;
    private Shop shop;
    private Device device;
    private ShellViewModel shell;
    private DashboardViewModel dashboard;
    private ReportsViewModel reports;
    /** The customers area last built, so the dashboard's care tile can open its Care tasks tab. */
    private CustomersArea customers;
    private ScheduledExecutorService segments;
    private SegmentRecompute segmentRecompute;
    private CareSchedule careSchedule;
    private GoalSchedule goalSchedule;
    /** The sell screen last built, so start-up knows when it can take a sale. */
    private SellViewModel sell;
    private BackupSchedule backupSchedule;
    /** Who is at the keyboard, for the whole window; nobody until someone signs in with their PIN. */
    private final Session session = new Session();
    private SessionViewModel sessionModel;
    /** The header's sign-in, which gated screens open from their own Sign in button. */
    private SessionControl sessionControl;

    /** The store being opened since before the toolkit started; null until {@link #show} opens it itself. */
    private CompletableFuture<Opened> opening;

    DesktopApp(Stage stage, Options options, Clock clock, ExecutorService pool) {
        this(stage, options, clock, pool, newEventBus(), null);
    }

    private DesktopApp(Stage stage, Options options, Clock clock, ExecutorService pool, EventBus events,
            CompletableFuture<Opened> opening) {
        this.stage = stage;
        this.options = options;
        this.clock = clock;
        this.pool = pool;
        this.events = events;
        this.opening = opening;
        this.ui = new UiContext(new FxTaskExecutor(pool), Platform::runLater, events, new I18n(systemLocale()),
                Theme.LIGHT, clock);
    }

    private static EventBus newEventBus() {
        return new EventBus(e -> LOG.log(System.Logger.Level.WARNING, "event handler failed", e));
    }

    private static Locale systemLocale() {
        return Locale.getDefault().getLanguage().equals("zh") ? I18n.CHINESE : I18n.ENGLISH;
    }

    /**
     * Called from the launcher: opens the store and starts the toolkit at the same time (each takes
     * most of a second, and a till has two cores), then opens the window.
     */
    static void start(Options options) {
        Logging.configure(options.dataDir());
        Clock clock = Clock.systemDefaultZone();
        ExecutorService pool = backgroundPool();
        EventBus events = newEventBus();
        CompletableFuture<Opened> opening = CompletableFuture.supplyAsync(
                () -> openStore(options.dataDir(), clock, events), pool);
        // The pinyin table takes a while to load at first use, and the till indexes its catalog by pinyin
        // before it is usable: the pool's other thread loads it while the toolkit starts.
        pool.execute(() -> app.counterpart.core.catalog.Pinyin.initials("\u4e2d"));
        Platform.setImplicitExit(true);
        Platform.startup(() -> new DesktopApp(new Stage(), options, clock, pool, events, opening).show());
    }

    /** The one pool for background work; daemon threads so a closed window ends the process. */
    static ExecutorService backgroundPool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "counterpart-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Shows the window with a start-up indicator and opens the store off the FX thread. */
    void show() {
        ui.theme().applyUserAgentStylesheet();
        Scene scene = new Scene(starting(), 1280, 800);
        scene.getStylesheets().add(DesktopApp.class.getResource("/app/counterpart/ui/counterpart.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Counterpart");
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        Optional.ofNullable(DesktopApp.class.getResource("/app/counterpart/ui/icon.png"))
                .ifPresent(url -> stage.getIcons().add(new Image(url.toExternalForm())));
        stage.setOnHidden(e -> close());
        if (opening == null) {
            opening = CompletableFuture.supplyAsync(() -> openStore(options.dataDir(), clock, events), pool);
        }
        if (opening.isDone() && !opening.isCompletedExceptionally()) {
            // The store opened while the toolkit started (the usual case): the first frame shows the shop
            // itself, not a spinner that would cost a layout and a frame of its own.
            storeOpened(opening.join());
        } else {
            opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
                if (failure == null) {
                    storeOpened(opened);
                } else {
                    startFailed(failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure);
                }
            }));
        }
        stage.show();
        LOG.log(System.Logger.Level.INFO, "first window {0} ms after JVM start", uptimeMillis());
    }

    private record Opened(AppContext context, Optional<Shop> shop, Optional<Device> device, Locale locale,
            Theme theme) {
    }

    private static Opened openStore(Path dataDir, Clock clock, EventBus events) {
        long started = System.nanoTime();
        AppContext opened;
        try {
            opened = new AppContext(dataDir, clock, events);
        } catch (RuntimeException e) {
            throw StoreDamaged.ifDamaged(dataDir, e);
        }
        LOG.log(System.Logger.Level.INFO, "store opened and migrated in {0} ms", (System.nanoTime() - started) / 1_000_000);
        try {
            Optional<Shop> found = opened.shops.shop();
            Locale locale = opened.shops.setting(SettingsViewModel.LANGUAGE_KEY).map(I18n::localeOf)
                    .orElse(systemLocale());
            Theme theme = opened.shops.setting(SettingsViewModel.THEME_KEY).map(Theme::of).orElse(Theme.LIGHT);
            return new Opened(opened, found, opened.shops.localDevice(), locale, theme);
        } catch (RuntimeException e) {
            // Closed, so that a restore from the recovery screen finds the folder free.
            opened.close();
            throw StoreDamaged.ifDamaged(dataDir, e);
        }
    }

    private void storeOpened(Opened opened) {
        context = opened.context();
        context.db.forbid(Thread.currentThread(), DesktopApp::storeAccessOnFxThread);
        Theme shown = ui.theme();
        ui = ui.with(new I18n(opened.locale()), opened.theme());
        // Re-applying the same stylesheet would re-style the whole scene for nothing.
        if (ui.theme() != shown) {
            ui.theme().applyUserAgentStylesheet();
        }
        if (opened.shop().isPresent()) {
            shop = opened.shop().get();
            device = opened.device().orElseThrow();
            showShell(options.firstArea());
            LOG.log(System.Logger.Level.INFO, "shell shown {0} ms after JVM start", uptimeMillis());
            whenUsable(options.firstArea(), this::firstScreenUsable);
        } else {
            WelcomeViewModel welcome = new WelcomeViewModel(firstRun(), ui, this::firstRunDone);
            setRoot(new WelcomeView(welcome));
            if (options.demo()) {
                welcome.openDemo();
            }
        }
    }

    private FirstRun firstRun() {
        return new FirstRun() {
            @Override
            public void openDemo(DoubleConsumer progress) {
                context.installDemo(null, 365, 1, AppContext.DEFAULT_SEED, progress);
            }

            @Override
            public void createShop(NewShop form) {
                new ShopSetup(context.shops, context.staff, context.ids, PinHasher.secure(), clock).create(form);
            }

            @Override
            public void saveLanguage(Locale language) {
                context.shops.putSetting(SettingsViewModel.LANGUAGE_KEY, I18n.tagOf(language));
            }

            @Override
            public int addSampleCatalog() {
                return context.addSampleCatalog();
            }

            @Override
            public String enrol(java.net.URI headOffice, String code) throws Exception {
                return context.sync.enrol(headOffice, code).shopName();
            }
        };
    }

    /** The first run is over: the shell opens in the language chosen in the wizard. */
    private void firstRunDone(Locale language) {
        ui = ui.with(new I18n(language), ui.theme());
        shopReady();
    }

    private void shopReady() {
        ui.tasks().run(() -> java.util.Map.entry(context.shops.shop().orElseThrow(),
                context.shops.localDevice().orElseThrow()), found -> {
            shop = found.getKey();
            device = found.getValue();
            context.db.forbid(Thread.currentThread(), DesktopApp::storeAccessOnFxThread);
            showShell(Area.DASHBOARD);
            events.publish(new StoreReplaced());
            whenUsable(Area.DASHBOARD, this::firstScreenUsable);
        }, this::startFailed);
    }

    private DashboardService dashboardService() {
        return new DashboardService(context.kpis, new JooqReportRepository(context.db), shop.calendar(), clock);
    }

    /** A dashboard tile asked for what is behind its number. */
    private void openDetail(DashboardView.Detail detail) {
        var period = dashboard.shownPeriod();
        switch (detail) {
            case SALES -> SalesListDialog.show(stage, new JooqSaleQueries(context.db), period, shop.currency(),
                    shop.zone(), ui);
            case PRODUCTS -> showReport(Dimension.PRODUCT, period);
            case CATEGORIES -> showReport(Dimension.CATEGORY, period);
            case STAFF -> showReport(Dimension.STAFF, period);
            case CARE -> {
                shell.selectedProperty().set(Area.CUSTOMERS);
                if (customers != null) {
                    customers.show("customers.tab.care");
                }
            }
            case SYNC -> shell.selectedProperty().set(Area.SYNC);
        }
    }

    private void showReport(Dimension dimension, app.counterpart.core.kpi.Period period) {
        shell.selectedProperty().set(Area.REPORTS);
        reports.show(dimension, period.from(), period.to());
    }

    private void showShell(Area area) {
        ShellViewModel model = new ShellViewModel(shop, clock, ui.i18n(), area);
        shell = model;
        sessionModel = new SessionViewModel(context.staffAccess(), context.staff::staff, session, ui);
        ShellView view = new ShellView(model, this::areaContent, ui.i18n());
        sessionControl = new SessionControl(sessionModel, ui.i18n());
        view.addHeaderControl(sessionControl);
        setRoot(view);
        stage.setTitle(shop.displayName(ui.i18n().chinese()) + " · Counterpart");
    }

    private Node areaContent(Area area) {
        return switch (area) {
            case DASHBOARD -> {
                dashboard = new DashboardViewModel(dashboardService(), shop.currency(), ui);
                yield new DashboardView(dashboard, new app.counterpart.ui.sync.SyncTileModel(context.sync, ui, shop.zone()),
                        ui.i18n(), ui.theme(), this::openDetail, actingRole().seesMargins());
            }
            case REPORTS -> {
                reports = new ReportsViewModel(new JooqReportRepository(context.db), shop.currency(), ui,
                        shop.displayName(ui.i18n().chinese()), dashboardService().today());
                yield new ReportsView(reports, ui.i18n());
            }
            case CATALOG -> new CatalogView(new CatalogViewModel(context.catalog,
                    context.productImporter(shop.currency()), context.stock,
                    new app.counterpart.core.stock.StockService(context.stock, context.catalog, context.ids, clock),
                    shop.currency(), ui, this::actingStaff), ui.i18n());
            case CUSTOMERS -> customersArea();
            case SELL -> sellView();
            case STAFF -> staffArea();
            case SETTINGS -> scrolling(new SettingsView(new SettingsViewModel(context.shops, ui, this::appearanceChanged),
                    ui.i18n(), options.dataDir(), CounterpartCommand.version())
                    .addSection(new app.counterpart.ui.settings.HeadOfficeSection(
                            new app.counterpart.ui.settings.HeadOfficeSettingsModel(context.shops, context.sync, ui),
                            ui.i18n()))
                    .addSection(new app.counterpart.ui.backup.BackupsSection(backupsModel(), ui.i18n())));
            case SYNC -> new app.counterpart.ui.sync.SyncView(
                    new app.counterpart.ui.sync.SyncViewModel(context.sync, ui, shop.zone()), ui.i18n());
        };
    }

    /**
     * The customers area: the list, whose rows open profiles in windows of their own, and the owner's
     * lifecycle rules, whose saving recomputes the stages.
     */
    private Node customersArea() {
        CustomersViewModel list = new CustomersViewModel(context.customers, context.segments, ui,
                session.signedInProperty(), shop.currency(), shop.calendar());
        CustomerProfiles profiles = new CustomerProfiles(() -> new ProfileViewModel(context.profiles, ui, privacyRole(),
                shop.currency(), shop.calendar(), this::actingStaff, list::load), ui.i18n())
                .addTab("customers.tab.timeline", this::timelinePane);
        CustomersView view = new CustomersView(list, ui.i18n());
        view.onOpen(row -> profiles.open(stage, row.id(), row.name()));
        OwnerApproval approval = new OwnerApproval(sessionModel, ui.i18n(), () -> stage);
        CustomerFilesModel files = new CustomerFilesModel(context.customerImporter(), ui, session, this::actingStaff,
                list::load);
        view.addTools(new CustomerFileTools(files, approval, ui.i18n(), list::phonesMasked).buttons());
        DuplicatesViewModel duplicates = new DuplicatesViewModel(context.customerMerges(shop.currency()),
                shop.currency(), ui, session, list::load);
        Role role = actingRole();
        LifecycleRulesViewModel rules = new LifecycleRulesViewModel(context.lifecycleRules, ui, this::actingStaff,
                app.counterpart.core.staff.Permissions.allows(role,
                        app.counterpart.core.staff.Permission.EDIT_LIFECYCLE_RULES),
                () -> segments.execute(this::recomputeSegments));
        customers = new CustomersArea(ui.i18n());
        return customers
                .addTab("customers.tab.list", view)
                .addTab("customers.tab.care", careTasksView())
                .addTab("customers.tab.duplicates", new DuplicatesView(duplicates, approval, ui.i18n()))
                .addTab("customers.tab.retention", new app.counterpart.ui.customers.retention.RetentionView(
                        new app.counterpart.ui.customers.retention.RetentionViewModel(
                                new app.counterpart.store.customers.JooqRetentionRepository(context.db),
                                () -> shop.calendar().businessDay(clock.instant()), shop.currency(), ui),
                        ui.i18n(), ui.theme()))
                .addTab("customers.tab.rules", new LifecycleRulesView(rules, ui.i18n()));
    }

    /**
     * The staff area: one tab per view, the roster first. The roster's editing tools and the audit log
     * show only to a person signed in whose role allows them, and so do rules, payouts, goals and
     * performance; their Sign in opens the header's dialog.
     */
    private Node staffArea() {
        StaffArea area = new StaffArea(ui.i18n());
        Runnable signIn = sessionControl::signIn;
        var admin = new app.counterpart.core.staff.StaffAdmin(context.staff, PinHasher.secure(), context.ids);
        area.addTab("staff.tab.roster", new StaffView(new StaffViewModel(context.staff, admin, session::signedIn, ui),
                ui.i18n(), session, signIn));
        area.addTab("staff.tab.permissions", new app.counterpart.ui.staff.PermissionsView(ui.i18n()));
        java.util.function.Supplier<java.time.LocalDate> today = () -> shop.calendar().businessDay(clock.instant());
        // What people earn is private: rules and payouts open to someone signed in and are built for that
        // person. Everyone reads the rules that pay them; only the owner edits. A person who may not see
        // others' pay sees their own payout, line by line, and nobody else's.
        area.addTab("staff.tab.rules", gate(Permission.SERVE_CUSTOMERS, signIn,
                () -> new app.counterpart.ui.staff.incentives.IncentiveRulesView(
                        new app.counterpart.ui.staff.incentives.IncentiveRulesViewModel(context.incentives,
                                this::incentiveLookups, today, context.ids::next, shop.currency(), ui,
                                this::actingStaff, actingRole()),
                        ui.i18n())));
        area.addTab("staff.tab.payouts", gate(Permission.SERVE_CUSTOMERS, signIn,
                () -> new app.counterpart.ui.staff.incentives.PayoutsView(
                        new app.counterpart.ui.staff.incentives.PayoutsViewModel(context.incentives,
                                this::incentiveLookups, today, shop.currency(), shop.zone(), ui, this::actingStaff,
                                actingRole()),
                        ui.i18n(), () -> stage)));
        area.addTab("staff.tab.goals", gate(Permission.EDIT_GOALS, signIn,
                () -> new app.counterpart.ui.staff.goals.GoalsView(
                        new app.counterpart.ui.staff.goals.GoalsViewModel(goalService(), context.staff::staff,
                                this::actingStaff, this::actingRole, shop.currency(), ui))));
        area.addTab("staff.tab.leaderboard", new app.counterpart.ui.staff.goals.LeaderboardView(
                new app.counterpart.ui.staff.goals.LeaderboardViewModel(goalService(), context.staff::staff,
                        shop.currency(), ui)));
        area.addTab("staff.tab.performance", gate(Permission.VIEW_PERFORMANCE_OF_OTHERS, signIn,
                () -> new app.counterpart.ui.staff.performance.PerformanceView(
                        new app.counterpart.ui.staff.performance.PerformanceViewModel(
                                new app.counterpart.store.staff.JooqPerformanceRepository(context.db, shop.calendar()),
                                context.staff::staff, today, shop.currency(), ui),
                        ui.i18n())));
        area.addTab("staff.tab.audit", gate(Permission.VIEW_AUDIT_LOG, signIn,
                () -> new app.counterpart.ui.staff.AuditView(new app.counterpart.ui.staff.AuditViewModel(
                        new app.counterpart.store.staff.JooqAuditLog(context.db), context.staff::staff,
                        shop.calendar(), ui), ui.i18n())));
        return area;
    }

    /** A tab's content shown only while the person signed in has the permission; built for that person. */
    private Node gate(Permission permission, Runnable signIn, java.util.function.Supplier<Node> content) {
        return new app.counterpart.ui.session.PermissionGate(session, permission, content, ui.i18n(), signIn);
    }

    /** Names of people, categories, products and teams for the incentive screens; read in the background. */
    private app.counterpart.ui.staff.incentives.IncentiveLookups incentiveLookups() {
        return new app.counterpart.ui.staff.incentives.IncentiveLookups(context.staff.staff(),
                context.catalog.categories(), context.catalog.products(), context.care.teams());
    }

    /**
     * Recomputes customer segments and stages on their own thread: now, and again whenever the business
     * day rolls over (checked each minute). Rule changes queue a run on the same thread.
     */
    private void startSegments() {
        if (segments != null) {
            return;
        }
        segmentRecompute = new SegmentRecompute(context.segments, context.lifecycleRules, shop.calendar(), clock, events);
        segments = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "counterpart-segments");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        segments.scheduleWithFixedDelay(() -> {
            try {
                segmentRecompute.recomputeIfDayChanged().ifPresent(this::logRecomputed);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "segment recomputation failed", e);
            }
        }, 0, 1, TimeUnit.MINUTES);
    }

    /** A recomputation the owner asked for by saving new rules; a failure is logged, the next day's run retries. */
    private void recomputeSegments() {
        try {
            logRecomputed(segmentRecompute.recompute());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "segment recomputation failed", e);
        }
    }

    private void logRecomputed(SegmentRecompute.Outcome o) {
        LOG.log(System.Logger.Level.INFO, "segments of {0} customers recomputed for {1}, {2} rows written",
                o.customers(), o.day(), o.rowsWritten());
    }

    /** The products sold most over the last four weeks, for the till's quick keys. */
    private java.util.List<String> bestSellerSkus() {
        var today = shop.calendar().businessDay(clock.instant());
        return new JooqReportRepository(context.db).productMix(today.minusDays(28), today, false).products().stream()
                .sorted(java.util.Comparator.comparingLong(app.counterpart.core.report.ReportRow::quantity).reversed())
                .map(app.counterpart.core.report.ReportRow::key).toList();
    }

    private Node sellView() {
        Till till = new Till(context.till, context.customers, events, context.ids, clock, shop, device, context.pins);
        SellViewModel model = new SellViewModel(till, context.catalog::products, this::bestSellerSkus,
                context.staff::staff, serviceTimeline()::latest, ui);
        sell = model;
        // Signing in at the till (F2) signs the person in for the whole window.
        model.cashierProperty().addListener((obs, old, who) -> {
            if (who != null) {
                session.signIn(who);
            }
        });
        SellView view = new SellView(model, new SellReceipts(till, context.catalog::products, context.staff::staff, ui,
                model.messageProperty()::set));
        return view.showGoals(new app.counterpart.ui.sell.GoalStrip(goalStrip(model)));
    }

    // ---- Start-up ----

    /**
     * Runs {@code then} once the screen just shown can be used and a frame showing it has been laid out:
     * for the till, once its catalog is loaded (a scan before that would find nothing).
     */
    private void whenUsable(Area area, Runnable then) {
        Runnable afterPulse = () -> {
            Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(then);
                }
            });
            Platform.requestNextPulse();
        };
        if (area != Area.SELL || sell == null || sell.readyProperty().get()) {
            afterPulse.run();
            return;
        }
        sell.readyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean ready) {
                if (ready) {
                    o.removeListener(this);
                    afterPulse.run();
                }
            }
        });
    }

    /**
     * The first screen is usable: only now does background work start, so that on a two-core till the
     * segment, care and sync runs do not compete with the first screen's own loading. The goal totals
     * come first because the till's goal strip shows them.
     */
    private void firstScreenUsable() {
        long ms = uptimeMillis();
        LOG.log(System.Logger.Level.INFO, "first screen usable {0} ms after JVM start", ms);
        if (options.startupProbe()) {
            System.out.println("ready " + ms);
            System.out.flush();
            stage.close();
            Platform.exit();
            return;
        }
        startGoals();
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(BACKGROUND_DELAY);
        later.setOnFinished(e -> {
            if (context != null) {
                startSegments();
                startCareRules();
                startSync();
                startBackups();
            }
        });
        later.play();
    }

    private static final javafx.util.Duration BACKGROUND_DELAY = javafx.util.Duration.seconds(5);

    // ---- Goals (issue 7) ----

    private app.counterpart.core.goals.GoalService goalService() {
        return new app.counterpart.core.goals.GoalService(context.goals, context.goalTracker, shop.calendar(),
                context.ids, clock);
    }

    /** The sell screen's goal strip: progress of the person serving, toasts and the chime at milestones. */
    private app.counterpart.ui.sell.GoalStripModel goalStrip(SellViewModel sell) {
        java.util.Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        boolean zh = ui.i18n().chinese();
        app.counterpart.ui.sell.GoalStripModel strip = new app.counterpart.ui.sell.GoalStripModel(context.goalTracker,
                id -> names.computeIfAbsent(id, k -> context.staff.staff().stream().filter(s -> s.id().equals(k))
                        .findFirst().map(s -> s.displayName(zh)).orElse("")),
                context.goals::teamNames, shop.currency(), new app.counterpart.ui.sell.GoalSound(ui.tasks()), ui);
        strip.follow(sell.cartProperty(), sell.cashierProperty());
        return strip;
    }

    /** Loads the goal totals now and at each new business day, on a thread of their own. */
    private void startGoals() {
        if (goalSchedule == null) {
            goalSchedule = new GoalSchedule(goalService(), shop.calendar(), clock, events);
            goalSchedule.start();
        }
    }

    /** Sync with head office on a timer of its own; it only looks for an enrolment until there is one. */
    private void startSync() {
        context.syncScheduler.start();
    }

    // ---- Service timeline and care tasks ----

    /** The owner's lifecycle thresholds, read afresh each time the care rules judge who is dormant. */
    private java.util.function.Supplier<app.counterpart.core.customers.lifecycle.LifecycleRules> lifecycleRules() {
        return context.lifecycleRules::current;
    }

    private app.counterpart.core.customers.timeline.ServiceTimeline serviceTimeline() {
        return new app.counterpart.core.customers.timeline.ServiceTimeline(context.timeline, context.ids, clock);
    }

    private app.counterpart.core.customers.care.CareService careService() {
        return new app.counterpart.core.customers.care.CareService(context.care, lifecycleRules(), shop.calendar(),
                context.ids, clock);
    }

    /** One customer's service timeline, self-contained: for the care tasks screen and the customer profile. */
    app.counterpart.ui.customers.timeline.TimelinePane timelinePane(String customerId) {
        return new app.counterpart.ui.customers.timeline.TimelinePane(
                new app.counterpart.ui.customers.timeline.TimelineViewModel(serviceTimeline(), customerId,
                        this::actingStaff, shop.zone(), ui), ui.i18n());
    }

    private Node careTasksView() {
        var care = careService();
        var model = new app.counterpart.ui.customers.care.CareTasksViewModel(care, context.staff::staff,
                this::actingStaff, privacyRole().seesPhoneNumbers(), ui);
        Runnable rules = !app.counterpart.core.staff.Permissions.allows(actingRole(),
                app.counterpart.core.staff.Permission.EDIT_CARE_RULES) ? null
                : () -> app.counterpart.ui.customers.care.CareRulesDialog.show(stage,
                        new app.counterpart.ui.customers.care.CareRulesViewModel(care, context.staff::staff,
                                this::actingStaff, ui), ui.i18n(), model::load);
        return new app.counterpart.ui.customers.care.CareTasksView(model, ui.i18n(), this::timelinePane, rules);
    }

    /** The care rules run at start and at each new business day, once per open store. */
    private void startCareRules() {
        if (careSchedule == null) {
            careSchedule = new CareSchedule(careService(), shop.calendar(), clock, events);
            careSchedule.start();
        }
    }

    /**
     * Who is doing what in the back office: the person signed in, or else the shop's owner (until issue 7
     * requires sign-in everywhere, audit entries of a screen used without signing in name the owner).
     * Called off the FX thread too, so it reads the session's value once.
     */
    private String actingStaff() {
        app.counterpart.core.staff.Staff signedIn = session.signedIn();
        if (signedIn != null) {
            return signedIn.id();
        }
        return context.staff.staff().stream().filter(s -> s.role() == app.counterpart.core.staff.Role.OWNER)
                .findFirst().map(app.counterpart.core.staff.Staff::id).orElse(null);
    }

    /** The role of the person signed in; the owner when nobody is (see {@link #actingStaff}). */
    private app.counterpart.core.staff.Role actingRole() {
        app.counterpart.core.staff.Staff signedIn = session.signedIn();
        return signedIn != null ? signedIn.role() : app.counterpart.core.staff.Role.OWNER;
    }

    /**
     * The role whose privacy applies to what a screen shows: the person signed in, and a cashier's when
     * nobody is, so customers' phone numbers are masked by default everywhere, not only in the list.
     */
    private app.counterpart.core.staff.Role privacyRole() {
        app.counterpart.core.staff.Staff signedIn = session.signedIn();
        return signedIn != null ? signedIn.role() : app.counterpart.core.staff.Role.CASHIER;
    }

    /** A new language or theme: rebuild the window in it, staying on Settings. */
    private void appearanceChanged(Locale locale, Theme theme) {
        ui = ui.with(new I18n(locale), theme);
        ui.theme().applyUserAgentStylesheet();
        showShell(Area.SETTINGS);
    }

    private void setRoot(Parent root) {
        root.getStyleClass().add(ui.theme().styleClass());
        stage.getScene().setRoot(root);
    }

    private Parent starting() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label label = new Label(ui.i18n().text("app.starting"));
        VBox box = new VBox(16, spinner, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void startFailed(Throwable e) {
        if (e instanceof StoreDamaged damaged) {
            showRecovery(damaged.getMessage());
            return;
        }
        Label message = new Label(ui.i18n().format("app.startFailed", options.dataDir(), Errors.describe(e)));
        message.setWrapText(true);
        message.setMaxWidth(640);
        message.getStyleClass().add("error-banner");
        VBox box = new VBox(message);
        box.setAlignment(Pos.CENTER);
        setRoot(box);
    }

    /**
     * The window froze for a query: a bug. It is logged with where it happened; builds with
     * {@code -Dcounterpart.strictFxThread=true} (the tests) also fail the call, a shop's till carries on.
     */
    private static void storeAccessOnFxThread(IllegalStateException e) {
        LOG.log(System.Logger.Level.WARNING, STORE_ON_FX_THREAD, e);
        if (Boolean.getBoolean("counterpart.strictFxThread")) {
            throw e;
        }
    }

    static final String STORE_ON_FX_THREAD = "store access on the FX thread";

    // ---- Backups and recovery (issue 9) ----

    /** The integrity check and the daily backup, on a thread of their own, once per open store. */
    private void startBackups() {
        if (backupSchedule == null) {
            backupSchedule = new BackupSchedule(options.dataDir(), shop.calendar(), clock,
                    problem -> Platform.runLater(() -> ui.tasks().run(() -> {
                        closeStoreForRestore();
                        return problem;
                    }, this::showRecovery, this::startFailed)));
            backupSchedule.start();
        }
    }

    /** Settings grew past one screen with its backups card. */
    private static Node scrolling(Node content) {
        javafx.scene.control.ScrollPane pane = new javafx.scene.control.ScrollPane(content);
        pane.setFitToWidth(true);
        pane.getStyleClass().add("edge-to-edge");
        return pane;
    }

    private app.counterpart.ui.backup.BackupsViewModel backupsModel() {
        return new app.counterpart.ui.backup.BackupsViewModel(new AppBackups(
                new app.counterpart.store.Backups(options.dataDir(), clock), this::restoreBackup), ui, this::shopReady);
    }

    /** Instead of the shell when the store cannot be used: what happened, and the backups to restore. */
    private void showRecovery(String problem) {
        stage.setTitle("Counterpart");
        setRoot(new app.counterpart.ui.backup.RecoveryView(backupsModel(), problem, options.dataDir().toString(),
                ui.i18n()));
    }

    /**
     * Off the FX thread: closes the open store (if any) and its background work, restores the backup over
     * it and opens it again; {@link #shopReady} then rebuilds the shell. A backup that would be refused is
     * refused before the store closes.
     */
    private void restoreBackup(Path backup) {
        app.counterpart.store.Backups.verify(backup);
        closeStoreForRestore();
        try {
            new app.counterpart.store.Backups(options.dataDir(), clock).restore(backup);
        } finally {
            context = new AppContext(options.dataDir(), clock, events);
        }
    }

    /** Stops what works on the store and closes it, so that the next {@link #showShell} starts them afresh. */
    private void closeStoreForRestore() {
        stopBackgroundWork();
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Stops the jobs that work on the store on threads of their own; each starts afresh when asked again. */
    private void stopBackgroundWork() {
        if (segments != null) {
            segments.shutdownNow();
            segments = null;
        }
        if (careSchedule != null) {
            careSchedule.close();
            careSchedule = null;
        }
        if (goalSchedule != null) {
            goalSchedule.close();
            goalSchedule = null;
        }
        if (backupSchedule != null) {
            backupSchedule.close();
            backupSchedule = null;
        }
    }

    private static long uptimeMillis() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** Stops background work and closes the store; called when the window closes. */
    void close() {
        stopBackgroundWork();
        if (context != null) {
            context.syncScheduler.close();
        }
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
