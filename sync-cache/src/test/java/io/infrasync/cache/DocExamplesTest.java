package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.RUN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DuckDB queries of docs/cache-layout.md work on a cache this module wrote. */
class DocExamplesTest {

    @TempDir
    Path root;

    private String run;
    private String sync;

    @BeforeEach
    void writeARun() {
        RunScript.write(new ParquetRunCache(root), 7);
        sync = root.resolve("from-netbox").toString();
        run = sync + "/" + RUN.value();
    }

    @Test
    void snapshotExamples() throws Exception {
        assertThat(Duck.query("DESCRIBE SELECT * FROM read_parquet('" + run + "/A/InfraDevice.parquet')")).hasSize(8);
        assertThat(Duck.query("SELECT _source_id, name FROM read_parquet('" + run + "/A/*.parquet', union_by_name = true,"
                + " filename = true) WHERE NOT _tombstone LIMIT 20")).hasSize(20);
        List<Map<String, Object>> counts = Duck.query("SELECT filename, count(*) AS n FROM read_parquet('" + run
                + "/*/*.parquet', union_by_name = true, filename = true) GROUP BY ALL ORDER BY n");
        assertThat(counts).extracting(row -> row.get("n")).containsExactly(1L, (long) RunScript.ROWS);
    }

    @Test
    void planAndErrorExamples() throws Exception {
        assertThat(Duck.query("SELECT resource, action, count(*) FROM read_parquet('" + run
                + "/plan.parquet') GROUP BY ALL ORDER BY ALL")).hasSize(1);
        assertThat(Duck.query("SELECT source_id, new_value->>'generation' AS g FROM read_parquet('" + run
                + "/plan.parquet') WHERE action = 'update'").get(0)).containsEntry("g", "7");
        assertThat(Duck.query("SELECT error_class, resource, count(*) FROM read_parquet('" + run
                + "/errors.parquet') GROUP BY ALL")).hasSize(1);
        assertThat(Duck.query("SELECT filename, * FROM read_parquet('" + sync + "/*/errors.parquet', filename = true)"))
                .hasSize(1);
    }

    @Test
    void sidecarExamples() throws Exception {
        assertThat(Duck.query("SELECT A FROM read_json('" + run + "/cursors.json')")).hasSize(1);
        assertThat(Duck.query("SELECT filename, status, mode, finished_at FROM read_json('" + sync
                + "/*/run.json', filename = true) ORDER BY filename").get(0)).containsEntry("status", "applied");
    }
}
