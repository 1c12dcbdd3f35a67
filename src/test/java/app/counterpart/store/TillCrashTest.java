package app.counterpart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.sell.Cart;
import app.counterpart.core.sell.CartLine;
import app.counterpart.core.sell.PricedCart;
import app.counterpart.core.sell.ShiftTally;
import app.counterpart.core.sell.Till;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Role;
import app.counterpart.store.report.RollupCheck;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.TillWorker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The till's promise on a crash (issue 4), with real parts: a separate JVM runs {@link TillWorker}, which
 * rings up sales on a real store the way the sell screen does, and this test kills it with SIGKILL at a
 * random moment in its stream of commits, several times on the same store. After each kill the store is
 * opened again (SQLite recovers its WAL) and must hold every sale the till reported paid, no part of any
 * other, rollups and shift totals equal to the raw rows, and the open cart as far as the till saved it.
 * Each restarted till restores that cart and pays it first.
 *
 * <p>The kill is a race by design, so each round is judged against every state the till can honestly be
 * in: a step that committed but was not yet reported is allowed; a reported step that is missing, or a
 * half-stored sale, is not. The choices come from one seed, printed with every failure; run with
 * {@code -Dcrash.seed=N} to replay them (the moment of the kill itself cannot be replayed).
 *
 * <p>SIGKILL ends the process, not the machine: what SQLite had written stays in the operating system's
 * cache. So this proves the all-or-nothing of each transaction and the recovery of the WAL on a process
 * crash; that a power cut keeps a reported sale rests on {@code synchronous=FULL}, which it cannot show.
 * It also means a commit is safe from SIGKILL once its WAL frames are written, before the fsync, so the
 * window in which a store that split one change over two transactions would be caught is short: with
 * the draft deleted in a transaction of its own after the sale, about one kill after PAYING in ten caught
 * it. One run gives a fair chance; {@code -Dcrash.kills=100} all but certainty.
 */
class TillCrashTest {

    private static final Logger LOG = Logger.getLogger(TillCrashTest.class.getName());

    private static final LocalDate LAST_DEMO_DAY = LocalDate.of(2026, 11, 26);
    /** 10:00 in Shanghai on the day after the demo history; each round's till starts a little later. */
    private static final Instant OPENING = Instant.parse("2026-11-27T02:00:00Z");
    /** Kills per run; {@code -Dcrash.kills=100} soaks the store in many more. */
    private static final int KILLS = Integer.getInteger("crash.kills", 5);
    private static final int MIN_PAID_BEFORE_KILL = 20;
    private static final int MAX_PAID_BEFORE_KILL = 40;
    /** Generous: a till that prints nothing for this long is stuck, not slow. */
    private static final Duration SILENCE_LIMIT = Duration.ofSeconds(90);
    /** Put after the last line once the till's output is closed; compared by identity. */
    private static final Line END = new Line("end of output", 0);

    /**
     * Which reported step a kill follows, once the round has seen enough sales paid, and how late: the
     * pause is a random share, between {@code from} and {@code to}, of the round's median time from such
     * a line to the next one.
     */
    enum Moment {
        /**
         * The till is about to pay. Kills fall in the later part of the payment, where its transaction
         * writes and commits, or just after: a store that split the sale from its draft, tally or rollups
         * would show it there.
         */
        PAYING(0.5, 1.25),
        /** A draft save was reported: the kill falls anywhere around the next save. */
        SAVED(0, 1.25),
        /** A sale was reported paid: the kill falls anywhere around the next cart's first save. */
        PAID(0, 1.25);

        final double from;
        final double to;

        Moment(double from, double to) {
            this.from = from;
            this.to = to;
        }
    }

    @TempDir
    Path tmp;

