package io.infrasync.cache;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads each record of a flat file as an {@code Object[]} indexed like the file's columns: strings as
 * {@link String}, integers as {@link Long}, floating point as {@link Double}, booleans as {@link Boolean},
 * absent values as {@code null}. The caller validated the schema first ({@link ParquetFiles}).
 */
final class ArrayReadSupport extends ReadSupport<Object[]> {

    @Override
    public ReadContext init(InitContext context) {
        return new ReadContext(context.getFileSchema());
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in ReadSupport, so it must be implemented; the same as the variant below
    public RecordMaterializer<Object[]> prepareForRead(Configuration configuration, Map<String, String> metadata,
            MessageType fileSchema, ReadContext context) {
        return new ArrayMaterializer(context.getRequestedSchema());
    }

    @Override
    public RecordMaterializer<Object[]> prepareForRead(ParquetConfiguration configuration, Map<String, String> metadata,
            MessageType fileSchema, ReadContext context) {
        return new ArrayMaterializer(context.getRequestedSchema());
    }

    private static final class ArrayMaterializer extends RecordMaterializer<Object[]> {

        private final RowConverter root;

        ArrayMaterializer(MessageType schema) {
            this.root = new RowConverter(schema);
        }

        @Override
        public Object[] getCurrentRecord() {
            return root.current;
        }

        @Override
        public GroupConverter getRootConverter() {
            return root;
        }
    }

    private static final class RowConverter extends GroupConverter {

        private final Converter[] fields;
        private Object[] current;

        RowConverter(MessageType schema) {
            fields = new Converter[schema.getFieldCount()];
            for (int i = 0; i < fields.length; i++) {
                Type type = schema.getType(i);
                if (!type.isPrimitive()) {
                    throw new IllegalArgumentException("column '" + type.getName() + "' is nested; cache files are flat");
                }
                fields[i] = new ValueConverter(i, type.asPrimitiveType());
            }
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return fields[fieldIndex];
        }

        @Override
        public void start() {
            current = new Object[fields.length];
        }

        @Override
        public void end() {
            // The record is complete in `current`.
        }

        private final class ValueConverter extends PrimitiveConverter {

            private final int index;
            private final boolean text;

            ValueConverter(int index, PrimitiveType type) {
                this.index = index;
                this.text = type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY;
            }

            @Override
            public void addBinary(Binary value) {
                current[index] = text ? value.toStringUsingUTF8() : value.getBytes();
            }

            @Override
            public void addBoolean(boolean value) {
                current[index] = value;
            }

            @Override
            public void addDouble(double value) {
                current[index] = value;
            }

            @Override
            public void addFloat(float value) {
                current[index] = (double) value;
            }

            @Override
            public void addInt(int value) {
                current[index] = (long) value;
            }

            @Override
            public void addLong(long value) {
                current[index] = value;
            }
        }
    }
}
