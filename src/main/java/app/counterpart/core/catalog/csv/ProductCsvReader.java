package app.counterpart.core.catalog.csv;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Pinyin;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.catalog.ProductRules;
import app.counterpart.core.common.Csv;
import app.counterpart.core.common.CsvHeader;
import app.counterpart.core.common.CsvDecoder;
import app.counterpart.core.common.CsvRefusedException;
import app.counterpart.core.common.ImportProblem;
import app.counterpart.core.common.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a product CSV file against the current catalog into a {@link ProductImportPlan}. Pure: it
 * looks at the bytes and the catalog it is given and writes nothing, so the same call serves the
 * preview and the import.
 *
 * <p>A row whose SKU the catalog knows updates that product (keeping its id); any other SKU creates a
 * product. A column the file does not have keeps the product's current value on an update and takes
 * the default on a create (unit "pc", cost 0, tax 0, active, low-stock 0, stock tracked, no barcodes);
 * an empty cell in a column the file has means that default (or "none" for the Chinese name and colour).
 */
public final class ProductCsvReader {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Map<String, Boolean> BOOLEANS = Map.of(
            "true", true, "false", false, "yes", true, "no", false, "1", true, "0", false, "是", true, "否", false);
    private static final int KNOWN_CATEGORIES_SHOWN = 12;
    private static final int MAX_CATEGORY_CODE = 32;
    /** Stands in for a price that could not be read, so that the cost is not judged against it. */
    private static final long UNREADABLE_PRICE = Long.MAX_VALUE / ProductRules.MAX_COST_TO_PRICE;

    private final Currency currency;
    private final Supplier<String> newId;

    /**
     * @param currency the shop's currency: prices are decimals of it
     * @param newId ids for new products and categories (UUIDv7 from an IdGenerator in the app)
     */
    public ProductCsvReader(Currency currency, Supplier<String> newId) {
        this.currency = currency;
        this.newId = newId;
    }

    /**
     * The plan for importing {@code bytes} into a catalog holding {@code categories} and {@code products}.
     *
     * @throws CsvRefusedException when the file as a whole cannot be used (empty, binary, not UTF-8 or
     *         GBK, a required column missing); rows are never the reason
     */
    public ProductImportPlan read(String source, byte[] bytes, Collection<Category> categories,
            Collection<Product> products, ImportOptions options) {
        CsvDecoder.DecodedText decoded = CsvDecoder.decode(bytes);
        return new Run(source, decoded.encoding(), categories, products, options).plan(decoded.text());
    }

    /** One data row on its way through the checks. */
    private static final class Candidate {
        final int line;
        final Product before;
        Product product;
        final List<ImportProblem> problems = new ArrayList<>();

        Candidate(int line, Product before) {
            this.line = line;
            this.before = before;
        }

        void problem(String field, String message) {
            problems.add(new ImportProblem(line, field, message));
        }

        boolean rejected() {
            return !problems.isEmpty();
        }
    }

    /** A barcode that moves from one existing product to another row; allowed only if the giver's row is imported. */
    private record Move(Candidate taker, String barcode, Product giver, Candidate giverRow) {
    }

    /** The state of reading one file. */
    private final class Run {
        private final String source;
        private final String encoding;
        private final ImportOptions options;
        private final Map<String, Product> bySku = new HashMap<>();
        private final Map<String, Product> byBarcode = new HashMap<>();
        private final List<Category> categories;
        private final Map<String, Category> categoryByCode = new HashMap<>();
        private final Map<String, Category> categoryByName = new HashMap<>();
        private final Map<String, Category> categoryByNameZh = new HashMap<>();
        private final Map<String, Category> newCategories = new LinkedHashMap<>();
        private final Map<String, String> unknownCategories = new LinkedHashMap<>();
        private int nextSortOrder;

        private final Map<ProductColumn, Integer> columns = new EnumMap<>(ProductColumn.class);
        private List<String> headings;
        private final List<ImportProblem> warnings = new ArrayList<>();
        private final Map<String, Integer> firstLineBySku = new HashMap<>();

