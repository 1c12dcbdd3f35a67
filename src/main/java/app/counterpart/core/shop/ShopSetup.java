package app.counterpart.core.shop;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.staff.PinHasher;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffKind;
import app.counterpart.core.staff.StaffRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** Creates a person's own shop, this machine's device and the owner's account in an empty store. */
public final class ShopSetup {

    private final ShopRepository shops;
    private final StaffRepository staff;
    private final IdGenerator ids;
    private final PinHasher pins;
    private final Clock clock;

    public ShopSetup(ShopRepository shops, StaffRepository staff, IdGenerator ids, PinHasher pins, Clock clock) {
        this.shops = shops;
        this.staff = staff;
        this.ids = ids;
        this.pins = pins;
        this.clock = clock;
    }

    public Shop create(NewShop form) {
        if (!form.problems().isEmpty()) {
            throw new IllegalArgumentException("The shop details are incomplete: " + form.problems());
        }
        if (shops.shop().isPresent()) {
            throw new IllegalStateException("This data folder already holds a shop.");
        }
        ZoneId zone = ZoneId.of(form.zone().trim());
        Shop shop = new Shop(ids.next(), form.name().trim(), null, Currency.getInstance(form.currency().trim()), zone,
                form.cutoffHour(), true, null, null);
        shops.create(shop, new Device(ids.next(), "T1", "Till 1"));
        staff.addAll(List.of(new Staff(ids.next(), "S01", form.ownerName().trim(), null, Role.OWNER,
                StaffKind.EMPLOYEE, pins.hash(form.ownerPin()), null, LocalDate.now(clock.withZone(zone)), true)));
        return shop;
    }
}
