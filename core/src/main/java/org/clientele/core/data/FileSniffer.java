package org.clientele.core.data;

import org.clientele.core.UserInputException.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Looks at a file's first bytes to decide compression, encoding and delimiter before any parsing, and
 * refuses binary files early so that a wrong file fails fast instead of producing garbage or hanging.
 */
public final class FileSniffer {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int HEAD_BYTES = 64 * 1024;
    /** Non-ASCII text often appears late (one pound sign in line 38,250 of Online Retail): scan this far. */
    private static final long ENCODING_SCAN_BYTES = 64L * 1024 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private FileSniffer() {
    }

    public static TextFormat sniff(Path file) {
        checkReadable(file);
        try {
            boolean gzip = isGzip(file);
            byte[] head;
            try (InputStream in = openRaw(file, gzip)) {
                head = in.readNBytes(HEAD_BYTES);
            }
            if (head.length == 0) {
                throw new DataFileException(Reason.NO_DATA, file, 0, null, "the file is empty", "Choose a CSV file with a header row and data");
            }
            checkText(file, head);
            boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
            Charset cs = bom ? StandardCharsets.UTF_8 : detectCharset(file, gzip, head);
            String text = new String(head, bom ? 3 : 0, head.length - (bom ? 3 : 0), cs);
            return new TextFormat(gzip, cs, bom, detectDelimiter(text));
        } catch (IOException e) {
            throw new DataFileException(Reason.FILE_UNREADABLE, file, 0, null, "cannot be read (" + e.getMessage() + ")",
                    "Check that it is a readable CSV file" + (file.toString().endsWith(".gz") ? " and a complete gzip archive" : ""), e);
        }
    }

    static void checkReadable(Path file) {
        if (!Files.exists(file)) {
            throw new DataFileException(Reason.FILE_UNREADABLE, file, 0, null, "no such file", "Check the path " + file.toAbsolutePath());
        }
        if (Files.isDirectory(file)) {
            throw new DataFileException(Reason.FILE_UNREADABLE, file, 0, null, "is a directory, not a file", "Name a CSV file");
        }
        if (!Files.isReadable(file)) {
            throw new DataFileException(Reason.FILE_UNREADABLE, file, 0, null, "permission denied", "Make the file readable");
        }
    }

    /** Opens the decompressed byte stream (no charset decoding). */
    static InputStream openRaw(Path file, boolean gzip) throws IOException {
        return openRaw(file, gzip, null);
    }

    /** @param counter receives the number of file bytes read so far (compressed bytes for gzip), or null */
    static InputStream openRaw(Path file, boolean gzip, java.util.concurrent.atomic.AtomicLong counter) throws IOException {
        try {
            InputStream in = Files.newInputStream(file);
            if (counter != null) {
                in = new CountingInputStream(in, counter);
            }
            return gzip ? new GZIPInputStream(in, 1 << 16) : new BufferedInputStream(in, 1 << 16);
        } catch (NoSuchFileException e) {
            throw new DataFileException(Reason.FILE_UNREADABLE, file, 0, null, "no such file", "Check the path");
        } catch (AccessDeniedException e) {
            throw new DataFileException(Reason.FILE_UNREADABLE, file, 0, null, "permission denied", "Make the file readable");
        }
    }

