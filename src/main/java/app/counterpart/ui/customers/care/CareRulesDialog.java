package app.counterpart.ui.customers.care;

import app.counterpart.core.customers.lifecycle.LifecycleStage;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.customers.care.Team;
import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.customers.care.CareRulesViewModel.RuleForm;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;

/**
 * The owner's care rules: for each rule whether it runs, its days and who gets its tasks; which team
 * owns each lifecycle stage; and the teams themselves. Problems show under their field; Save keeps the
 * dialog open until everything is right.
 */
public final class CareRulesDialog {

    private CareRulesDialog() {
    }

    public static void show(Window owner, CareRulesViewModel model, I18n i18n, Runnable saved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("care.rules.title"));
        dialog.setResizable(true);
        VBox content = new VBox(14);
        content.setId("care-rules-editor");
        content.setPadding(new Insets(4));
        content.setMinWidth(860);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(i18n.text("care.rules.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, Buttons.close(i18n));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(() -> {
                saved.run();
                dialog.close();
            });
        });

        dialog.getDialogPane().setPrefWidth(900);
        dialog.getDialogPane().setMinWidth(900);
        // Shown once the rules are read, so the window takes the size of its fields.
        model.loadedProperty().addListener((o, a, ready) -> {
            if (ready) {
                build(content, model, i18n);
                if (!dialog.isShowing()) {
                    dialog.show();
                }
            }
        });
        model.load();
    }

    private static void build(VBox content, CareRulesViewModel model, I18n i18n) {
        content.getChildren().clear();
        Label rulesTitle = new Label(i18n.text("care.rules.heading"));
        rulesTitle.getStyleClass().add("title-4");
        GridPane rules = new GridPane();
        rules.setHgap(12);
        rules.setVgap(4);
        rules.addRow(0, header(i18n.text("care.rules.rule")), header(i18n.text("care.rules.days")),
                header(i18n.text("care.rules.assignee")));
        int r = 1;
        for (RuleForm f : model.rules()) {
            CheckBox on = new CheckBox(i18n.text(f.kind().textKey()));
            on.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            on.setId("care-rule-" + f.kind().code() + "-on");
            on.selectedProperty().bindBidirectional(f.enabledProperty());
            TextField days = new TextField();
            days.setId("care-rule-" + f.kind().code() + "-days");
            days.setPrefColumnCount(4);
            days.setMinWidth(60);
            days.textProperty().bindBidirectional(f.daysProperty());
            Label daysHelp = new Label(i18n.text("care.rules.daysHelp." + f.kind().code()));
            daysHelp.getStyleClass().add("page-subtitle");
            daysHelp.setWrapText(true);
            daysHelp.setPrefWidth(260);
            daysHelp.setMinWidth(260);
            ComboBox<CareRulesViewModel.Choice> assignee = new ComboBox<>(model.assignees());
            assignee.setId("care-rule-" + f.kind().code() + "-assignee");
            assignee.valueProperty().bindBidirectional(f.assigneeProperty());
            assignee.setMaxWidth(Double.MAX_VALUE);
            assignee.setPrefWidth(280);
            rules.addRow(r++, on, new HBox(6, days, daysHelp), assignee);
            Label daysError = error(f.daysErrorProperty());
            daysError.setId("care-rule-" + f.kind().code() + "-days-error");
            Label assigneeError = error(f.assigneeErrorProperty());
            rules.add(daysError, 1, r);
            rules.add(assigneeError, 2, r++);
        }

        Label stagesTitle = new Label(i18n.text("care.stages.heading"));
        stagesTitle.getStyleClass().add("title-4");
        GridPane stages = new GridPane();
        stages.setHgap(12);
        stages.setVgap(6);
        int col = 0;
        for (LifecycleStage s : LifecycleStage.values()) {
            ComboBox<CareRulesViewModel.TeamChoice> team = new ComboBox<>(model.teamChoices());
            team.setPrefWidth(165);
            team.setId("care-stage-" + s.code());
            team.valueProperty().bindBidirectional(model.stageTeamProperty(s));
            stages.add(new Label(i18n.text(s.textKey())), col, 0);
            stages.add(team, col, 1);
            col++;
        }

        Label teamsTitle = new Label(i18n.text("care.teams.heading"));
        teamsTitle.getStyleClass().add("title-4");
        ListView<Team> teams = new ListView<>(model.teams());
        teams.setPrefHeight(110);
        teams.setPrefWidth(260);
        teams.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Team t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name() + " (" + t.memberIds().size() + ")");
            }
        });
        teams.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> model.editedTeamProperty().set(t));
        TextField name = new TextField();
        name.setPrefColumnCount(24);
        name.setId("care-team-name");
        name.setPromptText(i18n.text("care.team.namePrompt"));
        name.textProperty().bindBidirectional(model.teamNameProperty());
        CheckComboBox<Staff> members = new CheckComboBox<>(model.staff());
        members.setTitle(i18n.text("care.team.members"));
        members.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Staff s) {
                return s == null ? "" : model.staffName(s);
            }

            @Override
            public Staff fromString(String s) {
                return null;
            }
        });
        // The checks follow the team chosen; ticking a box changes the members. One guard stops the echo.
        boolean[] syncing = {false};
        model.teamMembers().addListener((javafx.collections.ListChangeListener<Staff>) c -> {
            if (syncing[0]) {
                return;
            }
            syncing[0] = true;
            members.getCheckModel().clearChecks();
            model.teamMembers().forEach(s -> members.getCheckModel().check(s));
            syncing[0] = false;
        });
        members.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<Staff>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                model.teamMembers().setAll(members.getCheckModel().getCheckedItems());
                syncing[0] = false;
            }
        });
        Button newTeam = new Button(i18n.text("care.team.new"));
        newTeam.setOnAction(e -> {
            teams.getSelectionModel().clearSelection();
            model.editedTeamProperty().set(null);
            name.requestFocus();
        });
        Button saveTeam = new Button(i18n.text("care.team.save"));
        saveTeam.setId("care-team-save");
        saveTeam.setOnAction(e -> model.saveTeam());
        Label teamError = error(model.teamErrorProperty());
        VBox teamForm = new VBox(6, name, members, new HBox(8, newTeam, saveTeam), teamError);
        HBox teamBox = new HBox(12, teams, teamForm);

        Label message = new Label();
        message.setId("care-rules-message");
        message.textProperty().bind(model.messageProperty());
        message.styleProperty().bind(Bindings.when(model.messageIsErrorProperty())
                .then("-fx-text-fill: -color-danger-fg;").otherwise("-fx-text-fill: -color-success-fg;"));

        Label audited = new Label(i18n.text("care.rules.audited"));
        audited.getStyleClass().add("page-subtitle");
        content.getChildren().addAll(rulesTitle, rules, new Separator(), stagesTitle, stages, new Separator(),
                teamsTitle, teamBox, message, audited);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("page-subtitle");
        return l;
    }

    private static Label error(javafx.beans.property.StringProperty text) {
        Label l = new Label();
        l.getStyleClass().add("care-field-error");
        l.textProperty().bind(text);
        l.visibleProperty().bind(text.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        l.setWrapText(true);
        l.setMaxWidth(300);
        l.setAlignment(Pos.TOP_LEFT);
        return l;
    }
}
