package app.counterpart.core.demo;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.common.Money;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.sales.LinePricing;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.SaleTotals;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.shop.Device;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Builds a believable sales history for the demo shop, one business day at a time: weekday and hour
 * patterns, a seasonal curve and slow growth, regulars and occasional customers who sometimes stop
 * coming, staff shifts and partners, mixed tenders, member discounts, and occasional refunds and voids.
 * Everything comes from the seed; the same seed and end date give the same sales.
 */
public final class DemoSalesGenerator {

    /**
     * @param until last business day generated
     * @param notAfter sales after this instant are left out (the rest of "today"); null for none
     */
    public record Options(LocalDate until, int days, double scale, long seed, Instant notAfter) {
        public Options {
            if (days < 1) {
                throw new IllegalArgumentException("--days must be at least 1");
            }
            if (!(scale > 0) || scale > 1000) {
                throw new IllegalArgumentException("--scale must be above 0 and at most 1000");
            }
        }

        /** The first business day of the history. */
        public LocalDate firstDay() {
            return until.minusDays(days - 1L);
        }
    }

    private static final int BASE_SALES_PER_DAY = 130;
    private static final double[] WEEKDAY = {0.86, 0.84, 0.9, 0.95, 1.1, 1.38, 1.27};
    private static final double[] MONTH = {0.95, 0.82, 0.95, 1.0, 1.05, 1.08, 1.12, 1.12, 1.05, 1.0, 0.96, 1.1};
    private static final DateTimeFormatter NUMBER_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final DemoShop demo;
    private final Options options;
    private final Device device;
    private final BusinessCalendar calendar;
    private final Random rnd;
    private final IdGenerator ids;

    private final Map<String, List<Product>> productsByCategoryCode = new HashMap<>();
    private final Map<String, Category> categoriesById = new HashMap<>();
    private final List<Staff> cashiers = new ArrayList<>();
    private Staff owner;
    private Staff manager;
    private Staff teaHost;
    private Staff reseller;
    private final double[] visitRate;
    private final LocalDate[] churnedOn;
    private final TreeMap<LocalDate, List<Sale>> scheduled = new TreeMap<>();

