package app.counterpart.ui.staff;

import app.counterpart.core.staff.Permission;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffAdmin;
import app.counterpart.core.staff.StaffKind;
import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.session.PermissionGate;
import app.counterpart.ui.session.Session;
import app.counterpart.ui.staff.StaffViewModel.StaffRow;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The roster: everyone who sells or serves, inactive people greyed. The owner adds, edits, deactivates
 * or reactivates a person and sets a new PIN; those buttons show only while the owner is signed in.
 */
public final class StaffView extends StackPane {

    private final StaffViewModel model;
    private final I18n i18n;
    private final TableView<StaffRow> table = new TableView<>();

    /** The roster read-only, for a screen without the owner's tools. */
    public StaffView(StaffViewModel model, I18n i18n) {
        this(model, i18n, null, null);
    }

    /**
     * @param session who is signed in; null shows no editing tools
     * @param signIn opens the header's sign-in
     */
    public StaffView(StaffViewModel model, I18n i18n, Session session, Runnable signIn) {
        this.model = model;
        this.i18n = i18n;
        table.setId("staff-table");
        table.getColumns().add(Tables.column(i18n.text("staff.code"), StaffRow::code, 70));
        table.getColumns().add(Tables.column(i18n.text("staff.name"), StaffRow::name, 180));
        table.getColumns().add(Tables.column(i18n.text("staff.role"), StaffRow::role, 110));
        table.getColumns().add(Tables.column(i18n.text("staff.kind"), StaffRow::kind, 130));
        table.getColumns().add(Tables.column(i18n.text("staff.phone"), StaffRow::phone, 130));
        table.getColumns().add(Tables.column(i18n.text("staff.hired"), StaffRow::hired, 120));
        table.getColumns().add(Tables.column(i18n.text("roster.status"),
                r -> i18n.text(r.active() ? "roster.active" : "roster.inactive"), 100));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StaffRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("inactive"),
                        !empty && row != null && !row.active());
            }
        });
        VBox page = Tables.page(i18n.text("staff.title"), i18n, model.staff(), table,
                r -> r.code() + " " + r.name() + " " + r.role() + " " + r.kind());
        if (session != null) {
            PermissionGate tools = new PermissionGate(session, Permission.EDIT_STAFF, this::tools, i18n, signIn, true);
            tools.setId("roster-tools");
            page.getChildren().add(1, tools);
        }
        getChildren().add(page);
    }

    private Node tools() {
        Button add = new Button(i18n.text("roster.add"), new FontIcon(Feather.USER_PLUS));
        add.setId("roster-add");
        add.setOnAction(e -> form(null));
        Button edit = new Button(i18n.text("roster.edit"), new FontIcon(Feather.EDIT_2));
        edit.setId("roster-edit");
        edit.setOnAction(e -> selected(this::form));
        Button pin = new Button(i18n.text("roster.pin"), new FontIcon(Feather.KEY));
        pin.setId("roster-pin");
        pin.setOnAction(e -> selected(this::pinForm));
        Button active = new Button();
        active.setId("roster-active");
        active.textProperty().bind(Bindings.createStringBinding(() -> {
            StaffRow r = table.getSelectionModel().getSelectedItem();
            return i18n.text(r != null && !r.active() ? "roster.reactivate" : "roster.deactivate");
        }, table.getSelectionModel().selectedItemProperty()));
        active.setOnAction(e -> selected(s -> model.toggleActive(s, () -> { })));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(none);
        pin.disableProperty().bind(none);
        active.disableProperty().bind(none);
        Label message = new Label();
        message.setId("roster-message");
        message.textProperty().bind(model.messageProperty());
        message.styleProperty().bind(Bindings.when(model.messageIsErrorProperty())
                .then("-fx-text-fill: -color-danger-fg;").otherwise(""));
        message.setWrapText(true);
        HBox bar = new HBox(8, add, edit, pin, active, message);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private void selected(Consumer<Staff> then) {
        StaffRow r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            then.accept(r.person());
        }
    }

    /** The add (person null) or edit form; it stays open with the reason shown until a change is accepted. */
    private void form(Staff person) {
        TextField code = new TextField(person == null ? "" : person.code());
        code.setId("roster-code");
        TextField name = new TextField(person == null ? "" : person.name());
        name.setId("roster-name");
        TextField nameZh = new TextField(person == null || person.nameZh() == null ? "" : person.nameZh());
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().setAll(Role.values());
        role.setId("roster-role");
        cells(role, r -> i18n.text("role." + r.code()));
        role.setValue(person == null ? Role.CASHIER : person.role());
        ComboBox<StaffKind> kind = new ComboBox<>();
        kind.getItems().setAll(StaffKind.values());
        cells(kind, k -> i18n.text("kind." + k.code()));
        kind.setValue(person == null ? StaffKind.EMPLOYEE : person.kind());
        TextField phone = new TextField(person == null || person.phone() == null ? "" : person.phone());
        DatePicker hired = new DatePicker(person == null ? null : person.hiredOn());
        PasswordField pin = new PasswordField();
        pin.setId("roster-new-pin");
        PasswordField again = new PasswordField();
        GridPane grid = grid();
        int row = 0;
        grid.addRow(row++, new Label(i18n.text("staff.code")), code);
        grid.addRow(row++, new Label(i18n.text("staff.name")), name);
        grid.addRow(row++, new Label(i18n.text("roster.nameZh")), nameZh);
        grid.addRow(row++, new Label(i18n.text("staff.role")), role);
        grid.addRow(row++, new Label(i18n.text("staff.kind")), kind);
        grid.addRow(row++, new Label(i18n.text("staff.phone")), phone);
        grid.addRow(row++, new Label(i18n.text("staff.hired")), hired);
        if (person == null) {
            grid.addRow(row++, new Label(i18n.text("roster.pin.new")), pin);
            grid.addRow(row++, new Label(i18n.text("roster.pin.again")), again);
        }
        show(i18n.text(person == null ? "roster.add.title" : "roster.edit.title"), grid, done -> {
            var draft = new StaffAdmin.Draft(code.getText(), name.getText(), nameZh.getText(), role.getValue(),
                    kind.getValue(), phone.getText(), hired.getValue());
            if (person == null) {
                model.add(draft, pin.getText(), again.getText(), done);
            } else {
                model.edit(person, draft, done);
            }
        });
    }

    private void pinForm(Staff person) {
        PasswordField pin = new PasswordField();
        pin.setId("roster-new-pin");
        PasswordField again = new PasswordField();
        GridPane grid = grid();
        grid.addRow(0, new Label(i18n.text("roster.pin.new")), pin);
        grid.addRow(1, new Label(i18n.text("roster.pin.again")), again);
        show(i18n.format("roster.pin.title", person.displayName(i18n.chinese())), grid,
                done -> model.resetPin(person, pin.getText(), again.getText(), done));
    }

    /** A dialog whose OK hands the work a "close me" callback; a refusal shows in red and the form stays. */
    private void show(String title, GridPane form, Consumer<Runnable> ok) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.setTitle(title);
        d.setHeaderText(title);
        Label problem = new Label();
        problem.setId("roster-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(380);
        VBox box = new VBox(10, form, problem);
        box.setPadding(new Insets(6));
        d.getDialogPane().setContent(box);
        ButtonType save = Buttons.ok(i18n);
        d.getDialogPane().getButtonTypes().addAll(save, Buttons.cancel(i18n));
        d.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            problem.setText("");
            ok.accept(d::close);
            if (model.messageIsErrorProperty().get()) {
                problem.setText(model.messageProperty().get());
            }
        });
        model.messageProperty().addListener((obs, old, text) -> {
            if (d.isShowing() && model.messageIsErrorProperty().get()) {
                problem.setText(text);
            }
        });
        d.showAndWait();
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    private static <T> void cells(ComboBox<T> box, java.util.function.Function<T, String> text) {
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }
}
