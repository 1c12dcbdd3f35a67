package app.counterpart.core.customers.csv;

import app.counterpart.core.common.Csv;
import app.counterpart.core.common.CsvHeader;
import app.counterpart.core.common.CsvDecoder;
import app.counterpart.core.common.CsvRefusedException;
import app.counterpart.core.common.ImportProblem;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.CustomerRules;
import app.counterpart.core.customers.Phones;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a customer CSV file against the shop's customers into a {@link CustomerImportPlan}. Pure: it
 * looks at the bytes and the customers it is given and writes nothing, so the same call serves the
 * dry run and the import.
 *
 * <p>The phone number is the key: a row whose phone belongs to a customer updates that customer
 * (keeping the id), any other phone adds one. Two rows with the same phone are both rejected, each
 * naming the other's line: which of them is right is for a person to say, and merging two records is
 * a separate, reviewed step. {@code referred_by} is the phone number of a customer of the shop or of
 * a row of the file; referrals may not go round in a circle.
 *
 * <p>A column the file does not have keeps the customer's current value on an update and takes the
 * default on a create (unknown gender and birthday, no tags, no referrer, no consent to be contacted,
 * joined today). An empty cell in a column the file has means that default too, except that an empty
 * {@code joined} keeps the date a customer already has.
 */
public final class CustomerCsvReader {

    private static final Map<String, Boolean> BOOLEANS = Map.of(
            "true", true, "false", false, "yes", true, "no", false, "1", true, "0", false, "是", true, "否", false);
    private static final Map<String, String> GENDERS = Map.of(
            "f", "F", "female", "F", "女", "F", "m", "M", "male", "M", "男", "M");
    private static final Pattern DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    /** A date a spreadsheet saved as its day number (days since 1900) because the cell was not formatted as a date. */
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{4,5}");
    /**
     * A phone number a spreadsheet turned into a number: 1.38123E+10 (too long to show), or
     * 13812345678.0; what it saved is no longer the number that was typed.
     */
    private static final Pattern SPREADSHEET_NUMBER = Pattern.compile("\\d+(\\.\\d+)?[eE]\\+?\\d+|\\d+\\.0+");

    private final Supplier<String> newId;
    private final LocalDate today;

    /**
     * @param newId ids for new customers (UUIDv7 from an IdGenerator in the app)
     * @param today the shop's business day: dates after it are typos, and new customers without a
     *              joined date joined today
     */
    public CustomerCsvReader(Supplier<String> newId, LocalDate today) {
        this.newId = newId;
        this.today = today;
    }

    /**
     * The plan for importing {@code bytes} into a shop holding {@code customers}.
     *
     * @throws CsvRefusedException when the file as a whole cannot be used (empty, binary, not UTF-8 or
     *         GBK, a required column missing); rows are never the reason
     */
    public CustomerImportPlan read(String source, byte[] bytes, Collection<Customer> customers) {
        CsvDecoder.DecodedText decoded = CsvDecoder.decode(bytes);
        return new Run(source, decoded.encoding(), customers).plan(decoded.text());
    }

    /** One data row on its way through the checks. */
    private static final class Candidate {
        final int line;
        final List<ImportProblem> problems = new ArrayList<>();
        /** The normalized phone number, or null when the row has none that can be read. */
        String phone;
        Customer before;
        /** The customer as saved; its referrer is filled in once every row is read. */
        Customer customer;
        /** The referred_by cell, stripped; null when the file has no such column. */
        String referrerText;
        /** The row that adds this row's referrer, when the referrer is new: it must be imported too. */
        Candidate referrerRow;

        Candidate(int line) {
            this.line = line;
        }

        void problem(String field, String message) {
            problems.add(new ImportProblem(line, field, message));
        }

        boolean rejected() {
            return !problems.isEmpty();
        }
    }

    /** The state of reading one file. */
    private final class Run {
        private final String source;
        private final String encoding;
        private final Map<String, Customer> byPhone = new HashMap<>();
        private final Map<String, Customer> byId = new HashMap<>();
        private final Map<CustomerColumn, Integer> columns = new EnumMap<>(CustomerColumn.class);
        private List<String> headings;
        private final List<ImportProblem> warnings = new ArrayList<>();

        Run(String source, String encoding, Collection<Customer> customers) {
            this.source = source;
            this.encoding = encoding;
            for (Customer c : customers) {
                byId.put(c.id(), c);
                if (c.phone() != null) {
                    byPhone.put(Phones.normalize(c.phone()).orElse(c.phone()), c);
                }
            }
        }

