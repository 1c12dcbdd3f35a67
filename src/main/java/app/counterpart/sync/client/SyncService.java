package app.counterpart.sync.client;

import java.net.URI;
import java.util.List;

/**
 * The shop side of sync as the UI and the command line see it. Every method reads the store or the
 * network: call it off the FX thread (through the TaskExecutor).
 */
public interface SyncService {

    SyncStatus status();

    /** Runs one cycle now (or waits for the one under way) and returns the status after it. */
    SyncStatus syncNow();

    /**
     * Enrols this device with head office using a one-time code, keeping the URL and the token.
     *
     * @throws SyncException with a sentence for a person when head office refuses or cannot be reached
     */
    SyncStatus enrol(URI hqUrl, String code) throws SyncException;

    /** The newest rejected items first. */
    List<RejectedItem> rejected(int limit);
}
