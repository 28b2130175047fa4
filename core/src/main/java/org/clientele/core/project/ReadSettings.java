package org.clientele.core.project;

import org.clientele.core.data.DataKind;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.TransactionColumns;

/** How the data file was read: its kind and the columns given roles by the user (null = detected). */
public record ReadSettings(DataKind kind, String idColumn, TransactionColumns columns) {

    public static ReadSettings of(ReadOptions o) {
        return new ReadSettings(o.kind(), o.idColumn(), o.overrides());
    }

    public ReadOptions toOptions() {
        return new ReadOptions(kind, idColumn, columns);
    }
}