    @Test
    void aTillKilledMidStreamKeepsEveryReportedSaleNoHalfSaleAndItsOpenCart() throws Exception {
        long seed = Long.getLong("crash.seed", new SecureRandom().nextLong());
        Random rnd = new Random(seed);
        Path storeDir = tmp.resolve("store");
        try (DemoFixture store = new DemoFixture(storeDir, new MutableClock(OPENING))) {
            store.installDemo(LAST_DEMO_DAY, 2);
        }

        Map<String, Paid> paid = new LinkedHashMap<>();
        // Sales the test accounts for: those reported paid, and any whose payment committed just before a kill.
        Set<String> accounted = new HashSet<>();
        List<String> outcomes = new ArrayList<>();
        CartState draft = null;
        String shiftId = null;
        // Every moment once and the payment twice; further kills (-Dcrash.kills) at random moments.
        List<Moment> moments = new ArrayList<>(List.of(Moment.PAYING, Moment.SAVED, Moment.PAID, Moment.PAYING));
        while (moments.size() < KILLS) {
            moments.add(Moment.values()[rnd.nextInt(Moment.values().length)]);
        }
        Collections.shuffle(moments, rnd);

        for (int round = 1; round <= KILLS; round++) {
            Moment moment = moments.get(round - 1);
            int target = MIN_PAID_BEFORE_KILL + rnd.nextInt(MAX_PAID_BEFORE_KILL - MIN_PAID_BEFORE_KILL + 1);
            double lateness = moment.from + (moment.to - moment.from) * rnd.nextDouble();
            String context = "seed " + seed + ", round " + round + " (after " + moment + " once " + target
                    + " sales are paid), earlier rounds " + outcomes;
            Kill kill = runUntilKilled(storeDir, round, rnd.nextLong(), moment, target, lateness, context);
            Transcript t = kill.transcript();
            context += ", pause " + kill.pauseMicros() + " µs, output " + t.tail();
            shiftId = checkRestart(t, draft, shiftId, context);
            paid.putAll(t.paid);
            Verdict v = checkStore(storeDir, t, paid, accounted, shiftId, context);
            draft = v.draft();
            outcomes.add(round + ": " + moment + " +" + kill.pauseMicros() + " µs → " + v.outcome());
        }

        // The last restart sells a few more and stops by itself: the till carries on after all that.
        Worker last = Worker.start(storeDir, tmp.resolve("worker-last.err"),
                OPENING.plus(Duration.ofMinutes(KILLS + 1L)), rnd.nextLong(), 3);
        Transcript t = new Transcript();
        String context = "seed " + seed + ", final run, rounds " + outcomes;
        try {
            for (Line line = last.next(context); line != END; line = last.next(context)) {
                t.accept(line.text());
            }
            assertEquals(0, last.exitCode(context), "the last till ended on its own; " + context + last.stderr());
        } finally {
            last.stop();
        }
        assertEquals("DONE", t.lines.get(t.lines.size() - 1), context);
        checkRestart(t, draft, shiftId, context);
        paid.putAll(t.paid);
        Verdict v = checkStore(storeDir, t, paid, accounted, shiftId, context);
        assertEquals(null, v.draft(), "nothing is left open after a clean stop; " + context);
        LOG.info(() -> "seed " + seed + ": " + paid.size() + " sales reported; kills " + outcomes);
    }

    // ---- Running the till ----

    /** What a killed till printed, and how long after the chosen line it was killed. */
    record Kill(Transcript transcript, long pauseMicros) {
    }