        Run(String source, String encoding, Collection<Category> categories, Collection<Product> products,
                ImportOptions options) {
            this.source = source;
            this.encoding = encoding;
            this.options = options;
            this.categories = List.copyOf(categories);
            for (Product p : products) {
                bySku.put(p.sku(), p);
                p.barcodes().forEach(code -> byBarcode.put(code, p));
            }
            for (Category c : categories) {
                index(c);
                nextSortOrder = Math.max(nextSortOrder, c.sortOrder() + 1);
            }
        }

        private void index(Category c) {
            categoryByCode.putIfAbsent(c.code().toUpperCase(Locale.ROOT), c);
            categoryByName.putIfAbsent(c.name().strip().toLowerCase(Locale.ROOT), c);
            if (c.nameZh() != null && !c.nameZh().isBlank()) {
                categoryByNameZh.putIfAbsent(c.nameZh().strip(), c);
            }
        }

        ProductImportPlan plan(String text) {
            List<Csv.SheetLine> lines = Csv.sheetLines(text);
            if (lines.isEmpty()) {
                throw new CsvRefusedException("the file is empty");
            }
            readHeader(lines.get(0));
            List<Candidate> candidates = new ArrayList<>();
            for (Csv.SheetLine line : lines.subList(1, lines.size())) {
                if (line.fields() != null && line.fields().stream().allMatch(String::isBlank)) {
                    continue; // an empty spreadsheet row (",,,,") holds nothing to import or lose
                }
                candidates.add(readRow(line));
            }
            if (candidates.isEmpty()) {
                warnings.add(new ImportProblem(lines.get(0).number(), ImportProblem.ROW,
                        "the file has a header but no product rows"));
            }
            checkBarcodesUsedTwice(candidates);
            checkBarcodesOfOtherProducts(candidates);
            return result(candidates);
        }

        private void readHeader(Csv.SheetLine header) {
            if (header.fields() == null) {
                throw new CsvRefusedException("the header (line " + header.number()
                        + ") has a quoted field that is never closed");
            }
            headings = header.fields().stream().map(String::strip).toList();
            columns.putAll(CsvHeader.columns(header.number(), headings, ProductColumn.class, ProductColumn::forHeading,
                    warnings));
        }

