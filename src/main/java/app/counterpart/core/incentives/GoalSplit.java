package app.counterpart.core.incentives;

/** How a team goal's bonus pool is shared among the members. */
public enum GoalSplit {
    /** In proportion to each member's sales in the period; cents by largest remainder so the parts add up. */
    BY_SALES,
    /** Equal parts; the leftover cents by largest remainder in member order. */
    EQUAL
}
