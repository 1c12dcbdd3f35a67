package app.counterpart.ui.staff.incentives;

import app.counterpart.core.common.Money;
import app.counterpart.core.incentives.IncentiveRule;
import app.counterpart.core.incentives.RuleKind;
import app.counterpart.core.incentives.Target;
import app.counterpart.core.incentives.Tier;
import app.counterpart.core.incentives.Who;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.StaffKind;
import app.counterpart.ui.common.I18n;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Incentive rules in words, in the screen's language: who, what they cover, rates, amounts and dates. */
public final class RuleText {

    private final I18n i18n;
    private final Currency currency;
    private final IncentiveLookups.Names names;
    private final DateTimeFormatter date;

    public RuleText(I18n i18n, Currency currency, IncentiveLookups.Names names) {
        this.i18n = i18n;
        this.currency = currency;
        this.names = names;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
    }

    public IncentiveLookups.Names names() {
        return names;
    }

    public String kind(RuleKind kind) {
        return i18n.text("incentives.kind." + kind.code());
    }

    public String who(IncentiveRule rule) {
        if (rule.kind() == RuleKind.TEAM_GOAL) {
            return i18n.format("incentives.who.team", names.team(rule.teamId()));
        }
        return who(rule.who());
    }

    public String who(Who who) {
        return switch (who.scope()) {
            case EVERYONE -> i18n.text("incentives.who.everyone");
            case ROLE -> i18n.format("incentives.who.role", role(who.value()));
            case KIND -> i18n.format("incentives.who.kind", staffKind(who.value()));
            case PERSON -> names.person(who.value());
        };
    }

    public String role(String code) {
        try {
            return i18n.text("role." + Role.fromCode(code).code());
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    public String staffKind(String code) {
        try {
            return i18n.text("kind." + StaffKind.fromCode(code).code());
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** What a commission covers; bonuses and goals cover no lines and read as a dash. */
    public String covers(IncentiveRule rule) {
        if (!rule.kind().isLineRule()) {
            return "—";
        }
        Target t = rule.target();
        return switch (t.scope()) {
            case ALL -> i18n.text("incentives.target.all");
            case CATEGORY -> i18n.format("incentives.target.category", names.category(t.value()));
            case PRODUCT -> names.product(t.value());
        };
    }

    /** "3 % · from ¥50,000 5 %" for a commission; a dash otherwise. */
    public String rates(IncentiveRule rule) {
        if (!rule.kind().isLineRule() || rule.tiers().isEmpty()) {
            return "—";
        }
        return rates(rule.tiers());
    }

    public String rates(List<Tier> tiers) {
        StringBuilder text = new StringBuilder(percent(tiers.get(0).rateBp()));
        for (Tier t : tiers.subList(1, tiers.size())) {
            text.append(" · ").append(i18n.format("incentives.tierFrom", whole(t.fromMinor()), percent(t.rateBp())));
        }
        return text.toString();
    }

    /** The bonus, or the team pool and its goal; a dash for commissions. */
    public String amount(IncentiveRule rule) {
        return switch (rule.kind()) {
            case NEW_CUSTOMER_BONUS, REFERRAL_BONUS -> money(rule.amountMinor());
            case TEAM_GOAL -> i18n.format("incentives.pool", whole(rule.amountMinor()), whole(rule.goalMinor()),
                    rule.split() == null ? "" : i18n.text("incentives.split." + rule.split().name().toLowerCase(Locale.ROOT)));
            default -> "—";
        };
    }

    /** "1 Dec 2026 – 31 Dec 2026", the last day included; open-ended rules read "from 1 Dec 2026". */
    public String effective(IncentiveRule rule) {
        if (!rule.active()) {
            return i18n.format("incentives.retiredFrom", date(rule.effectiveFrom()));
        }
        if (rule.effectiveTo() == null) {
            return i18n.format("incentives.effectiveFrom", date(rule.effectiveFrom()));
        }
        return i18n.format("incentives.effectiveRange", date(rule.effectiveFrom()),
                date(rule.effectiveTo().minusDays(1)));
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** 500 basis points → "5 %", 750 → "7.5 %". */
    public String percent(int basisPoints) {
        NumberFormat number = NumberFormat.getNumberInstance(i18n.locale());
        number.setMaximumFractionDigits(2);
        return i18n.format("incentives.percent", number.format(BigDecimal.valueOf(basisPoints, 2)));
    }

    public String money(long minor) {
        return Money.format(minor, currency, i18n.locale());
    }

    /** An amount without its cents when it has none: thresholds read "¥50,000". */
    public String whole(long minor) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        long unit = (long) Math.pow(10, digits);
        if (minor % unit != 0) {
            return money(minor);
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(i18n.locale());
        format.setCurrency(currency);
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        return format.format(minor / unit).replace("CN¥", "¥");
    }
}
