package app.counterpart.store.shop;

import static app.counterpart.store.jooq.Tables.CART_DRAFT;
import static app.counterpart.store.jooq.Tables.CART_DRAFT_LINE;
import static app.counterpart.store.jooq.Tables.CART_DRAFT_TENDER;
import static app.counterpart.store.jooq.Tables.DEVICE;
import static app.counterpart.store.jooq.Tables.OUTBOX;
import static app.counterpart.store.jooq.Tables.SETTING;
import static app.counterpart.store.jooq.Tables.SHOP;
import static app.counterpart.store.jooq.Tables.SYNC_REJECTED;
import static app.counterpart.store.jooq.Tables.SYNC_STATE;

import app.counterpart.core.shop.Device;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.shop.ShopRepository;
import app.counterpart.store.Database;
import app.counterpart.store.jooq.tables.records.ShopRecord;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

public final class JooqShopRepository implements ShopRepository {

    private final Database db;
    private final Clock clock;

    public JooqShopRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Shop> shop() {
        return db.read(ctx -> ctx.selectFrom(SHOP).fetchOptional().map(JooqShopRepository::toShop));
    }

    private static Shop toShop(ShopRecord r) {
        return new Shop(r.getId(), r.getName(), r.getNameZh(), Currency.getInstance(r.getCurrency()),
                ZoneId.of(r.getZone()), r.getCutoffHour(), r.getPricesIncludeTax() == 1, r.getAddress(), r.getPhone());
    }

    @Override
    public Optional<Device> localDevice() {
        return db.read(ctx -> ctx.selectFrom(DEVICE).where(DEVICE.IS_LOCAL.eq(1)).fetchOptional()
                .map(r -> new Device(r.getId(), r.getCode(), r.getName())));
    }

    @Override
    public void create(Shop shop, Device localDevice) {
        long now = clock.millis();
        db.write(ctx -> {
            ctx.insertInto(SHOP)
                    .set(SHOP.ID, shop.id())
                    .set(SHOP.NAME, shop.name())
                    .set(SHOP.NAME_ZH, shop.nameZh())
                    .set(SHOP.CURRENCY, shop.currency().getCurrencyCode())
                    .set(SHOP.ZONE, shop.zone().getId())
                    .set(SHOP.CUTOFF_HOUR, shop.cutoffHour())
                    .set(SHOP.PRICES_INCLUDE_TAX, shop.pricesIncludeTax() ? 1 : 0)
                    .set(SHOP.ADDRESS, shop.address())
                    .set(SHOP.PHONE, shop.phone())
                    .set(SHOP.CREATED_AT, now)
                    .execute();
            ctx.insertInto(DEVICE)
                    .set(DEVICE.ID, localDevice.id())
                    .set(DEVICE.SHOP_ID, shop.id())
                    .set(DEVICE.CODE, localDevice.code())
                    .set(DEVICE.NAME, localDevice.name())
                    .set(DEVICE.IS_LOCAL, 1)
                    .set(DEVICE.CREATED_AT, now)
                    .execute();
            return null;
        });
    }

    @Override
    public void becomeNewDevice(Device device) {
        long now = clock.millis();
        db.write(ctx -> {
            String shopId = ctx.select(SHOP.ID).from(SHOP).fetchSingle(SHOP.ID);
            if (ctx.fetchExists(DEVICE, DEVICE.CODE.eq(device.code()))) {
                throw new IllegalArgumentException("device code " + device.code() + " is already used in this shop");
            }
            ctx.update(DEVICE).set(DEVICE.IS_LOCAL, 0).where(DEVICE.IS_LOCAL.eq(1)).execute();
            ctx.insertInto(DEVICE)
                    .set(DEVICE.ID, device.id())
                    .set(DEVICE.SHOP_ID, shopId)
                    .set(DEVICE.CODE, device.code())
                    .set(DEVICE.NAME, device.name())
                    .set(DEVICE.IS_LOCAL, 1)
                    .set(DEVICE.CREATED_AT, now)
                    .execute();
            // The copied queue is the other device's; a new device's seq starts at 1 again.
            ctx.deleteFrom(OUTBOX).execute();
            ctx.execute("delete from sqlite_sequence where name = 'outbox'");
            ctx.deleteFrom(SYNC_STATE).execute();
            ctx.deleteFrom(SYNC_REJECTED).execute();
            ctx.deleteFrom(CART_DRAFT_TENDER).execute();
            ctx.deleteFrom(CART_DRAFT_LINE).execute();
            ctx.deleteFrom(CART_DRAFT).execute();
            return null;
        });
    }

    @Override
    public Optional<String> setting(String key) {
        return db.read(ctx -> ctx.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOptional(SETTING.VALUE));
    }

    @Override
    public void putSetting(String key, String value) {
        db.write(ctx -> ctx.insertInto(SETTING).set(SETTING.KEY, key).set(SETTING.VALUE, value)
                .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, value).execute());
    }
}
