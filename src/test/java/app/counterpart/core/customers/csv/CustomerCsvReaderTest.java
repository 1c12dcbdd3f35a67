package app.counterpart.core.customers.csv;

import static app.counterpart.core.customers.csv.CustomerSamples.HEADER;
import static app.counterpart.core.customers.csv.CustomerSamples.LI;
import static app.counterpart.core.customers.csv.CustomerSamples.LI_ROW;
import static app.counterpart.core.customers.csv.CustomerSamples.MA;
import static app.counterpart.core.customers.csv.CustomerSamples.MA_ROW;
import static app.counterpart.core.customers.csv.CustomerSamples.TODAY;
import static app.counterpart.core.customers.csv.CustomerSamples.XU_ROW;
import static app.counterpart.core.customers.csv.CustomerSamples.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.common.CsvRefusedException;
import app.counterpart.core.common.ImportProblem;
import app.counterpart.core.customers.Customer;
import app.counterpart.testing.DemoFixture;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerCsvReaderTest {

    private static final String NEW_ROW = "13900000001,王芳,F,1990-05-21,vip|student,,true,2026-11-01";

    private static List<String> problems(CustomerImportPlan plan) {
        return plan.problems().stream().map(ImportProblem::describe).toList();
    }

    private static Customer created(CustomerImportPlan plan, int index) {
        return plan.creates().get(index).after();
    }

    private static Customer customer(String id, String phone, String name) {
        return new Customer(id, phone, name, null, null, Set.of(), null, false, TODAY);
    }

    // ---- good rows

    @Test
    void aNewPhoneNumberBecomesANewCustomerWithANewId() {
        CustomerImportPlan plan = read(HEADER + "\n" + NEW_ROW + "\n");
        assertEquals(List.of(), plan.problems());
        assertEquals(new Customer("new-1", "13900000001", "王芳", "F", LocalDate.of(1990, 5, 21), Set.of("vip", "student"),
                null, true, LocalDate.of(2026, 11, 1)), created(plan, 0));
        assertEquals(2, plan.creates().get(0).line());
        assertEquals(1, plan.rowsRead());
        assertEquals("UTF-8", plan.encoding());
    }

    @Test
    void phoneAndNameAloneGiveACustomerWithDefaultsWhoJoinedToday() {
        CustomerImportPlan plan = read("phone,name\n139 0000 0001,王芳\n");
        assertEquals(customer("new-1", "13900000001", "王芳"), created(plan, 0));
    }

    @Test
    void emptyCellsTakeTheDefaults() {
        CustomerImportPlan plan = read(HEADER + "\n13900000001,王芳,,,,,,\n");
        assertEquals(customer("new-1", "13900000001", "王芳"), created(plan, 0));
    }

    @Test
    void aKnownPhoneNumberUpdatesThatCustomerAndKeepsTheirId() {
        CustomerImportPlan plan = read(HEADER + "\n" + LI_ROW.replace("李倩", "李倩倩").replace("true", "false") + "\n");
        PlannedCustomer update = plan.updates().get(0);
        assertEquals(LI, update.before());
        assertEquals(new Customer("c-li", "19143380249", "李倩倩", "F", LocalDate.of(1993, 1, 26), Set.of("family"), null,
                false, LocalDate.of(2024, 9, 16)), update.after());
        assertEquals(List.of(CustomerColumn.NAME, CustomerColumn.CONSENT), update.changedColumns());
        assertEquals(List.of(), plan.creates());
    }

    @Test
    void rowsEqualToTheStoreAreCountedAsUnchanged() {
        CustomerImportPlan plan = read(HEADER + "\n" + XU_ROW + "\n" + LI_ROW + "\n" + MA_ROW + "\n");
        assertEquals(List.of(), plan.problems());
        assertEquals(3, plan.unchanged());
        assertTrue(!plan.hasChanges());
    }

    @Test
    void aPhoneNumberIsRecognisedHoweverItIsWritten() {
        CustomerImportPlan plan = read("phone,name\n191-4338 0249,李倩\n");
        assertEquals(1, plan.unchanged());
    }

    @Test
    void aColumnTheFileLacksKeepsTheCurrentValue() {
        CustomerImportPlan plan = read("name,phone\n马浩宇,18015893390\n");
        assertEquals(1, plan.unchanged(), plan.toString());
    }

    @Test
    void anEmptyJoinedDateKeepsTheDateTheCustomerHas() {
        CustomerImportPlan plan = read(HEADER + "\n" + MA_ROW.replace("2025-04-12", "") + "\n");
        assertEquals(1, plan.unchanged());
    }

    @Test
    void anEmptyCellClearsTheValueOnUpdate() {
        CustomerImportPlan plan = read(HEADER + "\n18015893390,马浩宇,,,,,true,2025-04-12\n");
        assertEquals(List.of(CustomerColumn.GENDER, CustomerColumn.BIRTHDAY, CustomerColumn.TAGS,
                CustomerColumn.REFERRED_BY), plan.updates().get(0).changedColumns());
    }

    @ParameterizedTest(name = "gender [{0}] is {1}")
    @CsvSource(textBlock = """
            F,      F
            f,      F
            female, F
            女,     F
            M,      M
            male,   M
            男,     M
            """)
    void genderAcceptsTheUsualSpellings(String text, String gender) {
        assertEquals(gender, created(read("phone,name,gender\n13900000001,王芳," + text + "\n"), 0).gender());
    }

    @ParameterizedTest(name = "[{0}] means {1}")
    @CsvSource(textBlock = """
            true,  true
            Yes,   true
            1,     true
            是,    true
            false, false
            no,    false
            0,     false
            否,    false
            """)
    void consentAcceptsTheUsualSpellings(String text, boolean consent) {
        assertEquals(consent, created(read("phone,name,consent\n13900000001,王芳," + text + "\n"), 0).consent());
    }

    @ParameterizedTest(name = "[{0}] is 1990-05-21")
    @CsvSource(textBlock = """
            1990-05-21
            1990-5-21
            1990/5/21
            1990.05.21
            1990年5月21日
            """)
    void datesAreReadAsIsoOrAsAChineseSpreadsheetWritesThem(String text) {
        assertEquals(LocalDate.of(1990, 5, 21),
                created(read("phone,name,birthday\n13900000001,王芳," + text + "\n"), 0).birthday());
    }

    @Test
    void tagsAreSeparatedByBarsCommasOrChinesePunctuationAndListedOnce() {
        CustomerImportPlan plan = read("phone,name,tags\n"
                + "13900000001,王芳,\"vip, student\"\n"
                + "13900000002,王刚,vip；老顾客、vip\n");
        assertEquals(Set.of("vip", "student"), created(plan, 0).tags());
        assertEquals(Set.of("vip", "老顾客"), created(plan, 1).tags());
    }

    // ---- every bad input names its line and field

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiterString = " ~ ", textBlock = """
            ,王芳,,,,,,                                  ~ phone       ~ phone is empty: the phone number is how a customer is recognised
            12345,王芳,,,,,,                             ~ phone       ~ phone "12345" is not a phone number: 6 to 15 digits, with an optional leading +
            1390000000x,王芳,,,,,,                       ~ phone       ~ phone "1390000000x" is not a phone number: 6 to 15 digits, with an optional leading +
            1.39E+10,王芳,,,,,,                          ~ phone       ~ phone "1.39E+10" is a number a spreadsheet changed (it shows long numbers so): format the phone column as text
            13900000001.0,王芳,,,,,,                     ~ phone       ~ phone "13900000001.0" is a number a spreadsheet changed (it shows long numbers so): format the phone column as text
            13900000001,,,,,,,                           ~ name        ~ name is empty
            13900000001,王芳,X,,,,,                      ~ gender      ~ gender "X" is not one of F, M, 女, 男, or empty for unknown
            13900000001,王芳,,1990-13-01,,,,             ~ birthday    ~ birthday "1990-13-01" is no date of the calendar
            13900000001,王芳,,2026-02-29,,,,             ~ birthday    ~ birthday "2026-02-29" is no date of the calendar
            13900000001,王芳,,21.05.1990,,,,             ~ birthday    ~ birthday "21.05.1990" is not a date like 1990-05-21
            13900000001,王芳,,33014,,,,                  ~ birthday    ~ birthday "33014" is not a date like 1990-05-21 (a spreadsheet saves a date as a day number like this when the column is not formatted as a date)
            13900000001,王芳,,2026-11-28,,,,             ~ birthday    ~ birthday 2026-11-28 is in the future
            13900000001,王芳,,1890-01-01,,,,             ~ birthday    ~ birthday 1890-01-01 is before 1900
            13900000001,王芳,,,too-long-a-tag-for-any-customer-x,,,  ~ tags ~ tag "too-long-a-tag-for-a…" is 33 characters long; at most 32 are allowed
            13900000001,王芳,,,,abc,,                    ~ referred_by ~ referrer's phone "abc" is not a phone number: 6 to 15 digits, with an optional leading +
            13900000001,王芳,,,,13900000009,,            ~ referred_by ~ referrer 13900000009 is neither a customer of the shop nor in this file
            13900000001,王芳,,,,139 0000 0001,,          ~ referred_by ~ a customer cannot refer themselves
            13900000001,王芳,,,,,maybe,                  ~ consent     ~ consent "maybe" is not one of true, false, yes, no, 1, 0, 是, 否
            13900000001,王芳,,,,,,2026-12-01             ~ joined      ~ joined 2026-12-01 is in the future
            13900000001,王芳,,2001-01-01,,,,2000-01-01   ~ joined      ~ joined 2000-01-01 is before the birthday 2001-01-01
            13900000001,王芳,,,                          ~ row         ~ expected 8 fields as in the header, found 5
            13900000001,王芳,,,,,,,                      ~ row         ~ expected 8 fields as in the header, found 9
            """)
    void aBadRowIsRejectedNamingLineAndField(String row, String field, String message) {
        CustomerImportPlan plan = read(HEADER + "\n13900000002,王刚,,,,,,\n" + row + "\n");
        assertEquals(List.of(new ImportProblem(3, field, message)), plan.problems());
        assertEquals(1, plan.creates().size(), "the good row is still imported");
        assertEquals(2, plan.rowsRead());
        assertEquals(1, plan.rejectedRows());
    }

    @Test
    void anOversizedNameOrTooManyTagsAreRejected() {
        String name = "Alexander ".repeat(9).strip();
        String tags = String.join("|", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "t" + i).toList());
        CustomerImportPlan plan = read("phone,name,tags\n13900000001," + name + ",\n13900000002,王刚," + tags + "\n");
        assertEquals(List.of("line 2, name: name \"Alexander Alexander …\" is 89 characters long; at most 80 are allowed",
                "line 3, tags: 21 tags; at most 20 are allowed"), problems(plan));
    }

    @Test
    void aNameWithALineBreakIsRejected() {
        CustomerImportPlan plan = read("phone,name\n13900000001,\"王\n芳\"\n13900000002,王刚\n");
        assertEquals(List.of("line 2, name: name \"王 芳\" holds a line break or another control character"),
                problems(plan));
        assertEquals(3, plan.creates().get(0).line(), "a cell over two lines is one spreadsheet line");
    }

    @Test
    void everyProblemOfOneRowIsListedInColumnOrder() {
        CustomerImportPlan plan = read(HEADER + "\n12-34,,X,1990-02-30,,abc,perhaps,2030-01-01\n");
        assertEquals(List.of(
                "line 2, phone: phone \"12-34\" is not a phone number: 6 to 15 digits, with an optional leading +",
                "line 2, name: name is empty",
                "line 2, gender: gender \"X\" is not one of F, M, 女, 男, or empty for unknown",
                "line 2, birthday: birthday \"1990-02-30\" is no date of the calendar",
                "line 2, referred_by: referrer's phone \"abc\" is not a phone number: 6 to 15 digits, with an optional "
                        + "leading +",
                "line 2, consent: consent \"perhaps\" is not one of true, false, yes, no, 1, 0, 是, 否",
                "line 2, joined: joined 2030-01-01 is in the future"), problems(plan));
        assertEquals(1, plan.rejectedRows());
    }

    // ---- duplicates

    @Test
    void twoRowsWithOnePhoneNumberAreBothRejectedEachNamingTheOther() {
        CustomerImportPlan plan = read(HEADER + "\n" + NEW_ROW + "\n13900000002,王刚,,,,,,\n"
                + "139-0000-0001,王芳芳,,,,,,\n");
        assertEquals(List.of(
                "line 2, phone: phone 13900000001 is also on line 4; a phone number belongs to one customer, so keep one "
                        + "of these rows",
                "line 4, phone: phone 13900000001 is also on line 2; a phone number belongs to one customer, so keep one "
                        + "of these rows"), problems(plan));
        assertEquals(List.of("13900000002"), plan.creates().stream().map(p -> p.after().phone()).toList());
    }

    @Test
    void threeRowsWithOnePhoneNumberNameBothOthers() {
        CustomerImportPlan plan = read("phone,name\n" + LI.phone() + ",A\n" + LI.phone() + ",B\n" + LI.phone() + ",C\n");
        assertEquals("line 3, phone: phone 19143380249 is also on lines 2, 4; a phone number belongs to one customer, "
                + "so keep one of these rows", problems(plan).get(1));
        assertEquals(3, plan.rejectedRows());
    }

    // ---- referrals

    @Test
    void aReferrerMayBeAnotherRowOfTheFileEvenALaterOne() {
        CustomerImportPlan plan = read(HEADER + "\n"
                + "13900000001,王芳,,,,13900000002,,\n"
                + "13900000002,王刚,,,,,,\n");
        assertEquals(List.of(), plan.problems());
        assertEquals("new-2", created(plan, 0).referredBy());
        assertEquals(List.of("13900000002", "13900000001"),
                plan.newCustomersReferrersFirst().stream().map(Customer::phone).toList());
    }

    @Test
    void aReferrerMayBeACustomerOfTheShopWrittenAnyWay() {
        CustomerImportPlan plan = read(HEADER + "\n13900000001,王芳,,,,191 4338 0249,,\n");
        assertEquals(LI.id(), created(plan, 0).referredBy());
    }

    @Test
    void aReferralToANewRowThatIsRejectedIsRejectedToo() {
        CustomerImportPlan plan = read(HEADER + "\n"
                + "13900000001,王芳,,,,13900000002,,\n"
                + "13900000003,王丽,,,,13900000001,,\n"
                + "13900000002,,,,,,,\n");
        assertEquals(List.of(
                "line 2, referred_by: referrer 13900000002 would be added by line 4, which is rejected",
                "line 3, referred_by: referrer 13900000001 would be added by line 2, which is rejected",
                "line 4, name: name is empty"), problems(plan));
    }

    @Test
    void aReferralToAKnownCustomerStandsEvenWhenTheirRowIsRejected() {
        CustomerImportPlan plan = read(HEADER + "\n13900000001,王芳,,,,19143380249,,\n19143380249,,,,,,,\n");
        assertEquals(List.of("line 3, name: name is empty"), problems(plan));
        assertEquals(LI.id(), created(plan, 0).referredBy());
    }

    @Test
    void referralsGoingRoundInACircleAreRejected() {
        CustomerImportPlan plan = read(HEADER + "\n"
                + "13900000001,王芳,,,,13900000002,,\n"
                + "13900000002,王刚,,,,13900000001,,\n"
                + "13900000003,王丽,,,,13900000001,,\n");
        assertEquals(List.of(
                "line 2, referred_by: referrals would go round in a circle: 13900000001 → 13900000002 → 13900000001 "
                        + "(each referred by the next)",
                "line 3, referred_by: referrals would go round in a circle: 13900000001 → 13900000002 → 13900000001 "
                        + "(each referred by the next)",
                "line 4, referred_by: referrer 13900000001 would be added by line 2, which is rejected"), problems(plan));
    }

    @Test
    void aCircleThroughTheStoresReferralsIsRejectedToo() {
        // 马浩宇 was referred by 李倩; the file says 李倩 was referred by 马浩宇.
        CustomerImportPlan plan = read(HEADER + "\n" + LI_ROW.replace(",,true", "," + MA.phone() + ",true") + "\n");
        assertEquals(List.of("line 2, referred_by: referrals would go round in a circle: 19143380249 → 18015893390 → "
                + "19143380249 (each referred by the next)"), problems(plan));
    }

    @Test
    void aCustomerOfTheShopCanBeGivenAReferrerAddedByTheSameFile() {
        CustomerImportPlan plan = read(HEADER + "\n" + XU_ROW.replace(",,false", ",13900000001,false") + "\n"
                + "13900000001,王芳,,,,,,\n");
        assertEquals(List.of(), plan.problems());
        assertEquals(created(plan, 0).id(), plan.updates().get(0).after().referredBy());
    }

    // ---- the file as a whole

    @Test
    void chineseHeadingsInGbkAreRead() {
        String text = "手机,姓名,性别,生日,标签,推荐人,可联系,加入日期\n"
                + "13900000001,王芳,女,1990/5/21,老顾客,19143380249,是,2026/11/1\n"
                + "13900000002,王刚,男,1990/5/32,,,否,\n";
        CustomerImportPlan plan = read(text.getBytes(Charset.forName("GBK")), CustomerSamples.CUSTOMERS);
        assertEquals("GBK", plan.encoding());
        assertEquals(new Customer("new-1", "13900000001", "王芳", "F", LocalDate.of(1990, 5, 21), Set.of("老顾客"),
                LI.id(), true, LocalDate.of(2026, 11, 1)), created(plan, 0));
        assertEquals(List.of("line 3, 生日: birthday \"1990/5/32\" is no date of the calendar"), problems(plan));
    }

    @Test
    void utf8WithAndWithoutBomGiveTheSamePlan() {
        String text = HEADER + "\n" + NEW_ROW + "\n";
        assertEquals(read(text.getBytes(StandardCharsets.UTF_8), CustomerSamples.CUSTOMERS),
                read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), CustomerSamples.CUSTOMERS));
    }

    @Test
    void aMissingRequiredColumnRefusesTheFileNamingIt() {
        CsvRefusedException e = assertThrows(CsvRefusedException.class, () -> read("name,tags\n王芳,vip\n"));
        assertEquals("the header (line 1) has no column phone (手机); the first line must name the columns, e.g. "
                + HEADER, e.getMessage());
    }

    @Test
    void twoColumnsMeaningTheSameRefuseTheFile() {
        CsvRefusedException e = assertThrows(CsvRefusedException.class, () -> read("phone,name,手机号\n1,2,3\n"));
        assertEquals("columns 1 (\"phone\") and 3 (\"手机号\") both mean phone; keep one of them", e.getMessage());
    }

    @Test
    void anUnknownColumnIsAWarningAndItsValuesAreIgnored() {
        CustomerImportPlan plan = read("phone,name,notes\n13900000001,王芳,likes oolong\n");
        assertEquals(List.of(new ImportProblem(1, "notes", "unknown column \"notes\" is ignored")), plan.warnings());
        assertEquals(1, plan.creates().size());
    }

    @Test
    void aHeaderWithoutRowsIsAWarning() {
        CustomerImportPlan plan = read(HEADER + "\n,,,,,,,\n");
        assertEquals(List.of(new ImportProblem(1, "row", "the file has a header but no customer rows")), plan.warnings());
        assertEquals(0, plan.rowsRead());
    }

    @Test
    void anUnclosedQuoteRejectsItsLineAndTheRestIsStillRead() {
        CustomerImportPlan plan = read("phone,name\n13900000001,\"王芳\n13900000002,王刚\n");
        assertEquals(List.of("line 2, row: a quoted field on this line is never closed (a \" without its partner), so "
                + "the line cannot be read"), problems(plan));
        assertEquals(List.of("13900000002"), plan.creates().stream().map(p -> p.after().phone()).toList());
    }

    @Test
    void everyRowIsCountedExactlyOnce() {
        CustomerImportPlan plan = read(HEADER + "\n" + XU_ROW + "\n" + LI_ROW.replace("李倩", "李倩倩") + "\n" + NEW_ROW
                + "\n12,bad,,,,,,\n13900000009,dup,,,,,,\n13900000009,dup,,,,,,\n");
        assertEquals(6, plan.rowsRead());
        assertEquals(6, plan.creates().size() + plan.updates().size() + plan.unchanged() + plan.rejectedRows());
    }

    @Test
    void theDemoShopsSampleFileMatchesTheDemoShopsCustomers() {
        byte[] sample = DemoFixture.sampleFiles().get("customers.csv").getBytes(StandardCharsets.UTF_8);
        CustomerImportPlan intoEmptyShop = read(sample, List.of());
        assertEquals(List.of(), intoEmptyShop.problems());
        assertEquals(500, intoEmptyShop.creates().size());

        CustomerImportPlan intoDemoShop = read(sample, DemoFixture.demoShop().customers());
        assertEquals(List.of(), intoDemoShop.problems());
        assertEquals(500, intoDemoShop.unchanged());
    }
}
