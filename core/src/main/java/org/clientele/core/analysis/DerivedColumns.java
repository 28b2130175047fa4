package org.clientele.core.analysis;

import org.clientele.core.data.ColumnNames;
import org.clientele.core.data.ColumnType;
import org.clientele.core.data.DateLayout;
import org.clientele.core.data.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns columns of a customer table that models cannot use as they are into ones they can, each with a
 * note: a date column (Dt_Customer, signup_date) becomes the days from that date to the reference date
 * ({@code tenure_days} for an enrolment date, else {@code days_since_<column>}), and a year of birth
 * becomes an age in the reference year (the column is replaced, so age is not counted twice). The
 * reference date is given (the one a model was trained with) or the latest date in the table's date
 * columns, so the same file always gives the same numbers; without any date it is today.
 */
public final class DerivedColumns {

    private static final Set<String> ENROLMENT_WORDS = Set.of("dt", "since", "signup", "joined", "join", "joining",
            "registration", "registered", "enrol", "enrolled", "enrollment", "enrolment", "created", "start", "first",
            "opened", "member", "membership", "onboarded", "acquired", "acquisition");
    private static final Set<String> BIRTH_YEAR_NAMES = Set.of("yearbirth", "birthyear", "yearofbirth", "yob",
            "birthyr", "byear", "yrbirth");

    private DerivedColumns() {
    }

    /** The table with derived columns; {@code asOf} null = the latest date in the table (or today). */
    public static Table apply(Table table, LocalDate asOf) {
        List<Integer> dateCols = new ArrayList<>();
        List<Integer> birthCols = new ArrayList<>();
        for (int c = 0; c < table.columnNames().size(); c++) {
            String name = table.columnNames().get(c);
            if (name.equals(table.idColumn())) {
                continue;
            }
            if (table.type(c).isTemporal()) {
                dateCols.add(c);
            } else if (table.type(c) == ColumnType.INTEGER && isBirthYear(name, table.numericColumn(c))) {
                birthCols.add(c);
            }
        }
        if (dateCols.isEmpty() && birthCols.isEmpty()) {
            return table;
        }
        List<LocalDate[]> dates = new ArrayList<>();
        LocalDate latest = null;
        String latestFrom = null;
        for (int c : dateCols) {
            LocalDate[] d = dates(table, c);
            dates.add(d);
            for (LocalDate x : d) {
                if (x != null && (latest == null || x.isAfter(latest))) {
                    latest = x;
                    latestFrom = table.columnNames().get(c);
                }
            }
        }
        String refText;
        LocalDate ref;
        if (asOf != null) {
            ref = asOf;
            refText = ref + " (the date the model was trained with)";
        } else if (latest != null) {
            ref = latest;
            refText = ref + ", the latest " + latestFrom + " in the file";
        } else {
            ref = LocalDate.now();
            refText = ref + " (today: the file has no dates)";
        }
        List<String> names = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < dateCols.size(); i++) {
            String col = table.columnNames().get(dateCols.get(i));
            if (alreadyMeasured(table, col)) {
                continue; // e.g. first_purchase beside tenure_days in a table built by 'rfm'
            }
            String out = uniqueName(table, names, isEnrolment(col) ? "tenure_days" : "days_since_" + col);
            double[] days = new double[table.rowCount()];
            for (int r = 0; r < days.length; r++) {
                LocalDate d = dates.get(i)[r];
                days[r] = d == null ? Double.NaN : ChronoUnit.DAYS.between(d, ref);
            }
            names.add(out);
            types.add(ColumnType.INTEGER);
            values.add(days);
            notes.add(String.format(Locale.ROOT, "%s = days from %s to %s", out, col, refText));
        }
        Table derived = table.withNumericColumns(names, types, values, notes);
        for (int c : birthCols) {
            String col = table.columnNames().get(c);
            double[] years = table.numericColumn(c);
            double[] age = new double[years.length];
            for (int r = 0; r < age.length; r++) {
                age[r] = Double.isNaN(years[r]) ? Double.NaN : ref.getYear() - years[r];
            }
            String out = uniqueName(derived, List.of(), "age");
            derived = derived.withNumericColumns(List.of(col), List.of(ColumnType.INTEGER), List.of(age),
                    List.of(String.format(Locale.ROOT, "%s = %d - %s (the year of %s); %s is replaced by it",
                            out, ref.getYear(), col, refText, col)))
                    .withRenamedColumn(col, out);
        }
        return derived;
    }

    /** The reference date {@link #apply} would use for {@code table}: its latest date, or null without dates. */
    public static LocalDate latestDate(Table table) {
        LocalDate latest = null;
        for (int c = 0; c < table.columnNames().size(); c++) {
            if (table.type(c).isTemporal() && !table.columnNames().get(c).equals(table.idColumn())) {
                for (LocalDate x : dates(table, c)) {
                    if (x != null && (latest == null || x.isAfter(latest))) {
                        latest = x;
                    }
                }
            }
        }
        return latest;
    }

    /**
     * True when the table already has the number this date would give: a tenure column beside an enrolment
     * date, or a recency column beside a last-purchase date (a customer table written by {@code rfm}).
     */
    static boolean alreadyMeasured(Table table, String dateColumn) {
        List<String> numeric = table.numericFeatureColumns().stream().map(ColumnNames::normalize).toList();
        if (isEnrolment(dateColumn)) {
            return numeric.stream().anyMatch(n -> n.startsWith("tenure"));
        }
        boolean last = ColumnNames.words(dateColumn).stream().anyMatch(w -> w.equals("last") || w.equals("latest"));
        return last && numeric.stream().anyMatch(n -> n.startsWith("recency"));
    }

    static boolean isEnrolment(String name) {
        String n = ColumnNames.normalize(name);
        if (n.equals("dtcustomer") || n.contains("customersince") || n.contains("signup")) {
            return true;
        }
        for (String w : ColumnNames.words(name)) {
            if (ENROLMENT_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isBirthYear(String name, double[] values) {
        String n = ColumnNames.normalize(name);
        if (!BIRTH_YEAR_NAMES.contains(n) && !(n.contains("birth") && n.contains("year"))) {
            return false;
        }
        int present = 0;
        int plausible = 0;
        int thisYear = LocalDate.now().getYear();
        for (double v : values) {
            if (!Double.isNaN(v)) {
                present++;
                plausible += v >= 1880 && v <= thisYear ? 1 : 0;
            }
        }
        return present > 0 && plausible >= 0.95 * present;
    }

    private static String uniqueName(Table table, List<String> taken, String wanted) {
        String name = wanted;
        int i = 2;
        while (table.columnNames().contains(name) || taken.contains(name)) {
            name = wanted + "_" + i++;
        }
        return name;
    }

    private static LocalDate[] dates(Table table, int col) {
        DateLayout layout = table.dateLayout(col);
        LocalDate[] out = new LocalDate[table.rowCount()];
        for (int r = 0; r < out.length; r++) {
            String s = table.text(r, col);
            if (s == null) {
                continue;
            }
            LocalDateTime t = layout != null ? layout.parse(s) : DateLayout.YMD.parse(s);
            out[r] = t == null ? null : t.toLocalDate();
        }
        return out;
    }
}
