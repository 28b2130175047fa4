package org.clientele.core.analysis;

import org.clientele.core.data.ColumnType;
import org.clientele.core.data.Table;
import org.clientele.core.features.CategoricalEncoding;
import org.clientele.core.features.CategoricalLevels;
import org.clientele.core.segment.profile.CategoricalInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The categorical columns of a customer table (detected categories, integer codes such as Channel 1/2,
 * yes/no columns) and their values, for encoding and for segment composition.
 */
final class CategoricalColumns {

    /**
     * The country a table built from a transaction log adds: profiled, but not a default clustering feature,
     * so segments of a transaction log stay about behaviour (RFM) as before.
     */
    static final String MAIN_COUNTRY = "main_country";

    private CategoricalColumns() {
    }

    static boolean isCategorical(Table table, String name) {
        int c = table.columnNames().indexOf(name);
        if (c < 0 || name.equals(table.idColumn())) {
            return false;
        }
        ColumnType t = table.type(c);
        return t == ColumnType.CATEGORICAL || t == ColumnType.BOOLEAN;
    }

    /** Every categorical column, in table order. */
    static List<String> all(Table table) {
        return table.columnNames().stream().filter(n -> isCategorical(table, n)).toList();
    }

    /** The categorical columns used as features by default. */
    static List<String> defaults(Table table) {
        boolean fromLog = table.columnNames().contains(MAIN_COUNTRY) && table.columnNames().contains("recency_days");
        return all(table).stream().filter(n -> !(fromLog && n.equals(MAIN_COUNTRY))).toList();
    }

    static String[] values(Table table, String name) {
        int c = table.columnIndex(name);
        String[] out = new String[table.rowCount()];
        for (int r = 0; r < out.length; r++) {
            out[r] = table.text(r, c);
        }
        return out;
    }

    static Map<String, String[]> values(Table table, List<String> names) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String n : names) {
            if (table.columnNames().contains(n)) {
                out.put(n, values(table, n));
            }
        }
        return out;
    }

    static CategoricalEncoding fit(Table table, List<String> names, boolean dropReference) {
        return CategoricalEncoding.fit(names, names.stream().map(n -> values(table, n)).toList(), dropReference);
    }

    /** Each row's pooled level of every encoded column, for segment composition. */
    static CategoricalInput profileInput(Table table, CategoricalEncoding encoding) {
        List<String> names = new ArrayList<>();
        List<List<String>> levels = new ArrayList<>();
        List<String[]> values = new ArrayList<>();
        for (CategoricalLevels c : encoding.columns()) {
            String[] raw = values(table, c.column());
            String[] pooled = new String[raw.length];
            for (int r = 0; r < raw.length; r++) {
                pooled[r] = c.levelOf(raw[r]);
            }
            names.add(c.column());
            levels.add(c.levels());
            values.add(pooled);
        }
        return new CategoricalInput(names, levels, values);
    }

    /**
     * The source columns of feature names as a segment run lists them: an indicator {@code column=level} of a
     * categorical column of {@code table} stands for that column (once); other names are kept.
     */
    static List<String> sourceColumns(Table table, List<String> features) {
        List<String> out = new ArrayList<>();
        for (String f : features) {
            String source = f;
            if (!table.columnNames().contains(f)) {
                int eq = f.indexOf('=');
                while (eq > 0) {
                    String prefix = f.substring(0, eq);
                    if (isCategorical(table, prefix)) {
                        source = prefix;
                        break;
                    }
                    eq = f.indexOf('=', eq + 1);
                }
            }
            if (!out.contains(source)) {
                out.add(source);
            }
        }
        return out;
    }
}
