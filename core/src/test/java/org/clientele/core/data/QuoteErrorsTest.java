package org.clientele.core.data;

import org.clientele.core.UserInputException;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both parsers (Commons CSV for tables, the fast one for logs) classify quoting errors the same way, by type. */
class QuoteErrorsTest {

    @TempDir
    Path dir;

    @Test
    void anUnclosedQuoteIsNamedWithItsLineByEitherParser() throws Exception {
        Path file = Files.writeString(dir.resolve("open.csv"), "id,a,b\n1,2,3\n2,\"x,4\n3,5,6\n");
        for (boolean fast : new boolean[] {false, true}) {
            DataFileException e = assertThrows(DataFileException.class, () -> {
                try (CsvRows rows = CsvRows.open(file, FileSniffer.sniff(file), fast)) {
                    while (rows.next() != null) {
                        // read to the error
                    }
                }
            });
            assertEquals(3, e.line(), "fast=" + fast);
            assertTrue(e.problem().contains("never closed"), e.getMessage());
            assertEquals(UserInputException.Reason.NOT_A_TABLE, e.reason());
        }
    }

    @Test
    void aCharacterAfterAClosingQuoteIsNamedToo() throws Exception {
        Path file = Files.writeString(dir.resolve("after.csv"), "id,a,b\n1,2,3\n2,\"x\"y,4\n3,5,6\n");
        DataFileException e = assertThrows(DataFileException.class, () -> Table.read(file, null, Progress.NONE));
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("after a closing quote"), e.getMessage());
    }

    @Test
    void aWhitespaceOnlyFileIsEmptyNotOneRow() throws Exception {
        Path file = Files.writeString(dir.resolve("blank.csv"), "   \n \t \n");
        DataFileException e = assertThrows(DataFileException.class, () -> Profiler.profile(file, null, Progress.NONE));
        assertEquals(UserInputException.Reason.NO_DATA, e.reason());
    }
}