    public DemoSalesGenerator(DemoShop demo, Device device, Options options) {
        this.demo = demo;
        this.options = options;
        this.device = device;
        this.calendar = demo.shop().calendar();
        this.rnd = new Random(options.seed());
        this.ids = new IdGenerator(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new Random(options.seed() * 31 + 7));
        for (Category c : demo.categories()) {
            categoriesById.put(c.id(), c);
        }
        for (Product p : demo.products()) {
            if (p.active()) {
                productsByCategoryCode.computeIfAbsent(categoriesById.get(p.categoryId()).code(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        for (Staff s : demo.staff()) {
            switch (s.role()) {
                case OWNER -> owner = s;
                case MANAGER -> manager = s;
                case CASHIER -> cashiers.add(s);
                case PARTNER -> {
                    if (teaHost == null) {
                        teaHost = s;
                    } else {
                        reseller = s;
                    }
                }
            }
        }
        if (owner == null || cashiers.isEmpty()) {
            throw new IllegalArgumentException("the demo shop needs an owner and at least one cashier");
        }
        int n = demo.customers().size();
        visitRate = new double[n];
        churnedOn = new LocalDate[n];
        LocalDate first = options.firstDay();
        for (int i = 0; i < n; i++) {
            double kind = rnd.nextDouble();
            // visits per week: a few regulars, many occasional, a long tail of rare visitors
            visitRate[i] = kind < 0.14 ? 1.2 + rnd.nextDouble() * 2.6
                    : kind < 0.6 ? 0.12 + rnd.nextDouble() * 0.5
                    : 0.02 + rnd.nextDouble() * 0.08;
            if (rnd.nextDouble() < 0.32) {
                LocalDate joined = demo.customers().get(i).joinedOn();
                LocalDate from = joined.isAfter(first) ? joined : first;
                long span = Math.max(1, options.until().toEpochDay() - from.toEpochDay());
                churnedOn[i] = from.plusDays(20 + (long) (rnd.nextDouble() * span));
            }
        }
    }

    /** Hands each business day's sales (time order, refunds and voids included) to the sink. */
    public void generate(Consumer<List<Sale>> sink) {
        LocalDate first = options.firstDay();
        for (LocalDate day = first; !day.isAfter(options.until()); day = day.plusDays(1)) {
            List<Sale> sales = day(day, first);
            if (options.notAfter() != null) {
                sales.removeIf(s -> s.createdAt().isAfter(options.notAfter()));
            }
            if (!sales.isEmpty()) {
                sink.accept(sales);
            }
        }
    }

    private List<Sale> day(LocalDate day, LocalDate first) {
        double progress = (day.toEpochDay() - first.toEpochDay()) / (double) Math.max(1, options.days());
        double factor = WEEKDAY[day.getDayOfWeek().getValue() - 1] * MONTH[day.getMonthValue() - 1]
                * (0.9 + 0.12 * progress) * (0.9 + rnd.nextDouble() * 0.2) * options.scale();
        int target = (int) Math.round(BASE_SALES_PER_DAY * factor);

        List<Draft> drafts = new ArrayList<>();
        double weekdayWeight = WEEKDAY[day.getDayOfWeek().getValue() - 1];
        for (int i = 0; i < demo.customers().size(); i++) {
            Customer c = demo.customers().get(i);
            if (c.joinedOn().isAfter(day) || (churnedOn[i] != null && !day.isBefore(churnedOn[i]))) {
                continue;
            }
            double expected = visitRate[i] / 7.0 * weekdayWeight * options.scale();
            int visits = (int) expected + (rnd.nextDouble() < expected - Math.floor(expected) ? 1 : 0);
            for (int v = 0; v < visits; v++) {
                drafts.add(new Draft(c, time(day)));
            }
        }
        while (drafts.size() < target) {
            drafts.add(new Draft(null, time(day)));
        }
        drafts.sort(Comparator.comparing(Draft::at));

        Staff morning = cashiers.get((int) (day.toEpochDay() % Math.min(2, cashiers.size())));
        Staff evening = cashiers.get(cashiers.size() > 2 ? 2 + (int) (day.toEpochDay() % (cashiers.size() - 2)) : 0);
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        Staff lead = weekend || manager == null ? owner : manager;

        List<Sale> sales = new ArrayList<>();
        for (Draft d : drafts) {
            int hour = calendar.hour(d.at());
            Staff cashier = hour < 15 ? morning : evening;
            Sale sale = sale(d, cashier, lead, weekend, hour);
            sales.add(sale);
            maybeReverse(sale, cashier);
        }
        // reversals of earlier days' sales and of today's own
        sales.addAll(scheduled.getOrDefault(day, List.of()));
        scheduled.remove(day);
        sales.sort(Comparator.comparing(Sale::createdAt));
        return number(sales, day);
    }

    private record Draft(Customer customer, Instant at) {
    }

    private Instant time(LocalDate day) {
        int open = demo.openingHour();
        int close = demo.closingHour();
        // hour weights with breakfast, lunch, afternoon tea and after-work peaks
        double[] weights = new double[close - open];
        double total = 0;
        for (int h = open; h < close; h++) {
            double w = 0.35 + peak(h, 8.5, 0.9, 0.9) + peak(h, 12.5, 1.0, 1.1) + peak(h, 15.5, 1.2, 1.2)
                    + peak(h, 18.5, 1.0, 1.1);
            weights[h - open] = w;
            total += w;
        }
        double pick = rnd.nextDouble() * total;
        int hour = open;
        for (int k = 0; k < weights.length; k++) {
            pick -= weights[k];
            if (pick <= 0) {
                hour = open + k;
                break;
            }
        }
        int seconds = rnd.nextInt(3600);
        LocalDateTime local = day.atTime(hour, 0).plusSeconds(seconds);
        return local.atZone(demo.shop().zone()).toInstant();
    }

    private static double peak(int hour, double centre, double height, double width) {
        double d = (hour + 0.5 - centre) / width;
        return height * Math.exp(-d * d);
    }

    private Sale sale(Draft d, Staff cashier, Staff lead, boolean weekend, int hour) {
        Customer customer = d.customer();
        boolean wholesale = customer != null && customer.tags().contains("wholesale") && reseller != null;
        int lineCount = wholesale ? 2 + rnd.nextInt(4) : 1 + (rnd.nextDouble() < 0.45 ? 1 : 0)
                + (rnd.nextDouble() < 0.22 ? 1 : 0) + (rnd.nextDouble() < 0.08 ? 1 : 0);
        boolean member = customer != null && customer.tags().contains("vip") && rnd.nextDouble() < 0.4;
        Map<String, Integer> quantities = new java.util.LinkedHashMap<>();
        for (int i = 0; i < lineCount; i++) {
            Product p = pickProduct(hour, weekend, customer);
            int qty = wholesale ? 4 + rnd.nextInt(12) : rnd.nextDouble() < 0.18 ? 2 + rnd.nextInt(2) : 1;
            quantities.merge(p.id(), qty, Integer::sum);
        }
        List<SaleLine> lines = new ArrayList<>();
        Map<String, Product> byId = productIndex();
        boolean teaOrWare = false;
        for (Map.Entry<String, Integer> e : quantities.entrySet()) {
            Product p = byId.get(e.getKey());
            String code = categoriesById.get(p.categoryId()).code();
            teaOrWare |= code.equals("LOOSETEA") || code.equals("TEAWARE");
            long gross = p.priceMinor() * e.getValue();
            long discount = member ? Money.percentOf(gross, 1000) : wholesale ? Money.percentOf(gross, 800) : 0;
            lines.add(LinePricing.price(ids.next(d.at()), lines.size() + 1, p.id(), e.getValue(), p.priceMinor(),
                    discount, p.taxRateBp(), p.costMinor(), demo.shop().pricesIncludeTax()));
        }
        Staff servedBy = wholesale ? reseller
                : teaOrWare && weekend && teaHost != null && hour >= 13 && rnd.nextDouble() < 0.7 ? teaHost
                : rnd.nextDouble() < 0.2 ? lead : cashier;
        long total = lines.stream().mapToLong(SaleLine::totalMinor).sum();
        return assemble(SaleKind.SALE, null, d.at(), cashier, servedBy, customer == null ? null : customer.id(),
                lines, payments(d.at(), total, customer));
    }

    private Map<String, Product> productIndex;

    private Map<String, Product> productIndex() {
        if (productIndex == null) {
            productIndex = new HashMap<>();
            demo.products().forEach(p -> productIndex.put(p.id(), p));
        }
        return productIndex;
    }

    private Product pickProduct(int hour, boolean weekend, Customer customer) {
        String[] codes = {"MILKTEA", "FRUITTEA", "LOOSETEA", "COFFEE", "BREAD", "PASTRY", "CAKE", "TRAD", "SNACK",
                "TEAWARE"};
        double morning = hour < 11 ? 1 : 0;
        double afternoon = hour >= 14 && hour < 18 ? 1 : 0;
        boolean teaLover = customer != null && customer.tags().contains("tea-lover");
        boolean sweet = customer != null && customer.tags().contains("sweet-tooth");
        double[] w = {
            3.0 + 2.0 * afternoon - 1.5 * morning,
            2.2 + 1.8 * afternoon - 1.2 * morning + (hour >= 12 && hour < 20 ? 0.6 : 0),
            0.35 + (weekend ? 0.3 : 0) + (teaLover ? 1.5 : 0),
            1.6 + 2.5 * morning,
            2.4 + 2.0 * morning,
            1.8 + 0.6 * afternoon + (sweet ? 1 : 0),
            0.9 + (weekend ? 0.4 : 0) + (sweet ? 1.2 : 0),
            1.0 + 0.3 * afternoon,
            0.8,
            0.15 + (weekend ? 0.15 : 0) + (teaLover ? 0.4 : 0)};
        String code = codes[weightedIndex(w)];
        List<Product> list = productsByCategoryCode.get(code);
        if (list == null || list.isEmpty()) {
            list = demo.products().stream().filter(Product::active).toList();
        }
        // popularity falls with position in the category: the first items are the best sellers
        double[] pw = new double[list.size()];
        for (int i = 0; i < pw.length; i++) {
            pw[i] = 1.0 / Math.pow(i + 1, 0.75);
        }
        return list.get(weightedIndex(pw));
    }

    private int weightedIndex(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += Math.max(0, w);
        }
        double pick = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            pick -= Math.max(0, weights[i]);
            if (pick <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private List<Payment> payments(Instant at, long total, Customer customer) {
        double r = rnd.nextDouble();
        boolean vip = customer != null && customer.tags().contains("vip");
        Tender tender = vip && r < 0.25 ? Tender.STORE_CREDIT
                : r < 0.47 ? Tender.WECHAT : r < 0.77 ? Tender.ALIPAY : r < 0.87 ? Tender.CASH : Tender.CARD;
        List<Payment> out = new ArrayList<>();
        if (total > 2000 && rnd.nextDouble() < 0.04) {
            long first = total / 2 / 100 * 100;
            out.add(new Payment(ids.next(at), 1, Tender.STORE_CREDIT, first, null, 0));
            out.add(new Payment(ids.next(at), 2, Tender.WECHAT, total - first, null, 0));
            return out;
        }
        if (tender == Tender.CASH) {
            long tendered = roundUpToNote(total);
            out.add(new Payment(ids.next(at), 1, tender, total, tendered, tendered - total));
        } else {
            out.add(new Payment(ids.next(at), 1, tender, total, null, 0));
        }
        return out;
    }

    private long roundUpToNote(long total) {
        long[] notes = {1000, 2000, 5000, 10000};
        if (rnd.nextDouble() < 0.3) {
            return total;
        }
        for (long n : notes) {
            if (total <= n) {
                return n;
            }
        }
        return (total + 9999) / 10000 * 10000;
    }

    /** Now and then a sale is voided at once or partly refunded in the following days. */
    private void maybeReverse(Sale sale, Staff cashier) {
        double r = rnd.nextDouble();
        if (r < 0.002) {
            Instant at = sale.createdAt().plusSeconds(30 + rnd.nextInt(150));
            schedule(reverse(sale, SaleKind.VOID, sale.lines(), at, manager == null ? owner : manager));
        } else if (r < 0.009) {
            Instant at = time(sale.businessDay().plusDays(rnd.nextInt(4)));
            if (!at.isAfter(sale.createdAt())) {
                at = sale.createdAt().plusSeconds(600 + rnd.nextInt(1800));
            }
            List<SaleLine> refunded = sale.lines().size() == 1 || rnd.nextBoolean() ? sale.lines()
                    : List.of(sale.lines().get(rnd.nextInt(sale.lines().size())));
            schedule(reverse(sale, SaleKind.REFUND, refunded, at, cashier));
        }
    }

    private void schedule(Sale reversal) {
        LocalDate day = reversal.businessDay();
        if (day.isAfter(options.until())) {
            return;
        }
        scheduled.computeIfAbsent(day, k -> new ArrayList<>()).add(reversal);
    }

    private Sale reverse(Sale original, SaleKind kind, List<SaleLine> lines, Instant at, Staff cashier) {
        List<SaleLine> out = new ArrayList<>();
        for (SaleLine l : lines) {
            out.add(l.reversal(ids.next(at), out.size() + 1));
        }
        long total = out.stream().mapToLong(SaleLine::totalMinor).sum();
        Tender tender = original.payments().get(0).tender();
        List<Payment> payments = List.of(new Payment(ids.next(at), 1, tender, total, null, 0));
        Staff servedBy = demo.staff().stream().filter(s -> s.id().equals(original.servedById())).findFirst()
                .orElse(cashier);
        Staff approver = kind == SaleKind.VOID && cashier.role() == Role.CASHIER ? owner : cashier;
        return assemble(kind, original.id(), at, approver, servedBy, original.customerId(), out, payments);
    }

    private Sale assemble(SaleKind kind, String originalId, Instant at, Staff cashier, Staff servedBy,
            String customerId, List<SaleLine> lines, List<Payment> payments) {
        SaleTotals t = SaleTotals.of(lines);
        return new Sale(ids.next(at), null, kind, originalId, device.id(), null, cashier.id(), servedBy.id(),
                customerId, at, calendar.businessDay(at), calendar.hour(at), demo.shop().currency().getCurrencyCode(),
                t.subtotalMinor(), t.discountMinor(), t.taxMinor(), t.totalMinor(), t.costMinor(), t.itemCount(), lines,
                payments);
    }

    /** Sale numbers count up per device and business day in time order: T1-20261128-0001. */
    private List<Sale> number(List<Sale> sales, LocalDate day) {
        List<Sale> out = new ArrayList<>(sales.size());
        int n = 0;
        for (Sale s : sales) {
            String number = device.code() + "-" + NUMBER_DAY.format(day) + "-" + String.format("%04d", ++n);
            out.add(new Sale(s.id(), number, s.kind(), s.originalSaleId(), s.deviceId(), s.shiftId(), s.cashierId(),
                    s.servedById(), s.customerId(), s.createdAt(), s.businessDay(), s.hour(), s.currency(),
                    s.subtotalMinor(), s.discountMinor(), s.taxMinor(), s.totalMinor(), s.costMinor(), s.itemCount(),
                    s.lines(), s.payments()));
        }
        return out;
    }
}
