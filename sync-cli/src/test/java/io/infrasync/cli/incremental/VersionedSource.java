package io.infrasync.cli.incremental;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.ReadRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory source that behaves like NetBox for incremental reads: every record carries a {@code last_updated}
 * stamp from the source's own clock (one tick per change), {@code readChangesSince} returns the records stamped at
 * or after the cursor, the safe cursor is the clock minus a margin, and {@code listIds} lists what exists.
 * Deleting a record leaves no trace (as in NetBox): only the id listing shows it is gone.
 */
final class VersionedSource implements Adapter {

    /** Cursor margin in ticks: changes stamped within it before the cursor are read again (harmless overlays). */
    private static final long MARGIN = 1;

    private final Map<String, TreeMap<Long, Map<String, Object>>> endpoints = new LinkedHashMap<>();
    private final AtomicLong clock = new AtomicLong(1_000);
    final AtomicInteger changeReads = new AtomicInteger();
    final AtomicInteger fullReads = new AtomicInteger();
    volatile boolean listIdsSupported = true;
    volatile boolean changesSupported = true;
    volatile CursorTier tier = CursorTier.TIMESTAMP;

    /** Creates or replaces a record and stamps it. */
    synchronized void put(String endpoint, long id, Map<String, Object> data) {
        Map<String, Object> record = new LinkedHashMap<>(data);
        record.put("id", id);
        record.put("last_updated", stamp(clock.incrementAndGet()));
        endpoints.computeIfAbsent(endpoint, key -> new TreeMap<>()).put(id, record);
    }

    /** Changes one field of a record (a {@code null} value clears it) and stamps it. */
    synchronized void update(String endpoint, long id, String field, Object value) {
        Map<String, Object> record = new LinkedHashMap<>(endpoints.get(endpoint).get(id));
        record.put(field, value);
        put(endpoint, id, record);
    }

    /**
     * Changes a field without stamping the record: what a server does to referring records when their peer is
     * deleted (a foreign key set to null, a many-to-many link dropped).
     */
    synchronized void silently(String endpoint, long id, String field, Object value) {
        endpoints.get(endpoint).get(id).put(field, value);
    }

    synchronized void delete(String endpoint, long id) {
        endpoints.get(endpoint).remove(id);
    }

    synchronized Map<String, Object> get(String endpoint, long id) {
        return endpoints.getOrDefault(endpoint, new TreeMap<>()).get(id);
    }

    synchronized List<Long> ids(String endpoint) {
        return new ArrayList<>(endpoints.computeIfAbsent(endpoint, key -> new TreeMap<>()).keySet());
    }

    @Override
    public synchronized PageStream<AdapterRecord> read(ReadRequest request) {
        fullReads.incrementAndGet();
        return PageStream.of(records(request.resource(), Long.MIN_VALUE), 3);
    }

    @Override
    public CursorTier cursorTier(String resource) {
        return tier;
    }

    @Override
    public Cursor safeCursor(String resource) {
        return Cursor.timestamp(Instant.ofEpochMilli(clock.get() - MARGIN));
    }

    @Override
    public synchronized PageStream<AdapterRecord> readChangesSince(ReadRequest request, Cursor since) {
        if (!changesSupported) {
            throw AdapterException.unsupported(Capability.CHANGES_SINCE);
        }
        changeReads.incrementAndGet();
        return PageStream.of(records(request.resource(), since.instant().toEpochMilli()), 3);
    }

    @Override
    public synchronized PageStream<String> listIds(String resource) {
        if (!listIdsSupported) {
            throw AdapterException.unsupported(Capability.LIST_IDS);
        }
        List<String> ids = new ArrayList<>();
        endpoints.getOrDefault(resource, new TreeMap<>()).keySet().forEach(id -> ids.add(String.valueOf(id)));
        return PageStream.of(ids, 4);
    }

    private List<AdapterRecord> records(String resource, long sinceTick) {
        TreeMap<Long, Map<String, Object>> records = endpoints.get(resource);
        if (records == null) {
            throw new AdapterException(ErrorKind.NOT_FOUND, "no endpoint " + resource);
        }
        List<AdapterRecord> out = new ArrayList<>();
        records.forEach((id, data) -> {
            if (Instant.parse((String) data.get("last_updated")).toEpochMilli() >= sinceTick) {
                out.add(AdapterRecord.of(String.valueOf(id), resource, data));
            }
        });
        return out;
    }

    private static String stamp(long tick) {
        return Instant.ofEpochMilli(tick).toString();
    }
}
