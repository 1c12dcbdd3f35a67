package app.counterpart.core.incentives;

import app.counterpart.core.common.Csv;
import app.counterpart.core.common.Money;
import app.counterpart.core.staff.Staff;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A payout run as CSV for payroll: a summary (one row per person) and a detail (one row per rule
 * application, the line-by-line explanation). Amounts are plain decimals of the currency ("123.45"),
 * codes are lowercase, the period is given by its first and last business day (both included), LF line
 * ends. People are named by their staff record; someone paid but no longer on the list keeps their id
 * as the name and an empty code, so no money goes missing from the file.
 */
public final class PayrollCsv {

    public static final List<String> SUMMARY_HEADER = List.of("period_start", "period_end", "staff_code", "name",
            "kind", "role", "sales_base", "commission", "new_customer_bonus", "referral_bonus", "team_bonus", "total");

    public static final List<String> DETAIL_HEADER = List.of("period_start", "period_end", "staff_code", "name",
            "sale_number", "line", "business_day", "rule", "rule_version", "reason", "base", "rate_percent", "amount");

    private PayrollCsv() {
    }

    /** One row per payout, by staff code (then id): the person's sales base and what each kind of rule paid. */
    public static String summary(PayoutRun run, Collection<Staff> staff, Currency currency) {
        Map<String, Staff> byId = byId(staff);
        StringBuilder out = new StringBuilder(256 + run.payouts().size() * 120);
        out.append(Csv.line(SUMMARY_HEADER)).append('\n');
        for (Payout payout : sorted(run.payouts(), byId)) {
            long commission = 0;
            long newCustomer = 0;
            long referral = 0;
            long team = 0;
            for (RuleApplication a : payout.applications()) {
                switch (a.reason()) {
                    case COMMISSION, COMMISSION_REVERSED -> commission += a.amountMinor();
                    case NEW_CUSTOMER, NEW_CUSTOMER_REVERSED -> newCustomer += a.amountMinor();
                    case REFERRAL, REFERRAL_REVERSED -> referral += a.amountMinor();
                    case TEAM_GOAL -> team += a.amountMinor();
                }
            }
            Staff s = byId.get(payout.personId());
            List<String> row = new ArrayList<>(SUMMARY_HEADER.size());
            row.addAll(periodOf(run));
            row.add(codeOf(s));
            row.add(nameOf(s, payout.personId()));
            row.add(s == null || s.kind() == null ? "" : s.kind().code());
            row.add(s == null || s.role() == null ? "" : s.role().code());
            row.add(Money.plain(payout.salesBaseMinor(), currency));
            row.add(Money.plain(commission, currency));
            row.add(Money.plain(newCustomer, currency));
            row.add(Money.plain(referral, currency));
            row.add(Money.plain(team, currency));
            row.add(Money.plain(payout.amountMinor(), currency));
            out.append(Csv.line(row)).append('\n');
        }
        return out.toString();
    }

    /**
     * One row per application, people in the summary's order and each person's applications in the
     * payout's order. The rule is named by the version that paid (from {@code rules}; its id if unknown).
     */
    public static String detail(PayoutRun run, Collection<Staff> staff, Collection<IncentiveRule> rules,
            Currency currency) {
        Map<String, Staff> byId = byId(staff);
        Map<String, String> ruleNames = new HashMap<>();
        for (IncentiveRule r : rules) {
            ruleNames.put(r.ruleId() + "#" + r.version(), r.name());
        }
        StringBuilder out = new StringBuilder(256 + run.payouts().size() * 2_000);
        out.append(Csv.line(DETAIL_HEADER)).append('\n');
        for (Payout payout : sorted(run.payouts(), byId)) {
            Staff s = byId.get(payout.personId());
            for (RuleApplication a : payout.applications()) {
                String name = ruleNames.get(a.ruleId() + "#" + a.ruleVersion());
                List<String> row = new ArrayList<>(DETAIL_HEADER.size());
                row.addAll(periodOf(run));
                row.add(codeOf(s));
                row.add(nameOf(s, payout.personId()));
                row.add(orEmpty(a.saleNumber()));
                row.add(orEmpty(a.lineId()));
                row.add(a.businessDay() == null ? "" : a.businessDay().toString());
                row.add(name == null || name.isBlank() ? orEmpty(a.ruleId()) : name);
                row.add(Integer.toString(a.ruleVersion()));
                row.add(a.reason().name().toLowerCase(Locale.ROOT));
                row.add(Money.plain(a.baseMinor(), currency));
                row.add(BigDecimal.valueOf(a.rateBp(), 2).toPlainString());
                row.add(Money.plain(a.amountMinor(), currency));
                out.append(Csv.line(row)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The bytes to write to a file: UTF-8 with a byte order mark, because Excel reads a CSV without one
     * in the system's ANSI code page and garbles Chinese names.
     */
    public static byte[] bytes(String csv) {
        return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Staff> byId(Collection<Staff> staff) {
        Map<String, Staff> byId = new HashMap<>();
        for (Staff s : staff) {
            byId.put(s.id(), s);
        }
        return byId;
    }

    private static List<Payout> sorted(List<Payout> payouts, Map<String, Staff> byId) {
        return payouts.stream()
                .sorted(Comparator.comparing((Payout p) -> codeOf(byId.get(p.personId())))
                        .thenComparing(Payout::personId))
                .toList();
    }

    private static List<String> periodOf(PayoutRun run) {
        return List.of(run.period().start().toString(), run.period().end().minusDays(1).toString());
    }

    private static String codeOf(Staff s) {
        return s == null || s.code() == null ? "" : s.code();
    }

    private static String nameOf(Staff s, String personId) {
        if (s == null) {
            return personId;
        }
        return s.name() == null || s.name().isBlank() ? orEmpty(s.nameZh()) : s.name();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
