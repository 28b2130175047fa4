package org.clientele.app.ui.lookup;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clientele.core.analysis.FeatureRange;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * One input of the lookup form: a model feature, the range the training customers had, what the user
 * typed, and what is wrong with it (not a number) or worth knowing (outside the range the models saw).
 * A categorical column (Education, Channel) is one input with a choice of the levels the models know.
 */
public final class LookupField {

    /** State of the typed text. */
    public enum Check { EMPTY, OK, OUTSIDE, INVALID }

    private final String feature;
    private final FeatureRange range;
    private final String usedBy;
    private final List<String> choices;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    LookupField(String feature, FeatureRange range, String usedBy) {
        this(feature, range, usedBy, List.of());
    }

    /** A categorical input: the text is one of {@code choices} (the levels the models know), or empty. */
    LookupField(String feature, FeatureRange range, String usedBy, List<String> choices) {
        this.feature = feature;
        this.range = range;
        this.usedBy = usedBy;
        this.choices = List.copyOf(choices);
        text.addListener((obs, old, now) -> problem.set(describe()));
    }

    /** True for a categorical input, shown as a choice box. */
    public boolean categorical() {
        return !choices.isEmpty();
    }

    /** The levels to choose from (empty for a numeric input). */
    public List<String> choices() {
        return choices;
    }

    /** The chosen level, or null when none is chosen (the models then read no level). */
    public String level() {
        String t = text.get();
        return categorical() && t != null && !t.isBlank() ? t : null;
    }

    public String feature() {
        return feature;
    }

    /** The training range, or null when the column is not in the open table. */
    public FeatureRange range() {
        return range;
    }

    /** "segment", "spend" or "segment, spend": which models read this feature. */
    public String usedBy() {
        return usedBy;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Empty when the text is fine; else what is wrong or unusual, for the user. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "0 – 373 · median 50" */
    public String rangeText() {
        if (range == null || range.values() == 0) {
            return "";
        }
        return plain(range.min()) + " – " + plain(range.max()) + " · median " + plain(range.median());
    }

    /** The typed number; NaN when empty or not a number (the model then uses the training median). */
    public double value() {
        String t = text.get() == null ? "" : text.get().trim().replace(" ", "").replace("_", "");
        if (t.isEmpty()) {
            return Double.NaN;
        }
        t = t.contains(".") ? t.replace(",", "") : t.replace(',', '.');
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public Check check() {
        String t = text.get() == null ? "" : text.get().trim();
        if (t.isEmpty()) {
            return Check.EMPTY;
        }
        if (categorical()) {
            return Check.OK;
        }
        double v = value();
        if (Double.isNaN(v)) {
            return Check.INVALID;
        }
        return range != null && range.values() > 0 && !range.contains(v) ? Check.OUTSIDE : Check.OK;
    }

    private String describe() {
        return switch (check()) {
            case INVALID -> "'" + text.get().trim() + "' is not a number";
            case OUTSIDE -> "outside what the models saw (" + plain(range.min()) + " – " + plain(range.max()) + ")";
            default -> "";
        };
    }

    /** A number as a user would type it: up to 6 significant digits, no grouping, no trailing zeros. */
    public static String plain(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
