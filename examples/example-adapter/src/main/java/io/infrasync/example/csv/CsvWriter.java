package io.infrasync.example.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 rows; the inverse of {@link CsvReader} ({@code null} stays an empty unquoted field). */
final class CsvWriter {

    private CsvWriter() {
    }

    static void writeRow(Writer out, List<String> row) throws IOException {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = row.get(i);
            if (value == null) {
                continue;
            }
            if (value.isEmpty() || value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                out.write('"');
                out.write(value.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(value);
            }
        }
        out.write("\r\n");
    }
}