        CustomerImportPlan plan(String text) {
            List<Csv.SheetLine> lines = Csv.sheetLines(text);
            if (lines.isEmpty()) {
                throw new CsvRefusedException("the file is empty");
            }
            readHeader(lines.get(0));
            List<Candidate> candidates = new ArrayList<>();
            for (Csv.SheetLine line : lines.subList(1, lines.size())) {
                if (line.fields() != null && line.fields().stream().allMatch(String::isBlank)) {
                    continue; // an empty spreadsheet row (",,,,") holds nothing to import or lose
                }
                candidates.add(readRow(line));
            }
            if (candidates.isEmpty()) {
                warnings.add(new ImportProblem(lines.get(0).number(), ImportProblem.ROW,
                        "the file has a header but no customer rows"));
            }
            checkPhonesUsedTwice(candidates);
            resolveReferrers(candidates);
            // Rejecting a row can strand a row it refers to as new, or leave a circle through the store.
            boolean changed = true;
            while (changed) {
                changed = rejectReferralsToRejectedRows(candidates) | rejectCircles(candidates);
            }
            return result(candidates);
        }

        private void readHeader(Csv.SheetLine header) {
            if (header.fields() == null) {
                throw new CsvRefusedException("the header (line " + header.number()
                        + ") has a quoted field that is never closed");
            }
            headings = header.fields().stream().map(String::strip).toList();
            columns.putAll(CsvHeader.columns(header.number(), headings, CustomerColumn.class, CustomerColumn::forHeading,
                    warnings));
        }

        private Candidate readRow(Csv.SheetLine line) {
            Candidate c = new Candidate(line.number());
            if (line.fields() == null) {
                c.problem(ImportProblem.ROW, "a quoted field on this line is never closed (a \" without its partner), "
                        + "so the line cannot be read");
                return c;
            }
            List<String> fields = line.fields();
            if (fields.size() != headings.size()) {
                int breaks = Csv.lineBreaks(fields);
                c.problem(ImportProblem.ROW, "expected " + headings.size() + " fields as in the header, found "
                        + fields.size() + (breaks == 0 ? "" : " (a quoted field here runs over " + (breaks + 1)
                        + " lines: check for a stray \")"));
                return c;
            }
            c.phone = phone(c, CustomerColumn.PHONE, value(fields, CustomerColumn.PHONE));
            Customer before = c.phone == null ? null : byPhone.get(c.phone);
            c.before = before;

            String gender = !has(CustomerColumn.GENDER) ? (before == null ? null : before.gender())
                    : gender(c, value(fields, CustomerColumn.GENDER));
            LocalDate birthday = !has(CustomerColumn.BIRTHDAY) ? (before == null ? null : before.birthday())
                    : date(c, CustomerColumn.BIRTHDAY, value(fields, CustomerColumn.BIRTHDAY));
            Set<String> tags = !has(CustomerColumn.TAGS) ? (before == null ? Set.of() : before.tags())
                    : tags(value(fields, CustomerColumn.TAGS));
            boolean consent = !has(CustomerColumn.CONSENT) ? before != null && before.consent()
                    : consent(c, value(fields, CustomerColumn.CONSENT));
            String joinedText = value(fields, CustomerColumn.JOINED);
            LocalDate joined = joinedText.isEmpty() ? (before == null ? today : before.joinedOn())
                    : date(c, CustomerColumn.JOINED, joinedText);
            if (has(CustomerColumn.REFERRED_BY)) {
                c.referrerText = value(fields, CustomerColumn.REFERRED_BY);
            }
            String referredBy = has(CustomerColumn.REFERRED_BY) || before == null ? null : before.referredBy();

            c.customer = new Customer(before != null ? before.id() : newId.get(),
                    before != null ? before.phone() : c.phone, value(fields, CustomerColumn.NAME), gender, birthday,
                    tags, referredBy, consent, joined == null ? today : joined);
            for (CustomerRules.Problem problem : CustomerRules.check(c.customer, today)) {
                c.problem(field(CustomerColumn.forHeading(problem.field())), problem.message());
            }
            return c;
        }

        /** The stored form of a phone number cell, or null (and a problem) when it is empty or none. */
        private String phone(Candidate c, CustomerColumn column, String text) {
            String label = column == CustomerColumn.PHONE ? "phone" : "referrer's phone";
            if (text.isEmpty()) {
                c.problem(field(column), "phone is empty: the phone number is how a customer is recognised");
                return null;
            }
            if (SPREADSHEET_NUMBER.matcher(text).matches()) {
                c.problem(field(column), label + " \"" + text + "\" is a number a spreadsheet changed (it shows long "
                        + "numbers so): format the " + headings.get(columns.get(column)) + " column as text");
                return null;
            }
            String phone = Phones.normalize(text).orElse(null);
            if (phone == null) {
                c.problem(field(column), label + " \"" + text
                        + "\" is not a phone number: 6 to 15 digits, with an optional leading +");
            }
            return phone;
        }

