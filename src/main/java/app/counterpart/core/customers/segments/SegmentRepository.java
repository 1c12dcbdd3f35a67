package app.counterpart.core.customers.segments;

import app.counterpart.core.common.BusinessCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The figures segments are computed from, and the {@code customer_segment} table they are kept in. */
public interface SegmentRepository {

    /** Every customer with their purchase figures; business days by the shop's calendar. */
    List<CustomerFigures> figures(BusinessCalendar calendar);

    /**
     * Makes {@code customer_segment} hold exactly these rows: rows whose values changed are written with
     * {@code computedAt}, unchanged rows keep theirs, rows of customers not in the list are removed. Written
     * in short transactions so that a sale at the till never waits long for the recomputation.
     *
     * @return how many rows were written or removed
     */
    int store(List<CustomerSegment> segments, Instant computedAt);

    /** The stored segments by customer id. */
    Map<String, CustomerSegment> segments();

    /** Stage, segment, net spending and last visit of every customer, by id, for the customer list. */
    Map<String, CustomerStanding> standings();
}
