package io.infrasync.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.infrasync.core.domain.config.ConfigProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into {@link YamlNode}s with the line of every key and value (Jackson's tree model drops
 * positions, so this walks the token stream).
 */
final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {
    }

    /** A YAML syntax error, with its line. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ConfigProblem problem;

        SyntaxException(ConfigProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        ConfigProblem problem() {
            return problem;
        }
    }

    /** Parses {@code text}; an empty document gives a null scalar. */
    static YamlNode read(String text, String file) throws SyntaxException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new YamlNode.Scalar(null, 1);
            }
            return readValue(parser, token);
        } catch (JsonProcessingException exception) {
            int line = exception.getLocation() == null ? 0 : exception.getLocation().getLineNr();
            throw new SyntaxException(new ConfigProblem(file, Math.max(line, 0), "", "invalid YAML: "
                    + exception.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException exception) {
            throw new SyntaxException(new ConfigProblem(file, 0, "", "cannot read: " + exception.getMessage()));
        }
    }

    private static YamlNode readValue(JsonParser parser, JsonToken token) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    YamlNode value = readValue(parser, parser.nextToken());
                    // As PyYAML does, a repeated key keeps the last value.
                    entries.put(key, value);
                    keyLines.put(key, keyLine);
                }
                return new YamlNode.MapNode(entries, keyLines, line);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, next));
                }
                return new YamlNode.ListNode(items, line);
            }
            case VALUE_STRING:
                return new YamlNode.Scalar(parser.getText(), line);
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(parser.getNumberValue(), line);
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(parser.getDoubleValue(), line);
            case VALUE_TRUE:
                return new YamlNode.Scalar(Boolean.TRUE, line);
            case VALUE_FALSE:
                return new YamlNode.Scalar(Boolean.FALSE, line);
            case VALUE_NULL:
                return new YamlNode.Scalar(null, line);
            default:
                throw new IOException("unexpected YAML token " + token);
        }
    }
}
