package io.infrasync.core.engine;

import static io.infrasync.core.engine.Fixtures.backendA;
import static io.infrasync.core.engine.Fixtures.backendB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.diff.DiffAction;
import io.infrasync.core.domain.diff.DiffElement;
import io.infrasync.core.domain.diff.DiffSummary;
import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.model.ModelFlag;
import io.infrasync.core.domain.model.ModelKey;
import io.infrasync.core.domain.model.ModelObject;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.model.ObjectAlreadyExistsException;
import io.infrasync.core.domain.model.ObjectNotFoundException;
import io.infrasync.core.domain.sync.DiffOptions;
import io.infrasync.core.domain.sync.DiffSyncFlag;
import io.infrasync.core.port.in.DiffSync;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DifferTest {

    private final DiffSync engine = DiffSyncFactory.create();

    private Diff diffAFromB() {
        return engine.diffFrom(backendA(), backendB(), DiffOptions.defaults());
    }

    /** Pre-order list of "action type uid" for every element. */
    static List<String> walk(Diff diff) {
        List<String> out = new ArrayList<>();
        walk(diff.children(), out);
        return out;
    }

    private static void walk(List<DiffElement> elements, List<String> out) {
        for (DiffElement e : elements) {
            out.add(e.action().name().toLowerCase() + " " + e.type() + " " + e.uid());
            walk(e.children(), out);
        }
    }

    @Test
    void fixturesHave23ObjectsEach() {
        assertThat(backendA().count()).isEqualTo(23);
        assertThat(backendB().count()).isEqualTo(23);
        assertThat(Fixtures.backendAWithExtraModels().count()).isEqualTo(25);
        assertThat(Fixtures.backendAMinusSomeModels().count()).isEqualTo(21);
    }

    @Test
    void summaryOfTheFixturePairMatchesTheReference() {
        Diff diff = diffAFromB();
        assertThat(diff.summary()).isEqualTo(new DiffSummary(8, 2, 9, 12, 1));
        assertThat(diff.summary().asMap()).containsExactly(Map.entry("create", 8L), Map.entry("update", 2L),
                Map.entry("delete", 9L), Map.entry("no-change", 12L), Map.entry("skip", 1L));
        assertThat(diff.size()).isEqualTo(31);
        assertThat(diff.modelsProcessed()).isEqualTo(46);
        assertThat(diff.hasDiffs()).isTrue();
    }

    @Test
    void elementsComeInSourceOrderThenDestinationOnlyWithChildrenByParentLists() {
        List<String> order = walk(diffAFromB());
        assertThat(order).containsExactly(
                "no_change site nyc",
                "no_change device nyc-spine1",
                "update interface nyc-spine1__eth0",
                "no_change interface nyc-spine1__eth1",
                "no_change device nyc-spine2",
                "no_change interface nyc-spine2__eth0",
                "no_change interface nyc-spine2__eth1",
                "no_change site sfo",
                "update device sfo-spine1",
                "no_change interface sfo-spine1__eth0",
                "no_change interface sfo-spine1__eth1",
                "no_change device sfo-spine2",
                "no_change interface sfo-spine2__eth0",
                "no_change interface sfo-spine2__eth1",
                "create interface sfo-spine2__eth3",
                "delete interface sfo-spine2__eth2",
                "create site atl",
                "create device atl-spine1",
                "create interface atl-spine1__eth0",
                "create interface atl-spine1__eth1",
                "create device atl-spine2",
                "create interface atl-spine2__eth0",
                "create interface atl-spine2__eth1",
                "delete site rdu",
                "delete device rdu-spine1",
                "delete interface rdu-spine1__eth0",
                "delete interface rdu-spine1__eth1",
                "delete device rdu-spine2",
                "delete interface rdu-spine2__eth0",
                "delete interface rdu-spine2__eth1",
                "delete person Glenn Matthews");
    }

    @Test
    void attributeDiffsCompareOnlySharedAttributesWithPlusFromSourceAndMinusFromDestination() {
        Diff diff = diffAFromB();
        DiffElement sfo = diff.group("site").get(1);
        DiffElement sfoSpine1 = sfo.children().get(0);
        // DeviceA has (role, tag), DeviceB (role, vlans): only role is compared.
        assertThat(sfoSpine1.attrsKeys()).containsExactly("role");
        assertThat(sfoSpine1.attrsDiffs()).isEqualTo(Map.of("-", Map.of("role", "spine"), "+", Map.of("role", "leaf")));
        DiffElement atlSpine1 = diff.group("site").get(2).children().get(0);
        assertThat(atlSpine1.attrsDiffs()).isEqualTo(Map.of("+", Map.of("role", "spine", "vlans", List.of())));
        DiffElement rdu = diff.group("site").get(3);
        assertThat(rdu.attrsDiffs()).isEqualTo(Map.of("-", Map.of()));
        DiffElement nycSpine2 = diff.group("site").get(0).children().get(1);
        assertThat(nycSpine2.attrsDiffs()).isEqualTo(Map.of("-", Map.of(), "+", Map.of()));
        assertThat(nycSpine2.keys()).isEqualTo(Map.of("name", "nyc-spine2"));
        assertThat(sfo.sourceName()).isEqualTo("backend-b");
        assertThat(sfo.destName()).isEqualTo("BackendA");
    }

    @Test
    void textRenderingShowsOnlyElementsWithDiffs() {
        String text = diffAFromB().str();
        assertThat(text).startsWith(String.join("\n",
                "site",
                "  site: nyc",
                "    device",
                "      device: nyc-spine1",
                "        interface",
                "          interface: eth0",
                "            description    backend-b(Interface 0/0)    BackendA(Interface 0)",
                "  site: sfo",
                "    device",
                "      device: sfo-spine1",
                "        role    backend-b(leaf)    BackendA(spine)",
                "      device: sfo-spine2",
                "        interface",
                "          interface: eth3 MISSING in BackendA",
                "          interface: eth2 MISSING in backend-b",
                "  site: atl MISSING in BackendA",
                "    device",
                "      device: atl-spine1 MISSING in BackendA",
                "        interface",
                "          interface: eth0 MISSING in BackendA"));
        assertThat(text).endsWith(String.join("\n",
                "          interface: eth1 MISSING in backend-b",
                "    person",
                "      person: Glenn Matthews MISSING in backend-b"));
        assertThat(text).doesNotContain("nyc-spine2").doesNotContain("unused");
    }

    @Test
    void structuredRenderingNestsChildGroupsWithDiffs() {
        Map<String, Object> dict = diffAFromB().dict();
        assertThat(dict).containsOnlyKeys("site");
        @SuppressWarnings("unchecked")
        Map<String, Object> sites = (Map<String, Object>) dict.get("site");
        assertThat(sites).containsOnlyKeys("nyc", "sfo", "atl", "rdu");
        assertThat(sites.get("nyc")).isEqualTo(Map.of("-", Map.of(), "+", Map.of(),
                "device", Map.of("nyc-spine1", Map.of("-", Map.of(), "+", Map.of(),
                        "interface", Map.of("eth0", Map.of("-", Map.of("description", "Interface 0"),
                                "+", Map.of("description", "Interface 0/0")))))));
    }

    @Test
    void diffToIsDiffFromWithSidesSwapped() {
        Diff to = engine.diffTo(backendB(), backendA(), DiffOptions.defaults());
        assertThat(walk(to)).isEqualTo(walk(diffAFromB()));
        Diff reverse = engine.diffFrom(backendB(), backendA(), DiffOptions.defaults());
        assertThat(reverse.summary()).isEqualTo(new DiffSummary(9, 2, 8, 12, 1));
    }

    @Test
    void identicalDatasetsHaveNoDiffs() {
        Diff diff = engine.diffFrom(backendA(), backendA(), DiffOptions.defaults());
        assertThat(diff.hasDiffs()).isFalse();
        assertThat(diff.str()).isEqualTo("(no diffs)");
        assertThat(diff.dict()).isEmpty();
        assertThat(diff.summary()).isEqualTo(new DiffSummary(0, 0, 0, 23, 0));
    }

    @Test
    void diffProgressCallbackCountsBothSidesAndEndsAtTotal() {
        List<long[]> calls = new ArrayList<>();
        engine.diffFrom(backendA(), backendB(), DiffOptions.defaults().withProgress((stage, current, total) -> {
            assertThat(stage).isEqualTo("diff");
            calls.add(new long[] {current, total});
        }));
        assertThat(calls.get(calls.size() - 1)).containsExactly(46, 46);
        for (int i = 1; i < calls.size(); i++) {
            assertThat(calls.get(i)[0]).isGreaterThan(calls.get(i - 1)[0]);
        }
    }

    @Test
    void orphanedObjectsAreCountedInTotalButNeverReached() {
        List<long[]> calls = new ArrayList<>();
        engine.diffFrom(Fixtures.backendAMinusSomeModels(), backendA(),
                DiffOptions.defaults().withProgress((stage, current, total) -> calls.add(new long[] {current, total})));
        assertThat(calls.get(calls.size() - 1)).containsExactly(34, 44);
    }

    @Test
    void extraModelsInDestinationBecomeDeletes() {
        Diff diff = engine.diffFrom(Fixtures.backendAWithExtraModels(), backendA(), DiffOptions.defaults());
        assertThat(walk(diff)).contains("delete site lax", "delete device nyc-spine3");
        assertThat(diff.summary()).isEqualTo(new DiffSummary(0, 0, 2, 23, 0));
    }

    @Test
    void skipUnmatchedSrcCreatesNothingAndCountsSkippedRoots() {
        Diff diff = engine.diffFrom(backendA(), backendB(),
                DiffOptions.defaults().withFlags(Set.of(DiffSyncFlag.SKIP_UNMATCHED_SRC)));
        // atl subtree (1 root) and eth3 are skipped; only the roots count.
        assertThat(diff.summary()).isEqualTo(new DiffSummary(0, 2, 9, 12, 3));
        assertThat(walk(diff)).noneMatch(s -> s.startsWith("create"));
    }

    @Test
    void skipUnmatchedDstDeletesNothing() {
        Diff diff = engine.diffFrom(backendA(), backendB(),
                DiffOptions.defaults().withFlags(Set.of(DiffSyncFlag.SKIP_UNMATCHED_DST)));
        assertThat(diff.summary()).isEqualTo(new DiffSummary(8, 2, 0, 12, 3));
    }

    @Test
    void skipUnmatchedBothOnlyUpdates() {
        Diff diff = engine.diffFrom(backendA(), backendB(),
                DiffOptions.defaults().withFlags(DiffSyncFlag.SKIP_UNMATCHED_BOTH));
        assertThat(diff.summary()).isEqualTo(new DiffSummary(0, 2, 0, 12, 5));
    }

    @Test
    void ignoreFlagOnEitherSideSkipsTheSubtree() {
        Dataset a = backendA();
        a.get("site", Map.of("name", "sfo")).addFlag(ModelFlag.IGNORE);
        Diff diff = engine.diffFrom(a, backendB(), DiffOptions.defaults());
        assertThat(walk(diff)).noneMatch(s -> s.contains("sfo"));
        // the sfo pair (8 objects per side) counts once as a skipped root; its descendants never count
        assertThat(diff.modelsProcessed()).isEqualTo(46 - 2 * 8 + 1);
        Dataset b = backendB();
        b.get("device", Map.of("name", "atl-spine1")).addFlag(ModelFlag.IGNORE);
        Diff diff2 = engine.diffFrom(backendA(), b, DiffOptions.defaults());
        assertThat(walk(diff2)).noneMatch(s -> s.contains("atl-spine1")).contains("create device atl-spine2");
    }

    @Test
    void modelSkipUnmatchedFlagsAreReadFromTheirOwnSideOnly() {
        Dataset b = backendB();
        b.get("site", Map.of("name", "atl")).addFlag(ModelFlag.SKIP_UNMATCHED_SRC);
        b.get("interface", Map.of("device_name", "sfo-spine2", "name", "eth3")).addFlag(ModelFlag.SKIP_UNMATCHED_DST);
        Diff diff = engine.diffFrom(backendA(), b, DiffOptions.defaults());
        assertThat(walk(diff)).noneMatch(s -> s.contains("atl")).contains("create interface sfo-spine2__eth3");

        Dataset a = backendA();
        a.get("site", Map.of("name", "rdu")).addFlag(ModelFlag.SKIP_UNMATCHED_DST);
        a.get("site", Map.of("name", "nyc")).addFlag(ModelFlag.SKIP_UNMATCHED_SRC);
        Diff diff2 = engine.diffFrom(a, backendB(), DiffOptions.defaults());
        assertThat(walk(diff2)).noneMatch(s -> s.contains("rdu")).contains("no_change site nyc");
    }

    @Test
    void topLevelTypeListedByOneSideOnlyIsNeverDiffedButCountsAsSkip() {
        Dataset a = Dataset.builder("a").type(Fixtures.SITE_A).type(Fixtures.DEVICE_A).type(Fixtures.INTERFACE)
                .type(Fixtures.PERSON_A).type(Fixtures.UNUSED).topLevel("site", "person").build();
        Fixtures.load(a, Fixtures.DATA_A, Fixtures.SITE_A, Fixtures.DEVICE_A);
        a.add(Fixtures.PERSON_A.newObject(Map.of("name", "p1")));
        a.add(Fixtures.PERSON_A.newObject(Map.of("name", "p2")));
        Dataset b = backendA();
        Diff diff = engine.diffFrom(b, a, DiffOptions.defaults());
        assertThat(diff.groups()).containsExactly("site");
        assertThat(diff.summary().skip()).isEqualTo(2); // the 2 top-level persons only the source lists
        assertThat(walk(diff)).contains("delete person Glenn Matthews").noneMatch(s -> s.contains("p1"));
    }

    @Test
    void sharedTopLevelTypesFollowTheDestinationOrder() {
        ModelType x = ModelType.builder("x").identifiers("id").build();
        ModelType y = ModelType.builder("y").identifiers("id").build();
        ModelType z = ModelType.builder("z").identifiers("id").build();
        Dataset src = Dataset.builder("src").type(x).type(y).type(z).topLevel("x", "y", "z").build();
        Dataset dst = Dataset.builder("dst").type(x).type(y).topLevel("y", "x").build();
        for (ModelType t : List.of(x, y)) {
            src.add(t.newObject(Map.of("id", 1)));
        }
        src.add(z.newObject(Map.of("id", 1)));
        Diff diff = engine.diffFrom(dst, src, DiffOptions.defaults());
        assertThat(diff.groups()).containsExactly("y", "x");
        assertThat(diff.summary().skip()).isEqualTo(1);
    }

    @Test
    void duplicateShortnamesUnderOneContainerFail() {
        Dataset a = Dataset.builder("a").type(Fixtures.INTERFACE).topLevel("interface").build();
        a.add(Fixtures.INTERFACE.newObject(Map.of("device_name", "d1", "name", "eth0")));
        a.add(Fixtures.INTERFACE.newObject(Map.of("device_name", "d2", "name", "eth0")));
        Dataset b = Dataset.builder("b").type(Fixtures.INTERFACE).topLevel("interface").build();
        assertThatThrownBy(() -> engine.diffFrom(b, a, DiffOptions.defaults()))
                .isInstanceOf(ObjectAlreadyExistsException.class)
                .hasMessage("Already storing a interface named eth0");
    }

    @Test
    void danglingChildKeyFailsTheDiff() {
        Dataset a = backendA();
        ModelObject ghost = Fixtures.DEVICE_A.newObject(Map.of("name", "ghost"));
        a.get("site", Map.of("name", "nyc")).addChild(ghost);
        assertThatThrownBy(() -> engine.diffFrom(backendB(), a, DiffOptions.defaults()))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessage("device ghost not present in BackendA");
    }

    @Test
    void keysThatRenderAlikeNeverPairUp() {
        ModelType t = ModelType.builder("t").identifiers("a", "b").attributes("v").build();
        Dataset src = Dataset.builder("src").type(t).topLevel("t").build();
        Dataset dst = Dataset.builder("dst").type(t).topLevel("t").build();
        src.add(t.newObject(Map.of("a", "x__y", "b", "z", "v", 1)));
        dst.add(t.newObject(Map.of("a", "x", "b", "y__z", "v", 1)));
        Diff diff = engine.diffFrom(dst, src, DiffOptions.defaults());
        // The original pairs both as x__y__z and fails with "Keys mismatch"; here they are distinct objects.
        assertThat(walk(diff)).containsExactly("create t x__y__z", "delete t x__y__z");
        assertThat(diff.group("t").get(0).keys()).isEqualTo(Map.of("a", "x__y", "b", "z"));
    }

    @Test
    void pairedObjectsWithDifferentShortnameOrIdentifierNamesAreRejected() {
        ModelType s1 = ModelType.builder("t").identifiers("a", "b").shortname("b").build();
        ModelType s2 = ModelType.builder("t").identifiers("a", "b").shortname("a").build();
        Dataset src = Dataset.builder("src").type(s1).topLevel("t").build();
        Dataset dst = Dataset.builder("dst").type(s2).topLevel("t").build();
        src.add(s1.newObject(Map.of("a", "1", "b", "2")));
        dst.add(s2.newObject(Map.of("a", "1", "b", "2")));
        assertThatThrownBy(() -> engine.diffFrom(dst, src, DiffOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Shortname mismatch: 2 vs 1");

        ModelType k1 = ModelType.builder("k").identifiers("a").build();
        ModelType k2 = ModelType.builder("k").identifiers("b").build();
        Dataset src2 = Dataset.builder("src").type(k1).topLevel("k").build();
        Dataset dst2 = Dataset.builder("dst").type(k2).topLevel("k").build();
        src2.add(k1.newObject(Map.of("a", "1")));
        dst2.add(k2.newObject(Map.of("b", "1")));
        assertThatThrownBy(() -> engine.diffFrom(dst2, src2, DiffOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Keys mismatch: {a=1} vs {b=1}");
    }

    @Test
    void numbersCompareByValueAndCollectionsDeeply() {
        ModelType t = ModelType.builder("t").identifiers("id").attributes("n", "l", "m").build();
        Dataset src = Dataset.builder("src").type(t).topLevel("t").build();
        Dataset dst = Dataset.builder("dst").type(t).topLevel("t").build();
        src.add(t.newObject(Map.of("id", 1, "n", 1, "l", List.of(1, "a"), "m", Map.of("k", List.of()))));
        dst.add(t.newObject(Map.of("id", 1L, "n", 1.0, "l", List.of(1L, "a"), "m", Map.of("k", List.of()))));
        src.add(t.newObject(Map.of("id", 2, "n", 1, "l", List.of(1, "a"), "m", Map.of())));
        dst.add(t.newObject(Map.of("id", 2, "n", 1, "l", List.of("a", 1), "m", Map.of())));
        Diff diff = engine.diffFrom(dst, src, DiffOptions.defaults());
        assertThat(walk(diff)).containsExactly("no_change t 1", "update t 2");
        assertThat(diff.group("t").get(1).attrsDiffs().get("+")).isEqualTo(Map.of("l", List.of(1, "a")));
    }

    @Test
    void completeIsCalledOnceOnTheTopLevelDiffOnly() {
        List<TrackedDiff> created = new ArrayList<>();
        Diff diff = engine.diffFrom(backendA(), backendB(), DiffOptions.defaults().withDiffFactory(() -> {
            TrackedDiff d = new TrackedDiff();
            created.add(d);
            return d;
        }));
        assertThat(diff).isInstanceOf(TrackedDiff.class);
        assertThat(((TrackedDiff) diff).completions).isEqualTo(1);
        assertThat(created).hasSizeGreaterThan(1);
        assertThat(created.subList(1, created.size())).allMatch(d -> d.completions == 0);
        // child diffs use the factory too
        assertThat(diff.group("site").get(0).childDiff()).isInstanceOf(TrackedDiff.class);
    }

    @Test
    void orderingHookAppliesToChildrenDictAndSyncButNotToText() {
        Diff diff = engine.diffFrom(backendA(), backendB(), DiffOptions.defaults().withDiffFactory(ReversedDiff::new));
        assertThat(diff.children()).extracting(DiffElement::name).containsExactly("rdu", "atl", "sfo", "nyc");
        assertThat(new ArrayList<Object>(((Map<?, ?>) diff.dict().get("site")).keySet())).containsExactly("rdu", "atl", "sfo", "nyc");
        assertThat(diff.str()).startsWith("site\n  site: nyc");
    }

    @Test
    void elementsWithoutShortnameAreKeyedByTheirTupleElementsWithShortnameByName() {
        Diff diff = diffAFromB();
        DiffElement eth0 = diff.group("site").get(0).children().get(0).children().get(0);
        assertThat(eth0.name()).isEqualTo("eth0");
        assertThat(eth0.identity()).isEqualTo("eth0");
        assertThat(eth0.uid()).isEqualTo("nyc-spine1__eth0");
        ModelType t = ModelType.builder("t").identifiers("a", "b").build();
        Dataset src = Dataset.builder("src").type(t).topLevel("t").build();
        src.add(t.newObject(Map.of("a", 1, "b", true)));
        Diff d2 = engine.diffFrom(Dataset.builder("dst").type(t).topLevel("t").build(), src, DiffOptions.defaults());
        assertThat(d2.group("t").get(0).identity()).isEqualTo(ModelKey.of(1, true));
        assertThat(d2.group("t").get(0).name()).isEqualTo("1__True");
    }

    @Test
    void childTypesOnlyOneSideDeclaresAreCountedNotWalked() {
        Diff diff = diffAFromB();
        DiffElement nyc = diff.group("site").get(0);
        assertThat(nyc.childDiff().groups()).containsExactly("device");
        // place under nyc (B only) is the single skip
        assertThat(diff.summary().skip()).isEqualTo(1);
    }

    @Test
    void diffIsASnapshotThatSurvivesLaterChangesToObjects() {
        Dataset a = backendA();
        Diff diff = engine.diffFrom(a, backendB(), DiffOptions.defaults());
        a.get("device", Map.of("name", "sfo-spine1")).update(Map.of("role", "leaf"));
        DiffElement sfoSpine1 = diff.group("site").get(1).children().get(0);
        assertThat(sfoSpine1.action()).isEqualTo(DiffAction.UPDATE);
        assertThat(sfoSpine1.destAttrs()).containsEntry("role", "spine");
    }

    @Test
    void modelAndDatasetTextRendering() {
        Dataset a = backendA();
        ModelObject eth0 = a.get("interface", Map.of("device_name", "nyc-spine1", "name", "eth0"));
        assertThat(eth0.str()).isEqualTo("interface: nyc-spine1__eth0: {'interface_type': 'ethernet', 'description': 'Interface 0'}");
        ModelObject rdu = a.get("site", Map.of("name", "rdu"));
        assertThat(rdu.str()).isEqualTo("site: rdu: {}\n  devices: ['rdu-spine1', 'rdu-spine2']\n  people: ['Glenn Matthews']");
        assertThat(ModelType.builder("diffsyncmodel").build().newObject(Map.of()).str()).isEqualTo("diffsyncmodel: : {}");
        ModelObject spine = a.get("device", Map.of("name", "rdu-spine2"));
        a.remove(a.get("interface", Map.of("device_name", "rdu-spine2", "name", "eth1")), false);
        assertThat(a.str(spine, true, 2)).isEqualTo(String.join("\n",
                "  device: rdu-spine2: {'role': 'spine', 'tag': ''}",
                "    interfaces",
                "      interface: rdu-spine2__eth0: {'interface_type': 'ethernet', 'description': 'Interface 0'}",
                "      rdu-spine2__eth1 (ERROR: details unavailable)"));
        String text = a.str(0);
        assertThat(text).startsWith("site\n  site: nyc: {}\n    devices\n      device: nyc-spine1: {'role': 'spine', 'tag': ''}");
        assertThat(text).endsWith("    people\n      person: Glenn Matthews: {}\nunused: []");
        assertThat(Dataset.builder("empty").build().str(0)).isEmpty();
    }

    static final class TrackedDiff extends Diff {
        int completions;

        @Override
        public void complete() {
            completions++;
        }
    }

    static final class ReversedDiff extends Diff {
        @Override
        protected List<DiffElement> orderChildren(String type, List<DiffElement> elements) {
            List<DiffElement> reversed = new ArrayList<>(elements);
            java.util.Collections.reverse(reversed);
            return reversed;
        }
    }

    @SuppressWarnings("unused")
    private static Set<DiffSyncFlag> flags(DiffSyncFlag... flags) {
        return flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags);
    }
}
