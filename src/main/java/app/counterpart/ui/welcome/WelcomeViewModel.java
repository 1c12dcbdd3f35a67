package app.counterpart.ui.welcome;

import app.counterpart.core.shop.NewShop;
import app.counterpart.sync.client.SyncException;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.sync.EnrolViewModel;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first-run wizard: language (or the demo shop), shop, owner, head office, starting data, summary.
 * Every value lives here, so going back or switching the language loses nothing; creation runs as one
 * background task that resumes where it stopped, so a failed enrolment never loses the created shop.
 */
public final class WelcomeViewModel {

    /** The wizard's steps, in order. */
    public enum Step {
        LANGUAGE, SHOP, OWNER, HEAD_OFFICE, STARTING_DATA, SUMMARY;

        public String titleKey() {
            return "wizard.step." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A line of the summary: what and the value chosen, both ready to show. */
    public record SummaryLine(String label, String value) {
    }

    /** Field names, as NewShop names them, plus the wizard's own. */
    public static final String NAME = "name";
    public static final String CURRENCY = "currency";
    public static final String ZONE = "zone";
    public static final String CUTOFF = "cutoff";
    public static final String OWNER_NAME = "ownerName";
    public static final String OWNER_PIN = "ownerPin";
    public static final String PIN_AGAIN = "pinAgain";
    public static final String HQ_URL = "hqUrl";
    public static final String HQ_CODE = "hqCode";

    /** Offered in the currency list; any other ISO code can still be typed. */
    public static final List<String> COMMON_CURRENCIES = List.of("CNY", "HKD", "TWD", "MOP", "SGD", "MYR", "THB",
            "JPY", "KRW", "USD", "CAD", "AUD", "NZD", "EUR", "GBP", "CHF");

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted().toList();

    private final FirstRun firstRun;
    private final UiContext ui;
    private final Consumer<Locale> onReady;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.LANGUAGE);
    private final ObjectProperty<Locale> language;
    private final ReadOnlyObjectWrapper<I18n> i18n;

    private final StringProperty shopName = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty(defaultCurrency(Locale.getDefault()));
    private final StringProperty zone = new SimpleStringProperty(ZoneId.systemDefault().getId());
    private final IntegerProperty cutoffHour = new SimpleIntegerProperty(4);
    private final ReadOnlyStringWrapper cutoffHint = new ReadOnlyStringWrapper("");
    private final StringProperty ownerName = new SimpleStringProperty("");
    private final StringProperty ownerPin = new SimpleStringProperty("");
    private final StringProperty pinAgain = new SimpleStringProperty("");
    private final BooleanProperty connectHeadOffice = new SimpleBooleanProperty();
    private final StringProperty hqUrl = new SimpleStringProperty("");
    private final StringProperty hqCode = new SimpleStringProperty("");
    private final BooleanProperty sampleCatalog = new SimpleBooleanProperty();

    private final Map<String, ReadOnlyStringWrapper> fieldErrors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper focusField = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shopCreated = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper enrolFailed = new ReadOnlyBooleanWrapper();
    private boolean languageSaved;
    private boolean catalogAdded;

    /** @param onReady called on the FX thread once the shop is there, with the language chosen */
    public WelcomeViewModel(FirstRun firstRun, UiContext ui, Consumer<Locale> onReady) {
        this.firstRun = firstRun;
        this.ui = ui;
        this.onReady = onReady;
        this.language = new SimpleObjectProperty<>(ui.i18n().locale());
        this.i18n = new ReadOnlyObjectWrapper<>(ui.i18n());
        for (String field : List.of(NAME, CURRENCY, ZONE, CUTOFF, OWNER_NAME, OWNER_PIN, PIN_AGAIN, HQ_URL, HQ_CODE)) {
            fieldErrors.put(field, new ReadOnlyStringWrapper(""));
        }
        language.addListener((obs, old, chosen) -> {
            i18n.set(new I18n(I18n.localeOf(I18n.tagOf(chosen))));
            // Messages already shown were in the old language; the next check writes them anew.
            clearErrors();
            updateCutoffHint();
        });
        cutoffHour.addListener((obs, old, hour) -> updateCutoffHint());
        // A problem disappears as soon as its field is changed; the next check judges it anew.
        clearOnChange(shopName, NAME);
        clearOnChange(currency, CURRENCY);
        clearOnChange(zone, ZONE);
        clearOnChange(cutoffHour, CUTOFF);
        clearOnChange(ownerName, OWNER_NAME);
        clearOnChange(ownerPin, OWNER_PIN, PIN_AGAIN);
        clearOnChange(pinAgain, PIN_AGAIN);
        clearOnChange(connectHeadOffice, HQ_URL, HQ_CODE);
        clearOnChange(hqUrl, HQ_URL);
        clearOnChange(hqCode, HQ_CODE);
        updateCutoffHint();
    }

