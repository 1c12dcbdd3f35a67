package app.counterpart.core.customers.timeline;

import java.time.Instant;

/**
 * One entry of a customer's service timeline, as stored: never changed afterwards. A correction is
 * another entry whose {@code correctsId} names the entry it corrects. The staff names come with the
 * entry so whoever serves the customer next sees who wrote it, even after that person has left.
 */
public record ServiceEntry(
        String id,
        String customerId,
        String staffId,
        String staffName,
        String staffNameZh,
        ServiceKind kind,
        String body,
        String correctsId,
        Instant at) {

    public String staffDisplayName(boolean chinese) {
        return chinese && staffNameZh != null && !staffNameZh.isBlank() ? staffNameZh : staffName;
    }

    /** The first line of the text, for places with room for one line only. */
    public String firstLine() {
        String text = body.strip();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
