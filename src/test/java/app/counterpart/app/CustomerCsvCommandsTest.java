package app.counterpart.app;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.customers.Customer;
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

/** {@code counterpart import customers} and {@code export customers}, run in-process on a real demo store. */
class CustomerCsvCommandsTest {

    private static final String HEADER = "phone,name,gender,birthday,tags,referred_by,consent,joined\n";

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
        String[] args = {"--data-dir", dataDir.toString(), "import", "customers", file.toString()};
        String[] all = Arrays.copyOf(args, args.length + options.length);
        System.arraycopy(options, 0, all, args.length, options.length);
        return run(all);
    }

    private Run importFile(String name, String content, String... options) throws Exception {
        return importFile(name, content.getBytes(StandardCharsets.UTF_8), options);
    }

    private Map<String, Customer> customers() {
        try (DemoFixture store = new DemoFixture(dataDir, Clock.systemUTC())) {
            return store.customers.customers().stream().collect(Collectors.toMap(Customer::phone, Function.identity()));
        }
    }

    private int auditEntries(String action) {
        try (DemoFixture store = new DemoFixture(dataDir, Clock.systemUTC())) {
            return store.db.read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action)));
        }
    }

    @Test
    void aGoodFileIsImportedWithExitCodeZeroAndASummary() throws Exception {
        Run run = importFile("good.csv", HEADER
                + "13900000001,王芳,F,1990-05-21,vip,,true,2026-11-01\n"
                + "13313366532,徐涛涛,M,1967-05-21,,,false,2026-06-07\n");

        assertEquals(new Run(0, List.of("Read 2 rows (encoding UTF-8): 1 new, 1 updated, 0 rejected"), List.of()), run);
        assertEquals("王芳", customers().get("13900000001").name());
        assertEquals("徐涛涛", customers().get("13313366532").name());
    }

    @Test
    void rejectedRowsAreListedOnStderrWithExitCodeThreeAndTheGoodRowsAreImported() throws Exception {
        Run run = importFile("mixed.csv", HEADER
                + "13900000001,王芳,F,1990-05-21,vip,,true,2026-11-01\n"
                + "13900000002,王刚,X,,,,,\n"
                + "13900000003,王丽,,,,,,\n"
                + "139 0000 0003,王丽丽,,,,,,\n");

        assertEquals(3, run.exitCode());
        assertEquals(List.of("Read 4 rows (encoding UTF-8): 1 new, 0 updated, 3 rejected"), run.out());
        assertEquals(List.of(
                "line 3, gender: gender \"X\" is not one of F, M, 女, 男, or empty for unknown",
                "line 4, phone: phone 13900000003 is also on line 5; a phone number belongs to one customer, so keep "
                        + "one of these rows",
                "line 5, phone: phone 13900000003 is also on line 4; a phone number belongs to one customer, so keep "
                        + "one of these rows"), run.err());
        Map<String, Customer> customers = customers();
        assertTrue(customers.containsKey("13900000001"));
        assertTrue(!customers.containsKey("13900000002") && !customers.containsKey("13900000003"));
    }

    @Test
    void aDryRunReportsButWritesNothing() throws Exception {
        Map<String, Customer> before = customers();
        Run run = importFile("dry.csv", HEADER
                + "13900000001,王芳,F,1990-05-21,vip,13900000009,true,2026-11-01\n"
                + "13900000002,王刚,,,,,,\n", "--dry-run");

        assertEquals(3, run.exitCode());
        assertEquals(List.of("Read 2 rows (encoding UTF-8): 1 new, 0 updated, 1 rejected",
                "Dry run: nothing was written."), run.out());
        assertEquals(List.of("line 2, referred_by: referrer 13900000009 is neither a customer of the shop nor in this "
                + "file"), run.err());
        assertEquals(before, customers());
        assertEquals(0, auditEntries("customers.import"));
    }

    @Test
    void aGbkFileWithChineseHeadingsIsImported() throws Exception {
        String text = "手机,姓名,性别,标签\n13900000001,王芳,女,老顾客\n";
        Run run = importFile("gbk.csv", text.getBytes(Charset.forName("GBK")));

        assertEquals(new Run(0, List.of("Read 1 rows (encoding GBK): 1 new, 0 updated, 0 rejected"), List.of()), run);
        assertEquals(java.util.Set.of("老顾客"), customers().get("13900000001").tags());
    }

    @Test
    void exportWritesUtf8WithBomAndImportingItBackChangesNothing() throws Exception {
        Path file = files.resolve("customers.csv");
        Files.writeString(file, "old content that must go");
        Map<String, Customer> before = customers();

        Run export = run("--data-dir", dataDir.toString(), "export", "customers", file.toString());

        assertEquals(new Run(0, List.of("Exported 500 customers to " + file), List.of()), export);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFphone,name,gender,birthday,tags,referred_by,consent,joined\n"), text);
        assertTrue(text.contains("\n18015893390,马浩宇,M,1994-12-21,lactose-free|tea-lover|wholesale,13990296669,true,"
                + "2025-04-12\n"), "the referrer as a phone number");
        assertEquals(1, auditEntries("customers.export"));

        Run back = run("--data-dir", dataDir.toString(), "import", "customers", file.toString());

        assertEquals(new Run(0, List.of("Read 500 rows (encoding UTF-8): 0 new, 0 updated, 0 rejected",
                "500 rows match the customers already"), List.of()), back);
        assertEquals(before, customers());
    }

    @Test
    void aFileThatCannotBeReadExitsWithTwo() throws Exception {
        assertEquals(new Run(2, List.of(), List.of("counterpart: " + files.resolve("empty.csv") + ": the file is empty")),
                importFile("empty.csv", ""));
        Run noPhone = importFile("nophone.csv", "name,tags\n王芳,vip\n");
        assertEquals(2, noPhone.exitCode());
        assertTrue(noPhone.err().get(0).startsWith("counterpart: " + files.resolve("nophone.csv")
                + ": the header (line 1) has no column phone (手机);"), noPhone.err().toString());
        Path missing = files.resolve("missing.csv");
        assertEquals(new Run(2, List.of(), List.of("counterpart: " + missing + ": no such file")),
                run("--data-dir", dataDir.toString(), "import", "customers", missing.toString()));
    }

    @Test
    void aFolderWithoutAShopExitsWithTwoAndStaysEmpty(@TempDir Path empty) throws Exception {
        Path file = files.resolve("good.csv");
        Files.writeString(file, "phone,name\n13900000001,王芳\n");

        Run imported = run("--data-dir", empty.toString(), "import", "customers", file.toString());
        Run exported = run("--data-dir", empty.toString(), "export", "customers", files.resolve("out.csv").toString());

        String message = "counterpart: " + empty + " holds no shop; set one up in the app first, or name its folder "
                + "with --data-dir";
        assertEquals(new Run(2, List.of(), List.of(message)), imported);
        assertEquals(new Run(2, List.of(), List.of(message)), exported);
        assertTrue(!Files.exists(empty.resolve(Database.FILE_NAME)));
        assertTrue(!Files.exists(files.resolve("out.csv")));
    }

    @Test
    void anExportThatCannotBeWrittenExitsWithTwoAndIsNotRecorded() {
        Path folder = files.resolve("no-such-folder").resolve("customers.csv");

        Run run = run("--data-dir", dataDir.toString(), "export", "customers", folder.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().get(0).startsWith("counterpart: cannot write " + folder), run.err().toString());
        assertEquals(0, auditEntries("customers.export"));
    }
}
