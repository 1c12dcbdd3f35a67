package app.counterpart.core.customers.timeline;

import app.counterpart.core.common.IdGenerator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's service history: notes, calls, visits, follow-ups and complaints, each by a member of
 * staff at a time. Append-only: a mistake is put right by a correction, a new entry that names the
 * one it corrects; both stay on the record.
 */
public final class ServiceTimeline {

    /** The most a single entry holds, in characters (as the database counts them). */
    public static final int MAX_LENGTH = 4000;

    private final TimelineRepository repo;
    private final IdGenerator ids;
    private final Clock clock;

    public ServiceTimeline(TimelineRepository repo, IdGenerator ids, Clock clock) {
        this.repo = repo;
        this.ids = ids;
        this.clock = clock;
    }

    /** What is wrong with a text typed for an entry, if anything. */
    public static Optional<TimelineException> check(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            return Optional.of(new TimelineException(TimelineException.Problem.EMPTY));
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            return Optional.of(new TimelineException(TimelineException.Problem.TOO_LONG, length, MAX_LENGTH));
        }
        return Optional.empty();
    }

    /** Writes a new entry for the customer. */
    public ServiceEntry add(String customerId, String staffId, ServiceKind kind, String body) {
        return write(customerId, staffId, kind, body, null);
    }

    /**
     * Writes a correction of an entry. Correcting a correction corrects the entry it corrected, so an
     * entry's corrections form one list and the newest stands.
     */
    public ServiceEntry correct(String entryId, String staffId, ServiceKind kind, String body) {
        ServiceEntry target = repo.entry(entryId)
                .orElseThrow(() -> new TimelineException(TimelineException.Problem.UNKNOWN_ENTRY, entryId));
        String rootId = target.correctsId() == null ? target.id() : target.correctsId();
        return write(target.customerId(), staffId, kind, body, rootId);
    }

    private ServiceEntry write(String customerId, String staffId, ServiceKind kind, String body, String correctsId) {
        Optional<TimelineException> problem = check(body);
        if (problem.isPresent()) {
            throw problem.get();
        }
        if (staffId == null) {
            throw new TimelineException(TimelineException.Problem.NO_STAFF);
        }
        ServiceEntry entry = new ServiceEntry(ids.next(), customerId, staffId, null, null, kind, body.strip(),
                correctsId, clock.instant());
        repo.add(entry);
        return entry;
    }

    /** The customer's timeline, newest first; corrections sit with the entry they correct. */
    public List<TimelineItem> timeline(String customerId) {
        return items(repo.entries(customerId));
    }

    /** Groups stored entries into timeline items, newest entry first (a correction keeps its entry's place). */
    public static List<TimelineItem> items(List<ServiceEntry> entries) {
        Map<String, ServiceEntry> originals = new LinkedHashMap<>();
        Map<String, List<ServiceEntry>> corrections = new LinkedHashMap<>();
        List<ServiceEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(ServiceEntry::at).thenComparing(ServiceEntry::id));
        for (ServiceEntry e : sorted) {
            if (e.correctsId() == null) {
                originals.put(e.id(), e);
            } else {
                corrections.computeIfAbsent(e.correctsId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<TimelineItem> items = new ArrayList<>();
        originals.forEach((id, e) -> items.add(new TimelineItem(e, corrections.getOrDefault(id, List.of()))));
        items.sort(Comparator.comparing((TimelineItem i) -> i.original().at()).thenComparing(i -> i.original().id())
                .reversed());
        return items;
    }

    /** The newest entry, for the till's customer area. */
    public Optional<ServiceEntry> latest(String customerId) {
        return customerId == null ? Optional.empty() : repo.latest(customerId);
    }
}
