package app.counterpart.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Product;
import app.counterpart.store.Database;
import app.counterpart.testing.DemoFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code counterpart import products} and {@code export products}, run in-process on a real demo store. */
class ProductCsvCommandsTest {

    private static final String HEADER =
            "sku,barcodes,category,name_en,name_zh,unit,price,cost,tax_rate,active,color,low_stock,track_stock\n";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private record Run(int exitCode, List<String> out, List<String> err) {
    }

    @BeforeEach
    void buildDemoShop() {
        try (DemoFixture store = new DemoFixture(dataDir, Clock.systemUTC())) {
            store.installDemo(LocalDate.of(2026, 11, 27), 1);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CounterpartCommand.commandLine(new CounterpartCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString().lines().toList(), err.toString().lines().toList());
    }

    private Run importFile(String name, byte[] content, String... options) throws Exception {
        Path file = files.resolve(name);
        Files.write(file, content);
        String[] args = {"--data-dir", dataDir.toString(), "import", "products", file.toString()};
        String[] all = Arrays.copyOf(args, args.length + options.length);
        System.arraycopy(options, 0, all, args.length, options.length);
        return run(all);
    }

    private Run importFile(String name, String content, String... options) throws Exception {
        return importFile(name, content.getBytes(StandardCharsets.UTF_8), options);
    }

    private Map<String, Product> products() {
        try (DemoFixture store = new DemoFixture(dataDir, Clock.systemUTC())) {
            return store.catalog.products().stream().collect(Collectors.toMap(Product::sku, Function.identity()));
        }
    }

    @Test
    void aGoodFileIsImportedWithExitCodeZeroAndASummary() throws Exception {
        Run run = importFile("good.csv", HEADER
                + "BR-050,,BREAD,Sesame Roll,芝麻卷,pc,6.00,1.80,6,true,,10,true\n"
                + "BR-001,2105000000017,BREAD,Pineapple Bun,菠萝包,pc,8.50,2.95,6,true,#DAA877,20,true\n");

        assertEquals(new Run(0, List.of("Read 2 rows (encoding UTF-8): 1 new, 1 updated, 0 rejected"), List.of()), run);
        assertEquals(850, products().get("BR-001").priceMinor());
        assertEquals("芝麻卷", products().get("BR-050").nameZh());
    }

    @Test
    void rejectedRowsAreListedOnStderrWithExitCodeThreeAndTheGoodRowsAreImported() throws Exception {
        Run run = importFile("mixed.csv", HEADER
                + "BR-050,,BREAD,Sesame Roll,芝麻卷,pc,6.00,1.80,6,true,,10,true\n"
                + "BR-051,,BREAD,Walnut Roll,,pc,-6.00,,,,,,\n"
                + "BR-052,2105000000017,Gifts,Bun,,pc,6.00,,,,,,\n");

        assertEquals(3, run.exitCode());
        assertEquals(List.of("Read 3 rows (encoding UTF-8): 1 new, 0 updated, 2 rejected"), run.out());
        assertEquals(List.of(
                "line 3, price: price -6.00 is negative",
                "line 4, barcodes: barcode 2105000000017 already belongs to SKU BR-001 (Pineapple Bun)",
                "line 4, category: unknown category \"Gifts\"; known are MILKTEA, FRUITTEA, LOOSETEA, COFFEE, BREAD, "
                        + "PASTRY, CAKE, TRAD, SNACK, TEAWARE",
                "Pass --create-categories to create the unknown categories: Gifts"), run.err());
        Map<String, Product> products = products();
        assertTrue(products.containsKey("BR-050"));
        assertTrue(!products.containsKey("BR-051") && !products.containsKey("BR-052"));
    }

    @Test
    void aDryRunReportsButWritesNothing() throws Exception {
        Map<String, Product> before = products();
        Run run = importFile("dry.csv", HEADER
                + "BR-050,,Gift Boxes,Gift Box,,box,88.00,,,,,,\n"
                + "BR-051,,BREAD,Walnut Roll,,pc,six,,,,,,\n", "--dry-run", "--create-categories");

        assertEquals(3, run.exitCode());
        assertEquals(List.of("Read 2 rows (encoding UTF-8): 1 new, 0 updated, 1 rejected",
                "New categories: GIFT_BOXES (Gift Boxes)",
                "Dry run: nothing was written."), run.out());
        assertEquals(List.of("line 3, price: price \"six\" is not a number like 18.50"), run.err());
        assertEquals(before, products());
    }

    @Test
    void createCategoriesCreatesTheUnknownOnes() throws Exception {
        Run run = importFile("gifts.csv", "sku,name_en,category,price\nGB-001,Gift Box,Gift Boxes,88\n",
                "--create-categories");

        assertEquals(List.of("Read 1 rows (encoding UTF-8): 1 new, 0 updated, 0 rejected",
                "New categories: GIFT_BOXES (Gift Boxes)"), run.out());
        assertEquals(0, run.exitCode());
        assertEquals(8800, products().get("GB-001").priceMinor());
    }

    @Test
    void aGbkFileWithChineseHeadingsIsImported() throws Exception {
        String text = "货号,分类,名称,中文名,售价\nBR-050,面包,Sesame Roll,芝麻卷,6.00\n";
        Run run = importFile("gbk.csv", text.getBytes(Charset.forName("GBK")));

        assertEquals(new Run(0, List.of("Read 1 rows (encoding GBK): 1 new, 0 updated, 0 rejected"), List.of()), run);
        assertEquals("芝麻卷", products().get("BR-050").nameZh());
    }

    @Test
    void anUnknownColumnIsAWarningOnStderr() throws Exception {
        Run run = importFile("notes.csv", "sku,name_en,category,price,notes\nBR-050,Roll,BREAD,6,tasty\n");

        assertEquals(0, run.exitCode());
        assertEquals(List.of("warning: line 1, notes: unknown column \"notes\" is ignored"), run.err());
    }

    @Test
    void exportWritesUtf8WithBomAndImportingItBackChangesNothing() throws Exception {
        Path file = files.resolve("products.csv");
        Files.writeString(file, "old content that must go");
        Map<String, Product> before = products();

        Run export = run("--data-dir", dataDir.toString(), "export", "products", file.toString());

        assertEquals(new Run(0, List.of("Exported 150 products to " + file), List.of()), export);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("BR-001,2105000000017,BREAD,Pineapple Bun,菠萝包,"));

        Run back = run("--data-dir", dataDir.toString(), "import", "products", file.toString());

        assertEquals(new Run(0, List.of("Read 150 rows (encoding UTF-8): 0 new, 0 updated, 0 rejected",
                "150 rows match the catalog already"), List.of()), back);
        assertEquals(before, products());
    }

