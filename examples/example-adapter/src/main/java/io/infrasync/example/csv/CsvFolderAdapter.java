package io.infrasync.example.csv;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.AttributeSchema;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.SchemaDescription;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Records from a folder of CSV files: the resource {@code sites} is the file {@code sites.csv}, its
 * header names the fields, one column holds the local id. Reads stream the file page by page; writes
 * rewrite the file through a temporary file and an atomic move, so a reader never sees half a file.
 */
final class CsvFolderAdapter implements Adapter {

    private static final Pattern RESOURCE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private final Path directory;
    private final String idColumn;
    private final String uniqueColumn;
    private final int defaultPageSize;
    private final AdapterContext context;
    /** Writes read, change and replace whole files: one batch at a time. */
    private final Object writeLock = new Object();

    CsvFolderAdapter(Path directory, String idColumn, String uniqueColumn, int defaultPageSize, AdapterContext context) {
        this.directory = directory;
        this.idColumn = idColumn;
        this.uniqueColumn = uniqueColumn;
        this.defaultPageSize = defaultPageSize;
        this.context = context;
    }

    @Override
    public PageStream<AdapterRecord> read(ReadRequest request) {
        String resource = request.resource();
        Path file = file(resource);
        int pageSize = request.pageSizeHint() == 0 ? defaultPageSize : request.pageSizeHint();
        CsvReader reader = open(file);
        try {
            List<String> header = reader.next();
            if (header == null) {
                close(reader, file);
                return PageStream.empty();
            }
            int idIndex = idIndex(header, file);
            return PageStream.generate(() -> nextPage(reader, header, idIndex, pageSize, resource, file),
                    () -> close(reader, file));
        } catch (IOException e) {
            close(reader, file);
            throw failure(file, e);
        }
    }

    private Optional<List<AdapterRecord>> nextPage(CsvReader reader, List<String> header, int idIndex, int pageSize,
            String resource, Path file) {
        context.throwIfCancelled();
        List<AdapterRecord> page = new ArrayList<>(pageSize);
        try {
            while (page.size() < pageSize) {
                List<String> row = reader.next();
                if (row == null) {
                    break;
                }
                if (!isBlank(row)) {
                    page.add(record(header, row, idIndex, resource, file));
                }
            }
        } catch (IOException e) {
            throw failure(file, e);
        }
        return page.isEmpty() ? Optional.empty() : Optional.of(page);
    }

    private AdapterRecord record(List<String> header, List<String> row, int idIndex, String resource, Path file) {
        if (row.size() != header.size()) {
            throw new AdapterException(ErrorKind.INVALID_DATA, file + ": a row has " + row.size() + " fields, the header "
                    + header.size());
        }
        String id = row.get(idIndex);
        if (id == null || id.isBlank()) {
            throw new AdapterException(ErrorKind.INVALID_DATA, file + ": a row has no value in column '" + idColumn + "'");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            data.put(header.get(i), row.get(i));
        }
        return AdapterRecord.of(id, resource, data);
    }

