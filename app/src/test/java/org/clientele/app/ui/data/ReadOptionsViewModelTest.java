package org.clientele.app.ui.data;

import org.clientele.core.analysis.DatasetOpener;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.data.ColumnRole;
import org.clientele.core.data.DataKind;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.TransactionColumns;
import org.clientele.core.task.Progress;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadOptionsViewModelTest {

    private static OpenedDataset retail;

    @BeforeAll
    static void open(@TempDir Path dir) {
        retail = DatasetOpener.open(SampleDatasets.extract("online-retail", dir), ReadOptions.DEFAULT, Progress.NONE);
    }

    @Test
    void prefillsTheRolesDetectedInATransactionLog() {
        ReadOptionsViewModel model = new ReadOptionsViewModel(retail);

        assertEquals(DataKind.TRANSACTIONS, model.detectedKind());
        assertEquals(DataKind.TRANSACTIONS, model.kindProperty().get());
        assertEquals(8, model.columns().size());
        assertEquals("CustomerID", model.roleProperty(ColumnRole.CUSTOMER).get());
        assertEquals("InvoiceDate", model.roleProperty(ColumnRole.DATE).get());
        assertEquals("Quantity", model.roleProperty(ColumnRole.QUANTITY).get());
        assertEquals("UnitPrice", model.roleProperty(ColumnRole.PRICE).get());
        assertNull(model.roleProperty(ColumnRole.AMOUNT).get(), "amount comes from quantity × price");
        assertEquals("InvoiceNo", model.roleProperty(ColumnRole.INVOICE).get());
        assertEquals("StockCode", model.roleProperty(ColumnRole.PRODUCT).get());
        assertEquals("Description", model.roleProperty(ColumnRole.DESCRIPTION).get());
        assertEquals("Country", model.roleProperty(ColumnRole.COUNTRY).get());
        assertEquals("CustomerID", model.idColumnProperty().get(), "the customer column is the id if it is a table");
    }

    @Test
    void producesTheReadOptionsForTheChosenKindAndColumns() {
        ReadOptionsViewModel model = new ReadOptionsViewModel(retail);
        model.roleProperty(ColumnRole.COUNTRY).set(null);

        ReadOptions log = model.toOptions();
        assertEquals(DataKind.TRANSACTIONS, log.kind());
        assertNull(log.idColumn());
        assertEquals(new TransactionColumns("CustomerID", "InvoiceDate", null, "Quantity", "UnitPrice", "InvoiceNo",
                "StockCode", "Description", null), log.overrides());

        model.kindProperty().set(DataKind.CUSTOMERS);
        model.idColumnProperty().set("InvoiceNo");
        assertEquals(new ReadOptions(DataKind.CUSTOMERS, "InvoiceNo", null), model.toOptions());
    }

    @Test
    void aColumnChosenForARoleLeavesTheRoleThatHadIt() {
        ReadOptionsViewModel model = new ReadOptionsViewModel(retail);
        assertFalse(model.duplicateChoiceProperty().get());
        model.roleProperty(ColumnRole.PRICE).set("Country");
        assertEquals("Country", model.roleProperty(ColumnRole.PRICE).get());
        assertNull(model.roleProperty(ColumnRole.COUNTRY).get());
        assertNull(model.duplicate());
        assertFalse(model.duplicateChoiceProperty().get());
    }

    @Test
    void theOptionsReopenTheFileAsChosen() {
        ReadOptionsViewModel model = new ReadOptionsViewModel(retail);
        model.kindProperty().set(DataKind.CUSTOMERS);
        OpenedDataset asTable = DatasetOpener.open(retail.file(), model.toOptions(), Progress.NONE);
        assertFalse(asTable.isTransactionLog());

        ReadOptionsViewModel back = new ReadOptionsViewModel(asTable);
        assertEquals(DataKind.CUSTOMERS, back.detectedKind());
        assertEquals("CustomerID", back.idColumnProperty().get());
        back.kindProperty().set(DataKind.TRANSACTIONS);
        back.roleProperty(ColumnRole.COUNTRY).set("Description");
        back.suggest(retail.customers().report().columns());
        assertEquals("CustomerID", back.roleProperty(ColumnRole.CUSTOMER).get());
        assertEquals("UnitPrice", back.roleProperty(ColumnRole.PRICE).get());
        assertEquals("Description", back.roleProperty(ColumnRole.COUNTRY).get(), "a choice already made stays");
        assertNull(back.roleProperty(ColumnRole.DESCRIPTION).get(), "a column already chosen is not suggested again");
        assertTrue(DatasetOpener.open(retail.file(), back.toOptions(), Progress.NONE).isTransactionLog());
    }

    @Test
    void prefillsTheIdColumnOfACustomerTable(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("people.csv"),
                "user_id,age,income\nu1,34,45000\nu2,51,61500\nu3,29,38250\n");
        ReadOptionsViewModel model = new ReadOptionsViewModel(DatasetOpener.open(file, ReadOptions.DEFAULT, Progress.NONE));
        assertEquals(DataKind.CUSTOMERS, model.kindProperty().get());
        assertEquals("user_id", model.idColumnProperty().get());
        assertEquals(new ReadOptions(DataKind.CUSTOMERS, "user_id", null), model.toOptions());
    }
}
