package app.counterpart.ui.session;

import app.counterpart.core.staff.Permission;
import app.counterpart.core.staff.Permissions;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.I18n;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows its content only while the person signed in has a permission; otherwise a short sentence
 * saying who may, and a Sign in button (the header's PIN dialog). The content is built on first need
 * and built afresh for each person who may see it, so it never shows one person's view to the next;
 * it is dropped as soon as someone without the permission signs in, or everyone signs out.
 */
public final class PermissionGate extends StackPane {

    private final Session session;
    private final Permission permission;
    private final Supplier<Node> content;
    private final I18n i18n;
    private final Runnable signIn;
    private final boolean compact;
    private Node shown;

    /**
     * @param signIn opens the sign-in dialog (the header's); null shows no button
     */
    public PermissionGate(Session session, Permission permission, Supplier<Node> content, I18n i18n,
            Runnable signIn) {
        this(session, permission, content, i18n, signIn, false);
    }

    /**
     * @param compact a one-line refusal, for a tool bar (e.g. the roster's edit buttons) rather than a tab
     */
    public PermissionGate(Session session, Permission permission, Supplier<Node> content, I18n i18n,
            Runnable signIn, boolean compact) {
        this.session = session;
        this.permission = permission;
        this.content = content;
        this.i18n = i18n;
        this.signIn = signIn;
        this.compact = compact;
        getStyleClass().add("permission-gate");
        setAlignment(compact ? Pos.CENTER_LEFT : Pos.CENTER);
        session.signedInProperty().addListener((obs, old, who) -> refresh());
        refresh();
    }

    /** Whether the content is showing now. */
    public boolean open() {
        return Permissions.allows(session.signedIn(), permission);
    }

    private void refresh() {
        Staff who = session.signedIn();
        shown = Permissions.allows(who, permission) ? content.get() : refusal(who);
        getChildren().setAll(shown);
    }

    private Node refusal(Staff who) {
        String roles = Arrays.stream(Role.values()).filter(r -> Permissions.allows(r, permission))
                .map(r -> i18n.text("role." + r.code())).collect(Collectors.joining(i18n.chinese() ? "、" : ", "));
        String what = i18n.text("permissions." + permission.code());
        String prefix = compact ? "permissions.gate.compact." : "permissions.gate.";
        Label text = new Label(who == null ? i18n.format(prefix + "signIn", what, roles)
                : i18n.format(prefix + "notAllowed", who.displayName(i18n.chinese()), what, roles));
        text.setId("permission-gate-message");
        text.setWrapText(true);
        Node icon = new FontIcon(Feather.LOCK);
        if (compact) {
            HBox line = new HBox(8, icon, text);
            line.setAlignment(Pos.CENTER_LEFT);
            if (signIn != null) {
                line.getChildren().add(signInButton());
            }
            return line;
        }
        text.setMaxWidth(460);
        text.getStyleClass().add("permission-gate-text");
        VBox box = new VBox(12, icon, text);
        box.setAlignment(Pos.CENTER);
        if (signIn != null) {
            box.getChildren().add(signInButton());
        }
        return box;
    }

    private Button signInButton() {
        Button b = new Button(i18n.text("session.signIn"), new FontIcon(Feather.USER));
        b.setId("permission-gate-sign-in");
        b.setOnAction(e -> signIn.run());
        return b;
    }

    /** What is showing: the content, or the refusal. */
    Node shown() {
        return shown;
    }
}
