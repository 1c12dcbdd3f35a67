package app.counterpart.core.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerSearchTest {

    private static Customer customer(String phone, String name, String... tags) {
        return new Customer("id-" + phone, phone, name, null, null, Set.of(tags), null, false, LocalDate.of(2026, 1, 1));
    }

    private static final List<Customer> CUSTOMERS = List.of(
            customer("13313366532", "徐涛"),
            customer("19143380249", "李倩", "family"),
            customer("19935111210", "Matteo Bianchi", "vip", "student"),
            customer("13554829190", "Daniel Smith", "tea-lover", "wholesale"),
            customer("13908463346", "陈可馨", "vip"),
            customer("15804070886", "Nicolás Romero", "vip", "sweet-tooth"),
            customer("18015893390", "曾浩宇", "tea-lover", "老顾客"),
            customer("17777979858", "吕琳", "tea-lover"),
            customer("+85291234567", "Jørgen Ødegård"),
            customer("18677593154", "高勇"));

    private static final CustomerSearch SEARCH = new CustomerSearch(CUSTOMERS);

    private static List<String> phones(String query) {
        return SEARCH.search(query, 20).customers().stream().map(Customer::phone).toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource(textBlock = """
            # query,            first hit
              徐涛,              13313366532
              涛,                13313366532
              xt,               13313366532
              XT,               13313366532
              xutao,            13313366532
              xu tao,           13313366532
              tao,              13313366532
              ckx,              13908463346
              kx,               13908463346
              zhy,              18015893390
              zenghaoyu,        18015893390
              lvlin,            17777979858
              ll,               17777979858
              daniel,           13554829190
              smith,            13554829190
              daniel smith,     13554829190
              nicolas,          15804070886
              NICOLÁS,          15804070886
              jorgen odegard,   +85291234567
              3346,             13908463346
              139084,           13908463346
              13908463346,      13908463346
              139-0846-3346,    13908463346
              '139 0846 3346',  13908463346
              １３９０８４６３３４６, 13908463346
              +852 9123 4567,   +85291234567
              family,           19143380249
              lover,            13554829190
              老顾客,            18015893390
              顾客,              18015893390
            """)
    void findsByNamePhoneTagOrPinyin(String query, String firstPhone) {
        List<String> found = phones(query);
        assertEquals(firstPhone, found.isEmpty() ? null : found.get(0), found.toString());
    }

    @Test
    void theLastDigitsOfAPhoneRankBeforeDigitsInTheMiddle() {
        List<Customer> customers = List.of(customer("13888880001", "Middle"), customer("13912348888", "End"),
                customer("13812888812", "Also middle"));
        assertEquals(List.of("13912348888", "13888880001", "13812888812"),
                new CustomerSearch(customers).search("8888", 10).customers().stream().map(Customer::phone).toList());
    }

    @Test
    void aWholeNameBeatsANameStartWhichBeatsAWordStartWhichBeatsTheMiddleOfAWord() {
        List<Customer> customers = List.of(customer("13800000001", "Anna Lee"), customer("13800000002", "Joanna"),
                customer("13800000003", "Annabel"), customer("13800000004", "Anna"));
        assertEquals(List.of("Anna", "Anna Lee", "Annabel", "Joanna"),
                new CustomerSearch(customers).search("anna", 10).customers().stream().map(Customer::name).toList());
        assertEquals(List.of("Anna Lee"),
                new CustomerSearch(customers).search("lee", 10).customers().stream().map(Customer::name).toList());
    }

    @Test
    void aWholeTagBeatsAWordInsideATag() {
        List<Customer> customers = List.of(customer("13800000001", "A", "tea-lover"), customer("13800000002", "B", "tea"));
        assertEquals(List.of("B", "A"),
                new CustomerSearch(customers).search("tea", 10).customers().stream().map(Customer::name).toList());
    }

    @Test
    void aNameRanksBeforeATag() {
        List<Customer> customers = List.of(customer("13800000001", "A", "vip"), customer("13800000002", "Vip Chen"));
        assertEquals(List.of("Vip Chen", "A"),
                new CustomerSearch(customers).search("vip", 10).customers().stream().map(Customer::name).toList());
    }

    @Test
    void syllablesTypedWithASpaceRankAsOneStartOfThePinyin() {
        List<Customer> customers = List.of(customer("13800000001", "张家豪", "office-worker"),
                customer("13800000002", "张伟"));
        assertEquals(List.of("张伟", "张家豪"),
                new CustomerSearch(customers).search("zhang w", 10).customers().stream().map(Customer::name).toList());
    }

    @Test
    void equallyGoodMatchesKeepTheOrderTheyWereGivenIn() {
        assertEquals(List.of("19935111210", "13908463346", "15804070886"), phones("vip"));
    }

    @Test
    void everyWordOfTheQueryMustMatch() {
        assertEquals(List.of("13908463346"), phones("vip 3346"));
        assertEquals(List.of("15804070886"), phones("sweet vip"));
        assertEquals(List.of(), phones("vip 徐"));
    }

    @Test
    void theCountCoversEveryMatchWhileTheListStopsAtTheLimit() {
        CustomerSearch.Result result = SEARCH.search("1", 3);
        assertEquals(3, result.customers().size());
        assertEquals(CUSTOMERS.size(), result.matches());
    }

    @Test
    void aLimitOfZeroStillCounts() {
        assertEquals(new CustomerSearch.Result(List.of(), 3), SEARCH.search("vip", 0));
    }

    @Test
    void anEmptyQueryListsTheCustomersInTheirOrder() {
        assertEquals(new CustomerSearch.Result(CUSTOMERS.subList(0, 4), CUSTOMERS.size()), SEARCH.search("  ", 4));
        assertEquals(CUSTOMERS, SEARCH.search(null, 100).customers());
    }

    @Test
    void nothingMatchesGibberish() {
        assertEquals(new CustomerSearch.Result(List.of(), 0), SEARCH.search("qqqzzz", 10));
    }

    @Test
    void anEmptyListFindsNothing() {
        assertEquals(new CustomerSearch.Result(List.of(), 0), new CustomerSearch(List.of()).search("1", 10));
    }

    @Test
    void aCustomerWithoutPhoneOrTagsIsFoundByName() {
        CustomerSearch search = new CustomerSearch(List.of(customer(null, "Walk-in Regular")));
        assertEquals(1, search.search("regular", 10).matches());
    }

    @Test
    void controlCharactersInANameDoNotBreakTheIndex() {
        CustomerSearch search = new CustomerSearch(List.of(customer("13800000001", "Anna\u0001Lee\n"),
                customer("13800000002", "Bo")));
        assertEquals(List.of("13800000001"), search.search("lee", 10).customers().stream().map(Customer::phone).toList());
        assertEquals(List.of("13800000002"), search.search("bo", 10).customers().stream().map(Customer::phone).toList());
    }

    @Test
    void theMatchesOfTheLastCustomerAreFound() {
        assertEquals(List.of("18677593154"), phones("高勇"));
        assertEquals(List.of("18677593154"), phones("3154"));
    }

    @Test
    void aLargeListFindsEveryCustomerThatHoldsTheDigitsWithTheLastDigitsFirst() {
        Random random = new Random(7);
        List<Customer> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add(customer(String.format("13%09d", random.nextInt(1_000_000_000)), "Customer"));
        }
        List<Customer> expected = many.stream().filter(c -> c.phone().contains("12")).toList();

        CustomerSearch.Result result = new CustomerSearch(many).search("12", 5_000);

        assertEquals(expected.size(), result.matches());
        List<Customer> endingFirst = new ArrayList<>(expected.stream().filter(c -> c.phone().endsWith("12")).toList());
        endingFirst.addAll(expected.stream().filter(c -> !c.phone().endsWith("12")).toList());
        assertEquals(endingFirst, result.customers());
    }

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(textBlock = """
            Nicolás,   nicolas
            Ødegård,   odegard
            Straße,    strasse
            ＡＢＣ１２３, abc123
            徐涛,       徐涛
            """)
    void foldingDropsCaseAccentsAndFullWidth(String text, String folded) {
        assertEquals(folded, CustomerSearch.fold(text));
    }
}
