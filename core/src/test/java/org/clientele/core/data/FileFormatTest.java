package org.clientele.core.data;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileFormatTest {

    @TempDir
    Path dir;

    private Table read(Path p) {
        return Table.read(p, ReadOptions.DEFAULT, Progress.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t", "|"})
    void detectsTheDelimiter(String d) throws Exception {
        Path p = Files2.write(dir, "d.csv", String.join(d, "id", "age", "city") + "\n" + String.join(d, "a1", "30", "Oslo") + "\n"
                + String.join(d, "a2", "41", "Rome") + "\n");
        assertEquals(d.charAt(0), FileSniffer.sniff(p).delimiter());
        Table t = read(p);
        assertEquals(List.of("id", "age", "city"), t.columnNames());
        assertEquals(41, t.number(1, 1));
        assertEquals("Rome", t.text(1, 2));
        assertEquals("id", t.idColumn());
    }

    @Test
    void utf8WithBomDropsTheMark() throws Exception {
        Path p = Files.write(dir.resolve("bom.csv"), ("\uFEFFname,score\nZoë,1\nÅsa,2\n").getBytes(StandardCharsets.UTF_8));
        TextFormat f = FileSniffer.sniff(p);
        assertTrue(f.bom());
        Table t = read(p);
        assertEquals("name", t.columnNames().get(0));
        assertEquals("Zoë", t.text(0, 0));
    }

    @Test
    void windows1252AndLatin1AreDecoded() throws Exception {
        Path p = Files2.write(dir, "w.csv", "name;price\nCafé crème;€3\nNaïve;2\n", Charset.forName("windows-1252"));
        assertEquals("windows-1252", FileSniffer.sniff(p).charset().name());
        Table t = read(p);
        assertEquals("Café crème", t.text(0, 0));
        // Decoded right, the euro sign is a currency symbol and the price reads as a number.
        assertEquals(3.0, t.number(0, 1));
    }

    @Test
    void latin1ByteLateInAnAsciiFileIsFound() throws Exception {
        StringBuilder sb = new StringBuilder("code,label\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i).append(",plain ascii label\n");
        }
        sb.append("20000,Gift Voucher £40\n");
        Path p = Files2.write(dir, "late.csv", sb.toString(), StandardCharsets.ISO_8859_1);
        assertEquals("windows-1252", FileSniffer.sniff(p).charset().name());
        assertEquals("Gift Voucher £40", read(p).text(20_000, 1));
    }

    @Test
    void gzipByExtensionAndByMagicBytes() throws Exception {
        String csv = "id,x\n1,2.5\n2,3.5\n";
        Table a = read(Files2.gzip(dir, "a.csv.gz", csv));
        Table b = read(Files2.gzip(dir, "b.csv", csv));
        assertEquals(2, a.rowCount());
        assertEquals(3.5, b.number(1, 1));
        assertTrue(FileSniffer.sniff(dir.resolve("b.csv")).gzip());
    }

    @Test
    void quotedFieldsCrlfNoFinalNewlineAndBlankTrailingLines() throws Exception {
        Path p = Files2.write(dir, "q.csv", "id,note,n\r\n1,\"a, b\",1\r\n2,\"line one\r\nline two\",2\r\n3,\"say \"\"hi\"\"\",3\r\n\r\n\r\n");
        Table t = read(p);
        assertEquals(3, t.rowCount());
        assertEquals("a, b", t.text(0, 1));
        assertEquals("line one\r\nline two", t.text(1, 1));
        assertEquals("say \"hi\"", t.text(2, 1));
        Path q = Files2.write(dir, "nofinal.csv", "id,n\n1,5\n2,6");
        assertEquals(6, read(q).number(1, 1));
    }

    @Test
    void missingTokensAreMissing() throws Exception {
        Path p = Files2.write(dir, "m.csv", "id,x,y\n1,NA,a\n2,n/a,b\n3,null,c\n4,NaN,d\n5,-,e\n6,,f\n7,2.5,g\n8, NULL ,h\n");
        Table t = read(p);
        assertEquals(ColumnType.DECIMAL, t.type(1));
        for (int r = 0; r < 6; r++) {
            assertTrue(Double.isNaN(t.number(r, 1)), "row " + r);
            assertNull(t.text(r, 1));
        }
        assertEquals(2.5, t.number(6, 1));
        assertTrue(Double.isNaN(t.number(7, 1)));
    }
}
