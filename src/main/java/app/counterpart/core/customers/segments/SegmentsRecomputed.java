package app.counterpart.core.customers.segments;

/** Announced after {@code customer_segment} was recomputed, so lists showing stages and segments refresh. */
public record SegmentsRecomputed(SegmentRecompute.Outcome outcome) {
}
