package io.infrasync.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.config.ConfigException;
import io.infrasync.core.domain.config.ConfigProblem;
import io.infrasync.core.domain.config.DiffSyncFlag;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.FilterOperation;
import io.infrasync.core.domain.config.FilterSpec;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SettingOrigin;
import io.infrasync.core.domain.config.StoreConfig;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.domain.config.TransformSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private static final String FULL = """
            name: full
            source:
              name: netbox
              adapter: ./adapters/my.py:MyAdapter
              settings:
                url: "${NB_URL:-https://netbox.local}"
                token: placeholder
                verify_ssl: true
                page_size: 100
            destination:
              name: infrahub
              settings:
                url: http://localhost:8000
                token: ${INFRA_TOKEN}
            adapters_path: [./adapters, /opt/adapters]
            store:
              type: redis
              settings: {host: localhost, port: 6379}
            order: [BuiltinTag, LocationGeneric]
            diffsync_flags: [CONTINUE_ON_FAILURE, SKIP_UNMATCHED_BOTH, LOG_UNCHANGED_RECORDS]
            incremental:
              full_resync_every: 3
            guardrails:
              rowcount_drop_ratio: 0.25
              max_delete_ratio: 0.1
            schema_mapping:
              - name: BuiltinTag
                mapping: extras.tags
                identifiers: [name]
                fields:
                  - name: name
                    mapping: name
                  - name: enabled
                    static: false
                  - name: weight
                    static: 0
                  - name: note
                    static: ""
                  - name: aliases
                    static: []
                filters:
                  - field: name
                    operation: regex
                    value: "^a"
                  - field: description
                    operation: is_not_empty
                transforms:
                  - field: name
                    expression: "{{ name.upper() }}"
              - name: LocationGeneric
                mapping: dcim.sites
                fields:
                  - name: name
                    mapping: slug
                  - name: tags
                    mapping: tags
                    reference: BuiltinTag
            """;

    private static SyncConfig load(String text, Map<String, String> env) {
        return new ConfigLoader(env).parse(text, Path.of("config.yml")).config();
    }

    private static List<String> problems(String text) {
        try {
            new ConfigLoader(Map.of()).parse(text, Path.of("config.yml"));
        } catch (ConfigException exception) {
            return exception.problems().stream().map(ConfigProblem::toString).toList();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void everyKeyIsRead() {
        SyncConfig config = load(FULL, Map.of("INFRA_TOKEN", "t0k"));
        assertThat(config.name()).isEqualTo("full");
        assertThat(config.source().adapter()).contains("./adapters/my.py:MyAdapter");
        assertThat(config.source().settings()).containsEntry("url", "https://netbox.local")
                .containsEntry("verify_ssl", true).containsEntry("page_size", 100);
        assertThat(config.destination().settings()).containsEntry("token", "t0k");
        assertThat(config.adaptersPath()).containsExactly("./adapters", "/opt/adapters");
        assertThat(config.store()).contains(new StoreConfig("redis", Map.of("host", "localhost", "port", 6379)));
        assertThat(config.order()).contains(List.of("BuiltinTag", "LocationGeneric"));
        assertThat(config.diffsyncFlags()).containsExactlyInAnyOrder(DiffSyncFlag.CONTINUE_ON_FAILURE,
                DiffSyncFlag.SKIP_UNMATCHED_BOTH, DiffSyncFlag.LOG_UNCHANGED_RECORDS);
        assertThat(config.incremental().fullResyncEvery()).isEqualTo(3);
        assertThat(config.guardrails().rowcountDropRatio()).isEqualTo(0.25);
        assertThat(config.guardrails().maxDeleteRatio()).isEqualTo(0.1);
        SchemaMappingEntry tags = config.schemaMapping().get(0);
        assertThat(tags.identifiers()).contains(List.of("name"));
        assertThat(tags.fields()).extracting(field -> field.source()).containsExactly(new FieldSource.Path("name"),
                new FieldSource.Static(false), new FieldSource.Static(0), new FieldSource.Static(""),
                new FieldSource.Static(List.of()));
        assertThat(tags.filters()).containsExactly(new FilterSpec("name", FilterOperation.REGEX, "^a"),
                new FilterSpec("description", FilterOperation.IS_NOT_EMPTY, null));
        assertThat(tags.transforms()).containsExactly(new TransformSpec("name", "{{ name.upper() }}"));
        SchemaMappingEntry sites = config.schemaMapping().get(1);
        assertThat(sites.identifiers()).isEmpty();
        assertThat(sites.field("tags").orElseThrow().source()).isEqualTo(new FieldSource.Reference("tags", "BuiltinTag"));
        assertThat(config.origin().lineOf("schema_mapping[1].fields[1].reference")).isEqualTo(57);
    }

    @Test
    void defaultsApplyWhenKeysAreAbsent() {
        SyncConfig config = load("""
                name: minimal
                source: {name: netbox}
                destination: {name: infrahub}
                schema_mapping: []
                diffsync_flags: []
                """, Map.of());
        assertThat(config.diffsyncFlags()).containsExactly(DiffSyncFlag.SKIP_UNMATCHED_DST);
        assertThat(config.incremental().fullResyncEvery()).isEqualTo(10);
        assertThat(config.guardrails().rowcountDropRatio()).isEqualTo(0.5);
        assertThat(config.guardrails().maxDeleteRatio()).isEqualTo(0.2);
        assertThat(config.order()).isEmpty();
        assertThat(config.store()).isEmpty();
        assertThat(config.adaptersPath()).isEmpty();
        assertThat(config.source().settings()).isEmpty();
    }

    @Test
    void storeIsAcceptedAndNoticedOnce() {
        LoadedConfig loaded = new ConfigLoader(Map.of("INFRA_TOKEN", "x")).parse(FULL, Path.of("config.yml"));
        assertThat(loaded.notices()).singleElement().asString().contains("store 'redis' is ignored");
    }

    @Test
    void everyProblemOfAFileIsReportedWithLineAndPath() {
        assertThat(problems("""
                name: broken
                source:
                  name: netbox
                  setings: {}
                destination: {name: infrahub}
                diffsync_flags: [SKIP_UNMATCHED_DEST]
                incremental: {full_resync_every: -1}
                guardrails: {max_delete_ratio: 2}
                schema_mapping:
                  - name: BuiltinTag
                    fields:
                      - name: name
                      - name: tags
                        static: x
                        reference: BuiltinTag
                    filters:
                      - field: name
                        operation: startswith
                        value: a
                      - field: name
                        operation: "=="
                    transforms:
                      - field: name
                """)).containsExactly(
                "config.yml:4: source.setings: unknown key 'setings' (did you mean 'settings'?); expected one of name, adapter, settings",
                "config.yml:6: diffsync_flags[0]: unknown flag 'SKIP_UNMATCHED_DEST' (did you mean 'SKIP_UNMATCHED_DST'?)",
                "config.yml:7: incremental.full_resync_every: must be an integer >= 0 (0 disables full resyncs), got a number (-1)",
                "config.yml:8: guardrails.max_delete_ratio: must be a number between 0 and 1, got a number (2)",
                "config.yml:10: schema_mapping[0]: missing required key 'mapping'",
                "config.yml:12: schema_mapping[0].fields[0]: field 'name' needs 'mapping' or 'static'",
                "config.yml:14: schema_mapping[0].fields[1].static: a field cannot have both 'static' and 'reference'",
                "config.yml:18: schema_mapping[0].filters[0].operation: unknown operation 'startswith'",
                "config.yml:20: schema_mapping[0].filters[1]: operation '==' needs a 'value'",
                "config.yml:23: schema_mapping[0].transforms[0]: missing required key 'expression'");
    }

    @Test
    void missingRootKeysAndWrongTypes() {
        assertThat(problems("""
                name: [a]
                source: netbox
                schema_mapping: {}
                """)).containsExactly(
                "config.yml:1: name: must be a string, got a list",
                "config.yml:1: missing required key 'destination'",
                "config.yml:2: source: must be a mapping, got a string (netbox)",
                "config.yml:3: schema_mapping: must be a list, got a mapping");
        assertThat(problems("- just\n- a list\n")).containsExactly(
                "config.yml:1: the file must hold a mapping of keys (name, source, destination, schema_mapping ...), not a list");
        assertThat(problems("name: [unclosed\n")).singleElement().asString().startsWith("config.yml:1: invalid YAML");
    }

    @Test
    void originalEnvironmentOverridesWinOverTheFile() {
        String text = """
                name: env
                source: {name: netbox, settings: {url: file-url, token: file-token}}
                destination: {name: infrahub, settings: {url: file-url, token: file-token}}
                schema_mapping: []
                """;
        SyncConfig config = load(text, Map.of("NETBOX_URL", "nb-url", "NETBOX_ADDRESS", "nb-address", "NETBOX_TOKEN", "nb-token",
                "INFRAHUB_URL", "ih-url", "INFRAHUB_API_TOKEN", "ih-token"));
        assertThat(config.source().settings()).containsEntry("url", "nb-address").containsEntry("token", "nb-token");
        assertThat(config.source().settingOrigins().get("url")).isEqualTo(new SettingOrigin.Environment("NETBOX_ADDRESS"));
        assertThat(config.destination().settings()).containsEntry("url", "ih-url").containsEntry("token", "ih-token");
        // as the original's "os.environ.get(A) or ...": an empty variable does not count
        SyncConfig empty = load(text, Map.of("NETBOX_ADDRESS", "", "NETBOX_URL", "nb-url"));
        assertThat(empty.source().settings()).containsEntry("url", "nb-url").containsEntry("token", "file-token");
        assertThat(empty.source().settingOrigins().get("token")).isEqualTo(new SettingOrigin.File());
        SyncConfig nautobot = load(text.replace("name: netbox", "name: nautobot"), Map.of("NAUTOBOT_URL", "nt-url",
                "NAUTOBOT_TOKEN", "nt-token", "NETBOX_TOKEN", "ignored"));
        assertThat(nautobot.source().settings()).containsEntry("url", "nt-url").containsEntry("token", "nt-token");
    }

    @Test
    void sideScopedVariablesWinOverGlobalOnes() {
        String text = """
                name: ih2ih
                source: {name: infrahub, settings: {url: a, token: a, verify_ssl: true, timeout: 30}}
                destination: {name: infrahub, settings: {url: b, token: b}}
                schema_mapping: []
                """;
        SyncConfig config = load(text, Map.of("INFRAHUB_API_TOKEN", "global", "INFRAHUB_SYNC_DESTINATION_TOKEN", "dest",
                "INFRAHUB_SYNC_SOURCE_URL", "src-url", "INFRAHUB_SYNC_SOURCE_VERIFY_SSL", "false",
                "INFRAHUB_SYNC_SOURCE_TIMEOUT", "60", "INFRAHUB_SYNC_SOURCE_BRANCH", "dev"));
        assertThat(config.source().settings()).containsEntry("url", "src-url").containsEntry("token", "global")
                .containsEntry("verify_ssl", false).containsEntry("timeout", 60L).containsEntry("branch", "dev");
        assertThat(config.destination().settings()).containsEntry("token", "dest").containsEntry("url", "b");
        assertThat(ConfigLoader.settingOrigins(config)).contains(
                "destination.settings.token: environment variable INFRAHUB_SYNC_DESTINATION_TOKEN",
                "source.settings.token: environment variable INFRAHUB_API_TOKEN",
                "destination.settings.url: config file")
                .noneMatch(line -> line.contains("dest") && !line.contains("destination") || line.contains("src-url"));
        assertThatThrownBy(() -> load(text, Map.of("INFRAHUB_SYNC_SOURCE_VERIFY_SSL", "maybe")))
                .hasMessageContaining("source.settings.verify_ssl: environment variable INFRAHUB_SYNC_SOURCE_VERIFY_SSL must be true or false");
    }

    @Test
    void interpolationWithDefaultsEscapesAndErrors() {
        String text = """
                name: "${SYNC:-default-name}"
                source: {name: netbox, settings: {token: "${TOKEN}", url: "https://${HOST}:$${PORT}"}}
                destination: {name: infrahub}
                schema_mapping: []
                """;
        SyncConfig config = load(text, Map.of("TOKEN", "secret", "HOST", "nb"));
        assertThat(config.name()).isEqualTo("default-name");
        assertThat(config.source().settings()).containsEntry("token", "secret").containsEntry("url", "https://nb:${PORT}");
        assertThat(config.source().settingOrigins().get("token")).isEqualTo(new SettingOrigin.Interpolated(List.of("TOKEN")));
        assertThat(load(text, Map.of("SYNC", "", "TOKEN", "t", "HOST", "h")).name()).isEqualTo("default-name");
        assertThatThrownBy(() -> load(text, Map.of("HOST", "nb")))
                .hasMessage("config.yml:2: source.settings.token: environment variable TOKEN is not set (write ${TOKEN:-default} to give a default)");
    }

    @Test
    void unknownSideIsStillTheFileValueWithoutEnvironment() {
        SyncConfig config = load(FULL.replace("${INFRA_TOKEN}", "literal"), Map.of());
        assertThat(config.destination().settings()).containsEntry("token", "literal");
        assertThat(config.source().settingOrigins().get("url")).isEqualTo(new SettingOrigin.Interpolated(List.of("NB_URL")));
        assertThat(Optional.of(config.source().settingOrigins().get("token"))).contains(new SettingOrigin.File());
    }
}
