package app.counterpart.core.staff.performance;

import app.counterpart.core.staff.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * People side by side over a period, each figure with its change against the previous period. Pure:
 * it only puts together what the store counted.
 */
public final class PerformanceReport {

    /** One person's figures now and in the previous period. */
    public record Line(Staff person, StaffFigures now, StaffFigures before) {

        public double value(Figure f) {
            return f.of(now);
        }

        /** The change as a share (0.12 for +12 %), NaN when it cannot be said. */
        public double change(Figure f) {
            return Figure.change(f.of(now), f.of(before));
        }
    }

    private PerformanceReport() {
    }

    /**
     * A line per active person, and per inactive person with anything counted in either period, in
     * roster order. No total line: a customer served by two people would count twice.
     */
    public static List<Line> lines(List<Staff> staff, Map<String, StaffFigures> now, Map<String, StaffFigures> before) {
        List<Line> lines = new ArrayList<>();
        for (Staff s : staff) {
            StaffFigures n = now.getOrDefault(s.id(), StaffFigures.none(s.id()));
            StaffFigures b = before.getOrDefault(s.id(), StaffFigures.none(s.id()));
            if (s.active() || !n.isEmpty() || !b.isEmpty()) {
                lines.add(new Line(s, n, b));
            }
        }
        return lines;
    }
}
