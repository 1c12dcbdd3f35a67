package app.counterpart.app;

import app.counterpart.core.shop.Device;
import app.counterpart.store.shop.JooqShopRepository;
import app.counterpart.sync.client.RejectedItem;
import app.counterpart.sync.client.SyncException;
import app.counterpart.sync.client.SyncService;
import app.counterpart.sync.client.SyncStatus;
import java.net.URI;
import java.util.List;

/**
 * PLACEHOLDER until the sync engine is merged (branch "client" replaces it with SyncEngine and this
 * file is deleted): a device that is not connected to head office and cannot be.
 */
final class NotConnectedSync implements SyncService {

    private final JooqShopRepository shops;

    NotConnectedSync(JooqShopRepository shops) {
        this.shops = shops;
    }

    @Override
    public SyncStatus status() {
        String device = shops.localDevice().map(Device::code).orElse(null);
        return new SyncStatus(false, null, null, device, 0, null, null, null, 0, 0, null, false);
    }

    @Override
    public SyncStatus syncNow() {
        return status();
    }

    @Override
    public SyncStatus enrol(URI hqUrl, String code) throws SyncException {
        throw new SyncException("This build cannot connect to head office yet.");
    }

    @Override
    public List<RejectedItem> rejected(int limit) {
        return List.of();
    }
}