        private Candidate readRow(Csv.SheetLine line) {
            if (line.fields() == null) {
                Candidate c = new Candidate(line.number(), null);
                c.problem(ImportProblem.ROW, "a quoted field on this line is never closed (a \" without its partner), "
                        + "so the line cannot be read");
                return c;
            }
            List<String> fields = line.fields();
            if (fields.size() != headings.size()) {
                Candidate c = new Candidate(line.number(), null);
                int breaks = Csv.lineBreaks(fields);
                c.problem(ImportProblem.ROW, "expected " + headings.size() + " fields as in the header, found "
                        + fields.size() + (breaks == 0 ? "" : " (a quoted field here runs over " + (breaks + 1)
                        + " lines: check for a stray \")"));
                return c;
            }
            String sku = value(fields, ProductColumn.SKU);
            Product existing = sku.isEmpty() ? null : bySku.get(sku);
            Candidate c = new Candidate(line.number(), existing);
            if (!sku.isEmpty()) {
                Integer first = firstLineBySku.putIfAbsent(sku, line.number());
                if (first != null) {
                    c.problem(field(ProductColumn.SKU), "duplicate SKU " + sku + ", first on line " + first);
                }
            }
            String categoryId = category(c, value(fields, ProductColumn.CATEGORY));
            Set<ProductColumn> unreadable = EnumSet.noneOf(ProductColumn.class);

            String priceText = value(fields, ProductColumn.PRICE);
            Long price = null;
            if (priceText.isEmpty()) {
                c.problem(field(ProductColumn.PRICE), "price is empty");
            } else {
                price = amount(c, ProductColumn.PRICE, "price", priceText);
            }
            if (price == null) {
                unreadable.add(ProductColumn.PRICE);
            }
            Long cost = !has(ProductColumn.COST) ? Long.valueOf(existing == null ? 0 : existing.costMinor())
                    : blank(fields, ProductColumn.COST) ? Long.valueOf(0)
                    : amount(c, ProductColumn.COST, "cost", value(fields, ProductColumn.COST));
            if (cost == null) {
                unreadable.add(ProductColumn.COST);
            }
            Integer tax = !has(ProductColumn.TAX_RATE) ? Integer.valueOf(existing == null ? 0 : existing.taxRateBp())
                    : blank(fields, ProductColumn.TAX_RATE) ? Integer.valueOf(0)
                    : taxRate(c, value(fields, ProductColumn.TAX_RATE));
            if (tax == null) {
                unreadable.add(ProductColumn.TAX_RATE);
            }
            Integer lowStock = !has(ProductColumn.LOW_STOCK) ? Integer.valueOf(existing == null ? 0 : existing.lowStock())
                    : blank(fields, ProductColumn.LOW_STOCK) ? Integer.valueOf(0)
                    : wholeNumber(c, ProductColumn.LOW_STOCK, "low-stock level", value(fields, ProductColumn.LOW_STOCK));
            if (lowStock == null) {
                unreadable.add(ProductColumn.LOW_STOCK);
            }
            boolean active = flag(c, fields, ProductColumn.ACTIVE, existing == null || existing.active());
            boolean trackStock = flag(c, fields, ProductColumn.TRACK_STOCK, existing == null || existing.trackStock());

            List<String> barcodes = has(ProductColumn.BARCODES)
                    ? Arrays.stream(value(fields, ProductColumn.BARCODES).split("\\|"))
                            .map(String::strip).filter(code -> !code.isEmpty()).toList()
                    : existing == null ? List.of() : existing.barcodes();
            String nameZh = has(ProductColumn.NAME_ZH) ? emptyToNull(value(fields, ProductColumn.NAME_ZH))
                    : existing == null ? null : existing.nameZh();
            String unit = has(ProductColumn.UNIT) ? value(fields, ProductColumn.UNIT)
                    : existing == null ? "" : existing.unit();
            String color = has(ProductColumn.COLOR) ? emptyToNull(value(fields, ProductColumn.COLOR))
                    : existing == null ? null : existing.color();

            Product product = new Product(existing != null ? existing.id() : newId.get(), sku, barcodes, categoryId,
                    value(fields, ProductColumn.NAME_EN), nameZh, unit.isEmpty() ? "pc" : unit,
                    price == null ? UNREADABLE_PRICE : price, cost == null ? 0 : cost, tax == null ? 0 : tax, active,
                    color, lowStock == null ? 0 : lowStock, trackStock);
            for (ProductRules.Problem problem : ProductRules.check(product, currency)) {
                ProductColumn column = ProductColumn.forHeading(problem.field());
                if (!unreadable.contains(column)) {
                    c.problem(field(column), problem.message());
                }
            }
            c.product = product;
            return c;
        }

        /** The id of the row's category, or null (and a problem) when it is empty or unknown. */
        private String category(Candidate c, String text) {
            if (text.isEmpty()) {
                c.problem(field(ProductColumn.CATEGORY), "category is empty");
                return null;
            }
            Category found = categoryByCode.get(text.toUpperCase(Locale.ROOT));
            if (found == null) {
                found = categoryByName.get(text.toLowerCase(Locale.ROOT));
            }
            if (found == null) {
                found = categoryByNameZh.get(text);
            }
            if (found == null && options.createCategories()) {
                found = newCategory(text);
            }
            if (found == null) {
                unknownCategories.putIfAbsent(text.toLowerCase(Locale.ROOT), text);
                c.problem(field(ProductColumn.CATEGORY), "unknown category \"" + text + "\"" + (categories.isEmpty()
                        ? ": the shop has no categories yet"
                        : "; known are " + categories.stream().limit(KNOWN_CATEGORIES_SHOWN).map(Category::code)
                                .collect(Collectors.joining(", "))
                                + (categories.size() > KNOWN_CATEGORIES_SHOWN ? ", …" : "")));
                return null;
            }
            return found.id();
        }

        /**
         * A category for a name the catalog does not know. Its code is the name upper-cased, with the
         * pinyin initials for Chinese characters and '_' between words (礼盒 → LH, "Gift Boxes" → GIFT_BOXES),
         * made unique with a number if needed.
         */
        private Category newCategory(String name) {
            StringBuilder code = new StringBuilder();
            name.codePoints().forEach(cp -> {
                if (cp < 128 && Character.isLetterOrDigit(cp)) {
                    code.append(Character.toUpperCase((char) cp));
                } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    code.append(Pinyin.initials(new String(Character.toChars(cp))).toUpperCase(Locale.ROOT));
                } else if (!code.isEmpty() && code.charAt(code.length() - 1) != '_') {
                    code.append('_');
                }
            });
            String base = code.toString().replaceAll("_+$", "");
            base = base.isEmpty() ? "CATEGORY" : base.substring(0, Math.min(base.length(), MAX_CATEGORY_CODE));
            String unique = base;
            for (int n = 2; categoryByCode.containsKey(unique); n++) {
                unique = base + "_" + n;
            }
            boolean chinese = name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            Category category = new Category(newId.get(), unique, name, chinese ? name : null, null, nextSortOrder++);
            newCategories.put(category.id(), category);
            index(category);
            return category;
        }

