package app.counterpart.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * In-memory product finder for every keystroke: by barcode, SKU, English or Chinese name, or the pinyin
 * initials of the Chinese name. Built once per catalog change; a search scans precomputed lower-case
 * keys, which stays around a millisecond for tens of thousands of products.
 */
public final class ProductSearch {

    /** {@code haystack} holds every searchable key in one string, so a non-match costs one scan. */
    private record Entry(Product product, String sku, String name, String nameZh, String pinyin, List<String> codes,
            String haystack) {
    }

    private record Hit(Product product, int rank) {
    }

    private final List<Entry> entries;
    private final java.util.Map<String, Product> byCode = new java.util.HashMap<>();

    public ProductSearch(List<Product> products) {
        List<Entry> list = new ArrayList<>(products.size());
        for (Product p : products) {
            String sku = lower(p.sku());
            String name = lower(p.name());
            String nameZh = p.nameZh() == null ? "" : p.nameZh();
            String pinyin = Pinyin.initials(p.nameZh());
            String haystack = String.join("\u0001", sku, name, nameZh, pinyin, String.join("\u0001", p.barcodes()));
            list.add(new Entry(p, sku, name, nameZh, pinyin, p.barcodes(), haystack));
            p.barcodes().forEach(code -> byCode.put(code, p));
        }
        this.entries = List.copyOf(list);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /**
     * Best matches first: an exact barcode or SKU, then SKU and name prefixes, then matches at the start
     * of a word (in English, Chinese or pinyin initials), then anything containing the query, then
     * barcode prefixes; ties by SKU. An empty query lists products by SKU.
     */
    public List<Product> search(String query, int limit) {
        String q = lower(query == null ? "" : query.trim());
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            if (!q.isEmpty() && !e.haystack().contains(q)) {
                continue;
            }
            int rank = q.isEmpty() ? 9 : rank(e, q);
            if (rank >= 0) {
                hits.add(new Hit(e.product(), rank));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(h -> h.product().sku()));
        List<Product> out = new ArrayList<>(Math.min(limit, hits.size()));
        for (int i = 0; i < hits.size() && i < limit; i++) {
            out.add(hits.get(i).product());
        }
        return out;
    }

    /** Exact barcode lookup, as a scanner sends it. */
    public java.util.Optional<Product> byBarcode(String code) {
        return java.util.Optional.ofNullable(byCode.get(code == null ? "" : code.trim()));
    }

    private static int rank(Entry e, String q) {
        if (e.codes().contains(q)) {
            return 0;
        }
        if (e.sku().equals(q)) {
            return 1;
        }
        if (e.sku().startsWith(q)) {
            return 2;
        }
        if (e.name().startsWith(q) || e.nameZh().startsWith(q) || e.pinyin().startsWith(q)) {
            return 3;
        }
        // Every Chinese character starts a word, so initials or characters anywhere count as a word start.
        if (e.nameZh().contains(q) || e.pinyin().contains(q) || e.name().contains(" " + q)
                || e.name().contains("(" + q)) {
            return 4;
        }
        if (e.name().contains(q) || e.sku().contains(q)) {
            return 5;
        }
        for (String code : e.codes()) {
            if (code.startsWith(q)) {
                return 6;
            }
        }
        return -1;
    }
}
