package app.counterpart.core.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules the CSV import cannot reach on its own: it splits tags at the separators and maps genders. */
class CustomerRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Customer withTags(Set<String> tags) {
        return new Customer("c", "13900000001", "王芳", null, null, tags, null, false, TODAY);
    }

    @Test
    void aGoodCustomerHasNoProblems() {
        assertEquals(List.of(), CustomerRules.check(new Customer("c", "13900000001", "王芳", "F",
                LocalDate.of(1990, 5, 21), Set.of("vip", "老顾客"), null, true, TODAY), TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vip|student", "a,b", "甲、乙", "a;b", "甲，乙", "甲；乙"})
    void aTagCannotHoldTheCharactersThatSeparateTagsInAFile(String tag) {
        assertEquals(List.of(new CustomerRules.Problem("tags", "tag \"" + tag + "\" holds one of | , ; ， ； 、, "
                + "which separate tags")), CustomerRules.check(withTags(Set.of(tag)), TODAY));
    }

    @Test
    void aGenderIsFOrMOrUnknown() {
        assertEquals(List.of(new CustomerRules.Problem("gender", "gender \"female\" is not F, M or unknown")),
                CustomerRules.check(new Customer("c", "13900000001", "王芳", "female", null, Set.of(), null, false,
                        TODAY), TODAY));
    }

    @Test
    void aBlankTagIsAProblem() {
        assertEquals(List.of(new CustomerRules.Problem("tags", "a tag is empty")),
                CustomerRules.check(withTags(Set.of(" ")), TODAY));
    }
}
