package io.infrasync.cache;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs SQL on an in-memory DuckDB, the way users query the cache. */
final class Duck {

    private Duck() {
    }

    static List<Map<String, Object>> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Column name to DuckDB type, in file order. */
    static Map<String, String> describe(Path file) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        for (Map<String, Object> row : query("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
            types.put((String) row.get("column_name"), (String) row.get("column_type"));
        }
        return types;
    }

    /** Column name to Parquet repetition (REQUIRED / OPTIONAL), as DuckDB reads the file's schema. */
    static Map<String, String> repetition(Path file) throws SQLException {
        Map<String, String> repetitions = new LinkedHashMap<>();
        for (Map<String, Object> row : query("SELECT name, repetition_type FROM parquet_schema('" + file
                + "') WHERE num_children IS NULL")) {
            repetitions.put((String) row.get("name"), (String) row.get("repetition_type"));
        }
        return repetitions;
    }
}
