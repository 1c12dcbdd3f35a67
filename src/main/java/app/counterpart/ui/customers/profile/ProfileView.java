package app.counterpart.ui.customers.profile;

import app.counterpart.core.customers.CustomerRules;
import app.counterpart.core.customers.profile.ProfileEdit;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.customers.profile.ProfileViewModel.FavouriteRow;
import app.counterpart.ui.customers.profile.ProfileViewModel.Figure;
import app.counterpart.ui.customers.profile.ProfileViewModel.PurchaseRow;
import java.time.chrono.IsoChronology;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;

/**
 * A customer's profile: a header with name, stage, segment and scores; the contact as a form on the
 * left (Ctrl+S saves); on the right tabs for the overview (figures and favourite products), the
 * purchase history, and any tabs other features add with {@link #addTab}.
 */
public final class ProfileView extends StackPane {

    private final I18n i18n;
    private final TabPane tabs = new TabPane();

    public ProfileView(ProfileViewModel model, I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("profile");
        setId("profile");

        Label name = new Label();
        name.setId("profile-name");
        name.getStyleClass().add("page-title");
        name.textProperty().bind(model.titleProperty());
        Label stage = chip("profile-stage", model.stageProperty(), "profile.stage.tip");
        Label segment = chip("profile-segment", model.segmentProperty(), "profile.segment.tip");
        Label scores = chip("profile-scores", model.scoresProperty(), "profile.scores.tip");
        scores.getStyleClass().add("mono");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, name, stage, segment, scores, spacer);
        header.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        addTab("profile.tab.overview", overview(model));
        addTab("profile.tab.purchases", purchases(model));
        HBox.setHgrow(tabs, Priority.ALWAYS);
        Node contact = contact(model);
        HBox body = new HBox(16, contact, tabs);
        VBox.setVgrow(body, Priority.ALWAYS);

