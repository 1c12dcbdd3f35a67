package app.counterpart.ui.customers.rules;

import app.counterpart.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The lifecycle thresholds as a form: what each stage means, five numbers, Save and Defaults. */
public final class LifecycleRulesView extends ScrollPane {

    public LifecycleRulesView(LifecycleRulesViewModel model, I18n i18n) {
        setId("lifecycle-rules");
        setFitToWidth(true);
        getStyleClass().add("editor-scroll");

        Label title = new Label(i18n.text("rules.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(i18n.text("rules.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("page-subtitle");

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(4);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().addAll(label, new ColumnConstraints(90), new ColumnConstraints());
        int row = 0;
        row = field(form, row, model, i18n, LifecycleRulesViewModel.NEW_DAYS, "rules.newDays", "rules.unit.days");
        row = field(form, row, model, i18n, LifecycleRulesViewModel.NEW_MAX_VISITS, "rules.newMaxVisits",
                "rules.unit.visits");
        row = field(form, row, model, i18n, LifecycleRulesViewModel.ACTIVE_DAYS, "rules.activeDays", "rules.unit.days");
        row = field(form, row, model, i18n, LifecycleRulesViewModel.AT_RISK_DAYS, "rules.atRiskDays", "rules.unit.days");
        field(form, row, model, i18n, LifecycleRulesViewModel.DORMANT_DAYS, "rules.dormantDays", "rules.unit.days");
        Label lost = new Label(i18n.text("rules.lost"));
        lost.setWrapText(true);
        lost.getStyleClass().add("page-subtitle");

        Button save = new Button(i18n.text("rules.save"));
        save.setId("rules-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        Button defaults = new Button(i18n.text("rules.defaults"));
        defaults.setId("rules-defaults");
        defaults.setOnAction(e -> model.resetToDefaults());
        if (model.editable()) {
            save.disableProperty().bind(model.busyProperty());
            defaults.disableProperty().bind(model.busyProperty());
        } else {
            save.setDisable(true);
            defaults.setDisable(true);
        }
        Label message = new Label();
        message.setId("rules-message");
        message.getStyleClass().add("status-text");
        message.textProperty().bind(model.messageProperty());
        HBox buttons = new HBox(8, save, defaults, message);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox card = new VBox(14, form, lost, buttons);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(20));
        card.setMaxWidth(720);
        VBox page = new VBox(12, title, intro, error, card);
        page.setPadding(new Insets(20));
        page.setMaxWidth(760);
        intro.setMaxWidth(720);
        setContent(page);
        model.load();
    }

    private static int field(GridPane form, int row, LifecycleRulesViewModel model, I18n i18n, String field,
            String labelKey, String unitKey) {
        Label label = new Label(i18n.text(labelKey));
        TextField value = new TextField();
        value.setId("rules-" + field);
        value.setPrefColumnCount(5);
        value.setEditable(model.editable());
        value.textProperty().bindBidirectional(model.valueProperty(field));
        label.setLabelFor(value);
        Label unit = new Label(i18n.text(unitKey));
        unit.getStyleClass().add("page-subtitle");
        Label problem = new Label();
        problem.setId("rules-problem-" + field);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty(field));
        problem.visibleProperty().bind(model.problemProperty(field).isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        GridPane.setMargin(value, new Insets(6, 0, 0, 0));
        GridPane.setMargin(label, new Insets(6, 0, 0, 0));
        GridPane.setMargin(unit, new Insets(6, 0, 0, 0));
        form.add(label, 0, row);
        form.add(value, 1, row);
        form.add(unit, 2, row);
        form.add(problem, 1, row + 1, 2, 1);
        return row + 2;
    }
}
