package app.counterpart.ui.customers.timeline;

import app.counterpart.core.customers.timeline.ServiceEntry;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.customers.timeline.TimelineItem;
import app.counterpart.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One customer's service timeline, newest first, with a form to add an entry: pick the kind, type,
 * Ctrl+Enter saves. "Correct" on an entry puts its text in the form; the saved correction shows under
 * the entry, which stays visible, struck through. Self-contained: give it a view model and put it
 * anywhere (the customer profile, the care tasks screen).
 */
public final class TimelinePane extends VBox {

    private final TimelineViewModel model;
    private final I18n i18n;
    private final TextArea text = new TextArea();

    public TimelinePane(TimelineViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        setId("timeline-pane");
        getStyleClass().add("timeline-pane");
        setSpacing(8);
        setPadding(new Insets(12));
        // Long entries wrap inside whatever width the pane is given; they never widen it.
        setMinWidth(0);

        ListView<TimelineItem> list = new ListView<>(model.items());
        list.setId("timeline-list");
        list.setCellFactory(l -> new EntryCell());
        Label empty = new Label(i18n.text("timeline.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(320);
        empty.getStyleClass().add("page-subtitle");
        list.setPlaceholder(empty);
        list.setFocusTraversable(false);
        VBox.setVgrow(list, Priority.ALWAYS);

        getChildren().addAll(list, form());
        model.load();
    }

    /** Puts the cursor in the text field, ready to type (the care tasks screen calls it on Enter). */
    public void focusText() {
        text.requestFocus();
    }

    private VBox form() {
        ComboBox<ServiceKind> kind = new ComboBox<>();
        kind.setId("timeline-kind");
        kind.getItems().setAll(model.kinds());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServiceKind k) {
                return k == null ? "" : model.kindName(k);
            }

            @Override
            public ServiceKind fromString(String s) {
                return null;
            }
        });
        kind.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ServiceKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : model.kindName(k));
                setGraphic(empty || k == null ? null : new FontIcon(icon(k)));
            }
        });

        text.setId("timeline-text");
        text.setPromptText(i18n.text("timeline.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.textProperty().bindBidirectional(model.textProperty());
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && model.correctingProperty().get() != null) {
                model.cancelCorrection();
                e.consume();
            }
        });

        Label length = new Label();
        length.setId("timeline-length");
        length.getStyleClass().add("page-subtitle");
        length.textProperty().bind(model.lengthText());
        length.styleProperty().bind(Bindings.createStringBinding(
                () -> model.tooLong() ? "-fx-text-fill: -color-danger-fg;" : "", model.textProperty()));

        Button save = new Button(i18n.text("timeline.save"), new FontIcon(Feather.CHECK));
        save.setId("timeline-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Button cancel = new Button(i18n.text("timeline.cancelCorrection"));
        cancel.setId("timeline-cancel");
        cancel.visibleProperty().bind(model.correctingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancelCorrection());

        length.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // "Ctrl+Enter saves" is in the field's prompt and on the button's tooltip, so the row stays short.
        save.setTooltip(new javafx.scene.control.Tooltip(i18n.text("timeline.hint")));
        HBox buttons = new HBox(8, kind, gap, length, cancel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("timeline-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.styleProperty().bind(Bindings.when(model.messageIsErrorProperty())
                .then("-fx-text-fill: -color-danger-fg;").otherwise("-fx-text-fill: -color-fg-muted;"));
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        VBox form = new VBox(6, text, buttons, message);
        form.getStyleClass().add("timeline-form");
        return form;
    }

    static Ikon icon(ServiceKind k) {
        return switch (k) {
            case NOTE -> Feather.FILE_TEXT;
            case CALL -> Feather.PHONE;
            case VISIT -> Feather.MAP_PIN;
            case FOLLOW_UP -> Feather.CORNER_DOWN_RIGHT;
            case COMPLAINT -> Feather.ALERT_TRIANGLE;
        };
    }

    /** An entry: kind icon, who and when on the first line, the text below; a corrected one shows both. */
    private final class EntryCell extends ListCell<TimelineItem> {

        @Override
        protected void updateItem(TimelineItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            ServiceEntry first = item.original();
            FontIcon icon = new FontIcon(icon(first.kind()));
            icon.getStyleClass().add("timeline-icon-" + first.kind().code());
            Label head = new Label(model.kindName(first.kind()) + " · " + model.who(first));
            head.getStyleClass().add("timeline-head");
            head.setWrapText(true);
            head.setMinWidth(0);
            Button correct = new Button(i18n.text("timeline.correct"));
            correct.getStyleClass().addAll("flat", "small");
            correct.setFocusTraversable(false);
            correct.setMinWidth(Region.USE_PREF_SIZE);
            correct.setOnAction(e -> {
                model.startCorrection(item);
                text.requestFocus();
                text.end();
            });
            HBox.setHgrow(head, Priority.ALWAYS);
            head.setMaxWidth(Double.MAX_VALUE);
            HBox top = new HBox(8, icon, head, correct);
            top.setAlignment(Pos.TOP_LEFT);

            Label when = new Label(model.when(first.at()));
            when.getStyleClass().add("page-subtitle");
            Label body = new Label(first.body());
            body.setWrapText(true);
            body.setMinWidth(0);
            body.setMinHeight(Region.USE_PREF_SIZE);
            body.getStyleClass().add("timeline-body");
            VBox box = new VBox(2, top, when, body);
            if (item.corrected()) {
                body.getStyleClass().add("timeline-corrected");
                for (ServiceEntry fix : item.corrections()) {
                    Label mark = new Label(i18n.format("timeline.correctedBy", model.who(fix), model.when(fix.at())));
                    mark.getStyleClass().add("timeline-correction-head");
                    Label fixed = new Label(fix.body());
                    fixed.setWrapText(true);
                    fixed.getStyleClass().add("timeline-body");
                    if (fix != item.current()) {
                        fixed.getStyleClass().add("timeline-corrected");
                    }
                    mark.setMinWidth(0);
                    fixed.setMinWidth(0);
                    // Indented under the entry: its own width, so a long correction wraps rather than cuts.
                    fixed.prefWidthProperty().bind(getListView().widthProperty().subtract(72));
                    fixed.setMinHeight(Region.USE_PREF_SIZE);
                    VBox correction = new VBox(2, mark, fixed);
                    correction.setMinWidth(0);
                    correction.getStyleClass().add("timeline-correction");
                    box.getChildren().add(correction);
                }
            }
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            setGraphic(box);
        }
    }
}
