package io.infrasync.sandbox.infrahub;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one data fetcher of the emulator's GraphQL schema. Root fields run list queries and mutations;
 * every other field is read from the view object graphql-java passes down ({@link NodeRecord},
 * {@link Views.AttributeView}…), looked up by the field's schema name so aliases do not matter.
 */
final class Fetchers implements DataFetcher<Object> {

    private static final List<String> ACTIONS = List.of("Create", "Update", "Upsert", "Delete");

    @Override
    public Object get(DataFetchingEnvironment env) {
        RequestContext context = env.getGraphQlContext().get(RequestContext.KEY);
        String field = env.getFieldDefinition().getName();
        String parent = ((GraphQLNamedType) env.getParentType()).getName();
        if (parent.equals("Query")) {
            return query(context, field, env.getArguments());
        }
        if (parent.equals("Mutation")) {
            return mutation(context, field, env.getArguments());
        }
        Object source = env.getSource();
        BranchData branch = context.branch();
        if (source instanceof NodeRecord record) {
            return nodeField(branch, record, field, env.getArguments());
        }
        if (source instanceof Views.AttributeView attribute) {
            return AttributeFields.get(branch, attribute, field);
        }
        if (source instanceof Views.PageView page) {
            return switch (field) {
                case "count" -> page.count();
                case "edges" -> page.rows().stream().map(Views.EdgeView::new).toList();
                case "permissions" -> permissions(page.kind());
                default -> null;
            };
        }
        if (source instanceof Views.EdgeView edge) {
            return field.equals("node") ? edge.node()
                    : new Views.MetadataView(edge.node().createdAt, edge.node().updatedAt);
        }
        if (source instanceof Views.NestedPageView page) {
            return field.equals("count") ? page.count() : page.edges();
        }
        if (source instanceof Views.NestedEdgeView edge) {
            return switch (field) {
                case "node" -> edge.node();
                case "node_metadata" -> edge.node() == null ? new Views.MetadataView(null, null)
                        : new Views.MetadataView(edge.node().createdAt, edge.node().updatedAt);
                case "properties" -> edge.edge() == null ? null : new Views.PropertiesView(edge.edge());
                case "relationship_metadata" -> edge.edge() == null ? null
                        : new Views.MetadataView(edge.edge().createdAt(), edge.edge().createdAt());
                default -> null;
            };
        }
        if (source instanceof Views.MetadataView metadata) {
            return switch (field) {
                case "created_at" -> metadata.createdAt();
                case "updated_at" -> metadata.updatedAt();
                default -> null;
            };
        }
        if (source instanceof Views.PropertiesView properties) {
            PeerEdge edge = properties.edge();
            return switch (field) {
                case "is_protected" -> edge.isProtected();
                case "updated_at" -> edge.createdAt();
                case "source" -> branch.get(edge.source());
                case "owner" -> branch.get(edge.owner());
                default -> null;
            };
        }
        if (source instanceof Views.MutationView result) {
            return switch (field) {
                case "ok" -> result.ok();
                case "object" -> result.object();
                default -> null;
            };
        }
        if (source instanceof BranchData.BranchInfo info) {
            return branchField(info, field);
        }
        if (source instanceof Views.InfoView info) {
            return field.equals("version") ? info.version() : info.deploymentId();
        }
        if (source instanceof Map<?, ?> map) {
            return map.get(field);
        }
        return null;
    }

    private static Object query(RequestContext context, String field, Map<String, Object> arguments) {
        if (field.equals("Branch")) {
            List<BranchData.BranchInfo> branches = new ArrayList<>();
            for (BranchData branch : context.store().allBranches()) {
                BranchData.BranchInfo info = branch.info;
                boolean nameMatches = arguments.get("name") == null || arguments.get("name").equals(info.name());
                @SuppressWarnings("unchecked")
                List<Object> ids = (List<Object>) arguments.get("ids");
                if (nameMatches && (ids == null || ids.contains(info.id()))) {
                    branches.add(info);
                }
            }
            return branches;
        }
        if (field.equals("InfrahubInfo")) {
            return new Views.InfoView(context.deploymentId(), context.version());
        }
        NodeQuery.Page page = new NodeQuery(context.branch()).list(field, arguments);
        return new Views.PageView(field, page.rows(), page.count());
    }

