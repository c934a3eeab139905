package io.infrasync.cache;

import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/** Small helpers for writing one field of a flat record. */
final class Fields {

    private Fields() {
    }

    static void string(RecordConsumer out, String name, int index, String value) {
        if (value == null) {
            return; // optional column: an absent field is a null
        }
        out.startField(name, index);
        out.addBinary(Binary.fromString(value));
        out.endField(name, index);
    }

    static void int64(RecordConsumer out, String name, int index, long value) {
        out.startField(name, index);
        out.addLong(value);
        out.endField(name, index);
    }

    static void bool(RecordConsumer out, String name, int index, boolean value) {
        out.startField(name, index);
        out.addBoolean(value);
        out.endField(name, index);
    }

    static void float64(RecordConsumer out, String name, int index, double value) {
        out.startField(name, index);
        out.addDouble(value);
        out.endField(name, index);
    }
}
