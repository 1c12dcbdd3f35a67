package app.counterpart.core.catalog.csv;

import static app.counterpart.core.catalog.csv.CatalogSamples.BR1;
import static app.counterpart.core.catalog.csv.CatalogSamples.HEADER;
import static app.counterpart.core.catalog.csv.CatalogSamples.MT1;
import static app.counterpart.core.catalog.csv.CatalogSamples.MT2;
import static app.counterpart.core.catalog.csv.CatalogSamples.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.CsvRefusedException;
import app.counterpart.core.common.ImportProblem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductCsvReaderTest {

    private static final String GOOD_ROW = "MT-009,2101000000095,MILKTEA,Taro Milk Tea,芋泥奶茶,cup,22.00,8.85,6,true,#B9977A,0,false";

    private static List<String> problems(ProductImportPlan plan) {
        return plan.problems().stream().map(ImportProblem::describe).toList();
    }

    private static Product created(ProductImportPlan plan, int index) {
        return plan.creates().get(index).after();
    }

    // ---- a good row

    @Test
    void aNewSkuBecomesANewProductWithANewId() {
        ProductImportPlan plan = read(HEADER + "\n" + GOOD_ROW + "\n");
        assertEquals(List.of(), plan.problems());
        assertEquals(new Product("new-1", "MT-009", List.of("2101000000095"), "c-mt", "Taro Milk Tea", "芋泥奶茶", "cup",
                2200, 885, 600, true, "#B9977A", 0, false), created(plan, 0));
        assertEquals(2, plan.creates().get(0).line());
        assertEquals(1, plan.rowsRead());
        assertEquals("UTF-8", plan.encoding());
        assertEquals("test.csv", plan.source());
    }

    @Test
    void onlyTheRequiredColumnsGiveAProductWithDefaults() {
        ProductImportPlan plan = read("sku,name_en,category,price\nX-1,Cookie,BREAD,3.5\n");
        assertEquals(new Product("new-1", "X-1", List.of(), "c-br", "Cookie", null, "pc", 350, 0, 0, true, null, 0, true),
                created(plan, 0));
    }

    @Test
    void emptyOptionalCellsTakeTheDefaults() {
        ProductImportPlan plan = read(HEADER + "\nX-1,,BREAD,Cookie,,,3.50,,,,,,\n");
        assertEquals(new Product("new-1", "X-1", List.of(), "c-br", "Cookie", null, "pc", 350, 0, 0, true, null, 0, true),
                created(plan, 0));
    }

    @Test
    void anExistingSkuUpdatesThatProductAndKeepsItsId() {
        ProductImportPlan plan = read(HEADER + "\nMT-001,2101000000019,MILKTEA,Pearl Milk Tea,珍珠奶茶,cup,17.00,4.65,6,true,#9F7A5A,0,false\n");
        assertEquals(List.of(), plan.creates());
        PlannedProduct update = plan.updates().get(0);
        assertEquals(MT1, update.before());
        assertEquals(MT1.withPrice(1700), update.after());
        assertEquals(List.of(ProductColumn.PRICE), update.changedColumns());
    }

    @Test
    void aRowEqualToTheCatalogIsCountedAsUnchanged() {
        ProductImportPlan plan = read(HEADER + "\nMT-001,2101000000019,MILKTEA,Pearl Milk Tea,珍珠奶茶,cup,16.00,4.65,6,true,#9F7A5A,0,false\n");
        assertEquals(1, plan.unchanged());
        assertEquals(List.of(), plan.updates());
        assertTrue(!plan.hasChanges());
    }

    @Test
    void aColumnTheFileLacksKeepsTheCurrentValueOnUpdate() {
        ProductImportPlan plan = read("sku,category,name_en,price\nBR-001,BREAD,Milk Loaf,19.00\n");
        Product after = plan.updates().get(0).after();
        assertEquals(BR1.withPrice(1900), after);
    }

    @Test
    void anEmptyCellInAColumnTheFileHasClearsTheValueOnUpdate() {
        ProductImportPlan plan = read(HEADER + "\nMT-001,2101000000019,MILKTEA,Pearl Milk Tea,,cup,16.00,4.65,6,true,,0,false\n");
        PlannedProduct update = plan.updates().get(0);
        assertNull(update.after().nameZh());
        assertNull(update.after().color());
        assertEquals(List.of(ProductColumn.NAME_ZH, ProductColumn.COLOR), update.changedColumns());
    }

    @ParameterizedTest(name = "category [{0}] is found")
    @CsvSource(textBlock = """
            MILKTEA
            milktea
            Milk Tea
            milk tea
            奶茶
            """)
    void aCategoryIsFoundByCodeOrEnglishOrChineseName(String category) {
        ProductImportPlan plan = read("sku,name_en,category,price\nX-1,Tea," + category + ",3.00\n");
        assertEquals("c-mt", created(plan, 0).categoryId());
    }

    @ParameterizedTest(name = "[{0}] means {1}")
    @CsvSource(textBlock = """
            true,  true
            TRUE,  true
            yes,   true
            Yes,   true
            1,     true
            是,    true
            false, false
            FALSE, false
            no,    false
            0,     false
            否,    false
            """)
    void yesNoColumnsAcceptTheUsualSpellings(String text, boolean expected) {
        ProductImportPlan plan = read("sku,name_en,category,price,active,track_stock\nX-1,Tea,BREAD,3.00," + text + "," + text + "\n");
        assertEquals(expected, created(plan, 0).active());
        assertEquals(expected, created(plan, 0).trackStock());
    }

    @ParameterizedTest(name = "tax [{0}] is {1} bp")
    @CsvSource(textBlock = """
            6,      600
            13 %,   1300
            6.5%,   650
            0,      0
            100,    10000
            """)
    void taxRatesArePercentages(String text, int basisPoints) {
        ProductImportPlan plan = read("sku,name_en,category,price,tax_rate\nX-1,Tea,BREAD,3.00," + text + "\n");
        assertEquals(basisPoints, created(plan, 0).taxRateBp());
    }

    // ---- every bad input names its line and field

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiterString = " ~ ", textBlock = """
            MT-009,,MILKTEA,Tea,,cup,abc,,,,,,                      ~ price     ~ price "abc" is not a number like 18.50
            MT-009,,MILKTEA,Tea,,cup,12.50 元,,,,,,                 ~ price     ~ price "12.50 元" is not a number like 18.50
            MT-009,,MILKTEA,Tea,,cup,-1,,,,,,                       ~ price     ~ price -1.00 is negative
            MT-009,,MILKTEA,Tea,,cup,250000,,,,,,                   ~ price     ~ price 250000.00 is absurd: more than 100000.00
            MT-009,,MILKTEA,Tea,,cup,99999999999999999999,,,,,,     ~ price     ~ price "99999999999999999999" is absurd: far too large
            MT-009,,MILKTEA,Tea,,cup,1.234,,,,,,                    ~ price     ~ price "1.234" has more than 2 decimals
            MT-009,,MILKTEA,Tea,,cup,,,,,,,                         ~ price     ~ price is empty
            MT-009,,MILKTEA,Tea,,cup,1.00,10.01,,,,,                ~ cost      ~ cost 10.01 is absurd: more than ten times the price 1.00
            MT-009,,MILKTEA,Tea,,cup,1.00,-0.50,,,,,                ~ cost      ~ cost -0.50 is negative
            MT-009,,MILKTEA,Tea,,cup,1.00,x,,,,,                    ~ cost      ~ cost "x" is not a number like 18.50
            MT-009,,MILKTEA,Tea,,cup,1.00,0,101,,,,                 ~ tax_rate  ~ tax rate 101 % is outside 0 to 100 %
            MT-009,,MILKTEA,Tea,,cup,1.00,0,-6,,,,                  ~ tax_rate  ~ tax rate -6 % is outside 0 to 100 %
            MT-009,,MILKTEA,Tea,,cup,1.00,0,6.125,,,,               ~ tax_rate  ~ tax rate "6.125" has more than 2 decimals
            MT-009,,MILKTEA,Tea,,cup,1.00,0,six,,,,                 ~ tax_rate  ~ tax rate "six" is not a number like 6 or 6.5
            MT-009,,MILKTEA,Tea,,cup,1.00,0,6,maybe,,,              ~ active    ~ active "maybe" is not one of true, false, yes, no, 1, 0, 是, 否
            MT-009,,MILKTEA,Tea,,cup,1.00,0,6,true,,,2              ~ track_stock ~ track_stock "2" is not one of true, false, yes, no, 1, 0, 是, 否
            MT-009,,MILKTEA,Tea,,cup,1.00,0,6,true,,-1,             ~ low_stock ~ low-stock level -1 is negative
            MT-009,,MILKTEA,Tea,,cup,1.00,0,6,true,,1.5,            ~ low_stock ~ low-stock level "1.5" is not a whole number
            MT-009,,MILKTEA,Tea,,cup,1.00,0,6,true,red,,            ~ color     ~ colour "red" is not of the form #RRGGBB
            ,,MILKTEA,Tea,,cup,1.00,,,,,,                           ~ sku       ~ SKU is empty
            MT 9,,MILKTEA,Tea,,cup,1.00,,,,,,                       ~ sku       ~ SKU "MT 9" contains a space
            MT-009,,MILKTEA,,,cup,1.00,,,,,,                        ~ name_en   ~ English name is empty
            MT-009,,MILKTEA,Tea,,cup-of-the-day-xl,1.00,,,,,,       ~ unit      ~ unit "cup-of-the-day-xl" is 17 characters long; at most 16 are allowed
            MT-009,,,Tea,,cup,1.00,,,,,,                            ~ category  ~ category is empty
            MT-009,,Cakes,Tea,,cup,1.00,,,,,,                       ~ category  ~ unknown category "Cakes"; known are MILKTEA, BREAD
            MT-009,2101000000018,MILKTEA,Tea,,cup,1.00,,,,,,        ~ barcodes  ~ barcode 2101000000018: check digit should be 9
            MT-009,6.90123E+12,MILKTEA,Tea,,cup,1.00,,,,,,          ~ barcodes  ~ barcode "6.90123E+12" is a number in scientific notation, as a spreadsheet shows long numbers: format the barcode column as text
            MT-009,2101000000019,MILKTEA,Tea,,cup,1.00,,,,,,        ~ barcodes  ~ barcode 2101000000019 already belongs to SKU MT-001 (Pearl Milk Tea)
            MT-009,,MILKTEA,Tea                                     ~ row       ~ expected 13 fields as in the header, found 4
            MT-009,,MILKTEA,Tea,,cup,1.00,,,,,,,                    ~ row       ~ expected 13 fields as in the header, found 14
            """)
    void aBadRowIsRejectedNamingLineAndField(String row, String field, String message) {
        ProductImportPlan plan = read(HEADER + "\n" + GOOD_ROW.replace("MT-009", "MT-010").replace("2101000000095", "")
                + "\n" + row + "\n");
        assertEquals(List.of(new ImportProblem(3, field, message)), plan.problems());
        assertEquals(1, plan.creates().size(), "the good row is still imported");
        assertEquals(2, plan.rowsRead());
        assertEquals(1, plan.rejectedRows());
    }

    @Test
    void everyProblemOfOneRowIsListedInColumnOrder() {
        ProductImportPlan plan = read(HEADER + "\nMT 9,123,Cakes,,,cup,-1,x,6,perhaps,blue,-2,true\n");
        assertEquals(List.of(
                "line 2, sku: SKU \"MT 9\" contains a space",
                "line 2, category: unknown category \"Cakes\"; known are MILKTEA, BREAD",
                "line 2, name_en: English name is empty",
                "line 2, price: price -1.00 is negative",
                "line 2, cost: cost \"x\" is not a number like 18.50",
                "line 2, active: active \"perhaps\" is not one of true, false, yes, no, 1, 0, 是, 否",
                "line 2, color: colour \"blue\" is not of the form #RRGGBB",
                "line 2, low_stock: low-stock level -2 is negative"), problems(plan));
        assertEquals(1, plan.rejectedRows());
    }

    @Test
    void aDuplicateSkuRejectsTheLaterRowNamingTheFirst() {
        ProductImportPlan plan = read(HEADER + "\n" + GOOD_ROW + "\nBR-002,,BREAD,Bun,,pc,3.00,,,,,,\n"
                + GOOD_ROW.replace("2101000000095", "") + "\n");
        assertEquals(List.of("line 4, sku: duplicate SKU MT-009, first on line 2"), problems(plan));
        assertEquals(List.of("MT-009", "BR-002"), plan.creates().stream().map(p -> p.after().sku()).toList());
    }

    @Test
    void aBarcodeUsedTwiceInTheFileRejectsTheLaterRow() {
        ProductImportPlan plan = read(HEADER + "\n" + GOOD_ROW + "\n"
                + "MT-010,6901234567892|2101000000095,MILKTEA,Tea,,cup,1.00,,,,,,\n");
        assertEquals(List.of("line 3, barcodes: barcode 2101000000095 is also on line 2 (SKU MT-009)"), problems(plan));
    }

    @Test
    void whenTheOwnerKeepsItsBarcodeAnotherRowClaimingItIsRejectedEvenIfEarlier() {
        ProductImportPlan plan = read(HEADER + "\n"
                + "MT-010,2101000000019,MILKTEA,Tea,,cup,1.00,,,,,,\n"
                + "MT-001,2101000000019,MILKTEA,Pearl Milk Tea,珍珠奶茶,cup,16.00,4.65,6,true,#9F7A5A,0,false\n");
        assertEquals(List.of("line 2, barcodes: barcode 2101000000019 is also on line 3 (SKU MT-001)"), problems(plan));
        assertEquals(1, plan.unchanged());
    }

    @Test
    void aBarcodeMovesToAnotherRowWhenItsOwnersRowGivesItUp() {
        ProductImportPlan plan = read(HEADER + "\n"
                + "MT-010,2101000000019,MILKTEA,Tea,,cup,1.00,,,,,,\n"
                + "MT-001,,MILKTEA,Pearl Milk Tea,珍珠奶茶,cup,16.00,4.65,6,true,#9F7A5A,0,false\n");
        assertEquals(List.of(), plan.problems());
        assertEquals(List.of("2101000000019"), created(plan, 0).barcodes());
        assertEquals(List.of(), plan.updates().get(0).after().barcodes());
    }

    @Test
    void twoProductsMaySwapBarcodes() {
        ProductImportPlan plan = read("sku,barcodes,category,name_en,price\n"
                + "MT-001,2101000000026,MILKTEA,Pearl Milk Tea,16.00\n"
                + "MT-002,2101000000019,MILKTEA,Pearl Milk Tea (Large),19.00\n");
        assertEquals(List.of(), plan.problems());
        assertEquals(2, plan.updates().size());
    }

    @Test
    void aBarcodeCannotMoveWhenTheRowGivingItUpIsRejected() {
        ProductImportPlan plan = read(HEADER + "\n"
                + "MT-010,2101000000019,MILKTEA,Tea,,cup,1.00,,,,,,\n"
                + "MT-001,,MILKTEA,Pearl Milk Tea,珍珠奶茶,cup,free,4.65,6,true,#9F7A5A,0,false\n");
        assertEquals(List.of(
                "line 2, barcodes: barcode 2101000000019 belongs to SKU MT-001, whose row (line 3) is rejected, "
                        + "so it stays there",
                "line 3, price: price \"free\" is not a number like 18.50"), problems(plan));
        assertEquals(2, plan.rejectedRows());
    }

    // ---- malformed CSV

    @Test
    void anUnclosedQuoteRejectsItsLineAndTheRestOfTheFileIsStillRead() {
        ProductImportPlan plan = read(HEADER + "\n"
                + "X-1,,BREAD,Bun,,pc,3.00,,,,,,\n"
                + "X-2,,BREAD,\"Bun,,pc,3.00,,,,,,\n"
                + "X-3,,BREAD,Roll,,pc,3.00,,,,,,\n");
        assertEquals(List.of("line 3, row: a quoted field on this line is never closed (a \" without its partner), "
                + "so the line cannot be read"), problems(plan));
        assertEquals(List.of("X-1", "X-3"), plan.creates().stream().map(p -> p.after().sku()).toList());
        assertEquals(3, plan.rowsRead());
    }

    @Test
    void aStrayQuoteSpanningLinesIsNamedInTheColumnCountMessage() {
        ProductImportPlan plan = read(HEADER + "\n"
                + "X-1,,BREAD,\"Bun,,pc,3.00,,,,,,\n"
                + "X-2,,BREAD,Roll\",,pc,3.00\n");
        assertEquals(List.of("line 2, row: expected 13 fields as in the header, found 7 "
                + "(a quoted field here runs over 2 lines: check for a stray \")"), problems(plan));
    }

    @Test
    void lineNumbersCountACellWithLineBreaksAsOneLineAsASpreadsheetDoes() {
        ProductImportPlan plan = read(HEADER + "\n"
                + "X-1,,BREAD,\"Bun\nwith\nsesame\",,pc,3.00,,,,,,\n"
                + "X-2,,BREAD,Roll,,pc,-3.00,,,,,,\n");
        assertEquals(List.of("line 3, price: price -3.00 is negative"), problems(plan));
        assertEquals("Bun\nwith\nsesame", created(plan, 0).name());
    }

    @Test
    void blankLinesAndEmptySpreadsheetRowsAreSkippedButCounted() {
        ProductImportPlan plan = read(HEADER + "\n\n,,,,,,,,,,,,\n"
                + "X-1,,BREAD,Roll,,pc,-3.00,,,,,,\n");
        assertEquals(List.of("line 4, price: price -3.00 is negative"), problems(plan));
        assertEquals(1, plan.rowsRead());
    }

    @Test
    void crLfLineEndsAreRead() {
        ProductImportPlan plan = read(HEADER + "\r\n" + GOOD_ROW + "\r\nX-1,,BREAD,Roll,,pc,-3.00,,,,,,\r\n");
        assertEquals(List.of("line 3, price: price -3.00 is negative"), problems(plan));
    }

    // ---- header

    @Test
    void aMissingRequiredColumnRefusesTheFileNamingIt() {
        CsvRefusedException e = assertThrows(CsvRefusedException.class,
                () -> read("sku,name_en,category,cost\nX-1,Tea,BREAD,3.00\n"));
        assertEquals("the header (line 1) has no column price (售价); the first line must name the columns, e.g. "
                + HEADER, e.getMessage());
    }

    @Test
    void aFileWithoutHeaderRefusesNamingEveryMissingColumn() {
        CsvRefusedException e = assertThrows(CsvRefusedException.class, () -> read(GOOD_ROW + "\n"));
        assertTrue(e.getMessage().startsWith("the header (line 1) has no column sku (货号), no column category (分类), "
                + "no column name_en (名称), no column price (售价);"), e.getMessage());
    }

    @Test
    void twoColumnsMeaningTheSameRefuseTheFile() {
        CsvRefusedException e = assertThrows(CsvRefusedException.class,
                () -> read("sku,name_en,category,price,货号\nX-1,Tea,BREAD,3.00,X-1\n"));
        assertEquals("columns 1 (\"sku\") and 5 (\"货号\") both mean sku; keep one of them", e.getMessage());
    }

    @Test
    void anUnknownColumnIsAWarningAndItsValuesAreIgnored() {
        ProductImportPlan plan = read("sku,name_en,category,price,notes,\nX-1,Tea,BREAD,3.00,tasty,\n");
        assertEquals(List.of(new ImportProblem(1, "notes", "unknown column \"notes\" is ignored"),
                new ImportProblem(1, "column 6", "column 6 has no heading; its values are ignored")), plan.warnings());
        assertEquals(1, plan.creates().size());
    }

    @Test
    void aHeaderWithoutRowsIsAWarning() {
        ProductImportPlan plan = read(HEADER + "\n");
        assertEquals(List.of(new ImportProblem(1, "row", "the file has a header but no product rows")), plan.warnings());
        assertEquals(0, plan.rowsRead());
    }

    @Test
    void columnNamesIgnoreCaseAndOrder() {
        ProductImportPlan plan = read("Price,CATEGORY,Name EN,SKU,Tax Rate\n3.00,bread,Roll,X-1,13\n");
        assertEquals(new Product("new-1", "X-1", List.of(), "c-br", "Roll", null, "pc", 300, 0, 1300, true, null, 0, true),
                created(plan, 0));
    }

    @Test
    void chineseHeadersInGbkAreRead() {
        String text = "货号,条码,分类,名称,中文名,单位,售价,进价,税率,在售,颜色,库存预警,管理库存\n"
                + "BR-009,6901234567892,面包,Red Bean Bun,红豆面包,个,6.50,2.10,6,是,#D4A373,10,是\n"
                + "BR-010,,面包,Bad Bun,坏面包,个,六元,,,否,,,否\n";
        ProductImportPlan plan = read(text.getBytes(Charset.forName("GBK")), ImportOptions.DEFAULT);
        assertEquals("GBK", plan.encoding());
        assertEquals(new Product("new-1", "BR-009", List.of("6901234567892"), "c-br", "Red Bean Bun", "红豆面包", "个",
                650, 210, 600, true, "#D4A373", 10, true), created(plan, 0));
        assertEquals(List.of("line 3, 售价: price \"六元\" is not a number like 18.50"), problems(plan));
    }

    @Test
    void theOtherChineseHeadingsAreReadToo() {
        String text = "SKU,价格,分类,英文名,商品名称,成本,启用,低库存\nBR-009,6.50,面包,Bun,面包,2.00,否,3\n";
        ProductImportPlan plan = read(text.getBytes(Charset.forName("GBK")), ImportOptions.DEFAULT);
        assertEquals(new Product("new-1", "BR-009", List.of(), "c-br", "Bun", "面包", "pc", 650, 200, 0, false, null, 3,
                true), created(plan, 0));
    }

    @Test
    void utf8WithAndWithoutBomGiveTheSamePlan() {
        String text = HEADER + "\n" + GOOD_ROW + "\n";
        ProductImportPlan plain = read(text.getBytes(StandardCharsets.UTF_8), ImportOptions.DEFAULT);
        ProductImportPlan bom = read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), ImportOptions.DEFAULT);
        assertEquals(plain, bom);
        assertEquals("UTF-8", bom.encoding());
        assertEquals("芋泥奶茶", created(bom, 0).nameZh());
    }

    // ---- categories

    @Test
    void unknownCategoriesAreListedForTheCaller() {
        ProductImportPlan plan = read("sku,name_en,category,price\nX-1,A,Gifts,1\nX-2,B,gifts,1\nX-3,C,礼盒,1\n");
        assertEquals(List.of("Gifts", "礼盒"), plan.unknownCategories());
        assertEquals(3, plan.rejectedRows());
        assertEquals(List.of(), plan.newCategories());
    }

    @Test
    void createCategoriesMakesOneCategoryPerUnknownName() {
        ProductImportPlan plan = read("sku,name_en,category,price\nX-1,A,Gift Boxes,1\nX-2,B,gift boxes,1\n"
                + "X-3,C,礼盒,1\nX-4,D,GIFT_BOXES,1\n", new ImportOptions(true));
        assertEquals(List.of(), plan.problems());
        assertEquals(List.of(new Category("new-1", "GIFT_BOXES", "Gift Boxes", null, null, 2),
                new Category("new-4", "LH", "礼盒", "礼盒", null, 3)), plan.newCategories());
        assertEquals(List.of("new-1", "new-1", "new-4", "new-1"),
                plan.creates().stream().map(p -> p.after().categoryId()).toList());
        assertEquals(List.of(), plan.unknownCategories());
    }

    @Test
    void aNewCategoryCodeDoesNotClashWithAnExistingOne() {
        ProductImportPlan plan = read("sku,name_en,category,price\nX-1,A,Bread!,1\n", new ImportOptions(true));
        assertEquals("BREAD_2", plan.newCategories().get(0).code());
    }

    @Test
    void aCategoryUsedOnlyByRejectedRowsIsNotCreated() {
        ProductImportPlan plan = read("sku,name_en,category,price\nX-1,A,Gifts,-1\n", new ImportOptions(true));
        assertEquals(List.of(), plan.newCategories());
        assertTrue(!plan.hasChanges());
    }

    @Test
    void everyRowIsCountedExactlyOnce() {
        ProductImportPlan plan = read(HEADER + "\n"
                + "MT-001,2101000000019,MILKTEA,Pearl Milk Tea,珍珠奶茶,cup,16.00,4.65,6,true,#9F7A5A,0,false\n"
                + "MT-002,2101000000026,MILKTEA,Pearl Milk Tea (Large),珍珠奶茶（大杯）,cup,20.00,6.45,6,true,#AF8664,0,false\n"
                + GOOD_ROW + "\n"
                + "X-1,,BREAD,Roll,,pc,-3.00,,,,,,\n"
                + "X-2,,BREAD,\"Roll,,pc,3.00,,,,,,\n");
        assertEquals(5, plan.rowsRead());
        assertEquals(5, plan.creates().size() + plan.updates().size() + plan.unchanged() + plan.rejectedRows());
        assertEquals(MT2.withPrice(2000), plan.updates().get(0).after());
    }
}
