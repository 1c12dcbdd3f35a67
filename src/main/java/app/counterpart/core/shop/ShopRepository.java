package app.counterpart.core.shop;

import java.util.Optional;

public interface ShopRepository {

    /** The shop of this store, empty on a first run. */
    Optional<Shop> shop();

    /** The device row that describes this machine. */
    Optional<Device> localDevice();

    /** Creates the shop and this machine's device in one transaction. */
    void create(Shop shop, Device localDevice);

    Optional<String> setting(String key);

    void putSetting(String key, String value);
}