    /** The system's own currency where it has one, else CNY (the currency of the shops this is made for). */
    public static String defaultCurrency(Locale system) {
        if (system.getLanguage().equals("zh") && (system.getCountry().isEmpty() || system.getCountry().equals("CN"))) {
            return "CNY";
        }
        try {
            return system.getCountry().isEmpty() ? "CNY" : Currency.getInstance(system).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return "CNY";
        }
    }

    /** Every region time zone, sorted; the zone list to search in. */
    public static List<String> zones() {
        return ZONES;
    }

    /** Whether a zone fits what was typed: "new york", "New_York" and "america/new" all find America/New_York. */
    public static boolean zoneMatches(String zoneId, String typed) {
        if (typed == null || typed.isBlank()) {
            return true;
        }
        String wanted = typed.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        return zoneId.toLowerCase(Locale.ROOT).contains(wanted);
    }

    // Commands

    /** Checks the step shown; if it is right, shows the next one (on the summary, creates the shop). */
    public void next() {
        if (busy.get()) {
            return;
        }
        if (step.get() == Step.SUMMARY) {
            create();
            return;
        }
        if (check(step.get())) {
            // Once the shop exists, the head-office step is the only one left to change.
            step.set(shopCreated.get() ? Step.SUMMARY : Step.values()[step.get().ordinal() + 1]);
        }
    }

    /** One step back; values stay as typed. Once the shop exists only the head-office step is still open. */
    public void back() {
        if (!canGoBack()) {
            return;
        }
        clearErrors();
        error.set("");
        enrolFailed.set(false);
        step.set(shopCreated.get() ? Step.HEAD_OFFICE : Step.values()[step.get().ordinal() - 1]);
    }

    public boolean canGoBack() {
        if (busy.get() || step.get() == Step.LANGUAGE) {
            return false;
        }
        return !shopCreated.get() || step.get() == Step.SUMMARY;
    }

    public void openDemo() {
        if (busy.get() || shopCreated.get()) {
            return;
        }
        Locale chosen = language.get();
        busy.set(true);
        error.set("");
        status.set(text("welcome.demo.building"));
        progress.set(0);
        ui.tasks().run(() -> {
            firstRun.openDemo(p -> ui.fxThread().execute(() -> progress.set(p)));
            firstRun.saveLanguage(chosen);
            return null;
        }, ignored -> {
            busy.set(false);
            onReady.accept(chosen);
        }, e -> {
            busy.set(false);
            status.set("");
            error.set(i18n.get().format("welcome.error", Errors.describe(e)));
        });
    }

