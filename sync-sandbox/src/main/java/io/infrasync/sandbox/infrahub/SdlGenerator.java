package io.infrasync.sandbox.infrahub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates the GraphQL SDL of an emulated server from its resolved schema, following the shapes of a
 * stock Infrahub 1.10 ({@code /schema.graphql}): per kind an object type (node) or interface (generic),
 * {@code Paginated/Edged/NestedPaginated/NestedEdged} wrappers, a list query with Infrahub's filter
 * arguments, and {@code Create/Update/Upsert/Delete} mutations with their input types. The shared types
 * (attribute types, {@code RelatedNodeInput}, {@code OrderInput}, {@code Branch}…) come from
 * {@code infrahub/graphql/base.graphql}.
 */
final class SdlGenerator {

    private static final String BASE = "/infrahub/graphql/base.graphql";
    private static final List<String> METADATA_FILTERS = List.of(
            "node_metadata__created_by__id: ID", "node_metadata__created_by__ids: [ID]",
            "node_metadata__updated_by__id: ID", "node_metadata__updated_by__ids: [ID]",
            "node_metadata__created_at: DateTime", "node_metadata__created_at__before: DateTime",
            "node_metadata__created_at__after: DateTime", "node_metadata__updated_at: DateTime",
            "node_metadata__updated_at__before: DateTime", "node_metadata__updated_at__after: DateTime");

    private final InfrahubSchema schema;
    private final StringBuilder out = new StringBuilder();

    private SdlGenerator(InfrahubSchema schema) {
        this.schema = schema;
    }

    static String generate(InfrahubSchema schema) {
        return new SdlGenerator(schema).render();
    }

    private String render() {
        out.append(base()).append('\n');
        out.append("type Query {\n");
        for (KindSchema kind : schema.all()) {
            description(kind.description(), "  ");
            out.append("  ").append(kind.kind).append('(').append(String.join(", ", topLevelArguments(kind)))
                    .append("): Paginated").append(kind.kind).append("!\n");
        }
        out.append("  \"\"\"Retrieve information about active branches.\"\"\"\n");
        out.append("  Branch(ids: [ID], name: String): [Branch!]!\n");
        out.append("  InfrahubInfo: Info!\n}\n\n");
        out.append("type Mutation {\n");
        for (KindSchema kind : schema.all()) {
            if (kind.generic) {
                continue;
            }
            for (String action : List.of("Create", "Update", "Upsert")) {
                description(kind.description(), "  ");
                out.append("  ").append(kind.kind).append(action).append("(context: ContextInput, data: ")
                        .append(kind.kind).append(action).append("Input!): ").append(kind.kind).append(action).append('\n');
            }
            description(kind.description(), "  ");
            out.append("  ").append(kind.kind).append("Delete(context: ContextInput, data: DeleteInput!): ")
                    .append(kind.kind).append("Delete\n");
        }
        out.append("  BranchCreate(background_execution: Boolean @deprecated(reason: \"Please use `wait_until_completion` instead\"), "
                + "context: ContextInput, data: BranchCreateInput!, wait_until_completion: Boolean): BranchCreate\n");
        out.append("  BranchDelete(context: ContextInput, data: BranchDeleteInput!, wait_until_completion: Boolean): BranchDelete\n");
        out.append("  BranchMerge(context: ContextInput, data: BranchNameInput!, wait_until_completion: Boolean): BranchMerge\n");
        out.append("  BranchRebase(context: ContextInput, data: BranchNameInput!, wait_until_completion: Boolean): BranchRebase\n");
        out.append("}\n");
        for (KindSchema kind : schema.all()) {
            objectType(kind);
            wrappers(kind);
            if (!kind.generic) {
                mutationTypes(kind);
            }
        }
        return out.toString();
    }

