package org.clientele.core.project;

import org.clientele.core.data.DataKind;
import org.clientele.core.data.DateLayout;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.TransactionColumns;

/**
 * How the data file was read: its kind, the columns given roles by the user and the date order they settled
 * (null = detected; projects saved before the date order existed read it as detected).
 */
public record ReadSettings(DataKind kind, String idColumn, TransactionColumns columns, DateLayout dateOrder) {

    public static ReadSettings of(ReadOptions o) {
        return new ReadSettings(o.kind(), o.idColumn(), o.overrides(), o.dateOrder());
    }

    public ReadOptions toOptions() {
        return new ReadOptions(kind, idColumn, columns, dateOrder);
    }
}