    @Test
    void aFileThatCannotBeReadExitsWithTwo() throws Exception {
        assertEquals(new Run(2, List.of(), List.of("counterpart: " + files.resolve("empty.csv") + ": the file is empty")),
                importFile("empty.csv", ""));
        assertEquals(new Run(2, List.of(), List.of("counterpart: " + files.resolve("photo.csv")
                        + ": this is not a CSV text file: it holds binary data")),
                importFile("photo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
        Run noPrice = importFile("noprice.csv", "sku,name_en,category\nBR-050,Roll,BREAD\n");
        assertEquals(2, noPrice.exitCode());
        assertTrue(noPrice.err().get(0).startsWith("counterpart: " + files.resolve("noprice.csv")
                + ": the header (line 1) has no column price (售价);"), noPrice.err().toString());
        Path missing = files.resolve("missing.csv");
        assertEquals(new Run(2, List.of(), List.of("counterpart: " + missing + ": no such file")),
                run("--data-dir", dataDir.toString(), "import", "products", missing.toString()));
    }

    @Test
    void aFolderWithoutAShopExitsWithTwoAndStaysEmpty(@TempDir Path empty) throws Exception {
        Path file = files.resolve("good.csv");
        Files.writeString(file, "sku,name_en,category,price\nBR-050,Roll,BREAD,6\n");

        Run imported = run("--data-dir", empty.toString(), "import", "products", file.toString());
        Run exported = run("--data-dir", empty.toString(), "export", "products", files.resolve("out.csv").toString());

        String message = "counterpart: " + empty + " holds no shop; set one up in the app first, or name its folder "
                + "with --data-dir";
        assertEquals(new Run(2, List.of(), List.of(message)), imported);
        assertEquals(new Run(2, List.of(), List.of(message)), exported);
        assertTrue(!Files.exists(empty.resolve(Database.FILE_NAME)));
        assertTrue(!Files.exists(files.resolve("out.csv")));
    }

    @Test
    void importWithoutAKindOfDataIsAUsageError() {
        Run run = run("--data-dir", dataDir.toString(), "import");
        assertEquals(2, run.exitCode());
        assertEquals("Say what to import, e.g. import products FILE", run.err().get(0));
    }
}
