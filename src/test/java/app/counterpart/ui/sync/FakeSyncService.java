package app.counterpart.ui.sync;

import app.counterpart.sync.client.RejectedItem;
import app.counterpart.sync.client.SyncException;
import app.counterpart.sync.client.SyncService;
import app.counterpart.sync.client.SyncStatus;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sync client the screens' tests set up by hand: the status to report, the items to list and what
 * "Sync now" and enrolment do. The real engine has tests of its own against a real head office.
 */
final class FakeSyncService implements SyncService {

    volatile SyncStatus status = notEnrolled();
    volatile List<RejectedItem> rejected = List.of();
    /** What the next "Sync now" reports; null reports the status unchanged. */
    volatile SyncStatus afterSync;
    volatile RuntimeException syncFailure;
    volatile SyncException enrolFailure;
    final AtomicInteger statusReads = new AtomicInteger();
    final AtomicInteger syncs = new AtomicInteger();
    final AtomicInteger rejectedReads = new AtomicInteger();
    final List<String> enrolments = new ArrayList<>();

    static SyncStatus notEnrolled() {
        return new SyncStatus(false, null, null, "T1", 0, null, null, null, 0, 0, null, false);
    }

    static SyncStatus enrolled(long pending, Instant lastSuccess, String lastError, int failures, long rejected,
            Instant nextAttempt) {
        return new SyncStatus(true, "https://hq.example.com", "Fairview Salon", "T1", pending, lastSuccess,
                lastSuccess, lastError, failures, rejected, nextAttempt, false);
    }

    @Override
    public SyncStatus status() {
        statusReads.incrementAndGet();
        return status;
    }

    @Override
    public SyncStatus syncNow() {
        syncs.incrementAndGet();
        if (syncFailure != null) {
            throw syncFailure;
        }
        if (afterSync != null) {
            status = afterSync;
        }
        return status;
    }

    @Override
    public SyncStatus enrol(URI hqUrl, String code) throws SyncException {
        enrolments.add(hqUrl + " " + code);
        if (enrolFailure != null) {
            throw enrolFailure;
        }
        status = new SyncStatus(true, hqUrl.toString(), "Fairview Salon", "T1", 0, null, null, null, 0, 0, null,
                false);
        return status;
    }

    @Override
    public List<RejectedItem> rejected(int limit) {
        rejectedReads.incrementAndGet();
        return rejected.size() > limit ? rejected.subList(0, limit) : rejected;
    }
}
