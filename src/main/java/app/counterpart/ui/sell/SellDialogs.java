package app.counterpart.ui.sell;

import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.CartLine;
import app.counterpart.core.sell.ParkedCart;
import app.counterpart.core.sell.SellPolicy;
import app.counterpart.core.sell.ZReport;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small forms of the till. Each collects what the cashier types and hands it to the view model,
 * which does the work off the FX thread; a refusal shows in the screen's message line and changes
 * nothing. Every form answers to Enter and Escape.
 */
public final class SellDialogs {

    /** Shows, prints and saves receipts (and Z reports); the app supplies it. */
    public interface Receipts {
        void showReceipt(Sale sale, Window owner);

        void showZReport(ZReport report, Window owner);
    }

    private final SellViewModel model;
    private final Receipts receipts;
    private final SellView view;
    private final I18n i18n;

    SellDialogs(SellViewModel model, Receipts receipts, SellView view) {
        this.model = model;
        this.receipts = receipts;
        this.view = view;
        this.i18n = model.i18n();
    }

    private Window owner() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    // ---- Sign in ----

    /** F2: who is at the till. ↑/↓ choose the person, type the PIN, Enter. */
    void signIn() {
        List<Staff> people = model.staff().stream().filter(s -> SellPolicy.mayOperateTill(s.role())).toList();
        staffAndPin(i18n.text("sell.signin.title"), people, model.cashierProperty().get(), (who, pin) ->
                model.signIn(who, pin, () -> { }));
    }

