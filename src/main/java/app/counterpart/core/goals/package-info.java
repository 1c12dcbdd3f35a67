/**
 * Goals and instant feedback: daily and weekly sales targets per person and per team, progress towards
 * them, the milestones (50 %, 100 %, 150 %) a sale crosses, badges earned from the figures, and the
 * leaderboard. Pure Java; the running totals are updated in memory as sales commit.
 */
package app.counterpart.core.goals;
