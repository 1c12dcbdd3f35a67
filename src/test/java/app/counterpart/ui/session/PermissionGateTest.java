package app.counterpart.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.staff.Permission;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffKind;
import app.counterpart.ui.common.I18n;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A gated tab: a refusal and Sign in until someone allowed signs in; built afresh for each such person. */
@ExtendWith(ApplicationExtension.class)
class PermissionGateTest {

    static Staff person(String name, Role role) {
        return new Staff(name, name, name, null, role, StaffKind.EMPLOYEE, "x", null, null, true);
    }

    final Session session = new Session();
    final AtomicInteger built = new AtomicInteger();
    final AtomicInteger signIns = new AtomicInteger();
    PermissionGate gate;

    @Start
    void start(Stage stage) {
        gate = new PermissionGate(session, Permission.VIEW_AUDIT_LOG, () -> {
            Label l = new Label("secret log " + built.incrementAndGet());
            l.setId("gated-content");
            return l;
        }, new I18n(I18n.ENGLISH), signIns::incrementAndGet);
        stage.setScene(new Scene(gate, 600, 400));
        stage.show();
    }

    @Test
    void showsTheContentOnlyToARoleThatMayAndRebuildsItPerPerson(FxRobot robot) {
        assertThat(robot.lookup("#permission-gate-message").queryAs(Label.class).getText())
                .isEqualTo("Sign in to see this: it needs “See the audit log”, which Owner, Manager may do.");
        assertThat(built).hasValue(0);
        robot.clickOn("#permission-gate-sign-in");
        assertThat(signIns).hasValue(1);

        robot.interact(() -> session.signIn(person("Lin Yue", Role.OWNER)));
        assertThat(robot.lookup("#gated-content").queryAs(Label.class).getText()).isEqualTo("secret log 1");

        robot.interact(() -> session.signIn(person("Zhou Xiaoyu", Role.CASHIER)));
        assertThat(robot.lookup("#gated-content").tryQuery()).isEmpty();
        assertThat(robot.lookup("#permission-gate-message").queryAs(Label.class).getText())
                .startsWith("Zhou Xiaoyu may not see this");

        robot.interact(() -> session.signIn(person("Chen Hao", Role.MANAGER)));
        assertThat(robot.lookup("#gated-content").queryAs(Label.class).getText()).isEqualTo("secret log 2");
        robot.interact(session::signOut);
        assertThat(robot.lookup("#gated-content").tryQuery()).isEmpty();
        assertThat(gate.open()).isFalse();
    }
}