    @SuppressWarnings("unchecked")
    private static Object mutation(RequestContext context, String field, Map<String, Object> arguments) {
        if (!context.authenticated()) {
            throw new InfrahubError("AUTHENTICATION_REQUIRED", 401, "Authentication is required to perform this operation",
                    Map.of());
        }
        Map<String, Object> data = (Map<String, Object>) arguments.getOrDefault("data", Map.of());
        InfrahubStore store = context.store();
        if (field.equals("BranchCreate")) {
            BranchData created = store.createBranchLocked(String.valueOf(data.get("name")), (String) data.get("description"),
                    (String) data.get("origin_branch"), Boolean.TRUE.equals(data.get("sync_with_git")));
            return new Views.MutationView(true, created.info);
        }
        if (field.equals("BranchMerge")) {
            return new Views.MutationView(true, store.mergeBranchLocked(String.valueOf(data.get("name"))).info);
        }
        if (field.equals("BranchRebase")) {
            return new Views.MutationView(true, store.rebaseBranchLocked(String.valueOf(data.get("name"))).info);
        }
        if (field.equals("BranchDelete")) {
            store.deleteBranchLocked(String.valueOf(data.get("name")));
            return new Views.MutationView(true, null);
        }
        for (String action : ACTIONS) {
            if (field.endsWith(action)) {
                String kind = field.substring(0, field.length() - action.length());
                NodeWriter writer = new NodeWriter(context.branch(), store.now(), store::newId);
                return switch (action) {
                    case "Create" -> new Views.MutationView(true, writer.create(kind, data));
                    case "Update" -> new Views.MutationView(true, writer.update(kind, data));
                    case "Upsert" -> new Views.MutationView(true, writer.upsert(kind, data));
                    default -> {
                        writer.delete(kind, data);
                        yield new Views.MutationView(true, null);
                    }
                };
            }
        }
        throw new InfrahubError("SCHEMA_NOT_FOUND", 422, "Unknown mutation " + field, Map.of("kind", field));
    }

    private static Object nodeField(BranchData branch, NodeRecord record, String field, Map<String, Object> arguments) {
        switch (field) {
            case "id":
                return record.id;
            case "hfid":
                return branch.hfid(record);
            case "display_label":
                return branch.displayLabel(record);
            default:
                break;
        }
        KindSchema kind = branch.schema.get(record.kind);
        AttributeSchema attribute = kind.attribute(field);
        if (attribute != null) {
            AttributeValue stored = record.attributes.get(field);
            return new Views.AttributeView(record, attribute,
                    stored != null ? stored : new AttributeValue(null, null, null, false, false, record.createdAt));
        }
        RelationshipSchema relationship = kind.relationship(field);
        if (relationship == null) {
            return null;
        }
        List<PeerEdge> edges = branch.peers(record, relationship);
        if (!relationship.many()) {
            for (PeerEdge edge : edges) {
                NodeRecord peer = branch.get(edge.peerId());
                if (peer != null) {
                    return new Views.NestedEdgeView(peer, edge);
                }
            }
            return new Views.NestedEdgeView(null, null);
        }
        Map<String, PeerEdge> byPeer = new HashMap<>();
        List<NodeRecord> peers = new ArrayList<>();
        for (PeerEdge edge : edges) {
            NodeRecord peer = branch.get(edge.peerId());
            if (peer != null) {
                peers.add(peer);
                byPeer.put(peer.id, edge);
            }
        }
        NodeQuery.Page page = new NodeQuery(branch).nested(branch.schema.get(relationship.peer()), peers, arguments);
        return new Views.NestedPageView(page.rows().stream()
                .map(peer -> new Views.NestedEdgeView(peer, byPeer.get(peer.id))).toList(), page.count());
    }

    private static Object permissions(String kind) {
        Map<String, Object> permission = new LinkedHashMap<>();
        permission.put("kind", kind);
        for (String action : List.of("view", "create", "update", "delete")) {
            permission.put(action, "ALLOW");
        }
        return Map.of("count", 1, "edges", List.of(Map.of("node", permission)));
    }

    private static Object branchField(BranchData.BranchInfo info, String field) {
        return switch (field) {
            case "id" -> info.id();
            case "name" -> info.name();
            case "description" -> info.description();
            case "origin_branch" -> info.originBranch();
            case "branched_from" -> Views.timestamp(info.branchedFrom());
            case "created_at" -> Views.timestamp(info.createdAt());
            case "status" -> "OPEN";
            case "graph_version" -> null;
            case "sync_with_git" -> info.syncWithGit();
            case "is_default" -> info.isDefault();
            case "is_isolated" -> true;
            case "has_schema_changes" -> false;
            default -> null;
        };
    }
}
