package io.infrasync.example.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 rows one at a time, so a file of a million rows never sits in memory. An empty
 * unquoted field is {@code null} (a missing value); a quoted empty field {@code ""} is the empty string.
 */
final class CsvReader implements Closeable {

    private final BufferedReader in;
    private final String file;
    private long line = 1;

    CsvReader(BufferedReader in, String file) {
        this.in = in;
        this.file = file;
    }

    /** Returns the next row, or {@code null} at the end of the file. */
    List<String> next() throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        long startLine = line;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException(file + ":" + startLine + ": unterminated quoted field");
                }
                if (c == '"') {
                    in.mark(1);
                    int peek = in.read();
                    if (peek == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        in.reset();
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(value(field, wasQuoted));
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == -1) {
                line++;
                row.add(value(field, wasQuoted));
                return row;
            } else if (c == '\r') {
                in.mark(1);
                if (in.read() != '\n') {
                    in.reset();
                }
                line++;
                row.add(value(field, wasQuoted));
                return row;
            } else if (wasQuoted) {
                throw new IOException(file + ":" + startLine + ": text after a closing quote");
            } else {
                field.append((char) c);
            }
            c = in.read();
        }
    }

    private static String value(StringBuilder field, boolean wasQuoted) {
        return field.length() == 0 && !wasQuoted ? null : field.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
