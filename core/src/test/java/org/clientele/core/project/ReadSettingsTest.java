package org.clientele.core.project;

import org.clientele.core.data.DataKind;
import org.clientele.core.data.DateLayout;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.io.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A project keeps the date order the user settled; one saved before that choice existed reads as detected. */
class ReadSettingsTest {

    @Test
    void theDateOrderSurvivesSavingAndReading() throws Exception {
        ReadOptions options = new ReadOptions(DataKind.TRANSACTIONS, null, null, DateLayout.DMY);
        String json = Json.write(ReadSettings.of(options));
        ReadSettings read = Json.mapper().readValue(json, ReadSettings.class);
        assertEquals(options, read.toOptions());
    }

    @Test
    void anOlderProjectWithoutADateOrderDetectsIt() throws Exception {
        ReadSettings read = Json.mapper().readValue("{\"kind\":\"transactions\",\"idColumn\":null,\"columns\":null}",
                ReadSettings.class);
        assertNull(read.toOptions().dateOrder());
        assertEquals(DataKind.TRANSACTIONS, read.toOptions().kind());
    }
}