    /**
     * Runs a till until {@code target} sales are paid and then the next {@code moment} line arrives,
     * and kills it after a pause: {@code lateness} times the round's median time from such a line to the
     * next, so the kill falls at a random point of the step in flight (or just after it, above 1). The
     * pace is measured, not assumed, so the kills land alike on a fast machine and a loaded one.
     */
    private Kill runUntilKilled(Path storeDir, int round, long workerSeed, Moment moment, int target,
            double lateness, String context) throws IOException, InterruptedException {
        Instant start = OPENING.plus(Duration.ofMinutes(round));
        Worker w = Worker.start(storeDir, tmp.resolve("worker-" + round + ".err"), start, workerSeed, 0);
        Transcript t = new Transcript();
        List<Long> gaps = new ArrayList<>();
        try {
            Line previous = null;
            while (true) {
                Line line = w.next(context);
                if (line == END) {
                    fail("The till stopped before it was killed (exit code " + w.exitCode(context) + "); " + context
                            + ", output " + t.tail() + w.stderr());
                }
                if (previous != null && previous.text().startsWith(moment.name() + " ")) {
                    gaps.add(line.nanos() - previous.nanos());
                }
                previous = line;
                t.accept(line.text());
                if (t.paid.size() >= target && line.text().startsWith(moment.name() + " ")) {
                    break;
                }
            }
            Collections.sort(gaps);
            long pause = gaps.isEmpty() ? 0 : (long) (lateness * gaps.get(gaps.size() / 2));
            // Only chooses when to kill; nothing is asserted about time.
            LockSupport.parkNanos(pause);
            // SIGKILL through the process handle: Process.destroyForcibly would also close our end of its
            // output, and lines it printed just before dying, still in the pipe, would be lost to the check.
            w.process.toHandle().destroyForcibly();
            // 128 + 9: the JVM died of SIGKILL rather than ending on its own.
            assertEquals(137, w.exitCode(context), "exit code of the killed till; " + context + w.stderr());
            // Whatever it printed before it died was reported too, even if we had not read it yet.
            for (Line line = w.next(context); line != END; line = w.next(context)) {
                t.accept(line.text());
            }
            return new Kill(t, pause / 1_000);
        } finally {
            w.stop();
        }
    }

    /** A line of the till's output and when it arrived here (System.nanoTime). */
    record Line(String text, long nanos) {
    }

    /** A till process and its output, read line by line on a thread of its own. */
    private static final class Worker {
        final Process process;
        final Path stderrFile;
        final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();

        private Worker(Process process, Path stderrFile) {
            this.process = process;
            this.stderrFile = stderrFile;
        }