    @Override
    public SchemaDescription describeSchema() {
        List<KindSchema> kinds = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                String name = file.getFileName().toString();
                List<String> header = header(file);
                List<AttributeSchema> attributes = header.stream().map(column -> AttributeSchema.of(column, "Text")
                        .withOptional(!column.equals(idColumn))
                        .withUnique(column.equals(idColumn) || column.equals(uniqueColumn))).toList();
                KindSchema kind = KindSchema.of(name.substring(0, name.length() - ".csv".length()), attributes, List.of());
                kinds.add(header.contains(uniqueColumn) ? kind.withHumanFriendlyId(List.of(uniqueColumn)) : kind);
            }
        } catch (IOException e) {
            throw failure(directory, e);
        }
        return SchemaDescription.of(kinds, List.of());
    }

    @Override
    public PageStream<String> listIds(String resource) {
        PageStream<AdapterRecord> records = read(ReadRequest.of(resource));
        return PageStream.generate(() -> records.nextPage().map(page -> page.stream().map(AdapterRecord::localId).toList()),
                records::close);
    }

    @Override
    public List<OperationResult> write(WriteBatch batch) {
        synchronized (writeLock) {
            Map<String, CsvTable> tables = new LinkedHashMap<>();
            List<OperationResult> results = new ArrayList<>(batch.size());
            for (WriteOperation operation : batch.operations()) {
                context.throwIfCancelled();
                Optional<CsvTable> table = table(tables, operation.resource());
                results.add(table.map(t -> apply(t, operation)).orElseGet(() -> OperationResult.failed(ErrorKind.NOT_FOUND,
                        "unknown resource '" + operation.resource() + "': no file " + operation.resource() + ".csv")));
            }
            for (CsvTable table : tables.values()) {
                if (table.dirty) {
                    save(table);
                }
            }
            return results;
        }
    }

    private OperationResult apply(CsvTable table, WriteOperation operation) {
        switch (operation.action()) {
            case CREATE: {
                Map<String, Object> data = ((WriteOperation.Create) operation).data();
                Map<String, String> row = new LinkedHashMap<>();
                Optional<String> invalid = toText(data, row);
                if (invalid.isPresent()) {
                    return OperationResult.failed(ErrorKind.INVALID_DATA, invalid.get());
                }
                String id = row.get(idColumn) == null ? table.nextId() : row.get(idColumn);
                if (table.rows.containsKey(id)) {
                    return OperationResult.failed(ErrorKind.CONFLICT, table.resource + " already has id " + id);
                }
                String unique = row.get(uniqueColumn);
                if (unique != null && table.rows.values().stream().anyMatch(r -> unique.equals(r.get(uniqueColumn)))) {
                    return OperationResult.failed(ErrorKind.CONFLICT, table.resource + " already has " + uniqueColumn
                            + " '" + unique + "'");
                }
                row.put(idColumn, id);
                table.put(id, row);
                return OperationResult.applied(id);
            }
            case UPDATE: {
                WriteOperation.Update update = (WriteOperation.Update) operation;
                Map<String, String> existing = table.rows.get(update.localId());
                if (existing == null) {
                    return OperationResult.failed(ErrorKind.NOT_FOUND, table.resource + " has no id " + update.localId());
                }
                Map<String, String> changes = new LinkedHashMap<>();
                Optional<String> invalid = toText(update.data(), changes);
                if (invalid.isPresent()) {
                    return OperationResult.failed(ErrorKind.INVALID_DATA, invalid.get());
                }
                if (changes.containsKey(idColumn) && !update.localId().equals(changes.get(idColumn))) {
                    return OperationResult.failed(ErrorKind.INVALID_DATA, "column '" + idColumn + "' cannot change");
                }
                Map<String, String> row = new LinkedHashMap<>(existing);
                row.putAll(changes);
                table.put(update.localId(), row);
                return OperationResult.applied(update.localId());
            }
            case DELETE: {
                String id = ((WriteOperation.Delete) operation).localId();
                if (table.rows.remove(id) == null) {
                    return OperationResult.failed(ErrorKind.NOT_FOUND, table.resource + " has no id " + id);
                }
                table.dirty = true;
                return OperationResult.applied(id);
            }
            default:
                throw new IllegalStateException("unknown write action " + operation.action());
        }
    }

    /** Converts scalar JSON values to CSV text; returns why a value cannot be stored, if one cannot. */
    private static Optional<String> toText(Map<String, Object> data, Map<String, String> row) {
        for (Map.Entry<String, Object> entry : data.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof Map || value instanceof List) {
                return Optional.of("field '" + entry.getKey() + "' is not a scalar: a CSV cell holds text only");
            }
            row.put(entry.getKey(), value == null ? null
                    : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
        }
        return Optional.empty();
    }

    /** One CSV file loaded for writing. */
    private final class CsvTable {
        final String resource;
        final Path file;
        final List<String> header;
        final Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        boolean dirty;

        CsvTable(String resource, Path file, List<String> header) {
            this.resource = resource;
            this.file = file;
            this.header = header;
        }

        void put(String id, Map<String, String> row) {
            row.keySet().stream().filter(column -> !header.contains(column)).forEach(header::add);
            rows.put(id, row);
            dirty = true;
        }

        /** Numeric ids continue after the largest; BigInteger because ids may exceed a long. */
        String nextId() {
            BigInteger max = rows.keySet().stream().filter(id -> id.matches("\\d+")).map(BigInteger::new)
                    .max(BigInteger::compareTo).orElse(BigInteger.ZERO);
            return max.add(BigInteger.ONE).toString();
        }
    }

    private Optional<CsvTable> table(Map<String, CsvTable> tables, String resource) {
        if (tables.containsKey(resource)) {
            return Optional.of(tables.get(resource));
        }
        if (!RESOURCE.matcher(resource).matches() || !Files.isRegularFile(directory.resolve(resource + ".csv"))) {
            return Optional.empty();
        }
        Path file = directory.resolve(resource + ".csv");
        try (CsvReader reader = open(file)) {
            List<String> header = reader.next();
            CsvTable table = new CsvTable(resource, file, header == null ? new ArrayList<>(List.of(idColumn))
                    : new ArrayList<>(header));
            int idIndex = idIndex(table.header, file);
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                if (!isBlank(row)) {
                    AdapterRecord record = record(table.header, row, idIndex, resource, file);
                    Map<String, String> values = new LinkedHashMap<>();
                    record.data().forEach((key, value) -> values.put(key, (String) value));
                    table.rows.put(record.localId(), values);
                }
            }
            tables.put(resource, table);
            return Optional.of(table);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    private void save(CsvTable table) {
        Path temp = table.file.resolveSibling("." + table.file.getFileName() + ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                CsvWriter.writeRow(out, table.header);
                for (Map<String, String> row : table.rows.values()) {
                    CsvWriter.writeRow(out, table.header.stream().map(row::get).toList());
                }
            }
            try {
                Files.move(temp, table.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, table.file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failure(table.file, e);
        }
    }

    private Path file(String resource) {
        if (!RESOURCE.matcher(resource).matches()) {
            throw new AdapterException(ErrorKind.NOT_FOUND, "unknown resource '" + resource + "': not a CSV file name");
        }
        Path file = directory.resolve(resource + ".csv");
        if (!Files.isRegularFile(file)) {
            throw new AdapterException(ErrorKind.NOT_FOUND, "unknown resource '" + resource + "': no file " + file);
        }
        return file;
    }

    private List<String> header(Path file) throws IOException {
        try (CsvReader reader = open(file)) {
            List<String> header = reader.next();
            return header == null ? List.of() : header;
        }
    }

    private int idIndex(List<String> header, Path file) {
        int index = header.indexOf(idColumn);
        if (index < 0) {
            throw new AdapterException(ErrorKind.INVALID_DATA, file + " has no '" + idColumn + "' column");
        }
        return index;
    }

    private static boolean isBlank(List<String> row) {
        return row.size() == 1 && row.get(0) == null;
    }

    private static CsvReader open(Path file) {
        try {
            return new CsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    private static void close(CsvReader reader, Path file) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }

    private static AdapterException failure(Path file, IOException e) {
        return new AdapterException(ErrorKind.INVALID_DATA, "cannot read or write " + file + ": " + e.getMessage(), e);
    }
}
