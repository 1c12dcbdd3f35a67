package app.counterpart.core.event;

/** Published when care rules made new tasks (at start, when the business day rolls over). */
public record CareTasksChanged(int added) {
}