        /** A row whose barcode another row also lists is rejected; the row of the barcode's current owner, else the first, keeps it. */
        private void checkBarcodesUsedTwice(List<Candidate> candidates) {
            Map<String, List<Candidate>> claims = new LinkedHashMap<>();
            for (Candidate c : candidates) {
                if (c.product != null) {
                    for (String code : new LinkedHashSet<>(c.product.barcodes())) {
                        claims.computeIfAbsent(code, k -> new ArrayList<>(1)).add(c);
                    }
                }
            }
            for (Map.Entry<String, List<Candidate>> claim : claims.entrySet()) {
                List<Candidate> rows = claim.getValue();
                if (rows.size() < 2) {
                    continue;
                }
                Product owner = byBarcode.get(claim.getKey());
                Candidate keeper = rows.stream().filter(c -> owner != null && c.product.id().equals(owner.id()))
                        .findFirst().orElse(rows.get(0));
                for (Candidate c : rows) {
                    if (c != keeper) {
                        c.problem(field(ProductColumn.BARCODES), "barcode " + claim.getKey() + " is also on line "
                                + keeper.line + " (SKU " + keeper.product.sku() + ")");
                    }
                }
            }
        }

        /**
         * A barcode that belongs to another product of the catalog may only move if that product's row
         * in this file gives it up and is itself imported; otherwise the row that wants it is rejected.
         */
        private void checkBarcodesOfOtherProducts(List<Candidate> candidates) {
            Map<String, Candidate> rowOfProduct = new HashMap<>();
            for (Candidate c : candidates) {
                if (c.product != null && c.before != null) {
                    rowOfProduct.putIfAbsent(c.before.id(), c);
                }
            }
            List<Move> moves = new ArrayList<>();
            for (Candidate c : candidates) {
                if (c.product == null) {
                    continue;
                }
                for (String code : new HashSet<>(c.product.barcodes())) {
                    Product owner = byBarcode.get(code);
                    if (owner == null || owner.id().equals(c.product.id())) {
                        continue;
                    }
                    Candidate ownerRow = rowOfProduct.get(owner.id());
                    if (ownerRow == null) {
                        c.problem(field(ProductColumn.BARCODES), "barcode " + code + " already belongs to SKU "
                                + owner.sku() + " (" + owner.name() + ")");
                    } else if (!ownerRow.product.barcodes().contains(code)) {
                        moves.add(new Move(c, code, owner, ownerRow));
                    }
                    // else both rows list it: reported by checkBarcodesUsedTwice
                }
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Iterator<Move> it = moves.iterator(); it.hasNext(); ) {
                    Move move = it.next();
                    if (move.giverRow().rejected()) {
                        move.taker().problem(field(ProductColumn.BARCODES), "barcode " + move.barcode()
                                + " belongs to SKU " + move.giver().sku() + ", whose row (line " + move.giverRow().line
                                + ") is rejected, so it stays there");
                        it.remove();
                        changed = true;
                    }
                }
            }
        }

        private ProductImportPlan result(List<Candidate> candidates) {
            List<PlannedProduct> creates = new ArrayList<>();
            List<PlannedProduct> updates = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            Set<String> usedCategories = new HashSet<>();
            int unchanged = 0;
            for (Candidate c : candidates) {
                if (c.rejected()) {
                    problems.addAll(c.problems);
                } else if (c.before == null) {
                    creates.add(new PlannedProduct(c.line, null, c.product));
                    usedCategories.add(c.product.categoryId());
                } else if (PlannedProduct.changedColumns(c.before, c.product).isEmpty()) {
                    unchanged++;
                } else {
                    updates.add(new PlannedProduct(c.line, c.before, c.product));
                    usedCategories.add(c.product.categoryId());
                }
            }
            // A row's problems in the order of the file's columns, as a person reads the row.
            problems.sort(Comparator.comparingInt(ImportProblem::line).thenComparingInt(this::columnPosition));
            List<Category> created = newCategories.values().stream()
                    .filter(cat -> usedCategories.contains(cat.id())).toList();
            return new ProductImportPlan(source, encoding, candidates.size(), creates, updates, unchanged, created,
                    List.copyOf(unknownCategories.values()), problems, warnings);
        }

        private Long amount(Candidate c, ProductColumn column, String label, String text) {
            try {
                return Money.parse(text, currency);
            } catch (IllegalArgumentException e) {
                int digits = Math.max(currency.getDefaultFractionDigits(), 0);
                String message;
                if (!PLAIN_DECIMAL.matcher(text).matches()) {
                    message = label + " \"" + text + "\" is not a number like " + Money.plain(1850, currency);
                } else if (new BigDecimal(text).stripTrailingZeros().scale() > digits) {
                    message = label + " \"" + text + "\" has more than " + digits + " decimals";
                } else {
                    message = label + " \"" + text + "\" is absurd: far too large";
                }
                c.problem(field(column), message);
                return null;
            }
        }

        /** A percentage such as "6", "6.5" or "13 %" in basis points. */
        private Integer taxRate(Candidate c, String text) {
            String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
            if (!PLAIN_DECIMAL.matcher(number).matches()) {
                c.problem(field(ProductColumn.TAX_RATE), "tax rate \"" + text + "\" is not a number like 6 or 6.5");
                return null;
            }
            BigDecimal basisPoints = new BigDecimal(number).movePointRight(2);
            if (basisPoints.abs().compareTo(BigDecimal.valueOf(ProductRules.MAX_TAX_RATE_BP)) > 0) {
                c.problem(field(ProductColumn.TAX_RATE), "tax rate " + number + " % is outside 0 to 100 %");
                return null;
            }
            if (basisPoints.stripTrailingZeros().scale() > 0) {
                c.problem(field(ProductColumn.TAX_RATE), "tax rate \"" + text + "\" has more than 2 decimals");
                return null;
            }
            return basisPoints.intValueExact();
        }

        private Integer wholeNumber(Candidate c, ProductColumn column, String label, String text) {
            if (PLAIN_DECIMAL.matcher(text).matches()) {
                BigDecimal value = new BigDecimal(text).stripTrailingZeros();
                if (value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                    return value.intValueExact();
                }
            }
            c.problem(field(column), label + " \"" + text + "\" is not a whole number");
            return null;
        }

        /**
         * A yes/no column: an empty cell means the default (true), a column the file does not have keeps
         * {@code current} (true for a new product).
         */
        private boolean flag(Candidate c, List<String> fields, ProductColumn column, boolean current) {
            if (!has(column)) {
                return current;
            }
            String text = value(fields, column);
            if (text.isEmpty()) {
                return true;
            }
            Boolean value = BOOLEANS.get(text.toLowerCase(Locale.ROOT));
            if (value == null) {
                c.problem(field(column), column.header() + " \"" + text
                        + "\" is not one of true, false, yes, no, 1, 0, 是, 否");
                return true;
            }
            return value;
        }

        private boolean blank(List<String> fields, ProductColumn column) {
            return value(fields, column).isEmpty();
        }

        private boolean has(ProductColumn column) {
            return columns.containsKey(column);
        }

        /** The stripped value of a column in a row; empty when the file has no such column. */
        private String value(List<String> fields, ProductColumn column) {
            Integer index = columns.get(column);
            return index == null ? "" : fields.get(index).strip();
        }

        /** Where a problem's field sits in the file: the row as a whole first, columns the file lacks last. */
        private int columnPosition(ImportProblem problem) {
            if (problem.field().equals(ImportProblem.ROW)) {
                return -1;
            }
            int index = headings.indexOf(problem.field());
            return index < 0 ? Integer.MAX_VALUE : index;
        }

        /** The column as the file's header names it, so a person finds it in the spreadsheet. */
        private String field(ProductColumn column) {
            Integer index = columns.get(column);
            return index == null ? column.header() : headings.get(index);
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
