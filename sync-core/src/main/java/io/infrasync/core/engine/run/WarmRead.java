package io.infrasync.core.engine.run;

import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.mapping.MappingPlan;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.core.port.out.RunCacheSnapshotRows;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.ReadRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The warm read of one resource: the records changed since the base run's cursor, overlaid on the base run's
 * extract, minus the records the system no longer lists. Everything that can make the warm read impossible
 * (the adapter cannot read changes or list ids, the mapping reads embedded related objects) is found in
 * {@link #prepare} before a single record is handed on, so that the caller can still fall back to a full read.
 */
final class WarmRead {

    /** Records handed on per page when rebuilding from the extract. */
    private static final int PAGE = 1000;

    /** Why the warm read of a resource cannot be taken; the caller reads it in full instead. */
    static final class Fallback extends Exception {
        private static final long serialVersionUID = 1L;

        Fallback(String reason) {
            super(reason, null, false, false);
        }
    }

    private final ExtractDecision.Warm decision;
    private final Side side;
    private final String resource;
    /** Changed records by local id, in the order the adapter returned them. */
    private final Map<String, AdapterRecord> changes;
    private final Set<String> existing;
    private final int changedCount;
    /** Local ids of the base extract that the system no longer lists. */
    private final Set<String> gone = new HashSet<>();

    private WarmRead(ExtractDecision.Warm decision, Side side, String resource, Map<String, AdapterRecord> changes,
            Set<String> existing) {
        this.decision = decision;
        this.side = side;
        this.resource = resource;
        this.changes = changes;
        this.existing = existing;
        this.changedCount = changes.size();
    }

    /**
     * Reads the changes (first) and the existing ids (second, so that a record deleted in between is dropped),
     * and checks that the mapping reads no embedded related object.
     *
     * @param readKeys the top-level keys the mapping reads other than by reference (see {@link EmbeddedRelations})
     */
    static WarmRead prepare(Adapter adapter, ReadRequest request, ExtractDecision.Warm decision, Side side,
            Set<String> readKeys) throws Fallback {
        String resource = request.resource();
        Map<String, AdapterRecord> changes = new LinkedHashMap<>();
        Cursor since = Cursor.of(spiTier(decision.since().tier()), decision.since().value());
        try (PageStream<AdapterRecord> pages = adapter.readChangesSince(request, since)) {
            pages.forEachRemaining(record -> changes.put(record.localId(), record));
        } catch (AdapterException exception) {
            if (exception.kind() == ErrorKind.UNSUPPORTED) {
                throw new Fallback("the adapter cannot read changes since a cursor for it (" + exception.getMessage() + ")");
            }
            throw exception;
        }
        Set<String> existing = new HashSet<>();
        try (PageStream<String> ids = adapter.listIds(resource)) {
            ids.forEachRemaining(existing::add);
        } catch (AdapterException exception) {
            if (exception.kind() == ErrorKind.UNSUPPORTED) {
                throw new Fallback("the adapter cannot list existing ids, so deletes would go unnoticed ("
                        + exception.getMessage() + ")");
            }
            throw exception;
        }
        WarmRead read = new WarmRead(decision, side, resource, changes, existing);
        read.checkEmbeddedRelations(readKeys);
        try (RunCacheRows<String> ids = decision.base().extractIds(side, resource)) {
            ids.forEachRemaining(id -> {
                if (!existing.contains(id)) {
                    read.gone.add(id);
                }
            });
        }
        return read;
    }

    private void checkEmbeddedRelations(Set<String> readKeys) throws Fallback {
        if (readKeys.isEmpty()) {
            return;
        }
        Set<String> undecided = new HashSet<>(readKeys);
        for (AdapterRecord record : changes.values()) {
            check(record.data(), undecided);
            if (undecided.isEmpty()) {
                return;
            }
        }
        // The key's shape is a property of the API field, so one non-null value decides it.
        try (RunCacheSnapshotRows rows = decision.base().extract(side, resource)) {
            int column = rows.schema().indexOf(ExtractFiles.RECORD_COLUMN);
            while (rows.hasNext() && !undecided.isEmpty()) {
                SnapshotRow row = rows.next();
                if (!row.tombstone()) {
                    check(ExtractFiles.record(row, resource, column).data(), undecided);
                }
            }
        }
    }

    private void check(Map<String, Object> data, Set<String> undecided) throws Fallback {
        for (java.util.Iterator<String> it = undecided.iterator(); it.hasNext(); ) {
            String key = it.next();
            if (!data.containsKey(key)) {
                it.remove(); // not a field of this resource (a filter name in a transform, say)
                continue;
            }
            Object value = data.get(key);
            if (value == null && !EmbeddedRelations.isCounter(key)) {
                continue;
            }
            if (EmbeddedRelations.isRelation(value) || EmbeddedRelations.isCounter(key)) {
                throw new Fallback("the mapping reads '" + key + "', " + (EmbeddedRelations.isCounter(key)
                        ? "a count of related objects" : "a related object embedded in the record") + ", other than"
                        + " through a 'reference' field; related objects can change without the record changing, so"
                        + " only a full read is exact");
            }
            it.remove();
        }
    }

    /**
     * Hands on every record of the resource as a full read would see it, page by page: the base extract's rows in
     * their order with changed records in their place, then the new records.
     */
    void emit(Consumer<List<AdapterRecord>> pages, GonePeers peers, List<MappingPlan.ReferenceSource> references) {
        boolean strip = peers.touches(references);
        List<AdapterRecord> page = new ArrayList<>(PAGE);
        try (RunCacheSnapshotRows rows = decision.base().extract(side, resource)) {
            int column = rows.schema().indexOf(ExtractFiles.RECORD_COLUMN);
            if (column < 0) {
                throw new IllegalStateException("extract of " + resource + " in run " + decision.baseRun()
                        + " has no '" + ExtractFiles.RECORD_COLUMN + "' column");
            }
            while (rows.hasNext()) {
                SnapshotRow row = rows.next();
                if (row.tombstone()) {
                    continue;
                }
                String id = row.sourceId();
                AdapterRecord changed = changes.remove(id);
                if (!existing.contains(id)) {
                    continue;
                }
                AdapterRecord record = changed != null ? changed : ExtractFiles.record(row, resource, column);
                if (changed == null && strip) {
                    Map<String, Object> data = peers.strip(record.data(), references);
                    if (data != record.data()) {
                        record = AdapterRecord.of(record.localId(), resource, data);
                    }
                }
                page.add(record);
                if (page.size() == PAGE) {
                    pages.accept(page);
                    page = new ArrayList<>(PAGE);
                }
            }
        }
        for (AdapterRecord created : changes.values()) {
            // A record changed and then deleted before the id listing is gone: the listing is the later truth.
            if (existing.contains(created.localId())) {
                page.add(created);
            }
        }
        changes.clear();
        if (!page.isEmpty()) {
            pages.accept(page);
        }
    }

    /** Records read from the system as changed. */
    long changed() {
        return changedCount;
    }

    /** Records of the base extract that the system no longer lists. */
    long deleted() {
        return gone.size();
    }

    /** Their local ids. */
    Set<String> gone() {
        return gone;
    }

    private static io.infrasync.spi.model.CursorTier spiTier(io.infrasync.core.domain.run.CursorTier tier) {
        return switch (tier) {
            case NONE -> io.infrasync.spi.model.CursorTier.NONE;
            case PAGE_TOKEN -> io.infrasync.spi.model.CursorTier.PAGE_TOKEN;
            case TIMESTAMP -> io.infrasync.spi.model.CursorTier.TIMESTAMP;
            case INFRAHUB_DIFF -> io.infrasync.spi.model.CursorTier.DIFF;
        };
    }
}