    /**
     * Creates the shop, stores the language, adds the sample catalog, then enrols, in one background
     * task. Run again after a failure, it does only what is not done yet.
     */
    public void create() {
        if (busy.get()) {
            return;
        }
        for (Step s : List.of(Step.SHOP, Step.OWNER, Step.HEAD_OFFICE)) {
            if (!check(s)) {
                step.set(shopCreated.get() ? Step.HEAD_OFFICE : s);
                return;
            }
        }
        NewShop form = form();
        Locale chosen = language.get();
        boolean createShop = !shopCreated.get();
        boolean saveLanguage = !languageSaved;
        boolean addCatalog = sampleCatalog.get() && !catalogAdded;
        Optional<URI> enrolAt = connectHeadOffice.get() ? EnrolViewModel.address(hqUrl.get()) : Optional.empty();
        String code = hqCode.get().trim();
        int stages = (createShop ? 1 : 0) + (saveLanguage ? 1 : 0) + (addCatalog ? 1 : 0) + (enrolAt.isPresent() ? 1 : 0);
        I18n texts = i18n.get();

        busy.set(true);
        error.set("");
        enrolFailed.set(false);
        progress.set(0);
        ui.tasks().run(() -> {
            int done = 0;
            if (createShop) {
                stage(texts.text("welcome.setup.creating"), done++, stages);
                firstRun.createShop(form);
                ui.fxThread().execute(() -> shopCreated.set(true));
            }
            if (saveLanguage) {
                stage(texts.text("wizard.progress.language"), done++, stages);
                firstRun.saveLanguage(chosen);
                ui.fxThread().execute(() -> languageSaved = true);
            }
            if (addCatalog) {
                stage(texts.text("wizard.progress.catalog"), done++, stages);
                firstRun.addSampleCatalog();
                ui.fxThread().execute(() -> catalogAdded = true);
            }
            if (enrolAt.isPresent()) {
                stage(texts.text("wizard.progress.enrol"), done++, stages);
                try {
                    firstRun.enrol(enrolAt.get(), code);
                } catch (Exception e) {
                    throw new EnrolFailed(e);
                }
            }
            stage("", stages, stages);
            return null;
        }, ignored -> {
            busy.set(false);
            onReady.accept(chosen);
        }, this::createFailed);
    }

    /** After a failed enrolment: open the shop now and connect later in Settings. */
    public void finishWithoutHeadOffice() {
        if (busy.get() || !shopCreated.get()) {
            return;
        }
        connectHeadOffice.set(false);
        create();
    }

    private void stage(String what, int done, int of) {
        ui.fxThread().execute(() -> {
            status.set(what);
            progress.set(of == 0 ? 1 : (double) done / of);
        });
    }

    private void createFailed(Throwable e) {
        busy.set(false);
        status.set("");
        progress.set(-1);
        if (e instanceof EnrolFailed failed) {
            Throwable cause = failed.getCause();
            // Head office's refusal is already a sentence for a person; anything else is described.
            String reason = cause instanceof SyncException ? cause.getMessage() : Errors.describe(cause);
            error.set(text("wizard.enrol.failed", sentence(reason)));
            enrolFailed.set(true);
        } else {
            error.set(text(shopCreated.get() ? "wizard.error.afterCreate" : "welcome.error", Errors.describe(e)));
        }
    }

    /** The reason as a sentence, since the message goes on after it. */
    private static String sentence(String reason) {
        String r = reason == null ? "" : reason.strip();
        return r.isEmpty() || ".!?。！？".indexOf(r.charAt(r.length() - 1)) >= 0 ? r : r + ".";
    }

    /** Checks one step's fields, shows each problem at its field and asks for the first to be focused. */
    boolean check(Step which) {
        clearErrors();
        List<String[]> problems = new ArrayList<>();
        switch (which) {
            case SHOP, OWNER -> {
                List<String> fields = which == Step.SHOP ? List.of(NAME, CURRENCY, ZONE, CUTOFF)
                        : List.of(OWNER_NAME, OWNER_PIN);
                for (NewShop.Problem p : form().problems()) {
                    if (fields.contains(p.field())) {
                        problems.add(new String[] {p.field(), p.messageKey()});
                    }
                }
                if (which == Step.OWNER && problems.stream().noneMatch(p -> p[0].equals(OWNER_PIN))
                        && !ownerPin.get().equals(pinAgain.get())) {
                    problems.add(new String[] {PIN_AGAIN, "wizard.error.pinAgain"});
                }
            }
            case HEAD_OFFICE -> {
                if (connectHeadOffice.get()) {
                    if (EnrolViewModel.address(hqUrl.get()).isEmpty()) {
                        problems.add(new String[] {HQ_URL, "sync.enrol.badUrl"});
                    }
                    if (hqCode.get() == null || hqCode.get().isBlank()) {
                        problems.add(new String[] {HQ_CODE, "sync.enrol.noCode"});
                    }
                }
            }
            default -> {
            }
        }
        for (String[] p : problems) {
            fieldErrors.get(p[0]).set(text(p[1]));
        }
        focusField.set("");
        if (!problems.isEmpty()) {
            focusField.set(problems.get(0)[0]);
        }
        return problems.isEmpty();
    }

