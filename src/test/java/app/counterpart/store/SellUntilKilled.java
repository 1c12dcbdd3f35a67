package app.counterpart.store;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.sales.Sale;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.TestSales;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process {@link CommitSurvivesKillTest} kills: commits four-line sales back to back into the store
 * in the folder given, printing each sale's id once its commit has returned, until it is killed.
 */
public final class SellUntilKilled {

    private SellUntilKilled() {
    }

    public static void main(String[] args) {
        try (DemoFixture store = new DemoFixture(Path.of(args[0]), Clock.systemUTC())) {
            TestSales sales = new TestSales(store);
            List<Product> products = store.catalog.products();
            for (int n = 0; ; n++) {
                Map<Product, Integer> lines = new LinkedHashMap<>();
                for (int i = 0; i < 4; i++) {
                    lines.put(products.get((n * 7 + i * 13) % products.size()), 1 + i % 2);
                }
                Sale sale = sales.sale(lines, Instant.now());
                store.sales.commit(List.of(sale));
                System.out.println(sale.id());
                System.out.flush();
            }
        }
    }
}