        static Worker start(Path storeDir, Path stderrFile, Instant clockStart, long seed, int sales)
                throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // A small, quickly started JVM: the till's work is I/O bound.
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    // Anything the JVM itself has to say goes to stderr; stdout carries only the till's lines.
                    "-XX:+DisplayVMOutputToStderr",
                    "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                    // Surefire sets the full test class path here (and an IDE does too).
                    "-cp", System.getProperty("java.class.path"),
                    TillWorker.class.getName(), storeDir.toString(), clockStart.toString(), Long.toString(seed)));
            if (sales > 0) {
                command.add(Integer.toString(sales));
            }
            Process p = new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
            p.getOutputStream().close();
            Worker w = new Worker(p, stderrFile);
            Thread reader = new Thread(w::readAll, "till-worker-output");
            reader.setDaemon(true);
            reader.start();
            return w;
        }

        private void readAll() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(new Line(line, System.nanoTime()));
                }
            } catch (IOException e) {
                lines.add(new Line("READ FAILED " + e, System.nanoTime()));
            } finally {
                lines.add(END);
            }
        }

        /** The next line, or {@link #END} once the process has closed its output. */
        Line next(String context) throws InterruptedException {
            Line line = lines.poll(SILENCE_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (line == null) {
                fail("The till printed nothing for " + SILENCE_LIMIT.toSeconds() + " s; " + context + stderr());
            }
            return line;
        }

        /** Ends the process if a failed check left it running, before its store folder is deleted. */
        void stop() throws InterruptedException {
            process.destroyForcibly().waitFor(SILENCE_LIMIT.toSeconds(), TimeUnit.SECONDS);
        }

        int exitCode(String context) throws InterruptedException {
            if (!process.waitFor(SILENCE_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                fail("The till did not end within " + SILENCE_LIMIT.toSeconds() + " s; " + context + stderr());
            }
            return process.exitValue();
        }

        String stderr() {
            try {
                String text = Files.readString(stderrFile);
                return text.isBlank() ? "" : "\nits stderr:\n" + text;
            } catch (IOException e) {
                return "\n(its stderr is unreadable: " + e + ")";
            }
        }
    }

    // ---- What the till said ----

    /** A cart as the till last reported it stored (SAVED) or found it (RESTORED). */
    record CartState(String cartId, int lines, int tenders, long dueMinor, boolean complete) {
        static CartState parse(String[] f) {
            return new CartState(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Long.parseLong(f[4]),
                    f[5].equals("1"));
        }
    }

    record Paid(String saleId, String number, long totalMinor) {
    }

    /** Everything one run of the till printed, parsed; a line that does not parse fails the test. */
    private static final class Transcript {
        final List<String> lines = new ArrayList<>();
        final Map<String, Paid> paid = new LinkedHashMap<>();
        final Set<String> carts = new LinkedHashSet<>();
        String shiftId;
        boolean restoredSeen;
        CartState restored;
        CartState last;

        void accept(String line) {
            lines.add(line);
            String[] f = line.split(" ");
            try {
                switch (f[0]) {
                    case "SHIFT" -> shiftId = f[1];
                    case "RESTORED" -> {
                        restoredSeen = true;
                        if (!f[1].equals("none")) {
                            restored = CartState.parse(f);
                            last = restored;
                            carts.add(restored.cartId());
                        }
                    }
                    case "SAVED" -> {
                        last = CartState.parse(f);
                        carts.add(last.cartId());
                    }
                    case "PAID" -> paid.put(f[1], new Paid(f[1], f[2], Long.parseLong(f[3])));
                    case "PAYING", "DONE" -> {
                    }
                    default -> throw new IllegalArgumentException("unknown line");
                }
            } catch (RuntimeException e) {
                fail("The till printed a line this test cannot read: \"" + line + "\" (" + e + ")");
            }
        }

        String tail() {
            return lines.subList(Math.max(0, lines.size() - 6), lines.size()).toString();
        }
    }

    /** Each restart reports the shift it sells in, and restores (then pays first) the cart left open. */
    private static String checkRestart(Transcript t, CartState expectedDraft, String shiftId, String context) {
        assertNotNull(t.shiftId, "the till named its shift; " + context);
        if (shiftId != null) {
            assertEquals(shiftId, t.shiftId, "a restart carries on in the open shift; " + context);
        }
        assertTrue(t.restoredSeen, "the till said what it restored; " + context);
        if (expectedDraft == null) {
            assertEquals(null, t.restored, "nothing was open, so nothing is restored; " + context);
        } else {
            assertEquals(expectedDraft, t.restored, "the restarted till restores the cart left open; " + context);
            assertTrue(t.paid.containsKey(expectedDraft.cartId()),
                    "the restarted till pays the cart it restored; " + context);
        }
        return t.shiftId;
    }

    // ---- What the store holds ----

    /** The open cart found after the kill (null if none) and which of the allowed states the kill left. */
    record Verdict(CartState draft, String outcome) {
    }

    /**
     * Opens the store after a kill and checks it against what the till reported; {@code accounted} holds
     * the ids of sales already accounted for, and gains the one sale a kill may have left unreported.
     */
    private Verdict checkStore(Path storeDir, Transcript t, Map<String, Paid> reported, Set<String> accounted,
            String shiftId, String context) {
        try (DemoFixture store = new DemoFixture(storeDir, new MutableClock(OPENING.plus(Duration.ofHours(3))))) {
            checkRawRows(store, context);

            // Every sale the till reported paid is stored as reported.
            Map<String, Record> inShift = new HashMap<>();
            for (Record r : store.db.read(ctx -> ctx.fetch(
                    "SELECT s.id, s.number, s.total_minor, (SELECT count(*) FROM sale_line l WHERE l.sale_id = s.id)"
                            + " FROM sale s WHERE s.shift_id = ?", shiftId))) {
                inShift.put(r.get(0, String.class), r);
            }
            for (Paid p : reported.values()) {
                Record r = inShift.get(p.saleId());
                assertNotNull(r, "sale " + p.number() + " was reported paid and must be stored; " + context);
                assertEquals(p.number(), r.get(1, String.class), context);
                assertEquals(p.totalMinor(), r.get(2, Long.class), context);
            }
            accounted.addAll(reported.keySet());
            Set<String> unreported = new LinkedHashSet<>(inShift.keySet());
            unreported.removeAll(accounted);

            checkShiftTally(store, shiftId, inShift.size(), context);
            checkNumbersHaveNoGaps(store, context);

            Till till = till(store);
            String cashierId = store.staff.staff().stream().filter(s -> s.role() == Role.CASHIER).findFirst()
                    .orElseThrow().id();
            Cart open = till.restoreCart(cashierId);
            Cart draft = open.isEmpty() ? null : open;
            if (draft != null) {
                assertFalse(inShift.containsKey(draft.id()), "a paid cart is not open again; " + context);
                checkLineIds(draft, context);
            }
            // Nothing the till saved is lost: every cart it reported is paid, or is the one still open.
            for (String cartId : t.carts) {
                assertTrue(inShift.containsKey(cartId) || draft != null && draft.id().equals(cartId),
                        "cart " + cartId + " was saved by the till and is neither paid nor open; " + context);
            }

            String outcome = judgeTheKill(t.last, reported, unreported, inShift, draft, store, context);
            accounted.addAll(unreported);
            CartState left = draft == null ? null : state(draft, store);
            return new Verdict(left, outcome);
        }
    }

    /**
     * Which state the kill left, and whether it is one the till may honestly be in given the last cart
     * state it reported: exactly that, or at most one step further (one more line, one more tender, or
     * the payment) that committed before the till could print it.
     */
    private static String judgeTheKill(CartState last, Map<String, Paid> reported, Set<String> unreported,
            Map<String, Record> inShift, Cart draft, DemoFixture store, String context) {
        if (last == null || reported.containsKey(last.cartId())) {
            assertEquals(Set.of(), unreported, "no sale is stored beyond those reported; " + context);
            if (draft == null) {
                return "nothing open";
            }
            assertEquals(1, draft.lines().size(), "a new cart can be one line ahead at most; " + context);
            assertEquals(0, draft.tenders().size(), context);
            return "new cart's first line stored, unreported";
        }
        if (unreported.contains(last.cartId())) {
            assertTrue(last.complete(), "only a paid-up cart can become a sale; " + context);
            assertEquals(Set.of(last.cartId()), unreported, "one sale at most is stored unreported; " + context);
            assertEquals(null, draft, "the payment removed the cart's draft in its transaction; " + context);
            Record sale = inShift.get(last.cartId());
            assertEquals(last.lines(), sale.get(3, Integer.class), context);
            assertEquals(last.dueMinor(), sale.get(2, Long.class), context);
            return "payment committed, unreported";
        }
        assertEquals(Set.of(), unreported, "no sale is stored beyond those reported; " + context);
        assertNotNull(draft, "the cart the till last saved (" + last + ") is lost; " + context);
        assertEquals(last.cartId(), draft.id(), "the open cart is the one the till last saved; " + context);
        CartState now = state(draft, store);
        if (now.lines() == last.lines()) {
            assertEquals(last.dueMinor(), now.dueMinor(), "the saved lines come back as saved; " + context);
            int ahead = now.tenders() - last.tenders();
            assertTrue(ahead == 0 || ahead == 1 && !last.complete(),
                    "the draft holds " + now + " after the till reported " + last + "; " + context);
            return ahead == 0 ? "draft as reported" : "draft one tender ahead, unreported";
        }
        assertEquals(last.lines() + 1, now.lines(),
                "the draft holds " + now + " after the till reported " + last + "; " + context);
        assertEquals(0, last.tenders(), context);
        assertEquals(0, now.tenders(), context);
        return "draft one line ahead, unreported";
    }

    private static CartState state(Cart cart, DemoFixture store) {
        boolean inclusive = store.shops.shop().orElseThrow().pricesIncludeTax();
        long due = PricedCart.of(cart, inclusive).dueMinor();
        long paid = cart.tenders().stream().mapToLong(e -> e.amountMinor()).sum();
        return new CartState(cart.id(), cart.lines().size(), cart.tenders().size(), due, paid >= due);
    }

    /** The till names lines cart-1, cart-2, ...: a draft holds a prefix of what was rung up, in order. */
    private static void checkLineIds(Cart draft, String context) {
        List<String> ids = draft.lines().stream().map(CartLine::id).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= ids.size(); i++) {
            expected.add(draft.id() + "-" + i);
        }
        assertEquals(expected, ids, context);
    }

    private static Till till(DemoFixture store) {
        Shop shop = store.shops.shop().orElseThrow();
        return new Till(store.till, store.customers, new EventBus(e -> {
            throw e;
        }), IdGenerator.secure(store.clock), store.clock, shop, store.shops.localDevice().orElseThrow());
    }

    /**
     * The file is sound and every sale is whole: its header figures are the sums of its lines, its
     * payments add up to its total, and each has its outbox row, audit entry, stock movements and store
     * credit booking. Rollups equal what the raw rows give.
     */
    private static void checkRawRows(DemoFixture store, String context) {
        assertEquals(List.of("ok"), column(store, "PRAGMA integrity_check"), context);
        assertEquals(List.of(), column(store, "PRAGMA foreign_key_check"), "foreign keys; " + context);
        assertEquals(List.of(), column(store, """
                SELECT s.number FROM sale s
                LEFT JOIN (SELECT sale_id, count(*) n, sum(quantity) q, sum(unit_price_minor * quantity) sub,
                                  sum(discount_minor) d, sum(tax_minor) tx, sum(total_minor) tot, sum(cost_minor) c
                           FROM sale_line GROUP BY sale_id) l ON l.sale_id = s.id
                LEFT JOIN (SELECT sale_id, sum(amount_minor) a FROM payment GROUP BY sale_id) p ON p.sale_id = s.id
                WHERE l.n IS NULL OR l.q <> s.item_count OR l.sub <> s.subtotal_minor OR l.d <> s.discount_minor
                   OR l.tx <> s.tax_minor OR l.tot <> s.total_minor OR l.c <> s.cost_minor
                   OR coalesce(p.a, 0) <> s.total_minor"""), "sales whose lines or payments do not add up; " + context);
        assertEquals(List.of(), column(store, """
                SELECT s.number FROM sale s
                LEFT JOIN (SELECT entity_id, count(*) n FROM outbox WHERE entity = 'sale' GROUP BY entity_id) o
                       ON o.entity_id = s.id
                LEFT JOIN (SELECT entity_id, count(*) n FROM audit_log WHERE entity = 'sale' GROUP BY entity_id) a
                       ON a.entity_id = s.id
                WHERE coalesce(o.n, 0) <> 1 OR coalesce(a.n, 0) <> 1"""),
                "sales without exactly one outbox row and one audit entry; " + context);
        assertEquals(List.of(), column(store, """
                SELECT l.id FROM sale_line l JOIN product p ON p.id = l.product_id
                LEFT JOIN stock_movement m ON m.sale_line_id = l.id
                WHERE (p.track_stock = 1) <> (m.id IS NOT NULL) OR m.quantity <> -l.quantity"""),
                "sale lines without their stock movement; " + context);
        assertEquals(List.of(), column(store, """
                SELECT coalesce(v.product_id, m.product_id) FROM stock_level v
                FULL JOIN (SELECT product_id, sum(quantity) q FROM stock_movement GROUP BY product_id) m
                       ON m.product_id = v.product_id
                WHERE coalesce(v.on_hand, 0) <> coalesce(m.q, 0)"""), "on hand against the ledger; " + context);
        assertEquals(List.of(), column(store, """
                SELECT p.id FROM payment p JOIN sale s ON s.id = p.sale_id
                WHERE p.tender = 'store_credit' AND p.amount_minor <> 0 AND s.customer_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM store_credit c WHERE c.id = 'sc-' || p.id
                                  AND c.amount_minor = -p.amount_minor AND c.sale_id = s.id)
                UNION ALL
                SELECT c.id FROM store_credit c WHERE c.sale_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM payment p WHERE 'sc-' || p.id = c.id)
                UNION ALL
                SELECT customer_id FROM store_credit GROUP BY customer_id HAVING sum(amount_minor) < 0"""),
                "store credit against its payments; " + context);
        assertEquals(List.of(), column(store, """
                SELECT id FROM cart_draft WHERE parked = 1 OR id IN (SELECT id FROM sale)"""),
                "drafts set aside, or left behind by a paid cart; " + context);
        assertEquals(List.of(), new RollupCheck(store.db).verify(), "rollups against raw rows; " + context);
    }

    /** The shift's running totals, kept in each sale's transaction, equal the sums of its sales. */
    private static void checkShiftTally(DemoFixture store, String shiftId, int salesInShift, String context) {
        ShiftTally tally = store.till.tally(shiftId);
        assertEquals(salesInShift, tally.salesCount(), "sales counted in the shift; " + context);
        Record sums = store.db.read(ctx -> ctx.fetchOne("""
                SELECT coalesce(sum(total_minor), 0), coalesce(sum(tax_minor), 0), coalesce(sum(discount_minor), 0),
                       coalesce(sum(item_count), 0)
                FROM sale WHERE shift_id = ?""", shiftId));
        assertEquals(List.of(sums.get(0, Long.class), sums.get(1, Long.class), sums.get(2, Long.class),
                        sums.get(3, Long.class)),
                List.of(tally.revenueMinor(), tally.taxMinor(), tally.discountMinor(), (long) tally.itemCount()),
                "shift revenue, tax, discount and items; " + context);
        Map<String, Long> byTender = new HashMap<>();
        store.db.read(ctx -> ctx.fetch("""
                SELECT p.tender, sum(p.amount_minor) FROM payment p JOIN sale s ON s.id = p.sale_id
                WHERE s.shift_id = ? GROUP BY p.tender""", shiftId))
                .forEach(r -> byTender.put(r.get(0, String.class), r.get(1, Long.class)));
        Map<String, Long> tallied = new HashMap<>();
        tally.byTender().forEach((tender, amount) -> tallied.put(tender.code(), amount));
        assertEquals(byTender, tallied, "shift takings per tender; " + context);
    }

    /** Receipt numbers of the till's day run 0001, 0002, ... with no gap and no repeat. */
    private static void checkNumbersHaveNoGaps(DemoFixture store, String context) {
        String code = store.shops.localDevice().orElseThrow().code();
        LocalDate day = store.shops.shop().orElseThrow().calendar().businessDay(OPENING);
        String prefix = code + "-" + day.toString().replace("-", "") + "-";
        List<String> numbers = store.db.read(ctx -> ctx.fetch(
                "SELECT number FROM sale WHERE business_day = ? ORDER BY number", day.toString())
                .getValues(0, String.class));
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= numbers.size(); i++) {
            expected.add(prefix + String.format("%04d", i));
        }
        assertEquals(expected, numbers, "receipt numbers; " + context);
    }

    private static List<String> column(DemoFixture store, String sql) {
        return store.db.read(ctx -> ctx.fetch(sql).getValues(0, String.class));
    }
}