    static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        }
    }

    /**
     * What a spreadsheet file renamed to .csv is, from its first bytes: a zip (xlsx, ods) or an OLE2 compound
     * file (xls); null for anything else.
     */
    static String workbookKind(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            String start = new String(head, StandardCharsets.ISO_8859_1);
            return start.contains("xl/") ? "an Excel workbook (.xlsx)"
                    : start.contains("opendocument.spreadsheet") ? "an OpenDocument spreadsheet (.ods)"
                    : "a zip archive (an .xlsx workbook or other)";
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            return "an Excel 97-2003 workbook (.xls)";
        }
        return null;
    }

    private static void checkText(Path file, byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
                || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)) {
            throw new DataFileException(Reason.NOT_A_TABLE, file, 0, null, "is UTF-16 text, which is not supported",
                    "Save it as CSV in UTF-8 (e.g. 'CSV UTF-8' in a spreadsheet's Save As)");
        }
        String workbook = workbookKind(head);
        if (workbook != null) {
            throw new DataFileException(Reason.NOT_A_TABLE, file, 0, null, "is " + workbook + ", not a CSV file",
                    "Open it in the spreadsheet and save the sheet as CSV (UTF-8), then choose that file");
        }
        int control = 0;
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                throw new DataFileException(Reason.NOT_A_TABLE, file, 0, null, "is a binary file, not text (NUL byte at offset " + i + ")",
                        "Export it as CSV (UTF-8 or Windows-1252), e.g. 'Save as CSV' in a spreadsheet");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0c) {
                control++;
            }
        }
        if (control > 8 && control > head.length / 100) {
            throw new DataFileException(Reason.NOT_A_TABLE, file, 0, null, "does not look like text (" + control + " control bytes in the first "
                    + head.length + ")", "Export it as CSV (UTF-8 or Windows-1252)");
        }
    }

    private static Charset detectCharset(Path file, boolean gzip, byte[] head) throws IOException {
        int verdict = utf8Verdict(head, head.length, head.length < HEAD_BYTES);
        if (verdict != 0) {
            return verdict > 0 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        if (head.length < HEAD_BYTES) {
            return StandardCharsets.UTF_8; // pure ASCII file
        }
        // Pure ASCII so far: read on until the first non-ASCII byte decides it.
        try (InputStream in = openRaw(file, gzip)) {
            byte[] buf = new byte[1 << 16];
            long seen = 0;
            int carry = 0;
            while (seen < ENCODING_SCAN_BYTES) {
                int n = in.readNBytes(buf, carry, buf.length - carry);
                if (n <= 0) {
                    break;
                }
                int len = carry + n;
                boolean last = len < buf.length;
                int cut = last ? len : safeCut(buf, len);
                int v = utf8Verdict(buf, cut, last);
                if (v != 0) {
                    return v > 0 ? StandardCharsets.UTF_8 : WINDOWS_1252;
                }
                carry = len - cut;
                System.arraycopy(buf, cut, buf, 0, carry);
                seen += n;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Cut before a possibly incomplete multi-byte sequence at the end of the buffer. */
    private static int safeCut(byte[] b, int len) {
        int i = len;
        for (int k = 0; k < 3 && i > 0 && (b[i - 1] & 0x80) != 0; k++) {
            i--;
        }
        return i;
    }

    /** +1 valid UTF-8 with non-ASCII, -1 invalid UTF-8, 0 only ASCII. */
    static int utf8Verdict(byte[] b, int len, boolean atEnd) {
        boolean nonAscii = false;
        int i = 0;
        while (i < len) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? (c <= 0xEF ? 2 : -1) : c >= 0xC2 && c <= 0xDF ? 1 : -1;
            if (extra < 0) {
                return -1;
            }
            if (i + extra >= len) {
                return atEnd ? -1 : (nonAscii ? 1 : 0);
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= len || (b[i + k] & 0xC0) != 0x80) {
                    return -1;
                }
            }
            nonAscii = true;
            i += extra + 1;
        }
        return nonAscii ? 1 : 0;
    }

    /** The candidate that splits the first lines most consistently (outside quotes) into more than one field. */
    static char detectDelimiter(String text) {
        int maxLines = 50;
        int[][] counts = new int[DELIMITERS.length][maxLines];
        int lines = 0;
        boolean inQuotes = false;
        int lineLength = 0;
        for (int i = 0; i < text.length() && lines < maxLines; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                if (lineLength > 0) {
                    lines++;
                }
                lineLength = 0;
                continue;
            } else if (!inQuotes) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d][lines]++;
                    }
                }
            }
            lineLength++;
        }
        if (lineLength > 0 && lines < maxLines) {
            lines++;
        }
        // A partial last line (cut by the sniff window) may be short: ignore it when there are others.
        int used = lines > 2 ? lines - 1 : lines;
        char best = ',';
        double bestScore = 0;
        for (int d = 0; d < DELIMITERS.length; d++) {
            int header = counts[d][0];
            if (header == 0) {
                continue;
            }
            int consistent = 0;
            for (int l = 0; l < used; l++) {
                if (counts[d][l] == header) {
                    consistent++;
                }
            }
            double score = consistent / (double) Math.max(1, used) * 1000 + header;
            if (score > bestScore) {
                bestScore = score;
                best = DELIMITERS[d];
            }
        }
        return best;
    }
}
