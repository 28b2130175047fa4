package org.clientele.core;

import org.clientele.core.data.DataFileException;
import org.clientele.core.io.OutputExistsException;
import org.clientele.core.io.OutputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The neutral message and how a front end adds its own name for each setting. */
class UserInputExceptionTest {

    @TempDir
    Path dir;

    @Test
    void neutralMessageNamesNoFlagAndFrontEndsAddTheirs() {
        DataFileException e = new DataFileException(UserInputException.Reason.ROLE_NOT_FOUND, Path.of("data", "t.csv"),
                1, null, "no customer column found", "choose the customer column", Setting.CUSTOMER_COLUMN);
        assertEquals("t.csv: line 1: no customer column found. Choose the customer column.", e.getMessage());
        assertEquals("t.csv: line 1: no customer column found. Choose the customer column (--customer).",
                e.message(s -> s == Setting.CUSTOMER_COLUMN ? "--customer" : null));
        assertFalse(e.getMessage().contains("--"));
    }

    @Test
    void aProblemFoundBelowTheFileLayerGetsTheFileAttached() {
        UnusableDataException below = new UnusableDataException(UserInputException.Reason.TOO_FEW_ROWS,
                "segmentation needs at least 3 customers, got 2", "Segment a table with more customers");
        DataFileException named = DataFileException.in(Path.of("c.csv"), below);
        assertEquals(UserInputException.Reason.TOO_FEW_ROWS, named.reason());
        assertEquals("c.csv: segmentation needs at least 3 customers, got 2. Segment a table with more customers.",
                named.getMessage());
    }

    @Test
    void outputsInTheWaySayWhetherOverwritingWouldHelp() throws Exception {
        Path file = Files.writeString(dir.resolve("x.csv"), "old");
        OutputExistsException exists = assertThrows(OutputExistsException.class,
                () -> OutputFiles.checkWritable(file, false));
        assertEquals(OutputExistsException.Clash.EXISTS, exists.clash());
        OutputExistsException folder = assertThrows(OutputExistsException.class,
                () -> OutputFiles.checkWritable(dir, true));
        assertEquals(OutputExistsException.Clash.FOLDER_IN_THE_WAY, folder.clash());
        OutputExistsException underFile = assertThrows(OutputExistsException.class,
                () -> OutputFiles.checkWritable(file.resolve("segments.json"), true));
        assertEquals(OutputExistsException.Clash.FILE_IN_THE_WAY, underFile.clash());
        assertEquals(file.toAbsolutePath(), underFile.target());
        assertEquals("old", Files.readString(file));
    }
}
