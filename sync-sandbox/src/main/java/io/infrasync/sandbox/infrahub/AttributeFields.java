package io.infrasync.sandbox.infrahub;

import java.util.Map;
import java.util.Optional;

/** The fields of Infrahub's attribute types, including the derived IP and dropdown properties. */
final class AttributeFields {

    private AttributeFields() {
    }

    static Object get(BranchData branch, Views.AttributeView view, String field) {
        AttributeValue stored = view.stored();
        return switch (field) {
            case "value" -> value(view);
            case "id" -> InfrahubSchema.stableId(view.owner().id + "." + view.schema().name());
            case "is_default" -> stored.isDefault();
            case "is_protected" -> stored.isProtected();
            case "is_from_profile" -> false;
            case "updated_at" -> stored.updatedAt();
            case "source" -> branch.get(stored.source());
            case "owner" -> branch.get(stored.owner());
            case "permissions" -> Map.of("update_value", "ALLOW");
            case "label", "color", "description" -> choice(view, field);
            default -> ipField(value(view), field);
        };
    }

    /** The stored value; the read-only address properties of IP prefixes are computed on read, as Infrahub does. */
    private static Object value(Views.AttributeView view) {
        Object value = view.stored().value();
        if (value != null || !view.schema().readOnly()) {
            return value;
        }
        Optional<IpValues> prefix = IpValues.parse(view.owner().value("prefix"));
        return switch (view.schema().name()) {
            case "netmask" -> prefix.map(IpValues::netmask).orElse(null);
            case "hostmask" -> prefix.map(IpValues::hostmask).orElse(null);
            case "network_address" -> prefix.map(IpValues::networkAddress).orElse(null);
            case "broadcast_address" -> prefix.map(IpValues::broadcastAddress).orElse(null);
            default -> null;
        };
    }

    private static Object choice(Views.AttributeView view, String field) {
        Object value = view.stored().value();
        for (Map<String, Object> choice : view.schema().choices()) {
            if (String.valueOf(choice.get("name")).equals(String.valueOf(value))) {
                return choice.get(field);
            }
        }
        return null;
    }

    private static Object ipField(Object value, String field) {
        Optional<IpValues> parsed = IpValues.parse(value);
        if (parsed.isEmpty()) {
            return null;
        }
        IpValues ip = parsed.get();
        return switch (field) {
            case "ip" -> ip.ip();
            case "hostmask" -> ip.hostmask();
            case "netmask" -> ip.netmask();
            case "prefixlen" -> ip.prefixlen();
            case "version" -> ip.version();
            case "num_addresses" -> ip.numAddresses().min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
            case "broadcast_address" -> ip.broadcastAddress();
            case "with_hostmask" -> ip.ip() + "/" + ip.hostmask();
            case "with_netmask" -> ip.ip() + "/" + ip.netmask();
            default -> null;
        };
    }
}