    private void objectType(KindSchema kind) {
        out.append('\n');
        description(kind.description(), "");
        if (kind.generic) {
            out.append("interface ").append(kind.kind).append(" {\n");
            out.append("  \"\"\"Unique identifier\"\"\"\n  id: String\n");
        } else {
            Set<String> interfaces = new LinkedHashSet<>();
            interfaces.add(InfrahubSchema.CORE_NODE);
            interfaces.addAll(kind.inheritFrom);
            out.append("type ").append(kind.kind).append(" implements ").append(String.join(" & ", interfaces)).append(" {\n");
            out.append("  \"\"\"Unique identifier\"\"\"\n  id: String!\n");
        }
        out.append("\n  \"\"\"Human friendly identifier\"\"\"\n  hfid: [String!]\n  display_label: String\n");
        for (AttributeSchema attribute : kind.attributes.values()) {
            description(attribute.description(), "  ");
            out.append("  ").append(attribute.name()).append(": ").append(attributeType(attribute.kind())).append('\n');
        }
        for (RelationshipSchema relationship : kind.relationships.values()) {
            description(relationship.description(), "  ");
            out.append("  ").append(relationship.name());
            if (relationship.many()) {
                out.append('(').append(String.join(", ", nestedArguments(schema.get(relationship.peer()))))
                        .append("): NestedPaginated").append(relationship.peer()).append("!\n");
            } else {
                out.append(": NestedEdged").append(relationship.peer()).append("!\n");
            }
        }
        out.append("}\n");
    }

    private void wrappers(KindSchema kind) {
        String k = kind.kind;
        String doc = kind.description();
        out.append('\n');
        description(doc, "");
        out.append("type Paginated").append(k).append(" {\n  count: Int!\n  edges: [Edged").append(k)
                .append("!]!\n  permissions: PaginatedObjectPermission!\n}\n\n");
        description(doc, "");
        out.append("type Edged").append(k).append(" {\n  node: ").append(k).append("\n  node_metadata: InfrahubNodeMetadata\n}\n\n");
        description(doc, "");
        out.append("type NestedPaginated").append(k).append(" {\n  count: Int!\n  edges: [NestedEdged").append(k)
                .append("!]\n}\n\n");
        description(doc, "");
        out.append("type NestedEdged").append(k).append(" {\n  node: ").append(k)
                .append("\n  node_metadata: InfrahubNodeMetadata!\n  properties: RelationshipProperty\n"
                        + "  relationship_metadata: InfrahubRelationshipMetadata\n}\n");
    }

    private void mutationTypes(KindSchema kind) {
        String k = kind.kind;
        for (String action : List.of("Create", "Update", "Upsert")) {
            out.append('\n');
            description(kind.description(), "");
            out.append("type ").append(k).append(action).append(" {\n  ok: Boolean\n  object: ").append(k).append("\n}\n\n");
            out.append("input ").append(k).append(action).append("Input {\n  id: String\n");
            boolean create = action.equals("Create");
            if (!create) {
                out.append("  hfid: [String]\n");
            }
            for (AttributeSchema attribute : kind.attributes.values()) {
                if (!attribute.readOnly()) {
                    out.append("  ").append(attribute.name()).append(": ").append(attributeInput(attribute.kind()))
                            .append(create ? "Create" : "Update").append('\n');
                }
            }
            for (RelationshipSchema relationship : kind.relationships.values()) {
                if (!relationship.readOnly()) {
                    String input = relatedInput(relationship.peer());
                    out.append("  ").append(relationship.name()).append(": ")
                            .append(relationship.many() ? "[" + input + "]" : input).append('\n');
                }
            }
            out.append("}\n");
        }
        out.append('\n');
        description(kind.description(), "");
        out.append("type ").append(k).append("Delete {\n  ok: Boolean\n}\n");
    }

