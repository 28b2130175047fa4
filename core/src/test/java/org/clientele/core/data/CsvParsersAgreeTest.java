package org.clientele.core.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast tokenizer of the streaming path gives the same rows, lines and errors as Commons CSV. */
class CsvParsersAgreeTest {

    @TempDir
    Path dir;

    private static final String[] CASES = {
        "a,b\n1,2\n3,4\n",
        "a,b\r\n1,2\r\n3,4",
        "a,b\r1,2\r3,4\r",
        "a,b\n1,\"x, y\"\n2,\"multi\nline\r\nvalue\"\n3,\"q \"\"quoted\"\"\"\n\n\n",
        "a;b\n\"\";\n;\"\"\n",
        "a,b,c\n1,2,3\n\n4,5\n",
        "a,b\n1,2\n2,\"never closed\n3,4\n",
        "a,b\n1,\"bad\"x\n",
        "a,a,\n1,2,3\n",
        "a\tb\n\"tab\there\"\t2\n",
    };

    @Test
    void sameRowsLinesAndErrors() throws Exception {
        StringBuilder longField = new StringBuilder("id,text\n1,\"");
        longField.append("x".repeat(200_000)).append("\"\n2,").append("y".repeat(100_000)).append('\n');
        List<String> cases = new ArrayList<>(List.of(CASES));
        cases.add(longField.toString());
        for (int i = 0; i < cases.size(); i++) {
            Path p = Files2.write(dir, "c" + i + ".csv", cases.get(i));
            String commons = readAll(p, false);
            String fast = readAll(p, true);
            assertEquals(commons, fast, "case " + i + ": " + cases.get(i).substring(0, Math.min(40, cases.get(i).length())));
        }
    }

    @Test
    void quotedFieldsAreReadExactly() throws Exception {
        Path p = Files2.write(dir, "q.csv", CASES[3]);
        String fast = readAll(p, true);
        assertTrue(fast.contains("[2|multi\nline\r\nvalue]@3"), fast);
        assertTrue(fast.contains("[3|q \"quoted\"]@6"), fast);
        assertFalse(fast.contains("error"), fast);
    }

    private static String readAll(Path p, boolean fast) {
        StringBuilder out = new StringBuilder();
        try (CsvRows rows = CsvRows.open(p, FileSniffer.sniff(p), fast)) {
            out.append(rows.header()).append(rows.warnings()).append('\n');
            String[] r;
            while ((r = rows.next()) != null) {
                out.append('[').append(String.join("|", r)).append("]@").append(rows.line())
                        .append(rows.rowHash() == RowHash.of(r) ? "" : " hash differs").append('\n');
            }
        } catch (DataFileException e) {
            out.append("error ").append(e.userMessage());
        }
        return out.toString();
    }
}
