package app.counterpart.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.shop.NewShop;
import app.counterpart.sync.client.SyncException;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.welcome.WelcomeViewModel.Step;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WelcomeViewModelTest {

    /** What the wizard asked of the app, in order. */
    private final List<String> calls = new ArrayList<>();
    private final List<NewShop> created = new ArrayList<>();
    private final List<Double> progress = new ArrayList<>();
    private Locale readyIn;
    private RuntimeException demoFailure;
    private Exception enrolFailure;
    private WelcomeViewModel model;

    @BeforeEach
    void setUp() {
        FirstRun firstRun = new FirstRun() {
            @Override
            public void openDemo(DoubleConsumer report) {
                if (demoFailure != null) {
                    throw demoFailure;
                }
                calls.add("demo");
                report.accept(0.5);
                report.accept(1.0);
            }

            @Override
            public void createShop(NewShop shop) {
                if (!created.isEmpty()) {
                    throw new IllegalStateException("This data folder already holds a shop.");
                }
                calls.add("create");
                created.add(shop);
            }

            @Override
            public void saveLanguage(Locale language) {
                calls.add("language " + I18n.tagOf(language));
            }

            @Override
            public int addSampleCatalog() {
                calls.add("catalog");
                return 150;
            }

            @Override
            public String enrol(URI headOffice, String code) throws Exception {
                calls.add("enrol " + headOffice + " " + code);
                if (enrolFailure != null) {
                    throw enrolFailure;
                }
                return "Corner Tea";
            }
        };
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        model = new WelcomeViewModel(firstRun, ui, locale -> readyIn = locale);
        model.progressProperty().addListener((obs, old, p) -> progress.add(p.doubleValue()));
    }

    private void fillShop() {
        model.shopNameProperty().set("Corner Tea");
        model.currencyProperty().set("CNY");
        model.zoneProperty().set("Asia/Shanghai");
        model.cutoffHourProperty().set(5);
    }

    private void fillOwner() {
        model.ownerNameProperty().set("Mei");
        model.ownerPinProperty().set("4821");
        model.pinAgainProperty().set("4821");
    }

    /** Walks from the first step to the summary with valid values and the given optional choices. */
    private void walkToSummary(boolean connect, boolean catalog) {
        model.next();
        fillShop();
        model.next();
        fillOwner();
        model.next();
        model.connectHeadOfficeProperty().set(connect);
        if (connect) {
            model.hqUrlProperty().set("https://hq.example.com:8443");
            model.hqCodeProperty().set(" K7Q-22P ");
        }
        model.next();
        model.sampleCatalogProperty().set(catalog);
        model.next();
        assertEquals(Step.SUMMARY, model.stepProperty().get());
    }

    @Test
    void theStepsFollowInOrderAndAValidWalkCreatesTheShopAndOpensItInTheChosenLanguage() {
        assertEquals(Step.LANGUAGE, model.stepProperty().get());
        walkToSummary(false, false);
        model.next();
        assertEquals(List.of("create", "language en"), calls);
        NewShop shop = created.get(0);
        assertEquals("Corner Tea", shop.name());
        assertEquals("Asia/Shanghai", shop.zone());
        assertEquals(5, shop.cutoffHour());
        assertEquals("4821", shop.ownerPin());
        assertEquals(I18n.ENGLISH, readyIn);
        assertFalse(model.busyProperty().get());
        assertEquals(1.0, progress.get(progress.size() - 1));
    }

    @Test
    void eachShopFieldProblemIsShownAtItsFieldAndTheStepStays() {
        model.next();
        model.shopNameProperty().set("  ");
        model.currencyProperty().set("XX");
        model.zoneProperty().set("Mars/Olympus");
        model.next();
        assertEquals(Step.SHOP, model.stepProperty().get());
        assertEquals("Please enter the shop's name.", model.fieldError(WelcomeViewModel.NAME).get());
        assertEquals("The currency must be an ISO code such as CNY, EUR or USD.",
                model.fieldError(WelcomeViewModel.CURRENCY).get());
        assertEquals("The time zone must be a region such as Asia/Shanghai or Europe/Berlin.",
                model.fieldError(WelcomeViewModel.ZONE).get());
        assertEquals("", model.fieldError(WelcomeViewModel.CUTOFF).get());
        assertEquals(WelcomeViewModel.NAME, model.focusFieldProperty().get());

        fillShop();
        model.currencyProperty().set(" usd ");
        model.next();
        assertEquals(Step.OWNER, model.stepProperty().get());
        assertEquals("", model.fieldError(WelcomeViewModel.NAME).get());
    }

    @Test
    void aShortPinIsNamedAtThePinAndAMismatchAtTheSecondPin() {
        model.next();
        fillShop();
        model.next();
        fillOwner();
        model.ownerPinProperty().set("12");
        model.next();
        assertEquals(Step.OWNER, model.stepProperty().get());
        assertEquals("The PIN must be 4 to 8 digits.", model.fieldError(WelcomeViewModel.OWNER_PIN).get());
        assertEquals("", model.fieldError(WelcomeViewModel.PIN_AGAIN).get());

        model.ownerPinProperty().set("4821");
        model.pinAgainProperty().set("4812");
        model.next();
        assertEquals(Step.OWNER, model.stepProperty().get());
        assertEquals("", model.fieldError(WelcomeViewModel.OWNER_PIN).get());
        assertEquals("The two PINs are not the same.", model.fieldError(WelcomeViewModel.PIN_AGAIN).get());
        assertEquals(WelcomeViewModel.PIN_AGAIN, model.focusFieldProperty().get());

        model.pinAgainProperty().set("4821");
        model.next();
        assertEquals(Step.HEAD_OFFICE, model.stepProperty().get());
        assertTrue(created.isEmpty());
    }

    @Test
    void connectingToHeadOfficeNeedsAnAddressAndACodeButSkippingNeedsNeither() {
        model.next();
        fillShop();
        model.next();
        fillOwner();
        model.next();
        model.connectHeadOfficeProperty().set(true);
        model.hqUrlProperty().set("hq.example.com");
        model.next();
        assertEquals(Step.HEAD_OFFICE, model.stepProperty().get());
        assertEquals("Enter head office's address, starting with http:// or https://",
                model.fieldError(WelcomeViewModel.HQ_URL).get());
        assertEquals("Enter the one-time enrolment code from head office.",
                model.fieldError(WelcomeViewModel.HQ_CODE).get());

        model.connectHeadOfficeProperty().set(false);
        model.next();
        assertEquals(Step.STARTING_DATA, model.stepProperty().get());
    }

    @Test
    void goingBackKeepsEveryValueTyped() {
        walkToSummary(true, true);
        for (int i = 0; i < 5; i++) {
            model.back();
        }
        assertEquals(Step.LANGUAGE, model.stepProperty().get());
        model.back();
        assertEquals(Step.LANGUAGE, model.stepProperty().get());
        assertEquals("Corner Tea", model.shopNameProperty().get());
        assertEquals(5, model.cutoffHourProperty().get());
        assertEquals("4821", model.pinAgainProperty().get());
        assertTrue(model.connectHeadOfficeProperty().get());
        assertEquals("https://hq.example.com:8443", model.hqUrlProperty().get());
        assertTrue(model.sampleCatalogProperty().get());
        for (int i = 0; i < 5; i++) {
            model.next();
        }
        assertEquals(Step.SUMMARY, model.stepProperty().get());
        assertTrue(calls.isEmpty());
    }

    @Test
    void switchingTheLanguageChangesTheTextAtOnceAndIsSavedForTheShell() {
        model.next();
        model.next();
        assertEquals("Please enter the shop's name.", model.fieldError(WelcomeViewModel.NAME).get());
        model.back();
        model.languageProperty().set(I18n.CHINESE);
        assertEquals("下一步", model.i18nProperty().get().text("wizard.next"));
        assertTrue(model.cutoffHintProperty().get().contains("04:00"), model.cutoffHintProperty().get());
        assertTrue(model.cutoffHintProperty().get().startsWith("午夜"), model.cutoffHintProperty().get());
        model.next();
        model.next();
        assertEquals("请输入店铺名称。", model.fieldError(WelcomeViewModel.NAME).get());

        fillShop();
        model.next();
        fillOwner();
        model.next();
        model.next();
        model.next();
        assertEquals("语言", model.summary().get(0).label());
        assertEquals("简体中文", model.summary().get(0).value());
        model.next();
        assertEquals(List.of("create", "language zh-CN"), calls);
        assertEquals(I18n.CHINESE, readyIn);
    }

    @Test
    void theSampleCatalogIsAddedOnlyWhenChosen() {
        walkToSummary(false, true);
        assertEquals("Add the sample catalog", model.summary().get(7).value());
        model.next();
        assertEquals(List.of("create", "language en", "catalog"), calls);
        assertEquals(I18n.ENGLISH, readyIn);
    }

    @Test
    void aFailedEnrolmentKeepsTheShopSaysWhyAndCanBeRetriedOrSkipped() {
        enrolFailure = new SyncException("Head office does not know this code: ask for a new one.");
        walkToSummary(true, true);
        model.next();
        assertEquals(List.of("create", "language en", "catalog", "enrol https://hq.example.com:8443 K7Q-22P"), calls);
        assertNull(readyIn);
        assertTrue(model.shopCreatedProperty().get());
        assertTrue(model.enrolFailedProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals("Your shop is created, but connecting to head office did not work: Head office does not know "
                + "this code: ask for a new one. Try again, or finish now and connect later in Settings.",
                model.errorProperty().get());

        // Only the head-office step can still change: back from the summary lands there, and no further.
        model.back();
        assertEquals(Step.HEAD_OFFICE, model.stepProperty().get());
        model.back();
        assertEquals(Step.HEAD_OFFICE, model.stepProperty().get());
        model.hqCodeProperty().set("NEW-CODE");
        enrolFailure = null;
        model.next();
        assertEquals(Step.SUMMARY, model.stepProperty().get());
        model.next();
        assertEquals(List.of("enrol https://hq.example.com:8443 NEW-CODE"), calls.subList(4, calls.size()));
        assertEquals(1, created.size());
        assertEquals(I18n.ENGLISH, readyIn);
    }

    @Test
    void finishingWithoutHeadOfficeAfterAFailedEnrolmentOpensTheShop() {
        enrolFailure = new java.net.ConnectException("Connection refused");
        walkToSummary(true, false);
        model.next();
        assertTrue(model.errorProperty().get().contains("Connection refused"), model.errorProperty().get());
        model.finishWithoutHeadOffice();
        assertEquals(List.of("create", "language en", "enrol https://hq.example.com:8443 K7Q-22P"), calls);
        assertEquals(I18n.ENGLISH, readyIn);
        assertFalse(model.connectHeadOfficeProperty().get());
    }

    @Test
    void theDemoReportsProgressSavesTheLanguageThenOpens() {
        model.languageProperty().set(I18n.CHINESE);
        model.openDemo();
        assertEquals(List.of(0.0, 0.5, 1.0), progress);
        assertEquals(List.of("demo", "language zh-CN"), calls);
        assertEquals(I18n.CHINESE, readyIn);
    }

    @Test
    void aFailedDemoSaysWhyAndStaysOnTheFirstStep() {
        demoFailure = new IllegalStateException("The disk is full: nothing was saved.");
        model.openDemo();
        assertNull(readyIn);
        assertTrue(model.errorProperty().get().contains("disk is full"), model.errorProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(Step.LANGUAGE, model.stepProperty().get());
        assertTrue(created.isEmpty());
    }

    @Test
    void theCurrencyFollowsTheSystemAndZonesAreFoundAsTyped() {
        assertEquals("CNY", WelcomeViewModel.defaultCurrency(Locale.SIMPLIFIED_CHINESE));
        assertEquals("CNY", WelcomeViewModel.defaultCurrency(Locale.CHINESE));
        assertEquals("EUR", WelcomeViewModel.defaultCurrency(Locale.GERMANY));
        assertEquals("USD", WelcomeViewModel.defaultCurrency(Locale.US));
        assertEquals("CNY", WelcomeViewModel.defaultCurrency(Locale.ENGLISH));
        assertTrue(WelcomeViewModel.zoneMatches("America/New_York", "new york"));
        assertTrue(WelcomeViewModel.zoneMatches("Asia/Shanghai", "SHANG"));
        assertFalse(WelcomeViewModel.zoneMatches("Asia/Shanghai", "berlin"));
        assertTrue(WelcomeViewModel.zones().contains("Asia/Shanghai"));
        assertFalse(WelcomeViewModel.zones().contains("Etc/GMT+5"));
    }
}