    private void staffAndPin(String title, List<Staff> people, Staff preselect, java.util.function.BiConsumer<Staff, String> then) {
        ListView<Staff> list = new ListView<>(FXCollections.observableArrayList(people));
        list.setId("pin-staff");
        list.setPrefHeight(Math.min(people.size(), 8) * 30 + 4);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Staff s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.code() + "   " + s.displayName(i18n.chinese()) + "   "
                        + i18n.text("role." + s.role().code()));
            }
        });
        list.getSelectionModel().select(preselect != null && people.contains(preselect) ? preselect : people.isEmpty() ? null : people.get(0));
        PasswordField pin = new PasswordField();
        pin.setId("pin-field");
        pin.setPromptText(i18n.text("sell.pin.prompt"));
        pin.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.UP ? -1 : 1);
                list.getSelectionModel().select(Math.max(0, Math.min(people.size() - 1, i)));
                e.consume();
            }
        });
        Dialog<ButtonType> d = form(title, new VBox(8, list, pin), i18n.text("sell.ok"));
        focusWhenShown(d, pin);
        if (ok(d) && list.getSelectionModel().getSelectedItem() != null) {
            then.accept(list.getSelectionModel().getSelectedItem(), pin.getText());
        }
    }

    /** A manager's or owner's PIN for something the cashier may not do alone; skipped if the cashier may. */
    private void approval(String action, Consumer<Staff> then) {
        Staff me = model.cashierProperty().get();
        if (me != null && SellPolicy.mayApprove(me.role())) {
            then.accept(me);
            return;
        }
        List<Staff> managers = model.staff().stream().filter(s -> SellPolicy.mayApprove(s.role())).toList();
        staffAndPin(i18n.text("sell.approve.title"), managers, null,
                (who, pin) -> model.approve(who, pin, action, then));
    }

    // ---- Cart ----

    void quantity(String lineId) {
        CartLine l = model.cartProperty().get().line(lineId);
        text(i18n.text("sell.quantity.title"), l.displayName(i18n.chinese()), Integer.toString(l.quantity()),
                "quantity-field").ifPresent(t -> model.setQuantity(lineId, t));
    }

    void lineDiscount(String lineId) {
        CartLine l = model.cartProperty().get().line(lineId);
        text(i18n.text("sell.line_discount.title"), l.displayName(i18n.chinese()) + "   "
                + i18n.text("sell.discount.hint"), "", "discount-field").ifPresent(t -> model.discountLine(lineId, t));
    }

    void cartDiscount() {
        if (model.lines().isEmpty()) {
            return;
        }
        text(i18n.text("sell.cart_discount.title"), i18n.text("sell.discount.hint"), "", "discount-field")
                .ifPresent(model::discountCart);
    }

    void priceOverride(String lineId) {
        approval("price_override", approver -> {
            CartLine l = model.cartProperty().get().line(lineId);
            text(i18n.text("sell.price.title"), l.displayName(i18n.chinese()) + "   "
                    + i18n.format("sell.price.list", model.money(l.listPriceMinor())), "", "price-field")
                    .ifPresent(t -> model.overridePrice(lineId, t, approver));
        });
    }

    void servedBy() {
        List<Staff> people = model.staff();
        ListView<Staff> list = new ListView<>(FXCollections.observableArrayList(people));
        list.setId("served-by-list");
        list.setPrefHeight(Math.min(people.size(), 10) * 30 + 4);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Staff s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.code() + "   " + s.displayName(i18n.chinese()) + "   "
                        + i18n.text("role." + s.role().code()));
            }
        });
        String current = model.cartProperty().get().servedById();
        people.stream().filter(s -> s.id().equals(current)).findFirst()
                .ifPresentOrElse(s -> list.getSelectionModel().select(s), () -> list.getSelectionModel().select(0));
        Dialog<ButtonType> d = form(i18n.text("sell.served_by.title"), list, i18n.text("sell.ok"));
        focusWhenShown(d, list);
        if (ok(d) && list.getSelectionModel().getSelectedItem() != null) {
            model.setServedBy(list.getSelectionModel().getSelectedItem());
        }
    }

    // ---- Customer ----

    void customer() {
        TextField phone = new TextField();
        phone.setId("customer-phone");
        phone.setPromptText(i18n.text("sell.customer.phone"));
        boolean attached = model.cartProperty().get().customer() != null;
        Dialog<ButtonType> d = form(i18n.text("sell.customer.title"), new VBox(8,
                new Label(i18n.text("sell.customer.find")), phone), i18n.text("sell.customer.attach"));
        ButtonType remove = new ButtonType(i18n.text("sell.customer.remove"), ButtonBar.ButtonData.LEFT);
        if (attached) {
            d.getDialogPane().getButtonTypes().add(remove);
        }
        focusWhenShown(d, phone);
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isPresent() && answer.get() == remove) {
            model.detachCustomer();
        } else if (answer.isPresent() && answer.get().getButtonData() == ButtonBar.ButtonData.OK_DONE
                && !phone.getText().isBlank()) {
            model.findCustomer(phone.getText(), () -> { }, this::newCustomer);
        }
    }

    /** No customer with that number: create one on the spot with a name. */
    private void newCustomer(String phone) {
        TextField name = new TextField();
        name.setId("customer-name");
        TextField number = new TextField(phone);
        number.setId("customer-new-phone");
        GridPane grid = grid(i18n.text("sell.customer.name"), name, i18n.text("sell.customer.phone"), number);
        Dialog<ButtonType> d = form(i18n.text("sell.customer.new"), new VBox(8,
                new Label(i18n.format("sell.customer.not_found", phone)), grid), i18n.text("sell.customer.create"));
        focusWhenShown(d, name);
        if (ok(d)) {
            model.createCustomer(name.getText(), number.getText(), () -> { });
        }
    }

    // ---- Park ----

    void parkOrResume() {
        if (!model.lines().isEmpty()) {
            model.park();
            return;
        }
        model.parkedCarts(parked -> {
            if (parked.isEmpty()) {
                model.messageProperty().set(i18n.text("sell.parked.none"));
                return;
            }
            ListView<ParkedCart> list = new ListView<>(FXCollections.observableArrayList(parked));
            list.setId("parked-list");
            DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
            ZoneId zone = model.till().shop().zone();
            list.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(ParkedCart p, boolean empty) {
                    super.updateItem(p, empty);
                    setText(empty || p == null ? null : time.format(p.parkedAt().atZone(zone)) + "   "
                            + i18n.format("sell.parked.items", p.itemCount()) + "   " + model.money(p.netMinor())
                            + (p.customerName() == null ? "" : "   " + p.customerName()));
                }
            });
            list.getSelectionModel().select(0);
            list.setPrefHeight(Math.min(parked.size(), 8) * 30 + 4);
            Dialog<ButtonType> d = form(i18n.text("sell.resume.title"), list, i18n.text("sell.resume.ok"));
            focusWhenShown(d, list);
            if (ok(d) && list.getSelectionModel().getSelectedItem() != null) {
                model.resume(list.getSelectionModel().getSelectedItem().id());
            }
        });
    }

    // ---- Payment ----

    /**
     * F12 or Enter on an empty input. Type an amount (or nothing for the rest) and press the tender's
     * key: Enter or F1 cash, F2 card, F3 WeChat Pay, F4 Alipay, F5 store credit. Several tenders split
     * the bill; once it is covered the sale is stored and the form closes.
     */
    void payment() {
        if (model.lines().isEmpty() || model.payingProperty().get()) {
            return;
        }
        TextField amount = new TextField();
        amount.setId("pay-amount");
        Label due = new Label();
        due.setId("pay-due");
        due.getStyleClass().add("pay-due");
        Label taken = new Label();
        taken.setId("pay-taken");
        taken.setWrapText(true);
        Label problem = new Label();
        problem.setId("pay-problem");
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(model.messageProperty());
        problem.visibleProperty().bind(model.messageIsErrorProperty());
        Runnable refresh = () -> {
            long remaining = model.remainingMinor();
            due.setText(i18n.format("sell.pay.due", model.money(Math.max(0, remaining))));
            amount.setPromptText(model.money(Math.max(0, remaining)));
            StringBuilder sb = new StringBuilder();
            model.cartProperty().get().tenders().forEach(t -> sb.append(i18n.text("tender." + t.tender().code()))
                    .append("  ").append(model.money(t.amountMinor())).append('\n'));
            taken.setText(sb.toString().strip());
        };
        refresh.run();
        HBox tenders = new HBox(6);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner());
        d.setTitle(i18n.text("sell.pay.title"));
        d.getDialogPane().getButtonTypes().add(Buttons.cancel(i18n));
        Button clear = new Button(i18n.text("sell.pay.clear"));
        clear.setOnAction(e -> {
            model.clearTenders();
            refresh.run();
        });
        Consumer<Sale> done = sale -> {
            d.setResult(ButtonType.OK);
            d.close();
            Platform.runLater(() -> receipts.showReceipt(sale, owner()));
        };
        Map<KeyCode, Tender> keys = new LinkedHashMap<>();
        keys.put(KeyCode.F1, Tender.CASH);
        keys.put(KeyCode.F2, Tender.CARD);
        keys.put(KeyCode.F3, Tender.WECHAT);
        keys.put(KeyCode.F4, Tender.ALIPAY);
        keys.put(KeyCode.F5, Tender.STORE_CREDIT);
        keys.forEach((key, tender) -> {
            Button b = new Button(key.getName() + "  " + i18n.text("tender." + tender.code()));
            b.setId("pay-" + tender.code());
            b.setFocusTraversable(false);
            b.setOnAction(e -> take(tender, amount, refresh, done));
            tenders.getChildren().add(b);
        });
        amount.setOnAction(e -> take(Tender.CASH, amount, refresh, done));
        d.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Tender t = keys.get(e.getCode());
            if (t != null) {
                take(t, amount, refresh, done);
                e.consume();
            }
        });
        model.messageProperty().set("");
        VBox box = new VBox(10, due, amount, tenders, taken, clear, problem);
        box.setPadding(new Insets(10));
        box.setPrefWidth(560);
        d.getDialogPane().setContent(box);
        focusWhenShown(d, amount);
        d.showAndWait();
        view.focusInput();
    }

    private void take(Tender tender, TextField amount, Runnable refresh, Consumer<Sale> done) {
        if (model.payingProperty().get()) {
            return;
        }
        if (model.tender(tender, amount.getText(), done)) {
            amount.clear();
        } else {
            amount.selectAll();
        }
        refresh.run();
    }

    void reprint() {
        Sale last = model.lastSaleProperty().get();
        if (last != null) {
            receipts.showReceipt(last, owner());
        } else {
            model.recentSales(sales -> sales.stream().findFirst().ifPresent(s -> receipts.showReceipt(s, owner())));
        }
    }

    // ---- Refunds ----

    /** F10: scan the receipt's barcode (or type its number) to refund some of it, or void it. */
    void refund() {
        model.recentSales(this::refund);
    }

    /**
     * The number field takes a scanned receipt barcode or a typed number; below it the till's latest
     * sales, where ↑/↓ pick one without typing (the field then holds its number).
     */
    private void refund(List<Sale> recent) {
        TextField number = new TextField();
        number.setId("refund-number");
        number.setPromptText("T1-20261128-0001");
        List<Sale> sales = recent.stream().filter(s -> s.kind() == app.counterpart.core.sales.SaleKind.SALE).toList();
        ListView<Sale> list = new ListView<>(FXCollections.observableArrayList(sales));
        list.setId("refund-recent");
        list.setFocusTraversable(false);
        list.setPrefHeight(Math.min(Math.max(sales.size(), 1), 8) * 30 + 4);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("MM-dd HH:mm");
        ZoneId zone = model.till().shop().zone();
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Sale s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.number() + "   " + time.format(s.createdAt().atZone(zone))
                        + "   " + i18n.format("sell.parked.items", s.itemCount()) + "   " + model.money(s.totalMinor()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                number.setText(b.number());
                number.selectAll();
            }
        });
        number.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && !sales.isEmpty()) {
                int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.UP ? -1 : 1);
                list.getSelectionModel().select(Math.max(0, Math.min(sales.size() - 1, i)));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> number.requestFocus());
        Sale last = model.lastSaleProperty().get();
        if (last != null && last.kind() == app.counterpart.core.sales.SaleKind.SALE) {
            number.setText(last.number());
        }
        Dialog<ButtonType> d = form(i18n.text("sell.refund.title"), new VBox(8,
                new Label(i18n.text("sell.refund.find")), number, new Label(i18n.text("sell.refund.recent")), list),
                i18n.text("sell.refund.open"));
        focusWhenShown(d, number);
        if (ok(d) && !number.getText().isBlank()) {
            model.findSale(number.getText(), this::refundLines);
        }
    }

    /** One line of the sale being refunded, with how many to give back. */
    public static final class RefundRow {
        final SaleLine line;
        final String name;
        final int left;
        final StringProperty back = new SimpleStringProperty("0");

        RefundRow(SaleLine line, String name, int left) {
            this.line = line;
            this.name = name;
            this.left = left;
        }
    }

    private void refundLines(SellViewModel.Found found) {
        Sale sale = found.sale();
        TableView<RefundRow> table = new TableView<>();
        table.setId("refund-table");
        table.setEditable(true);
        for (SaleLine l : sale.lines()) {
            table.getItems().add(new RefundRow(l, model.productName(l.productId()),
                    found.refundable().getOrDefault(l.id(), 0)));
        }
        TableColumn<RefundRow, String> item = new TableColumn<>(i18n.text("sell.col.item"));
        item.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name));
        item.setPrefWidth(220);
        TableColumn<RefundRow, String> sold = new TableColumn<>(i18n.text("sell.refund.sold"));
        sold.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().line.quantity() + " × "
                + model.money(c.getValue().line.unitPriceMinor())));
        TableColumn<RefundRow, String> left = new TableColumn<>(i18n.text("sell.refund.left"));
        left.setCellValueFactory(c -> new SimpleStringProperty(Integer.toString(c.getValue().left)));
        TableColumn<RefundRow, String> back = new TableColumn<>(i18n.text("sell.refund.back"));
        back.setId("refund-back");
        back.setCellValueFactory(c -> c.getValue().back);
        back.setCellFactory(TextFieldTableCell.forTableColumn());
        back.setEditable(true);
        table.getColumns().addAll(List.of(item, sold, left, back));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sold.setPrefWidth(130);
        left.setPrefWidth(110);
        back.setPrefWidth(110);
        table.setPrefHeight(Math.min(sale.lines().size(), 8) * 40 + 44);
        table.getSelectionModel().select(0);
        // Keyboard: ↑/↓ pick a line, + and - change how many come back, A gives back everything left.
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            RefundRow r = table.getSelectionModel().getSelectedItem();
            if (r == null) {
                return;
            }
            int now = parse(r.back.get());
            switch (e.getCode()) {
                case ADD, PLUS, EQUALS -> r.back.set(Integer.toString(Math.min(r.left, now + 1)));
                case SUBTRACT, MINUS -> r.back.set(Integer.toString(Math.max(0, now - 1)));
                case A -> table.getItems().forEach(x -> x.back.set(Integer.toString(x.left)));
                default -> {
                    return;
                }
            }
            table.refresh();
            e.consume();
        });
        CheckBox credit = new CheckBox(i18n.text("sell.refund.to_credit"));
        credit.setId("refund-credit");
        credit.setDisable(sale.customerId() == null);
        String header = sale.number() + "   " + model.money(sale.totalMinor());
        Label hint = new Label(i18n.text("sell.refund.keys"));
        hint.getStyleClass().add("sell-hints");
        Dialog<ButtonType> d = form(i18n.text("sell.refund.title"), new VBox(8, new Label(header), table, credit, hint),
                i18n.text("sell.refund.ok"));
        ButtonType voidIt = new ButtonType(i18n.text("sell.refund.void"), ButtonBar.ButtonData.LEFT);
        d.getDialogPane().getButtonTypes().add(voidIt);
        d.getDialogPane().setPrefWidth(700);
        focusWhenShown(d, table);
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty()) {
            return;
        }
        if (answer.get() == voidIt) {
            approval("void", approver -> model.voidSale(sale, v -> receipts.showReceipt(v, owner())));
        } else if (answer.get().getButtonData() == ButtonBar.ButtonData.OK_DONE) {
            Map<String, Integer> quantities = new LinkedHashMap<>();
            for (RefundRow r : table.getItems()) {
                int q = parse(r.back.get());
                if (q != 0) {
                    quantities.put(r.line.id(), q);
                }
            }
            model.refund(sale, quantities, credit.isSelected(), r -> receipts.showReceipt(r, owner()));
        }
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---- Shift ----

    /** F11: open the shift with a float; once open, cash in, cash out, or close with the cash counted. */
    void shift() {
        if (model.cashierProperty().get() == null) {
            signIn();
            return;
        }
        if (model.shiftProperty().get() == null) {
            text(i18n.text("sell.shift.open_title"), i18n.text("sell.shift.float"), "", "float-field")
                    .ifPresent(t -> model.openShift(t, () -> { }));
            return;
        }
        ButtonType in = new ButtonType(i18n.text("sell.shift.cash_in"), ButtonBar.ButtonData.OTHER);
        ButtonType out = new ButtonType(i18n.text("sell.shift.cash_out"), ButtonBar.ButtonData.OTHER);
        // No default button: Enter pressed by habit must not start closing the shift.
        ButtonType close = new ButtonType(i18n.text("sell.shift.close"), ButtonBar.ButtonData.OTHER);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner());
        d.setTitle(i18n.text("sell.shift.title"));
        d.setContentText(i18n.text("sell.shift.choose"));
        d.getDialogPane().getButtonTypes().addAll(in, out, close, Buttons.cancel(i18n));
        // Keyboard: I cash in, O cash out, C close.
        d.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            ButtonType pick = switch (e.getCode()) {
                case I -> in;
                case O -> out;
                case C -> close;
                default -> null;
            };
            if (pick != null) {
                d.setResult(pick);
                d.close();
                e.consume();
            }
        });
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty()) {
            return;
        }
        if (answer.get() == in || answer.get() == out) {
            boolean isIn = answer.get() == in;
            TextField amount = new TextField();
            amount.setId("cash-amount");
            TextField reason = new TextField();
            reason.setId("cash-reason");
            Dialog<ButtonType> f = form(i18n.text(isIn ? "sell.shift.cash_in" : "sell.shift.cash_out"),
                    grid(i18n.text("sell.amount"), amount, i18n.text("sell.reason"), reason), i18n.text("sell.ok"));
            focusWhenShown(f, amount);
            if (ok(f)) {
                model.moveCash(isIn, amount.getText(), reason.getText(), () -> { });
            }
        } else if (answer.get() == close) {
            // A blind count: the cashier counts the drawer before seeing what the till expects.
            text(i18n.text("sell.shift.close_title"), i18n.text("sell.shift.counted"), "", "counted-field")
                    .ifPresent(t -> model.closeShift(t, z -> receipts.showZReport(z, owner())));
        }
    }

    // ---- Building blocks ----

    private Optional<String> text(String title, String prompt, String initial, String id) {
        TextField field = new TextField(initial);
        field.setId(id);
        Dialog<ButtonType> d = form(title, new VBox(8, new Label(prompt), field), i18n.text("sell.ok"));
        focusWhenShown(d, field);
        return ok(d) ? Optional.of(field.getText()) : Optional.empty();
    }

    private Dialog<ButtonType> form(String title, Node content, String okText) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner());
        d.setTitle(title);
        d.setHeaderText(null);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel(i18n));
        VBox box = new VBox(content);
        box.setPadding(new Insets(6));
        box.setPrefWidth(440);
        d.getDialogPane().setContent(box);
        return d;
    }

    /**
     * Focus set once the window shows (after the dialog has given it to its default button), so the
     * first key typed lands in the field.
     */
    private static void focusWhenShown(Dialog<?> d, Node field) {
        d.setOnShown(e -> Platform.runLater(() -> {
            field.requestFocus();
            if (field instanceof TextField t) {
                t.selectAll();
            }
        }));
    }

    private boolean ok(Dialog<ButtonType> d) {
        boolean yes = d.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
        view.focusInput();
        return yes;
    }

    private static GridPane grid(String l1, Node f1, String l2, Node f2) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label(l1), f1);
        g.addRow(1, new Label(l2), f2);
        return g;
    }
}
