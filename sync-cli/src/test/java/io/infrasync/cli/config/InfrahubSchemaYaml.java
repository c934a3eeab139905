package io.infrasync.cli.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.infrasync.core.mapping.SchemaAttribute;
import io.infrasync.core.mapping.SchemaKind;
import io.infrasync.core.mapping.SchemaRelationship;
import io.infrasync.core.mapping.SimpleSchemaView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: Infrahub schema files (YAML, {@code generics:} and {@code nodes:}) as a {@link SimpleSchemaView}. */
final class InfrahubSchemaYaml {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private InfrahubSchemaYaml() {
    }

    static SimpleSchemaView load(String... resources) {
        List<SchemaKind> kinds = new ArrayList<>();
        for (String resource : resources) {
            try (InputStream in = InfrahubSchemaYaml.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no resource " + resource);
                }
                JsonNode root = YAML.readTree(in);
                root.path("generics").forEach(node -> kinds.add(kind(node, true)));
                root.path("nodes").forEach(node -> kinds.add(kind(node, false)));
            } catch (IOException exception) {
                throw new UncheckedIOException(exception);
            }
        }
        return SimpleSchemaView.of(kinds);
    }

    private static SchemaKind kind(JsonNode node, boolean generic) {
        List<SchemaAttribute> attributes = new ArrayList<>();
        node.path("attributes").forEach(attribute -> attributes.add(new SchemaAttribute(
                attribute.path("name").asText(), attribute.path("kind").asText("Text"),
                attribute.path("optional").asBoolean(false), attribute.path("unique").asBoolean(false))));
        List<SchemaRelationship> relationships = new ArrayList<>();
        // Infrahub's default cardinality is "many".
        node.path("relationships").forEach(relationship -> relationships.add(new SchemaRelationship(
                relationship.path("name").asText(), relationship.path("peer").asText(),
                !relationship.path("cardinality").asText("many").equals("one"),
                relationship.path("optional").asBoolean(true))));
        List<String> inherit = new ArrayList<>();
        node.path("inherit_from").forEach(item -> inherit.add(item.asText()));
        return SchemaKind.of(node.path("namespace").asText() + node.path("name").asText(), generic, attributes,
                relationships, inherit);
    }
}
