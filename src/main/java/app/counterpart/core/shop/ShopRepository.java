package app.counterpart.core.shop;

import java.util.Optional;

public interface ShopRepository {

    /** The shop of this store, empty on a first run. */
    Optional<Shop> shop();

    /** The device row that describes this machine. */
    Optional<Device> localDevice();

    /** Creates the shop and this machine's device in one transaction. */
    void create(Shop shop, Device localDevice);

    /**
     * Makes this store a new device of the same shop: a copy of another till's file becomes till T2.
     * The old device stays as a sibling (its sales keep pointing at it); this copy's queue of changes
     * is cleared because they are the other device's to send, and its head-office link is dropped.
     */
    void becomeNewDevice(Device device);

    Optional<String> setting(String key);

    void putSetting(String key, String value);
}
