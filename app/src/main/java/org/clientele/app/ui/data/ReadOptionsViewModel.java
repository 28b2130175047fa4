package org.clientele.app.ui.data;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.data.ColumnProfile;
import org.clientele.core.data.ColumnRole;
import org.clientele.core.data.DataKind;
import org.clientele.core.data.DateLayout;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.TransactionColumns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * State of the "Kind & columns" dialog: the kind of the open file and which column plays each role,
 * pre-filled from what was detected; {@link #toOptions()} is what the file is re-opened with.
 * A column is a name, or null for "(none)" (Clientele then detects that role itself).
 */
public final class ReadOptionsViewModel {

    /** The roles of a transaction log, in the order the dialog lists them (the CLI's option order). */
    public static final List<ColumnRole> ROLES = List.of(ColumnRole.CUSTOMER, ColumnRole.DATE, ColumnRole.AMOUNT,
            ColumnRole.QUANTITY, ColumnRole.PRICE, ColumnRole.INVOICE, ColumnRole.PRODUCT, ColumnRole.DESCRIPTION,
            ColumnRole.COUNTRY);

    private final Path file;
    private final DataKind detected;
    private final List<String> columns;
    private final ObjectProperty<DataKind> kind = new SimpleObjectProperty<>();
    private final StringProperty idColumn = new SimpleStringProperty();
    private final Map<ColumnRole, StringProperty> roles = new EnumMap<>(ColumnRole.class);
    private final ObjectProperty<DateLayout> dateOrder = new SimpleObjectProperty<>();

    public ReadOptionsViewModel(OpenedDataset opened) {
        this.file = opened.file();
        this.detected = opened.kind();
        List<String> names = new ArrayList<>();
        for (ColumnProfile c : opened.profile().columns()) {
            names.add(c.name());
        }
        this.columns = List.copyOf(names);
        for (ColumnRole r : ROLES) {
            roles.put(r, new SimpleStringProperty());
        }
        kind.set(detected);
        prefill(opened);
        // A column plays one role: choosing it for a role takes it away from the role that had it.
        for (ColumnRole r : ROLES) {
            roles.get(r).addListener((obs, old, now) -> {
                if (now != null) {
                    roles.forEach((other, p) -> {
                        if (other != r && now.equals(p.get())) {
                            p.set(null);
                        }
                    });
                }
            });
        }
    }

    private void prefill(OpenedDataset opened) {
        ReadOptions options = opened.options() == null ? ReadOptions.DEFAULT : opened.options();
        dateOrder.set(options.dateOrder());
        // What the user named last time, then what the cleaning actually used, then the profile's roles.
        fill(options.overridesOrNone());
        if (opened.isTransactionLog() && opened.customers().report() != null) {
            TransactionColumns used = opened.customers().report().columns();
            if (used != null) {
                fill(used);
            }
        }
        for (ColumnProfile c : opened.profile().columns()) {
            if (c.role() == ColumnRole.ID && idColumn.get() == null) {
                idColumn.set(c.name());
            } else if (roles.containsKey(c.role()) && roles.get(c.role()).get() == null) {
                roles.get(c.role()).set(c.name());
            }
        }
        if (idColumn.get() == null && options.idColumn() != null) {
            idColumn.set(options.idColumn());
        }
        if (opened.isTransactionLog()) {
            // The log's customer column is the natural id should the user call it a customer table.
            if (idColumn.get() == null) {
                idColumn.set(roles.get(ColumnRole.CUSTOMER).get());
            }
            // Quantity × price wins over an amount column: keep the dialog showing only what is used.
            if (roles.get(ColumnRole.QUANTITY).get() != null && roles.get(ColumnRole.PRICE).get() != null
                    && options.overridesOrNone().amount() == null) {
                roles.get(ColumnRole.AMOUNT).set(null);
            }
        }
    }

    /**
     * Fills the roles still at "(none)" with columns detected when the file is read as a transaction log
     * (for a file opened as a customer table, so switching the kind starts from a sensible choice).
     */
    public void suggest(TransactionColumns hints) {
        if (hints != null) {
            List<String> chosen = new ArrayList<>();
            roles.values().forEach(p -> chosen.add(p.get()));
            String[] values = values(hints);
            for (int i = 0; i < ROLES.size(); i++) {
                StringProperty p = roles.get(ROLES.get(i));
                if (p.get() == null && values[i] != null && !chosen.contains(values[i]) && columns.contains(values[i])) {
                    p.set(values[i]);
                    chosen.add(values[i]);
                }
            }
        }
    }

    private static String[] values(TransactionColumns t) {
        return new String[]{t.customer(), t.date(), t.amount(), t.quantity(), t.price(), t.invoice(), t.product(),
                t.description(), t.country()};
    }

    private void fill(TransactionColumns t) {
        String[] values = values(t);
        for (int i = 0; i < ROLES.size(); i++) {
            StringProperty p = roles.get(ROLES.get(i));
            if (p.get() == null && values[i] != null && columns.contains(values[i])) {
                p.set(values[i]);
            }
        }
    }

    public Path file() {
        return file;
    }

    /** What Clientele decided when it opened the file. */
    public DataKind detectedKind() {
        return detected;
    }

    /** The file's columns, in file order. */
    public List<String> columns() {
        return columns;
    }

    public ObjectProperty<DataKind> kindProperty() {
        return kind;
    }

    /** The identifier column of a customer table; null = detect. */
    public StringProperty idColumnProperty() {
        return idColumn;
    }

    /** The column playing a role of a transaction log; null = "(none)", detected by Clientele. */
    public StringProperty roleProperty(ColumnRole role) {
        StringProperty p = roles.get(role);
        if (p == null) {
            throw new IllegalArgumentException("not a transaction role: " + role);
        }
        return p;
    }

    /** Day-first (DMY) or month-first (MDY) for dates such as 01/12/2010; null = detect from the values. */
    public ObjectProperty<DateLayout> dateOrderProperty() {
        return dateOrder;
    }

    /** True when a transaction log has one column chosen for two roles (OK is then disabled). */
    public BooleanBinding duplicateChoiceProperty() {
        List<Observable> deps = new ArrayList<>(roles.values());
        deps.add(kind);
        return Bindings.createBooleanBinding(() -> kind.get() == DataKind.TRANSACTIONS && duplicate() != null,
                deps.toArray(Observable[]::new));
    }

    /** A column chosen for two roles, or null. */
    public String duplicate() {
        List<String> seen = new ArrayList<>();
        for (ColumnRole r : ROLES) {
            String c = roles.get(r).get();
            if (c != null) {
                if (seen.contains(c)) {
                    return c;
                }
                seen.add(c);
            }
        }
        return null;
    }

    /** The options the file is re-opened with: the chosen kind, its columns and the date order. */
    public ReadOptions toOptions() {
        if (kind.get() == DataKind.CUSTOMERS) {
            return new ReadOptions(DataKind.CUSTOMERS, idColumn.get(), null, dateOrder.get());
        }
        TransactionColumns.Builder columns = TransactionColumns.builder();
        TransactionColumns.ROLES.forEach(role -> columns.role(role, get(role)));
        TransactionColumns t = columns.build();
        return new ReadOptions(kind.get(), null, t.equals(TransactionColumns.NONE) ? null : t, dateOrder.get());
    }

    private String get(ColumnRole role) {
        return roles.get(role).get();
    }

    /** "Customer table" / "Transaction log", as the Data tab's summary names them. */
    public static String kindLabel(DataKind k) {
        return k == DataKind.TRANSACTIONS ? "Transaction log" : "Customer table";
    }
}
