package app.counterpart.sync.client;

import static app.counterpart.store.jooq.Tables.DEVICE;
import static app.counterpart.store.jooq.Tables.OUTBOX;
import static app.counterpart.store.jooq.Tables.SYNC_REJECTED;
import static app.counterpart.store.jooq.Tables.SYNC_STATE;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SyncFinished;
import app.counterpart.store.Database;
import app.counterpart.sync.protocol.Messages.EnrolRequest;
import app.counterpart.sync.protocol.Messages.EnrolResponse;
import app.counterpart.sync.protocol.Messages.Mutation;
import app.counterpart.sync.protocol.Messages.PullResponse;
import app.counterpart.sync.protocol.Messages.PushResponse;
import app.counterpart.sync.protocol.Messages.Rejection;
import app.counterpart.sync.protocol.Protocol;
import app.counterpart.sync.protocol.Wire;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * One device's sync with head office: a cycle pushes the outbox page by page until it is empty, then
 * pulls head office's change log until it has no more. An outbox row leaves only after head office
 * acknowledged it; a mutation head office refused for good is kept in {@code sync_rejected} and leaves
 * the queue, so it never blocks what comes after it. One cycle at a time per process.
 */
public final class SyncEngine implements SyncService {

    public static final String NOT_ENROLLED =
            "This device is not enrolled: run counterpart enrol --url URL --code CODE";

    private static final System.Logger LOG = System.getLogger("app.counterpart.sync");

    /** What one cycle did. {@code error} is null when it finished: the outbox emptied and the pull done. */
    public record Cycle(boolean ok, int sent, int received, String error, SyncStatus status) {
    }

    private record Link(URI hqUrl, String shopId, String token, long pullCursor) {
    }

    private record LocalDevice(String id, String code, String name) {
    }

    private final Database db;
    private final ChangeApplier applier;
    private final EventBus events;
    private final Clock clock;
    private final OutboxReader outbox;
    private final SyncSettings settings;
    private final ReentrantLock cycleLock = new ReentrantLock();
    /** Built again only when the trust store setting changes: it holds threads and connections. */
    private HttpClient http;
    private String httpTrust;

    public SyncEngine(Database db, ChangeApplier applier, EventBus events, Clock clock) {
        this(db, applier, events, clock, new OutboxReader(db));
    }

    SyncEngine(Database db, ChangeApplier applier, EventBus events, Clock clock, OutboxReader outbox) {
        this.db = db;
        this.applier = applier;
        this.events = events;
        this.clock = clock;
        this.outbox = outbox;
        this.settings = new SyncSettings(db);
    }

    public boolean enrolled() {
        return db.read(ctx -> ctx.fetchExists(SYNC_STATE));
    }

    @Override
    public SyncStatus syncNow() {
        return cycle().status();
    }

    /**
     * Runs one cycle, after the one under way if there is one. Not enrolled: nothing runs and the
     * cycle is not ok. Every cycle that ran is recorded in {@code sync_state} and announced with
     * {@link SyncFinished}.
     */
    public Cycle cycle() {
        Progress progress = new Progress();
        String error;
        cycleLock.lock();
        try {
            Link link = link();
            if (link == null) {
                return new Cycle(false, 0, 0, NOT_ENROLLED, status());
            }
            long started = clock.millis();
            db.write(ctx -> ctx.update(SYNC_STATE).set(SYNC_STATE.LAST_ATTEMPT_AT, started).execute());
            error = run(link, progress);
            if (error == null) {
                db.write(ctx -> ctx.update(SYNC_STATE).set(SYNC_STATE.LAST_SUCCESS_AT, clock.millis())
                        .setNull(SYNC_STATE.LAST_ERROR).set(SYNC_STATE.FAILURES, 0).execute());
            } else {
                db.write(ctx -> ctx.update(SYNC_STATE).set(SYNC_STATE.LAST_ERROR, error)
                        .set(SYNC_STATE.FAILURES, SYNC_STATE.FAILURES.plus(1)).execute());
            }
        } finally {
            cycleLock.unlock();
        }
        // After the lock, so a listener asking for the status sees the cycle over.
        events.publish(new SyncFinished(error == null, progress.sent, progress.received));
        return new Cycle(error == null, progress.sent, progress.received, error, status());
    }

    private static final class Progress {
        int sent;
        int received;
    }

