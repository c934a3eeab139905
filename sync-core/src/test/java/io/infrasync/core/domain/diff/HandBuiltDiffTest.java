package io.infrasync.core.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.model.ObjectAlreadyExistsException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference's hand-built fixtures diff_with_children and diff_element_with_children. */
class HandBuiltDiffTest {

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static DiffElement eth0() {
        DiffElement eth0 = new DiffElement("interface", "eth0", map("device_name", "device1", "name", "eth0"));
        eth0.addAttrs(map("interface_type", "ethernet", "description", "my interface"), map("description", "your interface"));
        return eth0;
    }

    static Diff diffWithChildren() {
        Diff diff = new Diff();
        DiffElement jimbo = new DiffElement("person", "Jimbo", map("name", "Jimbo"));
        jimbo.addAttrs(map(), null);
        diff.add(jimbo);
        DiffElement sully = new DiffElement("person", "Sully", map("name", "Sully"));
        sully.addAttrs(null, map());
        diff.add(sully);
        DiffElement device = new DiffElement("device", "device1", map("name", "device1"));
        device.addChild(eth0());
        diff.add(device);
        DiffElement rtp = new DiffElement("address", "RTP", map("name", "RTP"));
        rtp.addAttrs(map("state", "NC"), map("state", "NC"));
        diff.add(rtp);
        diff.setModelsProcessed(8);
        return diff;
    }

    static DiffElement elementWithChildren() {
        DiffElement parent = new DiffElement("device", "device1", map("name", "device1"));
        parent.addAttrs(map("role", "switch", "location", "RTP"), map("role", "router", "location", "RTP"));
        parent.addChild(eth0());
        DiffElement lo0 = new DiffElement("interface", "lo0", map("device_name", "device1", "name", "lo0"));
        lo0.addAttrs(map(), null);
        parent.addChild(lo0);
        DiffElement lo1 = new DiffElement("interface", "lo1", map("device_name", "device1", "name", "lo1"));
        lo1.addAttrs(null, map("description", "Loopback 1"));
        parent.addChild(lo1);
        DiffElement lo100 = new DiffElement("interface", "lo100", map("device_name", "device1", "name", "lo100"));
        lo100.addAttrs(map("description", "Loopback 100"), map("description", "Loopback 100"));
        parent.addChild(lo100);
        return parent;
    }

    @Test
    void actionsFollowWhichSidesExistAndWhetherSharedValuesDiffer() {
        assertThat(eth0().action()).isEqualTo(DiffAction.UPDATE);
        assertThat(eth0().attrsKeys()).containsExactly("description");
        DiffElement none = new DiffElement("x", "n", map());
        assertThat(none.action()).isEqualTo(DiffAction.NO_CHANGE);
        assertThat(none.attrsDiffs()).isEmpty();
        assertThat(none.hasDiffs()).isFalse();
        assertThat(none.str()).isEqualTo("x: n (no diffs)");
        none.addAttrs(map("a", 1), null);
        assertThat(none.action()).isEqualTo(DiffAction.CREATE);
        none.addAttrs(null, map("a", 1.0));
        assertThat(none.action()).isEqualTo(DiffAction.NO_CHANGE);
        assertThat(none.attrsDiffs()).isEqualTo(Map.of("-", Map.of(), "+", Map.of()));
        assertThat(none.hasDiffs()).isFalse();
        assertThat(none.str()).isEqualTo("x: n");
        assertThat(DiffAction.CREATE.wireName()).isEqualTo("create");
        assertThat(DiffAction.NO_CHANGE.wireName()).isNull();
    }

    @Test
    void sharedKeysFollowTheDestinationOrder() {
        DiffElement e = new DiffElement("x", "n", map());
        e.addAttrs(map("a", 1, "b", 2, "c", 3), map("c", 0, "z", 0, "a", 0));
        assertThat(e.attrsKeys()).containsExactly("c", "a");
        assertThat(new ArrayList<>(e.attrsDiffs().get("+").keySet())).containsExactly("c", "a");
        DiffElement destOnly = new DiffElement("x", "n", map());
        destOnly.addAttrs(null, map("q", 1, "p", 2));
        assertThat(destOnly.attrsKeys()).containsExactly("q", "p");
    }

    @Test
    void diffSummaryLengthAndSkipOfTheHandBuiltDiff() {
        Diff diff = diffWithChildren();
        assertThat(diff.summary()).isEqualTo(new DiffSummary(1, 1, 1, 2, 0));
        assertThat(diff.size()).isEqualTo(5);
        assertThat(diff.groups()).containsExactly("person", "device", "address");
        Diff unset = diffWithChildren();
        unset.setModelsProcessed(0);
        assertThat(unset.summary().skip()).isEqualTo(-8);
    }

