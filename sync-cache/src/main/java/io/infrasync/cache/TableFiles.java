package io.infrasync.cache;

import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/** Reads {@code plan.parquet} and {@code errors.parquet} back, refusing files whose columns are not ours. */
final class TableFiles {

    private TableFiles() {
    }

    static RunCacheRows<PlanRow> plan(Path file) {
        MessageType schema = ParquetFiles.footer(file).schema();
        requireColumns(file, schema, CacheSchemas.PLAN_COLUMNS, List.of(BINARY, BINARY, BINARY, BINARY, BINARY, BINARY,
                BINARY, BINARY, BINARY, BINARY));
        return new ParquetRows<>(file, r -> new PlanRow(PlanAction.fromWireName((String) r[0]), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                (String) r[9]));
    }

    static RunCacheRows<ErrorRow> errors(Path file) {
        MessageType schema = ParquetFiles.footer(file).schema();
        requireColumns(file, schema, CacheSchemas.ERROR_COLUMNS, List.of(BINARY, BINARY, BINARY, BINARY, BINARY, BINARY,
                BINARY, INT64, BOOLEAN));
        return new ParquetRows<>(file, r -> new ErrorRow((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (Long) r[7], (Boolean) r[8]));
    }

    /** Same names in the same order, same physical types (INT32 accepted for INT64: other writers narrow). */
    private static void requireColumns(Path file, MessageType schema, List<String> names, List<PrimitiveTypeName> types) {
        List<String> actual = new ArrayList<>();
        for (Type field : schema.getFields()) {
            actual.add(field.getName());
        }
        if (!actual.equals(names)) {
            throw new RunCacheException(file.toString(), "foreign file " + file + ": expected columns " + names
                    + " but found " + actual);
        }
        for (int i = 0; i < names.size(); i++) {
            Type field = schema.getType(i);
            PrimitiveTypeName expected = types.get(i);
            boolean ok = field.isPrimitive() && !field.isRepetition(Type.Repetition.REPEATED)
                    && (field.asPrimitiveType().getPrimitiveTypeName() == expected
                    || expected == INT64 && field.asPrimitiveType().getPrimitiveTypeName() == INT32);
            if (!ok) {
                throw new RunCacheException(file.toString(), "foreign file " + file + ": column '" + names.get(i)
                        + "' should be " + expected + " but is " + field);
            }
        }
    }
}
