package app.counterpart.bench;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sales.LinePricing;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.shop.Device;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.Database;
import app.counterpart.testing.DemoFixture;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a covering index costs a sale that names a customer, measured where the machine's load does not
 * blur it: the WAL pages a commit writes (the disk part of every commit) and the committing thread's CPU
 * time, for four-line member sales into a copy of a demo store with and without an index. Arguments: the
 * store file, a scratch folder (tmpfs for CPU figures), the index to drop for "without".
 * {@code java -cp ... app.counterpart.bench.MemberSaleCost STORE_FILE /dev/shm/x sale_customer_day}
 */
public final class MemberSaleCost {

    private MemberSaleCost() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        String index = args[2];
        for (int round = 0; round < 3; round++) {
            for (boolean with : new boolean[] {false, true}) {
                System.out.println((with ? "with    " : "without ") + index + ": " + measure(source, scratch, index, with));
            }
        }
    }

    private static String measure(Path source, Path scratch, String index, boolean with) throws Exception {
        Path dir = Files.createDirectories(scratch.resolve("member-sale-cost"));
        BenchStores.delete(dir);
        Files.createDirectories(dir);
        Files.copy(source, dir.resolve(Database.FILE_NAME));
        try (DemoFixture store = new DemoFixture(dir, Clock.systemUTC())) {
            if (!with) {
                store.db.write(ctx -> ctx.execute("DROP INDEX IF EXISTS " + index));
            }
            Shop shop = store.shops.shop().orElseThrow();
            Device device = store.shops.localDevice().orElseThrow();
            Staff cashier = store.staff.staff().get(2);
            List<Product> products = store.catalog.products();
            List<String> customers = store.customers.customers().stream().map(c -> c.id()).toList();
            IdGenerator ids = IdGenerator.secure(Clock.systemUTC());
            var threads = ManagementFactory.getThreadMXBean();
            Path wal = dir.resolve(Database.FILE_NAME + "-wal");
            int pagesSample = 40;
            int timed = 400;
            double[] cpu = new double[timed];
            long walBefore = Files.exists(wal) ? Files.size(wal) : 0;
            long walBytes = 0;
            for (int i = 0; i < pagesSample + 200 + timed; i++) {
                Sale sale = memberSale(i, shop, device, cashier, products, customers, ids);
                long c0 = threads.getCurrentThreadCpuTime();
                store.sales.commit(List.of(sale));
                long c1 = threads.getCurrentThreadCpuTime();
                if (i == pagesSample - 1) {
                    walBytes = Files.size(wal) - walBefore;
                }
                if (i >= pagesSample + 200) {
                    cpu[i - pagesSample - 200] = (c1 - c0) / 1e6;
                }
            }
            Arrays.sort(cpu);
            double pages = walBytes / (double) (4096 + 24) / pagesSample;
            return String.format("%.1f WAL pages per sale (first %d sales), commit CPU median %.3f ms, p90 %.3f ms",
                    pages, pagesSample, cpu[timed / 2], cpu[timed * 9 / 10]);
        } finally {
            BenchStores.delete(dir);
        }
    }

    private static Sale memberSale(int n, Shop shop, Device device, Staff cashier, List<Product> products,
            List<String> customers, IdGenerator ids) {
        Instant at = Instant.now();
        List<SaleLine> lines = new ArrayList<>(4);
        long total = 0;
        long tax = 0;
        long cost = 0;
        for (int i = 0; i < 4; i++) {
            Product p = products.get((n * 7 + i * 13) % products.size());
            SaleLine line = LinePricing.price(ids.next(at), i + 1, p.id(), 1, p.priceMinor(), 0, p.taxRateBp(),
                    p.costMinor(), true);
            lines.add(line);
            total += line.totalMinor();
            tax += line.taxMinor();
            cost += line.costMinor();
        }
        return new Sale(ids.next(at), "M-" + n + "-" + at.toEpochMilli(), SaleKind.SALE, null, device.id(), null,
                cashier.id(), cashier.id(), customers.get((n * 31) % customers.size()), at,
                shop.calendar().businessDay(at), shop.calendar().hour(at), "CNY", total, 0, tax, total, cost, 4,
                lines, List.of(new Payment(ids.next(at), 1, Tender.WECHAT, total, null, 0)));
    }
}
