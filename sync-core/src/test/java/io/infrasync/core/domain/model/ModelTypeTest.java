package io.infrasync.core.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelTypeTest {

    static final ModelType INTERFACE = ModelType.builder("interface")
            .field("device_name").field("name").field("interface_type", "ethernet").field("description")
            .identifiers("device_name", "name").shortname("name").attributes("interface_type", "description").build();

    @Test
    void uidJoinsIdentifierValuesInIdentifierOrderRenderedLikePythonStr() {
        ModelType t = ModelType.builder("t").identifiers("a", "b", "c").build();
        Map<String, Object> ids = new HashMap<>();
        ids.put("a", 5);
        ids.put("b", null);
        ids.put("c", true);
        assertThat(t.newObject(ids).uid()).isEqualTo("5__None__True");
        assertThat(ModelType.builder("bare").build().newObject(Map.of()).uid()).isEmpty();
        ModelObject eth0 = INTERFACE.newObject(Map.of("device_name", "device1", "name", "eth0"));
        assertThat(eth0.uid()).isEqualTo("device1__eth0");
        assertThat(eth0.shortname()).isEqualTo("eth0");
        assertThat(eth0.repr()).isEqualTo("interface \"device1__eth0\"");
        assertThat(eth0.toString()).isEqualTo("device1__eth0");
    }

    @Test
    void identifiersAndAttrsAreInDeclarationOrderWhileTheKeyUsesIdentifierOrder() {
        ModelType t = ModelType.builder("t").field("a").field("b").field("x").field("y")
                .identifiers("b", "a").attributes("y", "x").build();
        ModelObject o = t.newObject(Map.of("a", "1", "b", "2", "x", "X", "y", "Y"));
        assertThat(o.identifiers().keySet()).containsExactly("a", "b");
        assertThat(o.attrs().keySet()).containsExactly("x", "y");
        assertThat(o.uid()).isEqualTo("2__1");
        assertThat(o.key()).isEqualTo(ModelKey.of("2", "1"));
        assertThat(t.keyOf(Map.of("a", "1", "b", "2"))).isEqualTo(o.key());
        assertThat(t.keyOf(o.identifiers())).isEqualTo(o.key());
        ModelType other = ModelType.builder("t").field("b").field("a").identifiers("b", "a").build();
        assertThat(other.keyOf(o.identifiers())).isEqualTo(o.key());
        ModelType swapped = ModelType.builder("t").identifiers("a", "b").build();
        assertThat(swapped.keyOf(o.identifiers())).isEqualTo(ModelKey.of("1", "2"));
        assertThatThrownBy(() -> t.keyOf(o.attrs())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysOfDifferentTuplesNeverCollideEvenWhenTheirRenderingDoes() {
        ModelKey k1 = ModelKey.of("x__y", "z");
        ModelKey k2 = ModelKey.of("x", "y__z");
        assertThat(k1.render()).isEqualTo(k2.render()).isEqualTo("x__y__z");
        assertThat(k1).isNotEqualTo(k2);
        assertThat(ModelKey.of(1)).isEqualTo(ModelKey.of(1L)).hasSameHashCodeAs(ModelKey.of(1L));
        assertThat(ModelKey.of("1")).isNotEqualTo(ModelKey.of(1));
    }

    @Test
    void newObjectTakesDefaultsAndIgnoresUnknownFields() {
        ModelObject o = INTERFACE.newObject(Map.of("device_name", "d", "name", "eth0", "vlans", List.of(1)));
        Map<String, Object> expected = new HashMap<>();
        expected.put("interface_type", "ethernet");
        expected.put("description", null);
        assertThat(o.attrs()).isEqualTo(expected);
        assertThat(o.attrs().keySet()).containsExactly("interface_type", "description");
        assertThatThrownBy(() -> o.get("vlans")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model type interface has no field 'vlans'");
        assertThat(INTERFACE.newObjectFromSlots("d", "eth1", "lag", "x").attrs()).containsEntry("interface_type", "lag");
        assertThatThrownBy(() -> INTERFACE.newObjectFromSlots("d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 4 fields");
        assertThatThrownBy(() -> INTERFACE.keyOf(Map.of("name", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("identifier 'device_name' missing");
    }

    @Test
    void updateReplacesTheValueArraySoEarlierSnapshotsKeepTheirValues() {
        ModelObject o = INTERFACE.newObject(Map.of("device_name", "d", "name", "eth0", "description", "old"));
        Map<String, Object> before = o.attrs();
        o.update(Map.of("description", "new", "unknown", 1, "name", "eth0"));
        assertThat(before).containsEntry("description", "old");
        assertThat(o.attrs()).containsEntry("description", "new");
        assertThatThrownBy(() -> o.update(Map.of("name", "eth9"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot change identifier 'name' of interface d__eth0 to 'eth9'");
    }

    @Test
    void buildValidatesLikeTheOriginalsClassDefinitionChecks() {
        assertThatThrownBy(() -> ModelType.builder("t").identifiers("a").attributes("a").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model type t: fields [a] are included in both identifiers and attributes");
        assertThatThrownBy(() -> ModelType.builder("t").identifiers("a").child("c", "a").build())
                .hasMessage("model type t: fields [a] are included in both identifiers and children");
        assertThatThrownBy(() -> ModelType.builder("t").attributes("b").child("c", "b").build())
                .hasMessage("model type t: fields [b] are included in both attributes and children");
        assertThatThrownBy(() -> ModelType.builder("t").identifiers("a").shortname("s").build())
                .hasMessage("model type t: shortname [s] references missing field s");
        assertThatThrownBy(() -> ModelType.builder(" ")).hasMessage("model type name is blank");
    }

    @Test
    void childrenAreKeysWithTypeAndDuplicateChecks() {
        ModelType device = ModelType.builder("device").identifiers("name").child("interface", "interfaces").build();
        ModelObject d = device.newObject(Map.of("name", "device1"));
        ModelObject eth0 = INTERFACE.newObject(Map.of("device_name", "device1", "name", "eth0"));
        d.addChild(eth0);
        assertThat(d.children("interface")).containsExactly(ModelKey.of("device1", "eth0"));
        ModelObject dup = INTERFACE.newObject(Map.of("device_name", "device1", "name", "eth0"));
        assertThatThrownBy(() -> d.addChild(dup)).isInstanceOfSatisfying(ObjectAlreadyExistsException.class, e -> {
            assertThat(e).hasMessage("Already storing a interface with unique_id device1__eth0");
            assertThat(e.existingObject()).isSameAs(dup);
        });
        ModelObject site = ModelType.builder("site").identifiers("name").build().newObject(Map.of("name", "s"));
        assertThatThrownBy(() -> d.addChild(site)).isInstanceOf(ObjectStoreWrongTypeException.class)
                .hasMessage("Unable to store site as a child of device; valid types are [interface]");
        d.removeChild(dup);
        assertThat(d.children("interface")).isEmpty();
        assertThatThrownBy(() -> d.removeChild(eth0)).isInstanceOf(ObjectNotFoundException.class)
                .hasMessage("device1__eth0 was not found as a child in interfaces");
        assertThatThrownBy(() -> d.removeChild(site)).isInstanceOf(ObjectStoreWrongTypeException.class);
    }

    @Test
    void flagsAndStatus() {
        ModelType t = ModelType.builder("t").identifiers("id").flags(ModelFlag.IGNORE).build();
        ModelObject o = t.newObject(Map.of("id", 1));
        assertThat(o.flags()).containsExactly(ModelFlag.IGNORE);
        o.addFlag(ModelFlag.NATURAL_DELETION_ORDER);
        assertThat(o.hasFlag(ModelFlag.NATURAL_DELETION_ORDER)).isTrue();
        o.setFlags(ModelFlag.SKIP_UNMATCHED_BOTH);
        assertThat(o.flags()).isEqualTo(Set.of(ModelFlag.SKIP_UNMATCHED_SRC, ModelFlag.SKIP_UNMATCHED_DST));
        assertThat(ModelFlag.mask(ModelFlag.SKIP_UNMATCHED_BOTH)).isEqualTo(12);
        assertThat(ModelFlag.NATURAL_DELETION_ORDER.bit()).isEqualTo(16);
        assertThat(o.status()).isEqualTo(new ModelStatus(SyncStatus.SUCCESS, ""));
        o.setStatus(SyncStatus.ERROR, "boom");
        assertThat(o.status()).isEqualTo(new ModelStatus(SyncStatus.ERROR, "boom"));
        assertThat(SyncStatus.FAILURE.wireName()).isEqualTo("failure");
    }
}
