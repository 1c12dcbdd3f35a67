package app.counterpart.core.customers.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.customers.Customer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

    private final DuplicateFinder finder = new DuplicateFinder(new PhoneKey("86"));

    private static Customer customer(String id, String phone, String name, LocalDate birthday, LocalDate joined,
            String... tags) {
        return new Customer(id, phone, name, null, birthday, Set.of(tags), null, false, joined);
    }

    private static final LocalDate OLD = LocalDate.of(2023, 1, 5);
    private static final LocalDate NEW = LocalDate.of(2026, 10, 1);

    @Test
    void theSameNumberWithTheCountryCodeIsADuplicateKeptOnTheOlderRecord() {
        Customer older = customer("a", "13812345678", "王芳", null, OLD);
        Customer newer = customer("b", "+8613812345678", "Wang Fang", null, NEW);

        List<DuplicatePair> pairs = finder.find(List.of(newer, older), Map.of(), Set.of());

        assertEquals(List.of(new DuplicatePair(older, newer, DuplicateReason.SAME_PHONE_WRITTEN_DIFFERENTLY,
                "13812345678 = +8613812345678")), pairs);
    }

    @Test
    void aNumberTypedIntoTheNameFindsTheRecordWithThatNumber() {
        Customer withPhone = customer("a", "13812345678", "李雷", null, OLD);
        Customer typedIntoName = customer("b", "13900000000", "李 138 1234 5678", null, NEW);

        List<DuplicatePair> pairs = finder.find(List.of(withPhone, typedIntoName), Map.of(), Set.of());

        assertEquals(1, pairs.size());
        assertEquals(DuplicateReason.PHONE_IN_OTHER_RECORD, pairs.get(0).reason());
    }

    @Test
    void aNumberInATagCountsToo() {
        Customer withPhone = customer("a", "13812345678", "韩梅梅", null, OLD);
        Customer tagged = customer("b", "13900000000", "Han", null, NEW, "old number 013812345678");

        assertEquals(DuplicateReason.PHONE_IN_OTHER_RECORD,
                finder.find(List.of(withPhone, tagged), Map.of(), Set.of()).get(0).reason());
    }

    @Test
    void theSameNameAndBirthdayIsADuplicateButTheSameNameAloneIsNot() {
        LocalDate birthday = LocalDate.of(1990, 5, 21);
        Customer a = customer("a", "13800000001", "Zhang Wei", birthday, OLD);
        Customer b = customer("b", "13800000002", "ZHANG  WEI", birthday, NEW);
        Customer c = customer("c", "13800000003", "Zhang Wei", LocalDate.of(1991, 5, 21), NEW);
        Customer d = customer("d", "13800000004", "Zhang Wei", null, NEW);

        List<DuplicatePair> pairs = finder.find(List.of(a, b, c, d), Map.of(), Set.of());

        assertEquals(1, pairs.size());
        assertEquals(DuplicateReason.SAME_NAME_AND_BIRTHDAY, pairs.get(0).reason());
        assertEquals(Set.of("a", "b"), Set.of(pairs.get(0).keep().id(), pairs.get(0).merge().id()));
    }

    @Test
    void aPhoneHeldBackFromAnotherDeviceIsTheStrongestReason() {
        LocalDate birthday = LocalDate.of(1990, 5, 21);
        Customer here = customer("a", "13812345678", "王芳", birthday, OLD);
        Customer arrived = customer("b", null, "王芳", birthday, NEW);

        List<DuplicatePair> pairs = finder.find(List.of(here, arrived), Map.of("b", "13812345678"), Set.of());

        assertEquals(1, pairs.size());
        assertEquals(DuplicateReason.SAME_PHONE_FROM_ANOTHER_DEVICE, pairs.get(0).reason());
    }

    @Test
    void aPairMarkedAsTwoPeopleIsLeftOut() {
        Customer a = customer("a", "13812345678", "王芳", null, OLD);
        Customer b = customer("b", "013812345678", "王芳", null, NEW);

        assertTrue(finder.find(List.of(a, b), Map.of(), Set.of(DuplicateFinder.pairKey("b", "a"))).isEmpty());
    }

    /** However the same numbers are written, each pair of records sharing one is reported exactly once. */
    @Property(tries = 200)
    void everyPairSharingANumberIsReportedOnce(@ForAll @IntRange(min = 2, max = 6) int copies,
            @ForAll @IntRange(min = 0, max = 999_999) int number) {
        String national = "139" + String.format("%08d", number);
        String[] forms = {national, "+86" + national, "0086" + national, "0" + national, "86" + national,
            "+86 " + national.substring(0, 3) + " " + national.substring(3)};
        List<Customer> customers = new java.util.ArrayList<>();
        for (int i = 0; i < copies; i++) {
            customers.add(customer("id" + i, forms[i], "Name " + i, null, OLD.plusDays(i)));
        }

        List<DuplicatePair> pairs = finder.find(customers, Map.of(), Set.of());

        assertEquals(copies * (copies - 1) / 2, pairs.size());
        assertEquals(pairs.size(), pairs.stream().map(p -> DuplicateFinder.pairKey(p.keep().id(), p.merge().id()))
                .distinct().count());
        assertTrue(pairs.stream().allMatch(p -> !p.keep().joinedOn().isAfter(p.merge().joinedOn())));
    }
}
