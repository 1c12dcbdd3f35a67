package app.counterpart.ui.staff.incentives;

import app.counterpart.core.common.Csv;
import app.counterpart.core.common.Money;
import app.counterpart.core.incentives.IncentiveRule;
import app.counterpart.core.incentives.Payout;
import app.counterpart.core.incentives.PayoutRun;
import app.counterpart.core.incentives.RuleApplication;
import app.counterpart.core.staff.Staff;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The payouts of a period as CSV text: a row per person for payroll, or a row per application. */
final class PayoutCsv {

    private PayoutCsv() {
    }

    static String summary(PayoutRun run, IncentiveLookups lookups, Currency currency) {
        Map<String, Staff> people = people(lookups);
        StringBuilder out = new StringBuilder();
        out.append(Csv.line(List.of("period_start", "period_end", "staff_code", "name", "kind", "role",
                "sales_base", "amount", "closed"))).append("\r\n");
        for (Payout p : run.payouts()) {
            Staff s = people.get(p.personId());
            out.append(Csv.line(List.of(run.period().start().toString(), run.period().end().minusDays(1).toString(),
                    s == null ? p.personId() : s.code(), s == null ? "" : s.name(),
                    s == null ? "" : s.kind().code(), s == null ? "" : s.role().code(),
                    Money.plain(p.salesBaseMinor(), currency), Money.plain(p.amountMinor(), currency),
                    String.valueOf(run.closed())))).append("\r\n");
        }
        return out.toString();
    }

    static String detail(PayoutRun run, IncentiveLookups lookups, Currency currency, Map<String, IncentiveRule> rules,
            Function<RuleApplication, String> explain) {
        Map<String, Staff> people = people(lookups);
        StringBuilder out = new StringBuilder();
        out.append(Csv.line(List.of("staff_code", "name", "business_day", "sale", "reason", "rule", "rule_version",
                "base", "rate_percent", "amount", "explanation"))).append("\r\n");
        for (Payout p : run.payouts()) {
            Staff s = people.get(p.personId());
            for (RuleApplication a : p.applications()) {
                IncentiveRule rule = rules.get(a.ruleId() + "#" + a.ruleVersion());
                out.append(Csv.line(List.of(s == null ? p.personId() : s.code(), s == null ? "" : s.name(),
                        a.businessDay() == null ? "" : a.businessDay().toString(),
                        a.saleNumber() == null ? "" : a.saleNumber(), a.reason().name().toLowerCase(java.util.Locale.ROOT),
                        rule == null ? a.ruleId() : rule.name(), String.valueOf(a.ruleVersion()),
                        Money.plain(a.baseMinor(), currency), BigDecimal.valueOf(a.rateBp(), 2).toPlainString(),
                        Money.plain(a.amountMinor(), currency), explain.apply(a)))).append("\r\n");
            }
        }
        return out.toString();
    }

    private static Map<String, Staff> people(IncentiveLookups lookups) {
        Map<String, Staff> people = new HashMap<>();
        lookups.staff().forEach(s -> people.put(s.id(), s));
        return people;
    }
}
