package app.counterpart.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.staff.PinHasher;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleDataTest {

    private static final long SEED = 20240510L;

    private static final String SHOP = """
            name.en=Tiny Tea
            name.zh=小茶馆
            currency=CNY
            zone=Asia/Shanghai
            business_day_cutoff_hour=3
            prices_include_tax=true
            address.en=1 Test Road
            phone=021-0000-0000
            opening_hour=9
            closing_hour=21
            """;
    private static final String CATEGORIES = """
            code,name_en,name_zh,color
            TEA,Tea,茶,#6B8F71
            CAKE,Cake,蛋糕,#E07A5F
            """;
    private static final String PRODUCTS = """
            sku,barcodes,category,name_en,name_zh,unit,price,cost,tax_rate,active,color,low_stock
            T-001,2101000000019|2901000000015,TEA,"Green Tea, Large",绿茶（大杯）,cup,12.50,3.10,6,true,#445566,0
            C-001,6901234567892,CAKE,Cheesecake,芝士蛋糕,slice,28.00,9.00,13,false,#AA5566,5
            """;
    private static final String CUSTOMER_HEADER = "phone,name,gender,birthday,tags,referred_by,consent,joined\n";
    private static final String REFERRER = "13800000001,王芳,F,1990-01-02,vip|student,,true,2024-01-05\n";
    private static final String REFERRED = "13800000002,Bob Smith,,,,13800000001,false,2024-02-01\n";
    private static final String STAFF = """
            code,name,name_zh,role,kind,pin,phone,hired
            S01,Lin Yue,林悦,owner,employee,1234,13800000009,2020-01-01
            S02,Gu Qing,顾清,partner,partner,8842,13800000008,
            """;

    private static DemoShop tiny;
    private static DemoShop real;

    private static Map<String, String> tinyFiles() {
        Map<String, String> files = new HashMap<>();
        files.put("shop.properties", SHOP);
        files.put("categories.csv", CATEGORIES);
        files.put("products.csv", PRODUCTS);
        files.put("customers.csv", CUSTOMER_HEADER + REFERRER + REFERRED);
        files.put("staff.csv", STAFF);
        return files;
    }

    private static Map<String, String> realFiles() throws IOException {
        Map<String, String> files = new HashMap<>();
        for (String name : SampleData.FILES) {
            try (InputStream in = SampleDataTest.class.getResourceAsStream("/sample-data/" + name)) {
                assertNotNull(in, "sample-data/" + name + " is on the classpath");
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @BeforeAll
    static void parseOnce() throws IOException {
        // PIN hashing runs the full PBKDF2 iteration count, so each file set is parsed once per class.
        tiny = SampleData.parse(tinyFiles(), SEED);
        real = SampleData.parse(realFiles(), SEED);
    }

    @Test
    void shopPropertiesBecomeTheShop() {
        assertEquals("Tiny Tea", tiny.shop().name());
        assertEquals("小茶馆", tiny.shop().nameZh());
        assertEquals(Currency.getInstance("CNY"), tiny.shop().currency());
        assertEquals(ZoneId.of("Asia/Shanghai"), tiny.shop().zone());
        assertEquals(3, tiny.shop().cutoffHour());
        assertTrue(tiny.shop().pricesIncludeTax());
        assertEquals(9, tiny.openingHour());
        assertEquals(21, tiny.closingHour());
    }

    @Test
    void categoriesKeepFileOrder() {
        assertEquals(List.of("TEA", "CAKE"), tiny.categories().stream().map(c -> c.code()).collect(Collectors.toList()));
        assertEquals(List.of(0, 1), tiny.categories().stream().map(c -> c.sortOrder()).collect(Collectors.toList()));
    }

    @Test
    void productPricesAreMinorUnitsAndTaxRatesBasisPoints() {
        Product tea = tiny.products().get(0);
        assertEquals("Green Tea, Large", tea.name());
        assertEquals(1250, tea.priceMinor());
        assertEquals(310, tea.costMinor());
        assertEquals(600, tea.taxRateBp());
        assertEquals(1300, tiny.products().get(1).taxRateBp());
    }

    @Test
    void productRefersToItsCategoryByIdAndSplitsBarcodes() {
        Product tea = tiny.products().get(0);
        assertEquals(tiny.categories().get(0).id(), tea.categoryId());
        assertEquals(List.of("2101000000019", "2901000000015"), tea.barcodes());
        assertEquals(false, tiny.products().get(1).active());
    }

    @Test
    void referredCustomerPointsToReferrerId() {
        Customer referrer = tiny.customers().get(0);
        Customer referred = tiny.customers().get(1);
        assertNull(referrer.referredBy());
        assertEquals(referrer.id(), referred.referredBy());
    }

    @Test
    void emptyCustomerFieldsBecomeAbsent() {
        Customer bob = tiny.customers().get(1);
        assertNull(bob.gender());
        assertNull(bob.birthday());
        assertEquals(Set.of(), bob.tags());
        assertEquals(Set.of("vip", "student"), tiny.customers().get(0).tags());
        assertEquals(LocalDate.parse("2024-02-01"), bob.joinedOn());
    }

    @Test
    void staffPinIsStoredOnlyAsHash() {
        Staff owner = tiny.staff().get(0);
        assertEquals(Role.OWNER, owner.role());
        assertEquals(StaffKind.EMPLOYEE, owner.kind());
        assertNotEquals("1234", owner.pinHash());
        assertTrue(PinHasher.matches("1234", owner.pinHash()));
        assertNull(tiny.staff().get(1).hiredOn());
    }

    @Test
    void sameSeedGivesIdenticalShop() {
        assertEquals(tiny, SampleData.parse(tinyFiles(), SEED));
    }

    @Test
    void differentSeedGivesOtherIds() {
        DemoShop other = SampleData.parse(tinyFiles(), SEED + 1);
        assertNotEquals(tiny.shop().id(), other.shop().id());
        assertEquals(tiny.products().get(0).sku(), other.products().get(0).sku());
    }

    @Test
    void idsAreUniqueAcrossAllRows() {
        List<String> ids = new java.util.ArrayList<>();
        ids.add(real.shop().id());
        real.categories().forEach(c -> ids.add(c.id()));
        real.products().forEach(p -> ids.add(p.id()));
        real.customers().forEach(c -> ids.add(c.id()));
        real.staff().forEach(s -> ids.add(s.id()));
        assertEquals(ids.size(), new HashSet<>(ids).size());
    }

    @Test
    void referrerAppearingAfterReferredCustomerIsRejected() {
        Map<String, String> files = tinyFiles();
        files.put("customers.csv", CUSTOMER_HEADER + REFERRED + REFERRER);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SampleData.parse(files, SEED));
        assertTrue(e.getMessage().contains("customers.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("13800000001"), e.getMessage());
    }

    @Test
    void productInUnknownCategoryIsRejected() {
        Map<String, String> files = tinyFiles();
        files.put("products.csv", PRODUCTS.replace(",CAKE,", ",PIE,"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SampleData.parse(files, SEED));
        assertTrue(e.getMessage().startsWith("products.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("PIE"), e.getMessage());
    }

    @Test
    void rowWithWrongFieldCountIsRejectedNamingFileAndLine() {
        Map<String, String> files = tinyFiles();
        files.put("customers.csv", CUSTOMER_HEADER + REFERRER + "13800000003,Too Short,F\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SampleData.parse(files, SEED));
        assertTrue(e.getMessage().startsWith("customers.csv line 3"), e.getMessage());
    }

    @Test
    void missingFileIsRejectedByName() {
        Map<String, String> files = tinyFiles();
        files.remove("staff.csv");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SampleData.parse(files, SEED));
        assertTrue(e.getMessage().contains("staff.csv"), e.getMessage());
    }

    @Test
    void realSampleDataHasTenCategories() {
        assertEquals(10, real.categories().size());
    }

    @Test
    void realSampleDataHas150Products() {
        assertEquals(150, real.products().size());
    }

    @Test
    void realSampleDataHas500Customers() {
        assertEquals(500, real.customers().size());
    }

    @Test
    void realSampleDataHasEightStaffWithAnOwner() {
        assertEquals(8, real.staff().size());
        assertTrue(real.staff().stream().anyMatch(s -> s.role() == Role.OWNER));
    }

    @Test
    void realSampleDataPricesArePositive() {
        List<String> notPositive = real.products().stream().filter(p -> p.priceMinor() <= 0)
                .map(Product::sku).collect(Collectors.toList());
        assertEquals(List.of(), notPositive);
    }

    @Test
    void realSampleDataReferrersAreKnownCustomers() {
        Set<String> ids = real.customers().stream().map(Customer::id).collect(Collectors.toSet());
        List<Customer> referred = real.customers().stream().filter(c -> c.referredBy() != null)
                .collect(Collectors.toList());
        assertTrue(!referred.isEmpty());
        assertTrue(referred.stream().allMatch(c -> ids.contains(c.referredBy())));
    }

    @Test
    void realSampleDataProductsBelongToKnownCategories() {
        Set<String> categoryIds = real.categories().stream().map(c -> c.id()).collect(Collectors.toSet());
        assertTrue(real.products().stream().allMatch(p -> categoryIds.contains(p.categoryId())));
    }

    @Test
    void realSampleDataOwnerPinIsTheDocumentedDemoPin() {
        Staff owner = real.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
        assertTrue(PinHasher.matches("1234", owner.pinHash()));
    }
}
