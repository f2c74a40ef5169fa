package org.liaisondesk.service.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.liaisondesk.domain.InvalidInputException;

/**
 * A CSV file as Excel writes it: the encoding (a BOM decides; else UTF-8 if every byte decodes
 * cleanly; else GB18030, which covers GBK) and the delimiter (comma, semicolon, tab or pipe, the one
 * giving the same column count on the first lines), each of which the user may override. Rows are
 * read as a stream, so a file of any length is never held whole.
 */
public final class CsvInput {
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final Path file;
    private final Charset encoding;
    private final int bom;
    private final char delimiter;

    private CsvInput(Path file, Charset encoding, int bom, char delimiter) {
        this.file = file;
        this.encoding = encoding;
        this.bom = bom;
        this.delimiter = delimiter;
    }

    public Charset encoding() { return encoding; }
    public char delimiter() { return delimiter; }

    /**
     * @param encoding  null to detect
     * @param delimiter 0 to detect
     * @throws InvalidInputException when the file is missing, empty or not text
     */
    public static CsvInput open(Path file, Charset encoding, char delimiter) {
        if (!Files.isRegularFile(file)) throw new InvalidInputException("error.csv.missing", file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new InvalidInputException("error.csv.read", file, e.getMessage());
        }
        if (head.length == 0) throw new InvalidInputException("error.csv.empty", file);
        int bom = 0;
        Charset found = null;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            bom = 3;
            found = StandardCharsets.UTF_8;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            bom = 2;
            found = StandardCharsets.UTF_16LE;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            bom = 2;
            found = StandardCharsets.UTF_16BE;
        }
        Charset chosen = encoding != null ? encoding : found != null ? found : cleanUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
        // Told UTF-8 but the bytes are not: say so rather than store replacement characters.
        if (chosen.equals(StandardCharsets.UTF_8) && found == null && !cleanUtf8(file)) {
            throw new InvalidInputException("error.csv.notUtf8", file);
        }
        if (encoding != null && found == null) bom = 0;
        if (encoding != null && found != null && !encoding.equals(found)) bom = 0;
        CsvInput probe = new CsvInput(file, chosen, bom, ',');
        probe.refuseBinary();
        return new CsvInput(file, chosen, bom, delimiter != 0 ? delimiter : probe.guessDelimiter());
    }

    /** Decodes the whole file strictly, a block at a time: any invalid sequence means it is not UTF-8. */
    static boolean cleanUtf8(Path file) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            byte[] block = new byte[32 * 1024];
            int n;
            while ((n = in.read(block)) > 0) {
                bytes.put(block, 0, n);
                bytes.flip();
                if (d.decode(bytes, chars, false).isError()) return false;
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            if (d.decode(bytes, chars, true).isError() || d.flush(chars).isError()) return false;
            return true;
        } catch (IOException e) {
            throw new InvalidInputException("error.csv.read", file, e.getMessage());
        }
    }

    /** Text files have no NUL characters (a PNG or a zip renamed to .csv does, almost at once). */
    private void refuseBinary() {
        try (Reader r = reader()) {
            char[] buf = new char[4096];
            int n = r.read(buf);
            for (int i = 0; i < n; i++) {
                if (buf[i] == 0 || buf[i] == '\uFFFD' && encoding.equals(GB18030)) {
                    throw new InvalidInputException("error.csv.binary", file);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("error.csv.read", file, e.getMessage());
        }
    }

    /** The delimiter that splits the first lines into the same number (more than one) of columns. */
    private char guessDelimiter() {
        char best = ',';
        int bestColumns = 1;
        for (char c : DELIMITERS) {
            try (CSVParser p = parser(c)) {
                int columns = -1, lines = 0;
                boolean steady = true;
                for (CSVRecord rec : p) {
                    if (lines++ >= 20) break;
                    if (columns < 0) columns = rec.size();
                    else if (rec.size() != columns) steady = false;
                }
                if (steady && columns > bestColumns) {
                    best = c;
                    bestColumns = columns;
                }
            } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
                // This delimiter does not parse the start of the file; another will.
            }
        }
        return best;
    }

    private Reader reader() throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bom);
        return new BufferedReader(new InputStreamReader(in, encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    /** RFC 4180 records: quoted delimiters, doubled quotes, line breaks inside quotes, CRLF or LF. */
    public CSVParser parser() throws IOException { return parser(delimiter); }

    private CSVParser parser(char d) throws IOException {
        return CSVParser.builder().setReader(reader()).setFormat(CSVFormat.RFC4180.builder().setDelimiter(d)
                .setIgnoreSurroundingSpaces(false).get()).get();
    }

    /** The names of the supported encodings, for messages and the command line. */
    public static List<String> encodings() { return List.of("auto", "utf-8", "gb18030", "utf-16"); }
}
