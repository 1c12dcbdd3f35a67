package app.counterpart.ui.welcome;

import app.counterpart.ui.common.I18n;
import app.counterpart.ui.welcome.WelcomeViewModel.Step;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The first-run wizard: a list of steps on the left, the step on the right, Back and Next below. The
 * page is rebuilt for each step and each language switch; every value lives in the model, so nothing
 * typed is lost. Enter is Next, Escape is Back.
 */
public final class WelcomeView extends StackPane {

    private final WelcomeViewModel model;
    /** The current page's input fields by the model's field names, to put the cursor at a problem. */
    private final Map<String, Control> fields = new HashMap<>();

    public WelcomeView(WelcomeViewModel model) {
        this.model = model;
        getStyleClass().add("welcome");
        model.stepProperty().addListener((obs, old, s) -> rebuild());
        model.i18nProperty().addListener((obs, old, t) -> rebuild());
        model.focusFieldProperty().addListener((obs, old, field) -> {
            Control target = fields.get(field);
            if (target != null) {
                target.requestFocus();
            }
        });
        model.enrolFailedProperty().addListener((obs, was, failed) -> {
            if (failed && fields.containsKey("retry")) {
                fields.get("retry").requestFocus();
            }
        });
        // A focused toggle or radio button takes Enter for itself; in the wizard Enter always means Next.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof ToggleButton) {
                model.next();
                e.consume();
            }
        });
        rebuild();
    }

    private I18n i18n() {
        return model.i18nProperty().get();
    }

    private void rebuild() {
        fields.clear();
        Step step = model.stepProperty().get();

        Label title = new Label(i18n().text("wizard.title." + step.name().toLowerCase(Locale.ROOT)));
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        Label subtitle = new Label(i18n().text("wizard.subtitle." + step.name().toLowerCase(Locale.ROOT)));
        subtitle.getStyleClass().add("page-subtitle");
        subtitle.setWrapText(true);

        Node content = switch (step) {
            case LANGUAGE -> languagePage();
            case SHOP -> shopPage();
            case OWNER -> ownerPage();
            case HEAD_OFFICE -> headOfficePage();
            case STARTING_DATA -> startingDataPage();
            case SUMMARY -> summaryPage();
        };
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);

        Node buttons = buttons(step);
        VBox page = new VBox(10, title, subtitle, spacer(14), content, grow, progressBox(), errorBox());
        if (step == Step.SUMMARY) {
            page.getChildren().add(recovery());
        }
        page.getChildren().add(buttons);
        page.getStyleClass().add("wizard-page");
        page.setPadding(new Insets(36, 40, 28, 40));
        HBox.setHgrow(page, Priority.ALWAYS);

        HBox frame = new HBox(steps(step), page);
        frame.getStyleClass().addAll("card", "wizard");
        frame.setMaxSize(960, 640);
        frame.setPrefSize(960, 640);
        getChildren().setAll(frame);
        StackPane.setMargin(frame, new Insets(24));
        Platform.runLater(this::focusFirst);
    }

    private void focusFirst() {
        String problem = model.focusFieldProperty().get();
        Control first = fields.containsKey(problem) ? fields.get(problem) : fields.get("first");
        if (first != null) {
            first.requestFocus();
        }
    }

    private Node steps(Step current) {
        Label brand = new Label("Counterpart", new FontIcon(Feather.HEXAGON));
        brand.getStyleClass().add("brand");
        VBox list = new VBox(6, brand);
        for (Step s : Step.values()) {
            boolean done = s.ordinal() < current.ordinal();
            Label number = new Label(done ? "" : String.valueOf(s.ordinal() + 1));
            if (done) {
                number.setGraphic(new FontIcon(Feather.CHECK));
            }
            number.getStyleClass().add("wizard-step-number");
            Label name = new Label(i18n().text(s.titleKey()), number);
            name.setGraphicTextGap(12);
            name.getStyleClass().add("wizard-step");
            name.setMaxWidth(Double.MAX_VALUE);
            if (s == current) {
                name.getStyleClass().add("current");
            } else if (done) {
                name.getStyleClass().add("done");
            }
            list.getChildren().add(name);
        }
        list.getStyleClass().add("wizard-steps");
        list.setMinWidth(220);
        list.setPrefWidth(220);
        return list;
    }

    // Pages

    private Node languagePage() {
        ToggleGroup group = new ToggleGroup();
        HBox languages = new HBox(12);
        for (Locale locale : new Locale[] {I18n.ENGLISH, I18n.CHINESE}) {
            ToggleButton button = new ToggleButton(WelcomeViewModel.languageName(locale));
            button.setId(locale.getLanguage().equals("zh") ? "wizard-lang-zh" : "wizard-lang-en");
            button.getStyleClass().add("wizard-language");
            button.setToggleGroup(group);
            button.setSelected(model.languageProperty().get().getLanguage().equals(locale.getLanguage()));
            button.setOnAction(e -> {
                // A toggle group lets a click unselect; a language is always chosen.
                button.setSelected(true);
                model.languageProperty().set(locale);
            });
            languages.getChildren().add(button);
            if (button.isSelected()) {
                fields.put("first", button);
            }
        }

        FontIcon icon = new FontIcon(Feather.COFFEE);
        icon.getStyleClass().add("card-icon");
        Label heading = new Label(i18n().text("welcome.demo.title"));
        heading.getStyleClass().add("card-title");
        Label body = new Label(i18n().text("welcome.demo.text"));
        body.setWrapText(true);
        body.getStyleClass().add("card-text");
        Button demo = new Button(i18n().text("welcome.demo.button"));
        demo.setId("welcome-open-demo");
        demo.setOnAction(e -> model.openDemo());
        VBox demoText = new VBox(6, heading, body, spacer(4), demo);
        HBox.setHgrow(demoText, Priority.ALWAYS);
        HBox demoCard = new HBox(18, icon, demoText);
        demoCard.getStyleClass().addAll("card", "wizard-demo");
        demoCard.setPadding(new Insets(18));

        return new VBox(14, sectionLabel("wizard.language"), languages, spacer(18), demoCard);
    }

    private Node shopPage() {
        TextField name = new TextField();
        name.setId("setup-name");
        name.setPromptText(i18n().text("wizard.name.prompt"));
        name.textProperty().bindBidirectional(model.shopNameProperty());
        fields.put("first", name);
        fields.put(WelcomeViewModel.NAME, name);

        ComboBox<String> currency = new ComboBox<>(FXCollections.observableArrayList(WelcomeViewModel.COMMON_CURRENCIES));
        currency.setId("setup-currency");
        currency.setEditable(true);
        currency.setPrefWidth(320);
        currency.setVisibleRowCount(10);
        currency.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : code;
            }

            @Override
            public String fromString(String text) {
                return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
            }
        });
        currency.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : model.currencyLabel(code));
            }
        });
        currency.valueProperty().bindBidirectional(model.currencyProperty());
        fields.put(WelcomeViewModel.CURRENCY, currency);
        Label currencyName = new Label();
        currencyName.getStyleClass().add("card-text");
        currencyName.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.currencyLabel(model.currencyProperty().get()), model.currencyProperty()));

        Node zone = zoneField();

        ComboBox<Integer> cutoff = new ComboBox<>();
        cutoff.setId("setup-cutoff");
        for (int h = 0; h < 24; h++) {
            cutoff.getItems().add(h);
        }
        cutoff.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer hour) {
                return hour == null ? "" : String.format(Locale.ROOT, "%02d:00", hour);
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.substring(0, 2));
            }
        });
        cutoff.setVisibleRowCount(8);
        cutoff.setValue(model.cutoffHourProperty().get());
        cutoff.valueProperty().addListener((obs, old, h) -> model.cutoffHourProperty().set(h));
        fields.put(WelcomeViewModel.CUTOFF, cutoff);
        Label cutoffHint = hint(model.cutoffHintProperty());

        GridPane grid = form();
        int row = 0;
        row = addField(grid, row, "setup.name", name, WelcomeViewModel.NAME, null);
        row = addField(grid, row, "setup.currency", new HBox(12, currency, currencyName), WelcomeViewModel.CURRENCY,
                null);
        row = addField(grid, row, "setup.zone", zone, WelcomeViewModel.ZONE, hintText("wizard.zone.hint"));
        addField(grid, row, "setup.cutoff", cutoff, WelcomeViewModel.CUTOFF, cutoffHint);
        ((HBox) currency.getParent()).setAlignment(Pos.CENTER_LEFT);
        return grid;
    }

    /**
     * The zone as a text field with, while it has the cursor, the zones matching what is typed below it
     * ("shang", "new york"). Down moves into the list, Enter or a click picks. A filtering editable
     * ComboBox loses the typed text whenever its list changes under the selection, hence this.
     */
    private Node zoneField() {
        TextField zone = new TextField();
        zone.setId("setup-zone");
        zone.setMaxWidth(320);
        zone.textProperty().bindBidirectional(model.zoneProperty());
        fields.put(WelcomeViewModel.ZONE, zone);

        FilteredList<String> shown = new FilteredList<>(FXCollections.observableArrayList(WelcomeViewModel.zones()));
        ListView<String> matches = new ListView<>(shown);
        matches.setId("setup-zone-matches");
        matches.setMaxWidth(320);
        matches.setPrefHeight(132);
        matches.setPlaceholder(new Label(i18n().text("wizard.zone.none")));
        matches.setFocusTraversable(false);
        matches.visibleProperty().bind(zone.focusedProperty().or(matches.focusedProperty()));
        matches.managedProperty().bind(matches.visibleProperty());
        zone.textProperty().addListener((obs, old, typed) -> {
            if (zone.isFocused()) {
                shown.setPredicate(z -> WelcomeViewModel.zoneMatches(z, typed));
            }
        });
        zone.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                // Arriving in the field shows every zone; typing narrows them.
                shown.setPredicate(null);
                matches.scrollTo(Math.max(0, shown.indexOf(zone.getText())));
            }
        });
        zone.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        Runnable pick = () -> {
            String chosen = matches.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                zone.setText(chosen);
                zone.requestFocus();
                zone.end();
            }
        };
        matches.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // Enter picks the zone here; it must not also press Next.
            if (e.getCode() == KeyCode.ENTER) {
                pick.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                zone.requestFocus();
                e.consume();
            }
        });
        matches.setOnMouseClicked(e -> pick.run());
        return new VBox(6, zone, matches);
    }

    private Node ownerPage() {
        TextField owner = new TextField();
        owner.setId("setup-owner");
        owner.setPromptText(i18n().text("wizard.owner.prompt"));
        owner.textProperty().bindBidirectional(model.ownerNameProperty());
        fields.put("first", owner);
        fields.put(WelcomeViewModel.OWNER_NAME, owner);
        PasswordField pin = new PasswordField();
        pin.setId("setup-pin");
        pin.setPrefColumnCount(10);
        pin.setMaxWidth(200);
        pin.textProperty().bindBidirectional(model.ownerPinProperty());
        fields.put(WelcomeViewModel.OWNER_PIN, pin);
        PasswordField again = new PasswordField();
        again.setId("setup-pin-again");
        again.setMaxWidth(200);
        again.textProperty().bindBidirectional(model.pinAgainProperty());
        fields.put(WelcomeViewModel.PIN_AGAIN, again);

        GridPane grid = form();
        int row = addField(grid, 0, "setup.ownerName", owner, WelcomeViewModel.OWNER_NAME, null);
        row = addField(grid, row, "setup.ownerPin", pin, WelcomeViewModel.OWNER_PIN, hintText("wizard.pin.hint"));
        addField(grid, row, "wizard.pinAgain", again, WelcomeViewModel.PIN_AGAIN, null);
        return grid;
    }

    private Node headOfficePage() {
        ToggleGroup group = new ToggleGroup();
        RadioButton later = new RadioButton(i18n().text("wizard.hq.skip"));
        later.setId("wizard-hq-skip");
        later.setToggleGroup(group);
        RadioButton now = new RadioButton(i18n().text("wizard.hq.connect"));
        now.setId("wizard-hq-connect");
        now.setToggleGroup(group);
        group.selectToggle(model.connectHeadOfficeProperty().get() ? now : later);
        group.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                model.connectHeadOfficeProperty().set(t == now);
            }
        });
        fields.put("first", model.connectHeadOfficeProperty().get() ? now : later);

        TextField url = new TextField();
        url.setId("wizard-hq-url");
        url.setPromptText("https://hq.example.com:8443");
        url.textProperty().bindBidirectional(model.hqUrlProperty());
        fields.put(WelcomeViewModel.HQ_URL, url);
        TextField code = new TextField();
        code.setId("wizard-hq-code");
        code.setMaxWidth(240);
        code.textProperty().bindBidirectional(model.hqCodeProperty());
        fields.put(WelcomeViewModel.HQ_CODE, code);

        GridPane grid = form();
        int row = addField(grid, 0, "sync.enrol.url", url, WelcomeViewModel.HQ_URL, null);
        addField(grid, row, "sync.enrol.code", code, WelcomeViewModel.HQ_CODE, hintText("wizard.hq.hint"));
        grid.disableProperty().bind(model.connectHeadOfficeProperty().not());
        grid.setPadding(new Insets(4, 0, 0, 28));
        return new VBox(12, later, now, grid);
    }

    private Node startingDataPage() {
        ToggleGroup group = new ToggleGroup();
        RadioButton empty = choice(group, "wizard-data-empty", "wizard.data.empty", "wizard.data.empty.text");
        RadioButton sample = choice(group, "wizard-data-sample", "wizard.data.sample", "wizard.data.sample.text");
        group.selectToggle(model.sampleCatalogProperty().get() ? sample : empty);
        group.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                model.sampleCatalogProperty().set(t == sample);
            }
        });
        fields.put("first", model.sampleCatalogProperty().get() ? sample : empty);
        Label note = new Label(i18n().text("wizard.data.note"));
        note.setWrapText(true);
        note.getStyleClass().add("card-text");
        return new VBox(16, empty, sample, spacer(6), note);
    }

    private RadioButton choice(ToggleGroup group, String id, String titleKey, String textKey) {
        Label title = new Label(i18n().text(titleKey));
        title.getStyleClass().add("wizard-choice-title");
        Label text = new Label(i18n().text(textKey));
        text.setWrapText(true);
        text.getStyleClass().add("card-text");
        VBox graphic = new VBox(2, title, text);
        graphic.setPadding(new Insets(0, 0, 0, 8));
        RadioButton button = new RadioButton();
        button.setGraphic(graphic);
        button.setId(id);
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("wizard-choice");
        return button;
    }

    private Node summaryPage() {
        GridPane grid = form();
        int row = 0;
        for (WelcomeViewModel.SummaryLine line : model.summary()) {
            Label label = new Label(line.label());
            label.getStyleClass().add("card-text");
            Label value = new Label(line.value());
            value.setWrapText(true);
            value.getStyleClass().add("wizard-summary-value");
            grid.addRow(row++, label, value);
        }
        grid.setVgap(10);
        return grid;
    }

    /** After a failed enrolment, next to its message: try again, or open the shop without head office. */
    private Node recovery() {
        Button retry = new Button(i18n().text("wizard.enrol.retry"));
        retry.setId("wizard-enrol-retry");
        retry.setOnAction(e -> model.create());
        fields.put("retry", retry);
        Button later = new Button(i18n().text("wizard.enrol.later"));
        later.setId("wizard-enrol-later");
        later.setOnAction(e -> model.finishWithoutHeadOffice());
        HBox recovery = new HBox(12, retry, later);
        recovery.visibleProperty().bind(model.enrolFailedProperty().and(model.busyProperty().not()));
        recovery.managedProperty().bind(recovery.visibleProperty());
        return recovery;
    }

    // Pieces

    private Node progressBox() {
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        VBox box = new VBox(8, status, bar);
        box.visibleProperty().bind(model.busyProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node errorBox() {
        Label error = new Label();
        error.setId("welcome-error");
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private Node buttons(Step step) {
        Button back = new Button(i18n().text("common.back"), new FontIcon(Feather.ARROW_LEFT));
        back.setId("wizard-back");
        back.setCancelButton(true);
        back.setOnAction(e -> model.back());
        back.setVisible(step != Step.LANGUAGE);
        back.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.canGoBack(),
                model.busyProperty(), model.shopCreatedProperty()));

        String nextKey = switch (step) {
            case LANGUAGE -> "welcome.setup.button";
            case SUMMARY -> "setup.create";
            default -> "wizard.next";
        };
        Button next = new Button(i18n().text(nextKey), new FontIcon(Feather.ARROW_RIGHT));
        next.setId(step == Step.SUMMARY ? "setup-create" : step == Step.LANGUAGE ? "welcome-set-up" : "wizard-next");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(step == Step.SUMMARY ? model.busyProperty().or(model.enrolFailedProperty())
                : model.busyProperty());
        // A page without fields starts on Next, so Enter goes forward and never presses a focused Back.
        fields.putIfAbsent("first", next);

        Label counter = new Label(i18n().format("wizard.counter", step.ordinal() + 1, Step.values().length));
        counter.getStyleClass().add("card-text");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, back, gap, counter, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }

    /** A labelled input with, below it, its problem (when there is one) and an optional hint. */
    private int addField(GridPane grid, int row, String labelKey, Node input, String field, Label hint) {
        Label label = new Label(i18n().text(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        // Top-aligned with the first line of its input, which may be taller (the zone with its list).
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(7, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        Label problem = new Label();
        problem.setId("problem-" + field);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.fieldError(field));
        problem.visibleProperty().bind(model.fieldError(field).isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox below = new VBox(2, problem);
        if (hint != null) {
            below.getChildren().add(hint);
        }
        below.setPadding(new Insets(0, 0, 10, 0));
        grid.add(below, 1, row + 1);
        return row + 2;
    }

    private Label hintText(String key) {
        Label hint = new Label(i18n().text(key));
        hint.getStyleClass().addAll("card-text", "wizard-hint");
        hint.setWrapText(true);
        return hint;
    }

    private Label hint(ReadOnlyStringProperty text) {
        Label hint = new Label();
        hint.textProperty().bind(text);
        hint.getStyleClass().addAll("card-text", "wizard-hint");
        hint.setWrapText(true);
        return hint;
    }

    private Label sectionLabel(String key) {
        Label label = new Label(i18n().text(key));
        label.getStyleClass().add("wizard-choice-title");
        return label;
    }

    private static Region spacer(double height) {
        Region r = new Region();
        r.setMinHeight(height);
        r.setPrefHeight(height);
        return r;
    }
}
