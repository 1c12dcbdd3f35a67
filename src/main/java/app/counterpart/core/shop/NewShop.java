package app.counterpart.core.shop;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** What a person types to set up their own shop. {@link #problems()} names each field that is wrong. */
public record NewShop(String name, String currency, String zone, int cutoffHour, String ownerName, String ownerPin) {

    /** A field and the message key that explains what is wrong with it. */
    public record Problem(String field, String messageKey) {
    }

    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(new Problem("name", "setup.error.name"));
        }
        try {
            Currency.getInstance(currency == null ? "" : currency.trim());
        } catch (IllegalArgumentException e) {
            out.add(new Problem("currency", "setup.error.currency"));
        }
        try {
            ZoneId.of(zone == null ? "" : zone.trim());
        } catch (DateTimeException e) {
            out.add(new Problem("zone", "setup.error.zone"));
        }
        if (cutoffHour < 0 || cutoffHour > 23) {
            out.add(new Problem("cutoff", "setup.error.cutoff"));
        }
        if (ownerName == null || ownerName.isBlank()) {
            out.add(new Problem("ownerName", "setup.error.ownerName"));
        }
        if (ownerPin == null || !ownerPin.matches("\\d{4,8}")) {
            out.add(new Problem("ownerPin", "setup.error.pin"));
        }
        return out;
    }
}