    private NewShop form() {
        return new NewShop(shopName.get(), currency.get() == null ? "" : currency.get().trim().toUpperCase(Locale.ROOT),
                zone.get(), cutoffHour.get(), ownerName.get(), ownerPin.get());
    }

    private void clearOnChange(javafx.beans.value.ObservableValue<?> value, String... fields) {
        value.addListener((obs, old, now) -> {
            for (String field : fields) {
                fieldErrors.get(field).set("");
            }
        });
    }

    private void clearErrors() {
        fieldErrors.values().forEach(e -> e.set(""));
    }

    private void updateCutoffHint() {
        int hour = cutoffHour.get();
        cutoffHint.set(hour == 0 ? text("wizard.cutoff.midnight")
                : text("wizard.cutoff.hint", String.format(Locale.ROOT, "%02d:00", hour)));
    }

    private String text(String key, Object... args) {
        return i18n.get().format(key, args);
    }

    /** What the summary step lists, in the language shown now. */
    public List<SummaryLine> summary() {
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(new SummaryLine(text("wizard.language"), languageName(language.get())));
        lines.add(new SummaryLine(text("setup.name"), shopName.get().trim()));
        lines.add(new SummaryLine(text("setup.currency"), currencyLabel(form().currency())));
        lines.add(new SummaryLine(text("setup.zone"), zone.get().trim()));
        lines.add(new SummaryLine(text("setup.cutoff"), String.format(Locale.ROOT, "%02d:00", cutoffHour.get())));
        lines.add(new SummaryLine(text("setup.ownerName"), ownerName.get().trim()));
        lines.add(new SummaryLine(text("wizard.step.head_office"), connectHeadOffice.get()
                ? text("wizard.summary.connect", hqUrl.get().trim()) : text("wizard.summary.later")));
        lines.add(new SummaryLine(text("wizard.step.starting_data"),
                text(sampleCatalog.get() ? "wizard.data.sample" : "wizard.data.empty")));
        return lines;
    }

    /** "English" or "简体中文": each language named in itself, so anyone finds theirs. */
    public static String languageName(Locale locale) {
        return locale.getLanguage().equals("zh") ? "简体中文" : "English";
    }

    /** "CNY · Chinese Yuan" in the wizard's language, or the code alone when it is not a currency. */
    public String currencyLabel(String code) {
        try {
            return code + " · " + Currency.getInstance(code).getDisplayName(i18n.get().locale());
        } catch (IllegalArgumentException | NullPointerException e) {
            return code;
        }
    }

    /** Marks a failure of the enrolment stage, which leaves the created shop in place. */
    private static final class EnrolFailed extends Exception {
        EnrolFailed(Throwable cause) {
            super(cause);
        }
    }

    // Properties

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** The wizard's text, following the language chosen on the first step. */
    public ReadOnlyObjectProperty<I18n> i18nProperty() {
        return i18n.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fieldError(String field) {
        return fieldErrors.get(field).getReadOnlyProperty();
    }

    /** The field with the first problem after a failed check, for the view to put the cursor in. */
    public ReadOnlyStringProperty focusFieldProperty() {
        return focusField.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shopCreatedProperty() {
        return shopCreated.getReadOnlyProperty();
    }

    /** The shop exists but head office could not be reached: retry or finish without it. */
    public ReadOnlyBooleanProperty enrolFailedProperty() {
        return enrolFailed.getReadOnlyProperty();
    }

    public StringProperty shopNameProperty() {
        return shopName;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public IntegerProperty cutoffHourProperty() {
        return cutoffHour;
    }

    public ReadOnlyStringProperty cutoffHintProperty() {
        return cutoffHint.getReadOnlyProperty();
    }

    public StringProperty ownerNameProperty() {
        return ownerName;
    }

    public StringProperty ownerPinProperty() {
        return ownerPin;
    }

    public StringProperty pinAgainProperty() {
        return pinAgain;
    }

    public BooleanProperty connectHeadOfficeProperty() {
        return connectHeadOffice;
    }

    public StringProperty hqUrlProperty() {
        return hqUrl;
    }

    public StringProperty hqCodeProperty() {
        return hqCode;
    }

    public BooleanProperty sampleCatalogProperty() {
        return sampleCatalog;
    }
}
