package app.counterpart.core.shop;

import app.counterpart.core.common.BusinessCalendar;
import java.time.ZoneId;
import java.util.Currency;

/** The shop this store belongs to: its name, currency, zone and business-day cut-off. */
public record Shop(
        String id,
        String name,
        String nameZh,
        Currency currency,
        ZoneId zone,
        int cutoffHour,
        boolean pricesIncludeTax,
        String address,
        String phone) {

    public BusinessCalendar calendar() {
        return new BusinessCalendar(zone, cutoffHour);
    }

    /** The name to show for a UI language: the Chinese name where there is one and Chinese is wanted. */
    public String displayName(boolean chinese) {
        return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
    }
}
