package io.infrasync.cache;

import java.util.Set;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Turns rows of one kind into Parquet records of one schema. */
interface RowEmitter<T> {

    MessageType schema();

    /**
     * Columns whose values are (nearly) all distinct, written without dictionary encoding: a dictionary would only
     * be hashed into and then abandoned by the writer.
     */
    default Set<String> distinctColumns() {
        return Set.of();
    }

    /**
     * Refuses a row that does not fit the schema, before anything of it is written (a half-written record would
     * corrupt the writer). Returns a one-line reason, or {@code null} when the row fits.
     */
    String problem(T row);

    /** Writes one record; only called for rows without a {@link #problem(Object)}. */
    void emit(T row, RecordConsumer out);
}
