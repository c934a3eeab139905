package io.infrasync.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrasync.core.domain.run.Cursor;
import io.infrasync.core.domain.run.ExtractMode;
import io.infrasync.core.domain.run.ExtractionLog;
import io.infrasync.core.domain.run.ResourceExtraction;
import io.infrasync.core.domain.run.RowCounts;
import io.infrasync.core.domain.run.RunCursors;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.domain.run.SchemaSubHash;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SideExtraction;
import io.infrasync.core.port.out.RunCacheException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON (and one text) sidecars: {@code run.json}, {@code cursors.json}, {@code last-successful-rowcounts.json}
 * and {@code schema-sub-hash.txt}. Written as the original writes them (2-space indent, sorted keys), atomically;
 * read strictly, with errors naming the file.
 */
final class Sidecars {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final AtomicFiles files;

    Sidecars(AtomicFiles files) {
        this.files = files;
    }

    // ---- run.json ---------------------------------------------------------------------------------------------

    void writeRun(Path file, RunRecord record) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        // Keys in sorted order, as the original's json.dumps(sort_keys=True).
        if (record.error() == null) {
            node.putNull("error");
        } else {
            node.put("error", record.error());
        }
        if (!record.extraction().isEmpty()) {
            writeExtraction(node.putObject("extraction"), record.extraction());
        }
        ArrayNode reasons = node.putArray("fallback_reasons");
        record.fallbackReasons().forEach(reasons::add);
        if (record.finishedAt() == null) {
            node.putNull("finished_at");
        } else {
            node.put("finished_at", record.finishedAt().toString());
        }
        node.put("mode", record.mode().wireName());
        node.put("started_at", record.startedAt().toString());
        node.put("status", record.status().wireName());
        ObjectNode summary = node.putObject("summary");
        record.summary().forEach(summary::put);
        files.write(file, render(file, node));
    }

    /** Reads {@code run.json}; {@code fallbackStart} stands in for {@code started_at}, which the original does not write. */
    RunRecord readRun(Path file, Instant fallbackStart) {
        JsonNode node = read(file).orElseThrow(() -> new RunCacheException(file.toString(), "missing cache file " + file));
        try {
            RunStatus status = RunStatus.fromWireName(text(node, "status", true));
            RunMode mode = RunMode.fromWireName(text(node, "mode", true));
            Map<String, Long> summary = new TreeMap<>();
            JsonNode summaryNode = node.path("summary");
            if (!summaryNode.isMissingNode() && !summaryNode.isNull()) {
                if (!summaryNode.isObject()) {
                    throw new IllegalArgumentException("'summary' is not an object");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = summaryNode.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    // The original's summary is a free dict; counts are what we keep, other values are not ours.
                    if (entry.getValue().isIntegralNumber()) {
                        summary.put(entry.getKey(), entry.getValue().longValue());
                    }
                }
            }
            Instant finishedAt = instant(text(node, "finished_at", false), "finished_at");
            String startedText = text(node, "started_at", false);
            Instant startedAt = startedText != null ? instant(startedText, "started_at") : fallbackStart;
            List<String> reasons = new ArrayList<>();
            node.path("fallback_reasons").forEach(reason -> reasons.add(reason.asText()));
            return new RunRecord(status, mode, summary, startedAt, finishedAt, text(node, "error", false), reasons,
                    readExtraction(node.path("extraction")));
        } catch (IllegalArgumentException e) {
            throw new RunCacheException(file.toString(), "invalid " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code "extraction": {"A": {"endpoint": "<12 hex>", "resources": {"dcim.sites": {"deleted": 1, "mode": "warm",
     * "read": 12, "warm_runs": 3}}}}}; {@code reason} is present on full extracts that replaced a warm one.
     */
    private static void writeExtraction(ObjectNode node, ExtractionLog log) {
        log.bySide().forEach((side, extraction) -> {
            ObjectNode sideNode = node.putObject(side.name());
            sideNode.put("endpoint", extraction.endpoint());
            ObjectNode resources = sideNode.putObject("resources");
            extraction.resources().forEach((resource, value) -> {
                ObjectNode entry = resources.putObject(resource);
                entry.put("deleted", value.deleted());
                entry.put("mode", value.mode().wireName());
                entry.put("read", value.read());
                if (value.reason() != null) {
                    entry.put("reason", value.reason());
                }
                entry.put("warm_runs", value.warmRuns());
            });
        });
    }

    private static ExtractionLog readExtraction(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return ExtractionLog.empty();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("'extraction' is not an object");
        }
        Map<Side, SideExtraction> bySide = new EnumMap<>(Side.class);
        for (Iterator<Map.Entry<String, JsonNode>> sides = node.fields(); sides.hasNext(); ) {
            Map.Entry<String, JsonNode> sideEntry = sides.next();
            Side side;
            try {
                side = Side.valueOf(sideEntry.getKey());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'extraction' has unknown side '" + sideEntry.getKey() + "' (expected A or B)", e);
            }
            JsonNode sideNode = sideEntry.getValue();
            if (!sideNode.path("endpoint").isTextual() || !sideNode.path("resources").isObject()) {
                throw new IllegalArgumentException("'extraction." + side + "' needs a text 'endpoint' and an object 'resources'");
            }
            Map<String, ResourceExtraction> resources = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = sideNode.get("resources").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode value = entry.getValue();
                String where = "'extraction." + side + ".resources." + entry.getKey() + "'";
                if (!value.path("mode").isTextual() || !value.path("warm_runs").canConvertToInt()) {
                    throw new IllegalArgumentException(where + " needs a text 'mode' and an integer 'warm_runs'");
                }
                try {
                    resources.put(entry.getKey(), new ResourceExtraction(ExtractMode.fromWireName(value.get("mode").asText()),
                            value.get("warm_runs").asInt(), value.hasNonNull("reason") ? value.get("reason").asText() : null,
                            value.path("read").asLong(0), value.path("deleted").asLong(0)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
            }
            bySide.put(side, new SideExtraction(sideNode.get("endpoint").asText(), resources));
        }
        return new ExtractionLog(bySide);
    }

    // ---- cursors.json -----------------------------------------------------------------------------------------

    void mergeCursors(Path file, RunCursors newer) {
        RunCursors merged = readCursors(file).merge(newer);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (Side side : Side.values()) {
            ObjectNode sideNode = node.putObject(side.name());
            merged.bySide().get(side).forEach((resource, cursor) -> sideNode.put(resource, cursor.packed()));
        }
        files.write(file, render(file, node));
    }

    RunCursors readCursors(Path file) {
        Optional<JsonNode> read = read(file);
        if (read.isEmpty()) {
            return RunCursors.empty();
        }
        JsonNode node = read.get();
        try {
            if (!node.isObject()) {
                throw new IllegalArgumentException("expected an object {\"A\": {...}, \"B\": {...}}");
            }
            Map<Side, Map<String, Cursor>> bySide = new EnumMap<>(Side.class);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Side side;
                try {
                    side = Side.valueOf(entry.getKey());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown side '" + entry.getKey() + "' (expected A or B)", e);
                }
                Map<String, Cursor> cursors = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> r = entry.getValue().fields(); r.hasNext(); ) {
                    Map.Entry<String, JsonNode> resource = r.next();
                    if (!resource.getValue().isTextual()) {
                        throw new IllegalArgumentException("cursor of " + side + "/" + resource.getKey() + " is not a string");
                    }
                    cursors.put(resource.getKey(), Cursor.parse(resource.getValue().asText()));
                }
                bySide.put(side, cursors);
            }
            return new RunCursors(bySide);
        } catch (IllegalArgumentException e) {
            throw new RunCacheException(file.toString(), "invalid " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- last-successful-rowcounts.json -----------------------------------------------------------------------

    void writeRowCounts(Path file, RowCounts counts) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        counts.byResource().forEach(node::put);
        files.write(file, render(file, node));
    }

    RowCounts readRowCounts(Path file) {
        Optional<JsonNode> read = read(file);
        if (read.isEmpty()) {
            return RowCounts.empty();
        }
        try {
            JsonNode node = read.get();
            if (!node.isObject()) {
                throw new IllegalArgumentException("expected an object {\"Resource\": count}");
            }
            Map<String, Long> counts = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getValue().isIntegralNumber()) {
                    throw new IllegalArgumentException("count of '" + entry.getKey() + "' is not an integer");
                }
                counts.put(entry.getKey(), entry.getValue().longValue());
            }
            return new RowCounts(counts);
        } catch (IllegalArgumentException e) {
            throw new RunCacheException(file.toString(), "invalid " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- schema-sub-hash.txt ----------------------------------------------------------------------------------

    void writeSchemaSubHash(Path file, SchemaSubHash hash) {
        // No trailing newline, as the original writes it.
        files.write(file, hash.value().getBytes(StandardCharsets.UTF_8));
    }

    Optional<SchemaSubHash> readSchemaSubHash(Path file) {
        try {
            return Optional.of(SchemaSubHash.of(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new RunCacheException(file.toString(), "cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new RunCacheException(file.toString(), "invalid " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code schema-shape.json}, checked to be a JSON object (a torn or foreign file is named). */
    Optional<String> readSchemaShape(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new RunCacheException(file.toString(), "cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            if (!JSON.readTree(text).isObject()) {
                throw new RunCacheException(file.toString(), "invalid " + file + ": not a JSON object");
            }
        } catch (IOException e) {
            throw new RunCacheException(file.toString(), "invalid " + file + ": " + e.getMessage(), e);
        }
        return Optional.of(text);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static byte[] render(Path file, JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new RunCacheException(file.toString(), "cannot render " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<JsonNode> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new RunCacheException(file.toString(), "cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new RunCacheException(file.toString(), "invalid " + file + ": empty file");
            }
            return Optional.of(node);
        } catch (IOException e) {
            throw new RunCacheException(file.toString(), "invalid " + file + ": not JSON (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("'" + field + "' is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is not a string");
        }
        return value.asText();
    }

    private static Instant instant(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + field + "' is not an ISO-8601 date-time with offset: " + text, e);
        }
    }

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }
}