    @Test
    void diffTextRendering() {
        assertThat(diffWithChildren().str()).isEqualTo(String.join("\n",
                "person",
                "  person: Jimbo MISSING in dest",
                "  person: Sully MISSING in source",
                "device",
                "  device: device1",
                "    interface",
                "      interface: eth0",
                "        description    source(my interface)    dest(your interface)"));
        assertThat(new Diff().str()).isEqualTo("(no diffs)");
    }

    @Test
    void diffStructuredRendering() {
        assertThat(diffWithChildren().dict()).isEqualTo(Map.of(
                "person", Map.of("Jimbo", Map.of("+", Map.of()), "Sully", Map.of("-", Map.of())),
                "device", Map.of("device1", Map.of("interface", Map.of("eth0", Map.of(
                        "-", Map.of("description", "your interface"),
                        "+", Map.of("description", "my interface")))))));
    }

    @Test
    void elementWithChildrenRenderingSummaryAndLength() {
        DiffElement parent = elementWithChildren();
        assertThat(parent.str()).isEqualTo(String.join("\n",
                "device: device1",
                "  role    source(switch)    dest(router)",
                "  interface",
                "    interface: eth0",
                "      description    source(my interface)    dest(your interface)",
                "    interface: lo0 MISSING in dest",
                "    interface: lo1 MISSING in source"));
        assertThat(parent.summary()).containsExactly(Map.entry("create", 1L), Map.entry("update", 2L),
                Map.entry("delete", 1L), Map.entry("no-change", 1L));
        assertThat(parent.size()).isEqualTo(5);
        assertThat(parent.dict()).containsOnlyKeys("-", "+", "interface");
        assertThat(parent.dict().get("-")).isEqualTo(Map.of("role", "router"));
        assertThat(parent.hasDiffs(false)).isTrue();
        DiffElement quiet = new DiffElement("device", "d", map());
        quiet.addAttrs(map(), map());
        quiet.addChild(eth0());
        assertThat(quiet.hasDiffs(false)).isFalse();
        assertThat(quiet.hasDiffs(true)).isTrue();
    }

    @Test
    void addingTwoElementsWithTheSameNameToOneGroupFails() {
        Diff diff = new Diff();
        diff.add(new DiffElement("interface", "eth0", map("device_name", "a", "name", "eth0")));
        DiffElement second = new DiffElement("interface", "eth0", map("device_name", "b", "name", "eth0"));
        assertThatThrownBy(() -> diff.add(second)).isInstanceOfSatisfying(ObjectAlreadyExistsException.class, e -> {
            assertThat(e).hasMessage("Already storing a interface named eth0");
            assertThat(e.existingObject()).isSameAs(second);
        });
    }

    @Test
    void orderingHookAffectsChildrenSummaryAndDictButNotText() {
        Diff reversed = new Diff() {
            @Override
            protected List<DiffElement> orderChildren(String type, List<DiffElement> elements) {
                List<DiffElement> copy = new ArrayList<>(elements);
                Collections.reverse(copy);
                return copy;
            }
        };
        for (String n : List.of("a", "b", "c")) {
            DiffElement e = new DiffElement("t", n, map("n", n));
            e.addAttrs(map(), null);
            reversed.add(e);
        }
        assertThat(reversed.children()).extracting(DiffElement::name).containsExactly("c", "b", "a");
        assertThat(new ArrayList<Object>(((Map<?, ?>) reversed.dict().get("t")).keySet())).containsExactly("c", "b", "a");
        assertThat(reversed.str()).isEqualTo("t\n  t: a MISSING in dest\n  t: b MISSING in dest\n  t: c MISSING in dest");
    }

    @Test
    void elementsCompareByTypeThenNameAndEqualByContentNotChildren() {
        DiffElement a = new DiffElement("a", "z", map());
        DiffElement b = new DiffElement("b", "a", map());
        assertThat(a).isLessThan(b);
        assertThat(new DiffElement("a", "x", map())).isLessThan(a);
        DiffElement withChild = eth0();
        withChild.addChild(new DiffElement("c", "c", map()));
        assertThat(withChild).isEqualTo(eth0());
        assertThat(eth0()).isNotEqualTo(elementWithChildren());
        assertThat(eth0().uid()).isEqualTo("device1__eth0");
    }
}