    private List<String> topLevelArguments(KindSchema kind) {
        List<String> arguments = new ArrayList<>(List.of("offset: Int", "limit: Int", "order: OrderInput", "ids: [ID]",
                "display_label__value: String", "display_label__values: [String]", "display_label__isnull: Boolean"));
        if (kind.humanFriendlyId != null) {
            arguments.add("hfid: [String]");
        }
        for (AttributeSchema attribute : kind.attributes.values()) {
            arguments.addAll(attributeFilters(attribute.name(), attribute.kind(), true));
        }
        arguments.addAll(List.of("any__value: String", "any__values: [String]", "any__source__id: ID",
                "any__owner__id: ID", "any__is_protected: Boolean", "partial_match: Boolean"));
        arguments.addAll(METADATA_FILTERS);
        if (kind.generic) {
            arguments.add("kinds: [String!]");
        }
        for (RelationshipSchema relationship : kind.relationships.values()) {
            String r = relationship.name();
            arguments.addAll(List.of(r + "__ids: [ID]", r + "__isnull: Boolean", r + "__display_label__value: String",
                    r + "__display_label__values: [String]", r + "__display_label__isnull: Boolean"));
            for (AttributeSchema peerAttribute : schema.get(relationship.peer()).attributes.values()) {
                for (String filter : attributeFilters(peerAttribute.name(), peerAttribute.kind(), false)) {
                    arguments.add(r + "__" + filter);
                }
            }
        }
        return arguments;
    }

    private List<String> nestedArguments(KindSchema peer) {
        List<String> arguments = new ArrayList<>(List.of("offset: Int", "limit: Int", "order: OrderInput", "ids: [ID]",
                "isnull: Boolean", "display_label__value: String", "display_label__values: [String]",
                "display_label__isnull: Boolean"));
        for (AttributeSchema attribute : peer.attributes.values()) {
            arguments.addAll(attributeFilters(attribute.name(), attribute.kind(), false));
        }
        return arguments;
    }

    private static List<String> attributeFilters(String name, String kind, boolean withIsNull) {
        String scalar = filterScalar(kind);
        List<String> filters = new ArrayList<>(List.of(name + "__value: " + scalar, name + "__values: [" + scalar + "]"));
        if (withIsNull) {
            filters.add(name + "__isnull: Boolean");
        }
        filters.addAll(List.of(name + "__source__id: ID", name + "__owner__id: ID", name + "__is_protected: Boolean"));
        return filters;
    }

    static String attributeType(String kind) {
        return switch (kind) {
            case "Number", "Bandwidth", "NumberPool" -> "NumberAttribute";
            case "Boolean", "Checkbox" -> "CheckboxAttribute";
            case "Dropdown" -> "Dropdown";
            case "IPHost" -> "IPHost";
            case "IPNetwork" -> "IPNetwork";
            case "JSON", "Any" -> "JSONAttribute";
            case "List" -> "ListAttribute";
            default -> "TextAttribute";
        };
    }

    private static String attributeInput(String kind) {
        return switch (kind) {
            case "Number", "Bandwidth", "NumberPool" -> "NumberAttribute";
            case "Boolean", "Checkbox" -> "CheckboxAttribute";
            case "JSON", "List", "Any" -> "GenericAttribute";
            default -> "TextAttribute";
        };
    }

    private static String filterScalar(String kind) {
        return switch (kind) {
            case "Number", "Bandwidth", "NumberPool" -> "BigInt";
            case "Boolean", "Checkbox" -> "Boolean";
            default -> "String";
        };
    }

    private static String relatedInput(String peer) {
        return switch (peer) {
            case "BuiltinIPPrefix" -> "RelatedIPPrefixNodeInput";
            case "BuiltinIPAddress" -> "RelatedIPAddressNodeInput";
            default -> "RelatedNodeInput";
        };
    }

    private void description(String text, String indent) {
        if (text != null && !text.isBlank()) {
            out.append(indent).append("\"\"\"").append(text.replace("\"", "'"))
                    .append("\"\"\"\n");
        }
    }

    private static String base() {
        try (InputStream in = SdlGenerator.class.getResourceAsStream(BASE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + BASE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE, e);
        }
    }
}