        private String gender(Candidate c, String text) {
            if (text.isEmpty()) {
                return null;
            }
            String gender = GENDERS.get(text.toLowerCase(Locale.ROOT));
            if (gender == null) {
                c.problem(field(CustomerColumn.GENDER), "gender \"" + text
                        + "\" is not one of F, M, 女, 男, or empty for unknown");
            }
            return gender;
        }

        /** A date as ISO (2026-05-21) or as Chinese spreadsheets write it (2026/5/21, 2026年5月21日); null if empty. */
        private LocalDate date(Candidate c, CustomerColumn column, String text) {
            if (text.isEmpty()) {
                return null;
            }
            Matcher m = DATE.matcher(text);
            if (!m.matches()) {
                c.problem(field(column), column.header() + " \"" + text + "\" is not a date like 1990-05-21"
                        + (DAY_NUMBER.matcher(text).matches()
                                ? " (a spreadsheet saves a date as a day number like this when the column is not "
                                        + "formatted as a date)" : ""));
                return null;
            }
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                c.problem(field(column), column.header() + " \"" + text + "\" is no date of the calendar");
                return null;
            }
        }

        private Set<String> tags(String text) {
            Set<String> tags = new LinkedHashSet<>();
            for (String tag : text.split("[" + Pattern.quote(CustomerRules.TAG_SEPARATORS) + "]")) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
            return tags;
        }

        private boolean consent(Candidate c, String text) {
            if (text.isEmpty()) {
                return false;
            }
            Boolean value = BOOLEANS.get(text.toLowerCase(Locale.ROOT));
            if (value == null) {
                c.problem(field(CustomerColumn.CONSENT), "consent \"" + text
                        + "\" is not one of true, false, yes, no, 1, 0, 是, 否");
                return false;
            }
            return value;
        }

        /** Rows that share a phone number are all rejected, each naming the others' lines. */
        private void checkPhonesUsedTwice(List<Candidate> candidates) {
            Map<String, List<Candidate>> rowsByPhone = new LinkedHashMap<>();
            for (Candidate c : candidates) {
                if (c.phone != null) {
                    rowsByPhone.computeIfAbsent(c.phone, k -> new ArrayList<>(1)).add(c);
                }
            }
            for (Map.Entry<String, List<Candidate>> rows : rowsByPhone.entrySet()) {
                if (rows.getValue().size() < 2) {
                    continue;
                }
                for (Candidate c : rows.getValue()) {
                    List<String> others = rows.getValue().stream().filter(o -> o != c)
                            .map(o -> Integer.toString(o.line)).toList();
                    c.problem(field(CustomerColumn.PHONE), "phone " + rows.getKey() + " is also on line"
                            + (others.size() > 1 ? "s " : " ") + String.join(", ", others)
                            + "; a phone number belongs to one customer, so keep one of these rows");
                }
            }
        }

        /** Turns each referred_by phone number into the referrer's id: a customer of the shop, or a row of the file. */
        private void resolveReferrers(List<Candidate> candidates) {
            Map<String, Candidate> rowByPhone = new HashMap<>();
            for (Candidate c : candidates) {
                if (c.phone != null && c.customer != null) {
                    rowByPhone.putIfAbsent(c.phone, c);
                }
            }
            for (Candidate c : candidates) {
                if (c.customer == null || c.referrerText == null || c.referrerText.isEmpty()) {
                    continue;
                }
                String phone = phone(c, CustomerColumn.REFERRED_BY, c.referrerText);
                if (phone == null) {
                    continue;
                }
                if (phone.equals(c.phone)) {
                    c.problem(field(CustomerColumn.REFERRED_BY), "a customer cannot refer themselves");
                    continue;
                }
                Customer known = byPhone.get(phone);
                Candidate row = rowByPhone.get(phone);
                if (known != null) {
                    c.customer = withReferrer(c.customer, known.id());
                } else if (row != null) {
                    c.customer = withReferrer(c.customer, row.customer.id());
                    c.referrerRow = row;
                } else {
                    c.problem(field(CustomerColumn.REFERRED_BY), "referrer " + phone
                            + " is neither a customer of the shop nor in this file");
                }
            }
        }

