package app.counterpart.core.incentives;

import java.util.List;

/**
 * Pays one period: pure, deterministic and independent of the order the lines come in.
 * See docs/decisions/0018-incentive-engine.md.
 */
public final class IncentiveEngine {

    private IncentiveEngine() {
    }

    public static PayoutRun compute(List<IncentiveRule> rules, IncentiveSettings settings, IncentiveFacts facts) {
        throw new UnsupportedOperationException("being written (issue 7)");
    }
}