    /** The cycle's work; returns null when it finished, else a sentence saying why not. */
    private String run(Link link, Progress progress) {
        try {
            HqClient hq = new HqClient(httpClient(), link.hqUrl(), link.token(), HqClient.REQUEST_TIMEOUT);
            push(hq, progress);
            pull(hq, link.pullCursor(), progress);
            LOG.log(System.Logger.Level.INFO, "sync cycle sent {0}, received {1}", progress.sent, progress.received);
            return null;
        } catch (SyncException e) {
            LOG.log(System.Logger.Level.WARNING, "sync cycle stopped: {0}", e.getMessage());
            return e.getMessage();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "sync cycle failed", e);
            return "Sync failed on this device: " + (e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    private void push(HqClient hq, Progress progress) throws SyncException {
        String deviceId = localDevice().id();
        OutboxReader.Page page = outbox.nextPage();
        while (!page.isEmpty()) {
            List<Mutation> sent = page.mutations();
            long first = sent.get(0).seq();
            long last = sent.get(sent.size() - 1).seq();
            // The next page is read while head office applies this one; it is used only if this one is
            // acknowledged exactly, else the outbox is read again.
            CompletableFuture<OutboxReader.Page> ahead = CompletableFuture.supplyAsync(() -> outbox.nextPage(last + 1));
            try {
                PushResponse answer = hq.push(deviceId, page);
                if (answer.ackedThrough() < first) {
                    throw new SyncException("Head office acknowledged none of the changes from " + first
                            + " on; sync will try again.");
                }
                progress.sent += acknowledge(sent, answer);
                page = answer.ackedThrough() == last ? join(ahead) : outbox.nextPage();
            } catch (SeqGapException gap) {
                if (gap.expectedSeq() <= first) {
                    throw new SyncException("Head office expects change " + gap.expectedSeq()
                            + ", which this device no longer holds (its oldest unsent change is " + first + ").", gap);
                }
                // Head office applied these before and its acknowledgement was lost.
                long expected = gap.expectedSeq();
                db.write(ctx -> ctx.deleteFrom(OUTBOX).where(OUTBOX.SEQ.lt((int) expected)).execute());
                page = outbox.nextPage();
            }
        }
    }

    private static OutboxReader.Page join(CompletableFuture<OutboxReader.Page> ahead) {
        try {
            return ahead.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * In one transaction: keeps what head office refused, with the mutation's data, and deletes every
     * acknowledged outbox row. Returns how many of the page's mutations were acknowledged.
     */
    private int acknowledge(List<Mutation> page, PushResponse answer) {
        Map<Long, Mutation> bySeq = page.stream().collect(Collectors.toMap(Mutation::seq, Function.identity()));
        long at = clock.millis();
        List<Rejection> rejected = answer.rejected() == null ? List.of() : answer.rejected();
        db.write(ctx -> {
            for (Rejection r : rejected) {
                reject(ctx, r, bySeq.get(r.seq()), at);
            }
            ctx.deleteFrom(OUTBOX).where(OUTBOX.SEQ.le((int) Math.min(answer.ackedThrough(), Integer.MAX_VALUE)))
                    .execute();
            return null;
        });
        return (int) page.stream().filter(m -> m.seq() <= answer.ackedThrough()).count();
    }

    private static void reject(DSLContext ctx, Rejection r, Mutation m, long at) {
        String entity = m != null ? m.entity() : Objects.requireNonNullElse(r.entity(), "unknown");
        String entityId = m != null ? m.entityId() : Objects.requireNonNullElse(r.entityId(), "");
        String data = m != null && m.data() != null ? new String(Wire.write(m.data()),
                java.nio.charset.StandardCharsets.UTF_8) : null;
        String reason = r.reason() != null ? r.reason() : "refused by head office";
        ctx.insertInto(SYNC_REJECTED, SYNC_REJECTED.DIRECTION, SYNC_REJECTED.REF, SYNC_REJECTED.MUTATION_ID,
                        SYNC_REJECTED.ENTITY, SYNC_REJECTED.ENTITY_ID, SYNC_REJECTED.REASON, SYNC_REJECTED.DATA,
                        SYNC_REJECTED.AT)
                .values("out", r.seq(), m != null ? m.id() : r.mutationId(), entity, entityId, reason, data, at)
                .onConflictDoNothing().execute();
    }

    private void pull(HqClient hq, long cursor, Progress progress) throws SyncException {
        while (true) {
            PullResponse page = hq.pull(cursor, Protocol.MAX_PULL_CHANGES);
            var changes = page.changes() == null ? List.<app.counterpart.sync.protocol.Messages.Change>of()
                    : page.changes();
            if (!changes.isEmpty() || page.next() != cursor) {
                progress.received += applier.apply(changes, page.next());
            }
            if (!page.more()) {
                return;
            }
            if (page.next() <= cursor) {
                throw new SyncException("Head office's change log did not move past " + cursor
                        + "; sync will try again.");
            }
            cursor = page.next();
        }
    }

    private synchronized HttpClient httpClient() throws SyncException {
        Path trust = settings.trustStore().orElse(null);
        String key = trust == null ? "" : trust + "\u0000" + settings.trustPassword();
        if (http == null || !key.equals(httpTrust)) {
            http = HqClient.httpClient(trust, settings.trustPassword(), HqClient.CONNECT_TIMEOUT);
            httpTrust = key;
        }
        return http;
    }

    /**
     * Presents a one-time code to head office and keeps the link. Enrolling again (a new code, or
     * another head office) replaces the link; the pull starts over unless it is the same shop at the
     * same address.
     */
    @Override
    public SyncStatus enrol(URI hqUrl, String code) throws SyncException {
        if (hqUrl == null || hqUrl.getHost() == null
                || !("https".equalsIgnoreCase(hqUrl.getScheme()) || "http".equalsIgnoreCase(hqUrl.getScheme()))) {
            throw new SyncException("Head office's address must look like https://host:port, not " + hqUrl + ".");
        }
        if (code == null || code.isBlank()) {
            throw new SyncException("The enrolment code is empty: ask head office for one.");
        }
        cycleLock.lock();
        try {
            LocalDevice device = localDevice();
            if (device == null) {
                throw new SyncException("This data folder holds no shop yet: set one up before enrolling.");
            }
            EnrolResponse answer = new HqClient(httpClient(), hqUrl, null, HqClient.REQUEST_TIMEOUT)
                    .enrol(new EnrolRequest(Protocol.VERSION, code.trim(), device.id(), device.code(), device.name()));
            if (answer.token() == null || answer.shopId() == null) {
                throw new SyncException("Head office's answer to the enrolment carried no token.");
            }
            keepLink(hqUrl, answer);
            LOG.log(System.Logger.Level.INFO, "enrolled with {0} as shop {1}", hqUrl, answer.shopName());
            return status();
        } finally {
            cycleLock.unlock();
        }
    }

    private void keepLink(URI hqUrl, EnrolResponse answer) {
        long now = clock.millis();
        String shopName = Objects.requireNonNullElse(answer.shopName(), answer.shopId());
        db.write(ctx -> {
            Link old = link(ctx);
            boolean sameShop = old != null && old.shopId().equals(answer.shopId()) && old.hqUrl().equals(hqUrl);
            ctx.deleteFrom(SYNC_STATE).execute();
            ctx.insertInto(SYNC_STATE, SYNC_STATE.HQ_URL, SYNC_STATE.SHOP_ID, SYNC_STATE.SHOP_NAME,
                            SYNC_STATE.DEVICE_TOKEN, SYNC_STATE.ENROLLED_AT, SYNC_STATE.PULL_CURSOR)
                    .values(hqUrl.toString(), answer.shopId(), shopName, answer.token(), now,
                            sameShop ? old.pullCursor() : 0L)
                    .execute();
            return null;
        });
    }

    @Override
    public SyncStatus status() {
        boolean running = cycleLock.isLocked();
        return db.read(ctx -> {
            var state = ctx.selectFrom(SYNC_STATE).fetchOne();
            String deviceCode = ctx.select(DEVICE.CODE).from(DEVICE).where(DEVICE.IS_LOCAL.eq(1))
                    .fetchOne(DEVICE.CODE);
            long pending = ctx.fetchCount(OUTBOX);
            long rejected = ctx.fetchCount(SYNC_REJECTED);
            if (state == null) {
                return new SyncStatus(false, null, null, deviceCode, pending, null, null, null, 0, rejected, null,
                        running);
            }
            return new SyncStatus(true, state.getHqUrl(), state.getShopName(), deviceCode, pending,
                    instant(state.getLastSuccessAt()), instant(state.getLastAttemptAt()), state.getLastError(),
                    state.getFailures(), rejected, null, running);
        });
    }

    @Override
    public List<RejectedItem> rejected(int limit) {
        return db.read(ctx -> ctx.selectFrom(SYNC_REJECTED).orderBy(SYNC_REJECTED.AT.desc(), SYNC_REJECTED.ID.desc())
                .limit(limit).fetch(r -> new RejectedItem(r.getDirection(), r.getRef(), r.getMutationId(),
                        r.getEntity(), r.getEntityId(), r.getReason(), Instant.ofEpochMilli(r.getAt()))));
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private Link link() {
        return db.read(SyncEngine::link);
    }

    private static Link link(DSLContext ctx) {
        return ctx.selectFrom(SYNC_STATE).fetchOptional().map(r -> new Link(URI.create(r.getHqUrl()), r.getShopId(),
                r.getDeviceToken(), r.getPullCursor())).orElse(null);
    }

    private LocalDevice localDevice() {
        return db.read(ctx -> ctx.select(DEVICE.ID, DEVICE.CODE, DEVICE.NAME).from(DEVICE).where(DEVICE.IS_LOCAL.eq(1))
                .fetchOptional(r -> new LocalDevice(r.value1(), r.value2(), r.value3())).orElse(null));
    }
}