        VBox page = new VBox(14, header, error, body);
        page.setPadding(new Insets(18));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        spinner.visibleProperty().bind(model.loadingProperty());
        getChildren().addAll(page, spinner);

        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                        model::save);
            }
        });
    }

    /** Adds a tab after the built-in ones, titled by the resource-bundle key; its id is the key with dashes. */
    public ProfileView addTab(String titleKey, Node content) {
        Tab tab = new Tab(i18n.text(titleKey), content);
        tab.setId(titleKey.replace('.', '-'));
        tabs.getTabs().add(tab);
        return this;
    }

    private Label chip(String id, ReadOnlyStringProperty text, String tipKey) {
        Label chip = new Label();
        chip.setId(id);
        chip.getStyleClass().add("profile-chip");
        chip.textProperty().bind(text);
        chip.setTooltip(new Tooltip(i18n.text(tipKey)));
        return chip;
    }

    // The contact form

    private Node contact(ProfileViewModel model) {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);

        TextField name = new TextField();
        name.setId("profile-field-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField phone = new TextField();
        phone.setId("profile-field-phone");
        phone.textProperty().bindBidirectional(model.phoneProperty());
        phone.setEditable(model.phoneEditable());
        if (!model.phoneEditable()) {
            phone.setTooltip(new Tooltip(i18n.text("profile.phoneMasked")));
            phone.getStyleClass().add("read-only");
        }
        ComboBox<String> gender = new ComboBox<>();
        gender.setId("profile-field-gender");
        gender.getItems().setAll(java.util.Arrays.asList(null, "F", "M"));
        gender.setCellFactory(v -> new GenderCell());
        gender.setButtonCell(new GenderCell());
        gender.valueProperty().bindBidirectional(model.genderProperty());
        gender.setMaxWidth(Double.MAX_VALUE);
        DatePicker birthday = new DatePicker();
        birthday.setId("profile-field-birthday");
        // In the screen's language, not the machine's.
        birthday.setConverter(new LocalDateStringConverter(FormatStyle.MEDIUM, i18n.locale(),
                IsoChronology.INSTANCE));
        birthday.valueProperty().bindBidirectional(model.birthdayProperty());
        birthday.setMaxWidth(Double.MAX_VALUE);
        TextField tags = new TextField();
        tags.setId("profile-field-tags");
        tags.setPromptText(i18n.text("profile.tags.prompt"));
        tags.textProperty().bindBidirectional(model.tagsProperty());
        CheckBox consent = new CheckBox(i18n.text("profile.consent"));
        consent.setId("profile-field-consent");
        consent.selectedProperty().bindBidirectional(model.consentProperty());

        int row = 0;
        row = field(form, row, "customers.name", name, model.problemProperty(CustomerRules.NAME));
        row = field(form, row, "customers.phone", phone, model.problemProperty(ProfileEdit.PHONE));
        row = field(form, row, "profile.gender", gender, model.problemProperty(CustomerRules.GENDER));
        row = field(form, row, "customers.birthday", birthday, model.problemProperty(CustomerRules.BIRTHDAY));
        row = field(form, row, "customers.tags", tags, model.problemProperty(CustomerRules.TAGS));
        form.add(consent, 1, row++);
        row = readOnly(form, row, "profile.referredBy", model.referredByProperty(), "profile-referred-by");
        readOnly(form, row, "customers.joined", model.joinedProperty(), "profile-joined");

        Button save = new Button(i18n.text("profile.save"));
        save.setId("profile-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.changedProperty().not().or(model.savingProperty()));
        save.setOnAction(e -> model.save());
        Button revert = new Button(i18n.text("profile.revert"));
        revert.setId("profile-revert");
        revert.disableProperty().bind(model.changedProperty().not().or(model.savingProperty()));
        revert.setOnAction(e -> model.revert());
        Label message = new Label();
        message.setId("profile-message");
        message.getStyleClass().add("status-text");
        message.textProperty().bind(model.messageProperty());
        HBox buttons = new HBox(8, save, revert, message);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(i18n.text("profile.contact"));
        title.getStyleClass().add("card-title");
        VBox card = new VBox(12, title, form, buttons);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(16));
        card.setPrefWidth(360);
        card.setMinWidth(320);
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        scroll.setMinWidth(340);
        scroll.setPrefWidth(380);
        return scroll;
    }

    /** A labelled field with its problem below it; returns the next free row. */
    private int field(GridPane form, int row, String labelKey, Node field, ReadOnlyStringProperty problem) {
        Label label = new Label(i18n.text(labelKey));
        label.setLabelFor(field);
        form.add(label, 0, row);
        form.add(field, 1, row);
        Label shown = new Label();
        shown.getStyleClass().add("field-problem");
        shown.setWrapText(true);
        shown.textProperty().bind(problem);
        shown.visibleProperty().bind(problem.isNotEmpty());
        shown.managedProperty().bind(shown.visibleProperty());
        form.add(shown, 1, row + 1);
        GridPane.setMargin(field, new Insets(4, 0, 0, 0));
        return row + 2;
    }

    private int readOnly(GridPane form, int row, String labelKey, ReadOnlyStringProperty value, String id) {
        Label label = new Label(i18n.text(labelKey));
        Label shown = new Label();
        shown.setId(id);
        shown.textProperty().bind(value);
        GridPane.setMargin(shown, new Insets(8, 0, 0, 0));
        GridPane.setMargin(label, new Insets(8, 0, 0, 0));
        form.add(label, 0, row);
        form.add(shown, 1, row);
        return row + 1;
    }

    private final class GenderCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : i18n.text(item == null ? "profile.gender.unknown"
                    : item.equals("F") ? "profile.gender.f" : "profile.gender.m"));
        }
    }

    // The overview: figures and favourite products

    private Node overview(ProfileViewModel model) {
        TilePane figures = new TilePane(12, 12);
        figures.setId("profile-figures");
        figures.setPrefColumns(3);
        figures.setPrefTileWidth(190);
        Runnable fill = () -> figures.getChildren().setAll(model.figures().stream().map(this::figure).toList());
        model.figures().addListener((ListChangeListener<Figure>) c -> fill.run());
        fill.run();

        Label favouritesTitle = new Label(i18n.text("profile.favourites"));
        favouritesTitle.getStyleClass().add("card-title");
        TableView<FavouriteRow> favourites = new TableView<>(model.favourites());
        favourites.setId("profile-favourites");
        favourites.getColumns().add(Tables.column(i18n.text("profile.product"), FavouriteRow::name, 260));
        favourites.getColumns().add(Tables.column(i18n.text("profile.quantity"), FavouriteRow::quantity, 90));
        favourites.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        favourites.setPlaceholder(new Label(i18n.text("profile.favourites.none")));
        favourites.setFixedCellSize(30);
        // Room for the header and all five rows, so no scroll bar hides the fifth.
        favourites.setPrefHeight(30 * 5 + 48);
        favourites.setMaxHeight(Region.USE_PREF_SIZE);

        VBox box = new VBox(14, figures, favouritesTitle, favourites);
        box.setPadding(new Insets(14));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        return scroll;
    }

    private Node figure(Figure f) {
        Label label = new Label(i18n.text(f.labelKey()));
        label.getStyleClass().add("page-subtitle");
        Label value = new Label(f.value());
        value.getStyleClass().add("profile-figure");
        value.setId(f.labelKey().replace('.', '-'));
        VBox card = new VBox(4, label, value);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(10, 14, 10, 14));
        if (f.hint() != null) {
            Tooltip tip = new Tooltip(f.hint());
            Tooltip.install(card, tip);
            value.setTooltip(tip);
        }
        return card;
    }

    // The purchase history

    private Node purchases(ProfileViewModel model) {
        TableView<PurchaseRow> table = new TableView<>(model.purchases());
        table.setId("profile-purchases");
        table.getColumns().addAll(List.of(
                Tables.column(i18n.text("profile.purchase.date"), PurchaseRow::date, 170),
                Tables.column(i18n.text("profile.purchase.number"), PurchaseRow::number, 150),
                Tables.column(i18n.text("profile.purchase.kind"), PurchaseRow::kind, 80),
                Tables.column(i18n.text("profile.purchase.items"), PurchaseRow::items, 70),
                Tables.column(i18n.text("profile.purchase.total"), PurchaseRow::total, 110)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("profile.purchases.none")));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label shown = new Label();
        shown.setId("profile-purchases-shown");
        shown.getStyleClass().add("page-subtitle");
        shown.textProperty().bind(model.purchasesShownProperty());
        shown.visibleProperty().bind(Bindings.isNotEmpty(model.purchases()));
        VBox box = new VBox(10, table, shown);
        box.setPadding(new Insets(14));
        return box;
    }
}
