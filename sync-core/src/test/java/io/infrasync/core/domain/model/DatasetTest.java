package io.infrasync.core.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DatasetTest {

    static final ModelType SITE = ModelType.builder("site").identifiers("name").attributes("city")
            .child("device", "devices").build();
    static final ModelType DEVICE = ModelType.builder("device").identifiers("name").attributes("role").build();

    private static Dataset dataset() {
        return Dataset.builder("store").type(SITE).type(DEVICE).topLevel("site").build();
    }

    private static ModelObject site(String name, String city) {
        return SITE.newObject(Map.of("name", name, "city", city));
    }

    @Test
    void addingTheSameInstanceTwiceIsANoOpButAnotherInstanceWithTheKeyFails() {
        Dataset d = dataset();
        ModelObject nyc = site("nyc", "New York");
        d.add(nyc);
        d.add(nyc);
        assertThat(d.count()).isEqualTo(1);
        ModelObject other = site("nyc", "NYC");
        assertThatThrownBy(() -> d.add(other)).isInstanceOfSatisfying(ObjectAlreadyExistsException.class, e -> {
            assertThat(e).hasMessage("Object nyc already present");
            assertThat(e.existingObject()).isSameAs(other);
        });
    }

    @Test
    void getByKeyOrIdentifierMapAndErrors() {
        Dataset d = dataset();
        ModelObject nyc = site("nyc", "New York");
        d.add(nyc);
        assertThat(d.get("site", ModelKey.of("nyc"))).isSameAs(nyc);
        assertThat(d.get("site", Map.of("name", "nyc"))).isSameAs(nyc);
        assertThat(d.getOrNull("site", ModelKey.of("sfo"))).isNull();
        assertThat(d.getOrNull("nothing", ModelKey.of("sfo"))).isNull();
        assertThatThrownBy(() -> d.get("site", ModelKey.of("sfo"))).isInstanceOf(ObjectNotFoundException.class)
                .hasMessage("site sfo not present in store");
        assertThatThrownBy(() -> d.get("person", Map.of("name", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no model type 'person'");
    }

    @Test
    void getAllAndGetByUidsKeepTheirOrders() {
        Dataset d = dataset();
        for (String n : List.of("c", "a", "b")) {
            d.add(site(n, n));
        }
        assertThat(d.getAll("site")).extracting(ModelObject::uid).containsExactly("c", "a", "b");
        assertThat(d.getAll("device")).isEmpty();
        assertThat(d.getByUids("site", List.of(ModelKey.of("b"), ModelKey.of("c")))).extracting(ModelObject::uid)
                .containsExactly("b", "c");
        assertThat(d.getByUids("site", List.of())).isEmpty();
        assertThatThrownBy(() -> d.getByUids("site", List.of(ModelKey.of("a"), ModelKey.of("zz"))))
                .isInstanceOf(ObjectNotFoundException.class).hasMessage("site zz not present in store");
    }

    @Test
    void updateReplacesInPlaceOrAddsAndNeverThrows() {
        Dataset d = dataset();
        d.add(site("a", "1"));
        d.add(site("b", "2"));
        ModelObject replacement = site("a", "9");
        d.update(replacement);
        assertThat(d.getAll("site")).extracting(ModelObject::uid).containsExactly("a", "b");
        assertThat(d.get("site", ModelKey.of("a"))).isSameAs(replacement);
        d.update(site("c", "3"));
        assertThat(d.count("site")).isEqualTo(3);
    }

    @Test
    void getOrAddUpdateOrAddAndInstantiateVariants() {
        Dataset d = dataset();
        ModelObject a = site("a", "1");
        assertThat(d.getOrAdd(a)).isEqualTo(new ObjectAndCreated(a, true));
        assertThat(d.getOrAdd(site("a", "2"))).isEqualTo(new ObjectAndCreated(a, false));
        assertThat(d.updateOrAdd(site("a", "3"))).isEqualTo(new ObjectAndCreated(a, false));
        assertThat(a.get("city")).isEqualTo("3");
        ObjectAndCreated b = d.getOrInstantiate(SITE, Map.of("name", "b"), Map.of("city", "x"));
        assertThat(b.created()).isTrue();
        assertThat(d.getOrInstantiate(SITE, Map.of("name", "b"), Map.of("city", "ignored")).object().get("city"))
                .isEqualTo("x");
        ObjectAndCreated b2 = d.updateOrInstantiate(SITE, Map.of("name", "b"), Map.of("city", "y"));
        assertThat(b2.created()).isFalse();
        assertThat(b2.object().get("city")).isEqualTo("y");
        assertThat(d.updateOrInstantiate(SITE, Map.of("name", "c"), Map.of("city", "z")).created()).isTrue();
    }

    @Test
    void removeWithAndWithoutChildren() {
        Dataset d = dataset();
        ModelObject s = site("s", "x");
        d.add(s);
        for (String n : List.of("d1", "d2", "d3")) {
            ModelObject dev = DEVICE.newObject(Map.of("name", n));
            d.add(dev);
            s.addChild(dev);
        }
        d.remove(d.get("device", ModelKey.of("d2")), false); // d2 now dangles in s's list
        d.remove(s, true);
        assertThat(d.count()).isZero();
        assertThatThrownBy(() -> d.remove(s, false)).isInstanceOf(ObjectNotFoundException.class)
                .hasMessage("site s not present in store");

        ModelObject s2 = site("s2", "x");
        d.add(s2);
        ModelObject keep = DEVICE.newObject(Map.of("name", "keep"));
        d.add(keep);
        s2.addChild(keep);
        d.remove(s2, false);
        assertThat(d.getAll("device")).containsExactly(keep);
        assertThat(d.storedTypeNames()).containsExactly("site", "device");
    }

    @Test
    void pairByKeyVisitsMineInOrderThenTheirUnmatchedInOrder() {
        Dataset mine = dataset();
        Dataset theirs = dataset();
        for (String n : List.of("a", "b", "c", "d")) {
            mine.add(site(n, "m"));
        }
        for (String n : List.of("x", "c", "y", "a", "gone", "z")) {
            theirs.add(site(n, "t"));
        }
        theirs.remove(theirs.get("site", ModelKey.of("gone")), false);
        List<String> visits = new ArrayList<>();
        mine.pairByKey("site", theirs, (m, t) -> visits.add((m == null ? "-" : m.uid()) + "/" + (t == null ? "-" : t.uid())));
        assertThat(visits).containsExactly("a/a", "b/-", "c/c", "d/-", "-/x", "-/y", "-/z");
        List<String> onlyMine = new ArrayList<>();
        mine.pairByKey("site", dataset(), (m, t) -> onlyMine.add(m.uid() + "/" + t));
        assertThat(onlyMine).containsExactly("a/null", "b/null", "c/null", "d/null");
        List<String> onlyTheirs = new ArrayList<>();
        dataset().pairByKey("site", theirs, (m, t) -> onlyTheirs.add(m + "/" + t.uid()));
        assertThat(onlyTheirs).containsExactly("null/x", "null/c", "null/y", "null/a", "null/z");
    }

    @Test
    void buildRejectsUnknownTopLevelTypes() {
        assertThatThrownBy(() -> Dataset.builder("x").type(SITE).topLevel("site", "nope").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dataset x: top_level references \"nope\" but it is not a registered model type [site]");
    }

    @Test
    void indexBehavesLikeAnInsertionOrderedMapUnderRandomAddsReplacesAndRemoves() {
        Dataset d = dataset();
        Map<Integer, ModelObject> model = new LinkedHashMap<>();
        ModelType t = ModelType.builder("n").identifiers("id").attributes("v").build();
        Random random = new Random(42);
        for (int step = 0; step < 50_000; step++) {
            int id = random.nextInt(2_000);
            int op = random.nextInt(3);
            ModelObject o = t.newObject(Map.of("id", id, "v", step));
            if (op == 0) {
                if (model.containsKey(id)) {
                    assertThatThrownBy(() -> d.add(o)).isInstanceOf(ObjectAlreadyExistsException.class);
                } else {
                    d.add(o);
                    model.put(id, o);
                }
            } else if (op == 1) {
                d.update(o);
                model.put(id, o); // LinkedHashMap.put keeps the position of an existing key
            } else if (model.containsKey(id)) {
                d.remove(o, false);
                model.remove(id);
            }
            if (step % 5_000 == 0) {
                assertThat(d.getAll("n")).containsExactlyElementsOf(model.values());
            }
        }
        assertThat(d.getAll("n")).containsExactlyElementsOf(new ArrayList<>(model.values()));
        assertThat(d.count("n")).isEqualTo(model.size());
        for (Map.Entry<Integer, ModelObject> e : model.entrySet()) {
            assertThat(d.get("n", ModelKey.of(e.getKey().longValue()))).isSameAs(e.getValue());
        }
    }
}
