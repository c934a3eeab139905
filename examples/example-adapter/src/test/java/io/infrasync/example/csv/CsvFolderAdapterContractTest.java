package io.infrasync.example.csv;

import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.tck.AdapterContract;
import io.infrasync.tck.TckFixture;
import io.infrasync.tck.WriteScenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The example adapter passes the adapter TCK against a fresh copy of a CSV folder per test. */
class CsvFolderAdapterContractTest extends AdapterContract {

    @TempDir
    Path folder;

    @Override
    protected AdapterFactory createFactory() {
        return new CsvFolderAdapterFactory();
    }

    @Override
    protected AdapterSettings startEndpoint() throws IOException {
        for (String file : new String[] {"sites.csv", "regions.csv"}) {
            try (InputStream in = getClass().getResourceAsStream("/tck-folder/" + file)) {
                Files.copy(in, folder.resolve(file));
            }
        }
        return AdapterSettings.of(Map.of("directory", folder.toString()));
    }

    @Override
    protected TckFixture fixture() {
        Map<String, Object> zurich = new HashMap<>();
        zurich.put("name", "Zürich ☃ 東京 😀");
        zurich.put("description", null);
        Map<String, Object> site2 = new HashMap<>();
        site2.put("asn", null);
        site2.put("description", "");
        return TckFixture.builder("sites", 5).pageSize(2).emptyResource("regions")
                .expectRecord("sites", "3000000000", zurich)
                .expectRecord("sites", "1", Map.of("name", "Paris, France", "description", "quoted \"text\""))
                .expectRecord("sites", "2", site2)
                .expectRecord("sites", "3", Map.of("description", "multi\nline"))
                .schemaKinds("sites", "regions")
                .writeScenario(WriteScenario.of("sites", Map.of("name", "new-site", "asn", "65000"),
                        Map.of("asn", "65001", "description", "¡actualizado!")))
                .missingId("999")
                .build();
    }
}
