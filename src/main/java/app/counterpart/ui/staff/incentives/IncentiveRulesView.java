package app.counterpart.ui.staff.incentives;

import app.counterpart.core.incentives.CommissionBase;
import app.counterpart.core.incentives.GoalSplit;
import app.counterpart.core.incentives.PayCycle;
import app.counterpart.core.incentives.RuleKind;
import app.counterpart.core.incentives.RuleValidation;
import app.counterpart.core.incentives.Target;
import app.counterpart.core.incentives.Who;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.staff.incentives.IncentiveRulesViewModel.Choice;
import app.counterpart.ui.staff.incentives.IncentiveRulesViewModel.Mode;
import app.counterpart.ui.staff.incentives.IncentiveRulesViewModel.RuleRow;
import app.counterpart.ui.staff.incentives.IncentiveRulesViewModel.TierRow;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The incentive rules tab: the table of rules in force and scheduled, the selected rule's history next
 * to the editor (whose fields follow the kind), and the shop's incentive settings below.
 */
public final class IncentiveRulesView extends ScrollPane {

    private static final double LABEL_WIDTH = 170;

    private final IncentiveRulesViewModel model;
    private final I18n i18n;

    public IncentiveRulesView(IncentiveRulesViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        setId("incentive-rules");
        setFitToWidth(true);
        getStyleClass().add("editor-scroll");

        Label title = new Label(i18n.text("incentives.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(i18n.text(model.editable() ? "incentives.intro" : "incentives.readOnly"));
        intro.setWrapText(true);
        intro.getStyleClass().add("page-subtitle");

        Button newRule = new Button(i18n.text("incentives.new"));
        newRule.setId("incentives-new");
        newRule.getStyleClass().add("accent");
        Button newVersion = new Button(i18n.text("incentives.newVersion"));
        newVersion.setId("incentives-new-version");
        DatePicker retireFrom = new DatePicker();
        retireFrom.setId("incentives-retire-from");
        retireFrom.setPrefWidth(140);
        retireFrom.valueProperty().bindBidirectional(model.retireFromProperty());
        Button retire = new Button(i18n.text("incentives.retire"));
        retire.setId("incentives-retire");
        BooleanBinding noSelection = model.selectedProperty().isNull();
        if (model.editable()) {
            newRule.disableProperty().bind(model.busyProperty());
            newVersion.disableProperty().bind(model.busyProperty().or(noSelection));
            retire.disableProperty().bind(model.busyProperty().or(noSelection));
            retireFrom.disableProperty().bind(noSelection);
        } else {
            for (Node n : new Node[] {newRule, newVersion, retire, retireFrom}) {
                n.setDisable(true);
            }
        }
        newRule.setOnAction(e -> model.newRule());
        newVersion.setOnAction(e -> model.newVersion());
        retire.setOnAction(e -> model.retire());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, newRule, newVersion, retire, retireFrom);
        top.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        error.setId("incentives-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label message = new Label();
        message.setId("incentives-message");
        message.getStyleClass().add("status-text");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        TableView<RuleRow> table = rulesTable(true);
        table.setId("incentives-table");
        table.setItems(model.rows());
        table.setPrefHeight(340);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((o, a, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });

        TableView<RuleRow> history = rulesTable(false);
        history.setId("incentives-history");
        history.setItems(model.history());
        history.setPlaceholder(new Label(i18n.text("incentives.history.empty")));
        history.setPrefHeight(190);
        Label historyTitle = new Label(i18n.text("incentives.history"));
        historyTitle.getStyleClass().add("card-title");
        VBox historyCard = new VBox(8, historyTitle, history);
        historyCard.getStyleClass().add("card");
        historyCard.setPadding(new Insets(14));
        VBox.setVgrow(history, Priority.ALWAYS);

        // The editor opens right under the buttons that open it, above the rules it adds to.
        VBox editor = editor();
        VBox settings = settings();
        HBox bottom = new HBox(12, historyCard, settings);
        HBox.setHgrow(historyCard, Priority.ALWAYS);
        historyCard.setMinWidth(420);
        settings.setMinWidth(380);
        settings.setPrefWidth(460);

        VBox page = new VBox(12, top, intro, error, message, editor, table, bottom);
        page.setPadding(new Insets(20));
        setContent(page);
        model.load();
    }

    private TableView<RuleRow> rulesTable(boolean full) {
        TableView<RuleRow> table = new TableView<>();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("list.empty")));
        if (full) {
            table.getColumns().add(Tables.column(i18n.text("incentives.col.name"), RuleRow::name, 200));
            table.getColumns().add(Tables.column(i18n.text("incentives.col.kind"), RuleRow::kind, 120));
            table.getColumns().add(Tables.column(i18n.text("incentives.col.who"), RuleRow::who, 120));
            table.getColumns().add(Tables.column(i18n.text("incentives.col.covers"), RuleRow::covers, 110));
        }
        table.getColumns().add(Tables.column(i18n.text("incentives.col.rates"), RuleRow::rates, 220));
        table.getColumns().add(Tables.column(i18n.text("incentives.col.amount"), RuleRow::amount, 100));
        table.getColumns().add(Tables.column(i18n.text("incentives.col.effective"), RuleRow::effective, 150));
        table.getColumns().add(Tables.column(i18n.text("incentives.col.version"), RuleRow::version, 50));
        table.getColumns().add(Tables.column(i18n.text("incentives.col.status"), RuleRow::status, 90));
        // Long texts (tiers, team pools) stay readable on hover.
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(RuleRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new javafx.scene.control.Tooltip(
                        row.name() + "\n" + row.rates() + "\n" + row.amount() + "\n" + row.effective()));
            }
        });
        return table;
    }

    // ---- Editor ----

    private VBox editor() {
        Label heading = new Label();
        heading.getStyleClass().add("card-title");
        heading.textProperty().bind(model.editorTitleProperty());

        ComboBox<RuleKind> kind = new ComboBox<>();
        kind.setId("incentives-kind");
        kind.getItems().setAll(RuleKind.values());
        kind.setConverter(converter(k -> i18n.text("incentives.kind." + k.code())));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.disableProperty().bind(model.modeProperty().isEqualTo(Mode.NEW_VERSION));

        TextField name = new TextField();
        name.setId("incentives-name");
        name.setPrefColumnCount(24);
        name.textProperty().bindBidirectional(model.nameProperty());

        ComboBox<Who.Scope> whoScope = new ComboBox<>();
        whoScope.setId("incentives-who-scope");
        whoScope.getItems().setAll(Who.Scope.values());
        whoScope.setConverter(converter(s -> i18n.text("incentives.whoScope." + s.name().toLowerCase(Locale.ROOT))));
        whoScope.valueProperty().bindBidirectional(model.whoScopeProperty());
        ComboBox<Choice> whoValue = new ComboBox<>(model.whoChoices());
        whoValue.setId("incentives-who-value");
        whoValue.setPrefWidth(200);
        whoValue.valueProperty().bindBidirectional(model.whoValueProperty());
        show(whoValue, model.whoScopeProperty().isNotEqualTo(Who.Scope.EVERYONE));

        ComboBox<Target.Scope> targetScope = new ComboBox<>();
        targetScope.setId("incentives-target-scope");
        targetScope.getItems().setAll(Target.Scope.values());
        targetScope.setConverter(converter(s -> i18n.text("incentives.targetScope." + s.name().toLowerCase(Locale.ROOT))));
        targetScope.valueProperty().bindBidirectional(model.targetScopeProperty());
        TextField search = new TextField();
        search.setId("incentives-target-search");
        search.setPromptText(i18n.text("incentives.field.search"));
        search.setPrefColumnCount(10);
        search.textProperty().bindBidirectional(model.targetSearchProperty());
        show(search, model.targetScopeProperty().isEqualTo(Target.Scope.PRODUCT));
        ComboBox<Choice> targetValue = new ComboBox<>(model.targetChoices());
        targetValue.setId("incentives-target-value");
        targetValue.setPrefWidth(220);
        targetValue.valueProperty().bindBidirectional(model.targetValueProperty());
        show(targetValue, model.targetScopeProperty().isNotEqualTo(Target.Scope.ALL));

        VBox tierBox = new VBox(6);
        tierBox.setId("incentives-tiers");
        Button addTier = new Button(i18n.text("incentives.addTier"));
        addTier.setId("incentives-add-tier");
        addTier.setOnAction(e -> model.addTier());
        Runnable rebuild = () -> fillTiers(tierBox);
        model.tiers().addListener((ListChangeListener<TierRow>) c -> rebuild.run());
        model.kindProperty().addListener((o, a, k) -> rebuild.run());
        rebuild.run();
        BooleanBinding tiered = model.kindProperty().isEqualTo(RuleKind.TIERED_COMMISSION);
        show(addTier, tiered);

        TextField amount = new TextField();
        amount.setId("incentives-amount");
        amount.setPrefColumnCount(10);
        amount.textProperty().bindBidirectional(model.amountProperty());
        ComboBox<Choice> team = new ComboBox<>(model.teamChoices());
        team.setId("incentives-team");
        team.setPrefWidth(200);
        team.valueProperty().bindBidirectional(model.teamProperty());
        TextField goal = new TextField();
        goal.setId("incentives-goal");
        goal.setPrefColumnCount(10);
        goal.textProperty().bindBidirectional(model.goalProperty());
        ComboBox<GoalSplit> split = new ComboBox<>();
        split.setId("incentives-split");
        split.getItems().setAll(GoalSplit.values());
        split.setConverter(converter(s -> i18n.text("incentives.split." + s.name().toLowerCase(Locale.ROOT))));
        split.valueProperty().bindBidirectional(model.splitProperty());

        DatePicker from = new DatePicker();
        from.setId("incentives-from");
        from.setPrefWidth(150);
        from.valueProperty().bindBidirectional(model.effectiveFromProperty());
        DatePicker lastDay = new DatePicker();
        lastDay.setId("incentives-last-day");
        lastDay.setPrefWidth(150);
        lastDay.valueProperty().bindBidirectional(model.lastDayProperty());

        BooleanBinding lineRule = Bindings.createBooleanBinding(
                () -> model.kindProperty().get() != null && model.kindProperty().get().isLineRule(), model.kindProperty());
        BooleanBinding teamGoal = model.kindProperty().isEqualTo(RuleKind.TEAM_GOAL);
        BooleanBinding bonus = lineRule.not().and(teamGoal.not());

        Label amountLabel = label("incentives.field.bonus");
        amountLabel.textProperty().bind(Bindings.when(teamGoal).then(i18n.text("incentives.field.pool"))
                .otherwise(i18n.text("incentives.field.bonus")));

        VBox fields = new VBox(6,
                block(label("incentives.field.kind"), RuleValidation.KIND, null, kind),
                block(label("incentives.field.name"), RuleValidation.NAME, null, name),
                block(label("incentives.field.who"), RuleValidation.WHO, teamGoal.not(), whoScope, whoValue),
                block(label("incentives.field.target"), RuleValidation.TARGET, lineRule, targetScope, search, targetValue),
                block(tiersLabel(), RuleValidation.TIERS, lineRule, new VBox(6, tierBox, addTier)),
                block(amountLabel, RuleValidation.AMOUNT, bonus.or(teamGoal), amount),
                block(label("incentives.field.team"), RuleValidation.TEAM, teamGoal, team),
                block(label("incentives.field.goal"), RuleValidation.GOAL, teamGoal, goal),
                block(label("incentives.field.split"), RuleValidation.SPLIT, teamGoal, split),
                block(label("incentives.field.from"), RuleValidation.EFFECTIVE_FROM, null, from),
                block(label("incentives.field.lastDay"), RuleValidation.EFFECTIVE_TO, null, lastDay));

        Button save = new Button(i18n.text("incentives.save"));
        save.setId("incentives-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        Button cancel = new Button(i18n.text("incentives.cancel"));
        cancel.setId("incentives-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        save.disableProperty().bind(model.busyProperty());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(10, heading, fields, buttons);
        card.setId("incentives-editor");
        card.getStyleClass().add("card");
        card.setPadding(new Insets(14));
        card.setMaxWidth(900);
        BooleanBinding open = model.modeProperty().isNotEqualTo(Mode.CLOSED);
        show(card, open);
        // Enter saves while the editor is open; Escape cancels.
        save.defaultButtonProperty().bind(open);
        model.modeProperty().addListener((o, a, m) -> {
            if (m != Mode.CLOSED) {
                name.requestFocus();
            }
        });
        return card;
    }

    private Label tiersLabel() {
        Label l = label("incentives.field.tiers");
        l.textProperty().bind(Bindings.when(model.kindProperty().isEqualTo(RuleKind.TIERED_COMMISSION))
                .then(i18n.text("incentives.field.tiers")).otherwise(i18n.text("incentives.field.rate")));
        return l;
    }

    /** One line per tier: "from [amount] rate [%]"; a flat commission shows the rate alone. */
    private void fillTiers(VBox box) {
        box.getChildren().clear();
        boolean tiered = model.kindProperty().get() == RuleKind.TIERED_COMMISSION;
        for (int i = 0; i < model.tiers().size(); i++) {
            TierRow row = model.tiers().get(i);
            TextField rate = new TextField();
            rate.setId("incentives-rate-" + i);
            rate.setPrefColumnCount(5);
            rate.textProperty().bindBidirectional(row.rateProperty());
            if (!tiered) {
                box.getChildren().add(new HBox(6, rate, new Label("%")));
                continue;
            }
            TextField from = new TextField();
            from.setId("incentives-tier-from-" + i);
            from.setPrefColumnCount(8);
            from.textProperty().bindBidirectional(row.fromProperty());
            from.setEditable(i > 0);
            Button remove = new Button(i18n.text("incentives.removeTier"));
            remove.setDisable(model.tiers().size() < 2 || i == 0);
            remove.setOnAction(e -> model.removeTier(row));
            HBox line = new HBox(6, new Label(i18n.text("incentives.field.tierFrom")), from,
                    new Label(i18n.text("incentives.field.tierRate")), rate, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
    }

    /** A field: its label, its controls, and its problem underneath; shown only when {@code when} holds. */
    private VBox block(Label label, String field, ObservableBooleanValue when, Node... controls) {
        label.setMinWidth(LABEL_WIDTH);
        label.setPrefWidth(LABEL_WIDTH);
        HBox line = new HBox(8);
        line.getChildren().add(label);
        line.getChildren().addAll(controls);
        line.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("incentives-problem-" + field);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty(field));
        show(problem, model.problemProperty(field).isNotEmpty());
        VBox.setMargin(problem, new Insets(0, 0, 0, LABEL_WIDTH + 8));
        VBox block = new VBox(2, line, problem);
        if (when != null) {
            show(block, when);
        }
        return block;
    }

    private Label label(String key) {
        return new Label(i18n.text(key));
    }

    private static void show(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    // ---- Settings ----

    private VBox settings() {
        Label heading = new Label(i18n.text("incentives.settings.title"));
        heading.getStyleClass().add("card-title");
        Label baseLabel = new Label(i18n.text("incentives.settings.base"));
        ToggleGroup bases = new ToggleGroup();
        VBox baseChoices = new VBox(6);
        for (CommissionBase b : CommissionBase.values()) {
            RadioButton radio = new RadioButton(i18n.text("incentives.base." + b.code()));
            radio.setId("incentives-base-" + b.code());
            radio.setUserData(b);
            radio.setToggleGroup(bases);
            radio.setDisable(!model.editable());
            Label explain = new Label(i18n.text("incentives.base." + b.code() + ".explain"));
            explain.getStyleClass().add("page-subtitle");
            explain.setWrapText(true);
            VBox.setMargin(explain, new Insets(0, 0, 0, 26));
            baseChoices.getChildren().addAll(radio, explain);
        }
        Runnable selectBase = () -> bases.getToggles().stream()
                .filter(t -> t.getUserData() == model.commissionBaseProperty().get()).findFirst()
                .ifPresent(bases::selectToggle);
        model.commissionBaseProperty().addListener((o, a, b) -> selectBase.run());
        selectBase.run();
        bases.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                model.commissionBaseProperty().set((CommissionBase) t.getUserData());
            }
        });

        Label cycleLabel = new Label(i18n.text("incentives.settings.cycle"));
        ComboBox<PayCycle> cycle = new ComboBox<>();
        cycle.setId("incentives-cycle");
        cycle.getItems().setAll(PayCycle.values());
        cycle.setConverter(converter(c -> i18n.text("incentives.cycle." + c.code())));
        cycle.valueProperty().bindBidirectional(model.payCycleProperty());
        cycle.setDisable(!model.editable());
        HBox cycleLine = new HBox(8, cycleLabel, cycle);
        cycleLine.setAlignment(Pos.CENTER_LEFT);

        Button save = new Button(i18n.text("incentives.settings.save"));
        save.setId("incentives-settings-save");
        save.setOnAction(e -> model.saveSettings());
        if (model.editable()) {
            save.disableProperty().bind(model.busyProperty().or(model.settingsChangedProperty().not()));
        } else {
            save.setDisable(true);
        }
        VBox card = new VBox(10, heading, baseLabel, baseChoices, cycleLine, save);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(14));
        return card;
    }
}
