package app.counterpart.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.sell.SellPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The one matrix: what the till and the back office ask of it, role by role. */
class PermissionsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            OWNER,   SELL,                    true
            PARTNER, SELL,                    false
            PARTNER, SERVE_CUSTOMERS,         true
            CASHIER, VOID,                    false
            MANAGER, VOID,                    true
            CASHIER, SEE_MARGINS,             false
            MANAGER, SEE_PHONE_NUMBERS,       true
            MANAGER, EDIT_STAFF,              false
            OWNER,   EDIT_STAFF,              true
            MANAGER, VIEW_AUDIT_LOG,          true
            CASHIER, VIEW_AUDIT_LOG,          false
            MANAGER, IMPORT_EXPORT_CUSTOMERS, false
            MANAGER, EDIT_LIFECYCLE_RULES,    true
            MANAGER, EDIT_CARE_RULES,         false
            """)
    void saysWhichRoleMayDoWhat(Role role, Permission permission, boolean allowed) {
        assertThat(Permissions.allows(role, permission)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void theTillAndTheRolesReadTheSameMatrix(Role role) {
        assertThat(SellPolicy.mayOperateTill(role)).isEqualTo(Permissions.allows(role, Permission.SELL));
        assertThat(SellPolicy.mayApprove(role)).isEqualTo(Permissions.allows(role, Permission.APPROVE_AT_TILL));
        assertThat(SellPolicy.maxDiscountBp(role)).isEqualTo(Permissions.discountLimitBp(role));
        assertThat(role.seesMargins()).isEqualTo(Permissions.allows(role, Permission.SEE_MARGINS));
        assertThat(role.seesPhoneNumbers()).isEqualTo(Permissions.allows(role, Permission.SEE_PHONE_NUMBERS));
        assertThat(Permissions.allows(role, Permission.DISCOUNT_LINE)).isEqualTo(Permissions.discountLimitBp(role) > 0);
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void theOwnerMayDoEverythingAndNobodySignedInNothing(Permission permission) {
        assertThat(Permissions.allows(Role.OWNER, permission)).isTrue();
        assertThat(Permissions.allows((Staff) null, permission)).isFalse();
    }
}
