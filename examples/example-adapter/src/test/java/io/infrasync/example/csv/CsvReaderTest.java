package io.infrasync.example.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> parse(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new BufferedReader(new StringReader(text)), "test.csv")) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void quotesCommasNewlinesAndLineEndingsAreHonoured() throws IOException {
        assertThat(parse("a,\"b,c\",\"d\"\"e\"\r\n\"multi\nline\",x,\n"))
                .containsExactly(List.of("a", "b,c", "d\"e"), Arrays.asList("multi\nline", "x", null));
    }

    @Test
    void anEmptyUnquotedFieldIsNullAndAQuotedOneIsEmpty() throws IOException {
        assertThat(parse(",\"\"")).containsExactly(Arrays.asList(null, ""));
    }

    @Test
    void brokenQuotingNamesTheFileAndLine() {
        assertThatThrownBy(() -> parse("a\n\"open,b\n")).hasMessage("test.csv:2: unterminated quoted field");
        assertThatThrownBy(() -> parse("\"a\"b")).hasMessage("test.csv:1: text after a closing quote");
    }

    @Test
    void writerAndReaderRoundTrip() throws IOException {
        List<String> row = Arrays.asList("plain", null, "", "with,comma", "with \"quote\"", "two\nlines", "ünï");
        StringWriter out = new StringWriter();
        CsvWriter.writeRow(out, row);
        assertThat(parse(out.toString())).containsExactly(row);
    }
}