        private boolean rejectReferralsToRejectedRows(List<Candidate> candidates) {
            boolean changed = false;
            for (Candidate c : candidates) {
                if (!c.rejected() && c.referrerRow != null && c.referrerRow.rejected()) {
                    c.problem(field(CustomerColumn.REFERRED_BY), "referrer " + c.referrerRow.phone
                            + " would be added by line " + c.referrerRow.line + ", which is rejected");
                    changed = true;
                }
            }
            return changed;
        }

        /**
         * Rejects the rows of every referral circle (A referred by B, B referred by A) in the customers as
         * they would be after the import, store and file together: "who brought whom" has to start
         * somewhere. Each customer has at most one referrer, so one walk up from each row finds them all.
         */
        private boolean rejectCircles(List<Candidate> candidates) {
            Map<String, String> referrerOf = new HashMap<>();
            Map<String, String> phoneOf = new HashMap<>();
            byId.values().forEach(c -> {
                referrerOf.put(c.id(), c.referredBy());
                phoneOf.put(c.id(), c.phone());
            });
            Map<String, Candidate> rowOf = new HashMap<>();
            for (Candidate c : candidates) {
                if (!c.rejected()) {
                    referrerOf.put(c.customer.id(), c.customer.referredBy());
                    phoneOf.put(c.customer.id(), c.customer.phone());
                    rowOf.put(c.customer.id(), c);
                }
            }
            Set<String> done = new HashSet<>();
            boolean changed = false;
            for (Candidate start : candidates) {
                if (start.rejected() || done.contains(start.customer.id())) {
                    continue;
                }
                List<String> walk = new ArrayList<>();
                Map<String, Integer> onWalk = new HashMap<>();
                String at = start.customer.id();
                while (at != null && !done.contains(at) && !onWalk.containsKey(at)) {
                    onWalk.put(at, walk.size());
                    walk.add(at);
                    at = referrerOf.get(at);
                }
                if (at != null && onWalk.containsKey(at)) {
                    List<String> circle = walk.subList(onWalk.get(at), walk.size());
                    String path = circle.stream().map(phoneOf::get).collect(Collectors.joining(" → "))
                            + " → " + phoneOf.get(circle.get(0));
                    for (String id : circle) {
                        Candidate row = rowOf.get(id);
                        if (row != null) {
                            row.problem(field(CustomerColumn.REFERRED_BY), "referrals would go round in a circle: "
                                    + path + " (each referred by the next)");
                            changed = true;
                        }
                    }
                }
                done.addAll(walk);
            }
            return changed;
        }

        private CustomerImportPlan result(List<Candidate> candidates) {
            List<PlannedCustomer> creates = new ArrayList<>();
            List<PlannedCustomer> updates = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            int unchanged = 0;
            for (Candidate c : candidates) {
                if (c.rejected()) {
                    problems.addAll(c.problems);
                } else if (c.before == null) {
                    creates.add(new PlannedCustomer(c.line, null, c.customer));
                } else if (PlannedCustomer.changedColumns(c.before, c.customer).isEmpty()) {
                    unchanged++;
                } else {
                    updates.add(new PlannedCustomer(c.line, c.before, c.customer));
                }
            }
            // A row's problems in the order of the file's columns, as a person reads the row.
            problems.sort(Comparator.comparingInt(ImportProblem::line).thenComparingInt(this::columnPosition));
            return new CustomerImportPlan(source, encoding, candidates.size(), creates, updates, unchanged, problems,
                    warnings);
        }

        private boolean has(CustomerColumn column) {
            return columns.containsKey(column);
        }

        /** The stripped value of a column in a row; empty when the file has no such column. */
        private String value(List<String> fields, CustomerColumn column) {
            Integer index = columns.get(column);
            return index == null ? "" : fields.get(index).strip();
        }

        /** Where a problem's field sits in the file: the row as a whole first, columns the file lacks last. */
        private int columnPosition(ImportProblem problem) {
            if (problem.field().equals(ImportProblem.ROW)) {
                return -1;
            }
            int index = headings.indexOf(problem.field());
            return index < 0 ? Integer.MAX_VALUE : index;
        }

        /** The column as the file's header names it, so a person finds it in the spreadsheet. */
        private String field(CustomerColumn column) {
            Integer index = columns.get(column);
            return index == null ? column.header() : headings.get(index);
        }
    }

    private static Customer withReferrer(Customer c, String referrerId) {
        return new Customer(c.id(), c.phone(), c.name(), c.gender(), c.birthday(), c.tags(), referrerId, c.consent(),
                c.joinedOn());
    }
}
