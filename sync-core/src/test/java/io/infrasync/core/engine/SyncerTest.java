package io.infrasync.core.engine;

import static io.infrasync.core.engine.Fixtures.backendA;
import static io.infrasync.core.engine.Fixtures.backendB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.diff.DiffAction;
import io.infrasync.core.domain.diff.DiffClassMismatchException;
import io.infrasync.core.domain.diff.DiffSummary;
import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.model.ModelCrud;
import io.infrasync.core.domain.model.ModelFlag;
import io.infrasync.core.domain.model.ModelObject;
import io.infrasync.core.domain.model.ModelStatus;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.model.ObjectNotCreatedException;
import io.infrasync.core.domain.model.SyncStatus;
import io.infrasync.core.domain.sync.DiffOptions;
import io.infrasync.core.domain.sync.DiffSyncFlag;
import io.infrasync.core.domain.sync.SyncEvent;
import io.infrasync.core.domain.sync.SyncOptions;
import io.infrasync.core.port.in.DiffSync;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyncerTest {

    private final DiffSync engine = DiffSyncFactory.create();

    /** Hooks that record "action type uid attrs" and then behave as the defaults. */
    static final class Recording implements ModelCrud {
        final List<String> calls;

        Recording(List<String> calls) {
            this.calls = calls;
        }

        @Override
        public ModelObject create(Dataset d, ModelType t, Map<String, Object> ids, Map<String, Object> attrs) {
            calls.add("create " + t.name() + " " + t.keyOf(ids) + " " + attrs);
            return ModelCrud.super.create(d, t, ids, attrs);
        }

        @Override
        public ModelObject update(Dataset d, ModelObject o, Map<String, Object> attrs) {
            calls.add("update " + o.typeName() + " " + o.uid() + " " + attrs);
            return ModelCrud.super.update(d, o, attrs);
        }

        @Override
        public ModelObject delete(Dataset d, ModelObject o) {
            calls.add("delete " + o.typeName() + " " + o.uid());
            return ModelCrud.super.delete(d, o);
        }
    }

    private static Dataset recordingBackendA(List<String> calls) {
        Recording r = new Recording(calls);
        return Fixtures.backendA(r, r, r);
    }

    @Test
    void syncAppliesChangesPreOrderParentBeforeChildrenAndDeletesParentFirstByDefault() {
        List<String> calls = new ArrayList<>();
        Dataset a = recordingBackendA(calls);
        engine.syncFrom(a, backendB(), SyncOptions.defaults());
        // person has the default hooks, so it is not recorded; it is deleted last (see below)
        assertThat(calls).containsExactly(
                "update interface nyc-spine1__eth0 {description=Interface 0/0}",
                "update device sfo-spine1 {role=leaf}",
                "create interface sfo-spine2__eth3 {interface_type=ethernet, description=Interface 3}",
                "delete interface sfo-spine2__eth2",
                "create site atl {}",
                "create device atl-spine1 {role=spine, vlans=[]}",
                "create interface atl-spine1__eth0 {interface_type=ethernet, description=Interface 0}",
                "create interface atl-spine1__eth1 {interface_type=ethernet, description=Interface 1}",
                "create device atl-spine2 {role=spine, vlans=[]}",
                "create interface atl-spine2__eth0 {interface_type=ethernet, description=Interface 0}",
                "create interface atl-spine2__eth1 {interface_type=ethernet, description=Interface 1}",
                "delete site rdu",
                "delete device rdu-spine1",
                "delete interface rdu-spine1__eth0",
                "delete interface rdu-spine1__eth1",
                "delete device rdu-spine2",
                "delete interface rdu-spine2__eth0",
                "delete interface rdu-spine2__eth1");
    }

    @Test
    void afterSyncTheDestinationEqualsTheSourceOnSharedAttributes() {
        Dataset a = backendA();
        Diff applied = engine.syncFrom(a, backendB(), SyncOptions.defaults());
        assertThat(applied.summary()).isEqualTo(new DiffSummary(8, 2, 9, 12, 1));
        Diff again = engine.diffFrom(a, backendB(), DiffOptions.defaults());
        assertThat(again.hasDiffs()).isFalse();
        assertThat(a.count("person")).isZero();
        assertThat(a.getOrNull("site", io.infrasync.core.domain.model.ModelKey.of("rdu"))).isNull();
        ModelObject atl = a.get("site", Map.of("name", "atl"));
        assertThat(atl.children("device")).extracting(Object::toString).containsExactly("atl-spine1", "atl-spine2");
        ModelObject sfoSpine2 = a.get("device", Map.of("name", "sfo-spine2"));
        assertThat(sfoSpine2.children("interface")).extracting(Object::toString)
                .containsExactly("sfo-spine2__eth0", "sfo-spine2__eth1", "sfo-spine2__eth3");
        // the created device ignores vlans, which DeviceA does not declare, and keeps its tag default
        assertThat(a.get("device", Map.of("name", "atl-spine1")).attrs()).isEqualTo(Map.of("role", "spine", "tag", ""));
    }

    @Test
    void statusesFollowTheLifecycle() {
        Dataset a = backendA();
        ModelObject rdu = a.get("site", Map.of("name", "rdu"));
        // a person no parent lists is never reached by the diff, so the sync never visits it
        ModelObject unreached = Fixtures.PERSON_A.newObject(Map.of("name", "nobody"));
        a.add(unreached);
        assertThat(rdu.status()).isEqualTo(ModelStatus.INITIAL);
        engine.syncFrom(a, backendB(), SyncOptions.defaults());
        assertThat(a.get("site", Map.of("name", "nyc")).status()).isEqualTo(new ModelStatus(SyncStatus.UNKNOWN, ""));
        assertThat(a.get("device", Map.of("name", "nyc-spine2")).status()).isEqualTo(new ModelStatus(SyncStatus.UNKNOWN, ""));
        assertThat(a.get("device", Map.of("name", "sfo-spine1")).status())
                .isEqualTo(new ModelStatus(SyncStatus.SUCCESS, "Updated successfully"));
        assertThat(a.get("site", Map.of("name", "atl")).status())
                .isEqualTo(new ModelStatus(SyncStatus.SUCCESS, "Created successfully"));
        assertThat(rdu.status()).isEqualTo(new ModelStatus(SyncStatus.SUCCESS, "Deleted successfully"));
        assertThat(unreached.status()).isEqualTo(ModelStatus.INITIAL);
    }

    @Test
    void observerReceivesOneEventPerAttemptedElementAndUnchangedOnesOnlyWithLogUnchanged() {
        List<SyncEvent> events = new ArrayList<>();
        engine.syncFrom(backendA(), backendB(), SyncOptions.defaults().withObserver(events::add));
        assertThat(events).hasSize(19);
        assertThat(events).allMatch(e -> e.status() == SyncStatus.SUCCESS && e.action() != DiffAction.NO_CHANGE);
        assertThat(events.get(0).message()).isEqualTo("Updated successfully");

        List<SyncEvent> all = new ArrayList<>();
        engine.syncFrom(backendA(), backendB(), SyncOptions.defaults().withObserver(all::add)
                .withFlags(Set.of(DiffSyncFlag.LOG_UNCHANGED_RECORDS)));
        assertThat(all).hasSize(31);
        assertThat(all.get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo(DiffAction.NO_CHANGE);
            assertThat(e.message()).isEqualTo("No changes to apply; no action needed");
            assertThat(e.element().name()).isEqualTo("nyc");
        });
    }

    @Test
    void syncProgressCountsEveryHandledElementUpToTheDiffSize() {
        List<long[]> sync = new ArrayList<>();
        List<long[]> diff = new ArrayList<>();
        engine.syncFrom(backendA(), backendB(), SyncOptions.defaults().withProgress((stage, current, total) ->
                (stage.equals("sync") ? sync : diff).add(new long[] {current, total})));
        assertThat(diff.get(diff.size() - 1)).containsExactly(46, 46);
        assertThat(sync).hasSize(31);
        assertThat(sync.get(30)).containsExactly(31, 31);
        assertThat(sync.get(0)).containsExactly(1, 31);
    }

    @Test
    void syncCompleteFiresOnlyWhenSomethingWasAttempted() {
        List<Diff> completed = new ArrayList<>();
        Dataset a = backendA();
        Dataset b = backendB();
        Diff diff = engine.syncFrom(a, b, SyncOptions.defaults().withOnComplete((src, dst, d, flags) -> {
            assertThat(src).isSameAs(b);
            assertThat(dst).isSameAs(a);
            completed.add(d);
        }));
        assertThat(completed).containsExactly(diff);
        completed.clear();
        engine.syncFrom(a, b, SyncOptions.defaults().withOnComplete((src, dst, d, flags) -> completed.add(d)));
        assertThat(completed).isEmpty();
    }

    @Test
    void stalePrecomputedDiffWithoutFlagsFailsAtTheFirstCreate() {
        Dataset a = backendA();
        Diff diff = engine.diffFrom(a, backendB(), DiffOptions.defaults());
        engine.syncFrom(a, backendB(), SyncOptions.defaults().withDiff(diff));
        List<Diff> completed = new ArrayList<>();
        assertThatThrownBy(() -> engine.syncFrom(a, backendB(), SyncOptions.defaults().withDiff(diff)
                .withOnComplete((s, d, df, f) -> completed.add(df))))
                .isInstanceOf(ObjectNotCreatedException.class)
                .hasMessage("Failed to create interface {'device_name': 'sfo-spine2', 'name': 'eth3'} - it already exists!");
        assertThat(completed).isEmpty();
    }

    @Test
    void stalePrecomputedDiffWithContinueOnFailureCompletesAndSkipsFailedSubtrees() {
        Dataset a = backendA();
        Diff diff = engine.diffFrom(a, backendB(), DiffOptions.defaults());
        engine.syncFrom(a, backendB(), SyncOptions.defaults().withDiff(diff));
        List<long[]> sync = new ArrayList<>();
        List<SyncEvent> errors = new ArrayList<>();
        List<Diff> completed = new ArrayList<>();
        Diff returned = engine.syncFrom(a, backendB(), SyncOptions.defaults().withDiff(diff)
                .withFlags(Set.of(DiffSyncFlag.CONTINUE_ON_FAILURE))
                .withProgress((stage, current, total) -> sync.add(new long[] {current, total}))
                .withObserver(e -> {
                    if (e.status() == SyncStatus.ERROR) {
                        errors.add(e);
                    }
                })
                .withOnComplete((s, d, df, f) -> completed.add(df)));
        assertThat(returned).isSameAs(diff);
        assertThat(sync.get(sync.size() - 1)).containsExactly(14, 31);
        assertThat(completed).containsExactly(diff);
        assertThat(errors).extracting(SyncEvent::message).containsExactly(
                "Failed to create interface {'device_name': 'sfo-spine2', 'name': 'eth3'} - it already exists!",
                "Failed to delete interface {'device_name': 'sfo-spine2', 'name': 'eth2'} - not found!",
                "Failed to create site {'name': 'atl'} - it already exists!",
                "Failed to delete site {'name': 'rdu'} - not found!");
    }

    @Test
    void errorProneHooksUnderContinueOnFailureIsolateFailuresAndOrphanFailedChildDeletes() {
        Dataset a = Fixtures.errorProneBackendA();
        List<SyncEvent> events = new ArrayList<>();
        List<Diff> completed = new ArrayList<>();
        engine.syncFrom(a, backendB(), SyncOptions.defaults().withFlags(Set.of(DiffSyncFlag.CONTINUE_ON_FAILURE))
                .withObserver(events::add).withOnComplete((s, d, df, f) -> completed.add(df)));
        assertThat(completed).hasSize(1);
        assertThat(events).extracting(e -> e.element().uid() + " " + e.status().wireName()).containsExactly(
                "nyc-spine1__eth0 success", "sfo-spine1 success", "sfo-spine2__eth3 success", "sfo-spine2__eth2 success",
                "atl success", "atl-spine1 success", "atl-spine1__eth0 failure", "atl-spine1__eth1 error",
                "atl-spine2 success", "atl-spine2__eth0 success", "atl-spine2__eth1 success",
                "rdu success", "rdu-spine1 failure", "rdu-spine2 error", "Glenn Matthews success");
        assertThat(events.get(6).message()).isEqualTo("interface create did not return the model object.");
        assertThat(events.get(7).message()).isEqualTo("Random creation error!");
        // rdu was removed before its devices failed: they stay in the store as orphans no diff reaches
        Diff next = engine.diffFrom(a, backendB(), DiffOptions.defaults());
        assertThat(next.summary()).isEqualTo(new DiffSummary(2, 0, 0, 20, 1));
        assertThat(a.count("device")).isEqualTo(8); // 6 reachable + the 2 orphaned rdu devices
        ModelObject failedDelete = a.getOrNull("device", io.infrasync.core.domain.model.ModelKey.of("rdu-spine1"));
        assertThat(failedDelete).isNotNull();
        // the syncer never writes FAILURE or ERROR onto a model: a failed hook leaves the UNKNOWN it set on reach
        assertThat(failedDelete.status()).isEqualTo(new ModelStatus(SyncStatus.UNKNOWN, ""));
        assertThat(a.get("device", Map.of("name", "rdu-spine2")).status()).isEqualTo(new ModelStatus(SyncStatus.UNKNOWN, ""));
    }

    @Test
    void crudExceptionWithoutContinueOnFailureStopsTheSync() {
        Dataset a = Fixtures.errorProneBackendA();
        assertThatThrownBy(() -> engine.syncFrom(a, backendB(), SyncOptions.defaults()))
                .isInstanceOf(ObjectNotCreatedException.class).hasMessage("Random creation error!");
    }

    @Test
    void otherExceptionsAlwaysPropagateEvenWithContinueOnFailure() {
        Dataset a = Fixtures.exceptionDeviceBackendA();
        List<Diff> completed = new ArrayList<>();
        assertThatThrownBy(() -> engine.syncFrom(a, backendB(), SyncOptions.defaults()
                .withFlags(Set.of(DiffSyncFlag.CONTINUE_ON_FAILURE)).withOnComplete((s, d, df, f) -> completed.add(df))))
                .isInstanceOf(UnsupportedOperationException.class).hasMessage("update not implemented");
        assertThat(completed).isEmpty();
    }

    @Test
    void hookThatReturnsNullFailsTheElementAndItsChildrenAreNeverAttempted() {
        List<String> calls = new ArrayList<>();
        Recording recording = new Recording(calls);
        ModelCrud siteFails = new ModelCrud() {
            @Override
            public ModelObject create(Dataset d, ModelType t, Map<String, Object> ids, Map<String, Object> attrs) {
                return null;
            }
        };
        Dataset a = Fixtures.backendA(siteFails, recording, recording);
        List<long[]> sync = new ArrayList<>();
        List<SyncEvent> events = new ArrayList<>();
        engine.syncFrom(a, backendB(), SyncOptions.defaults().withObserver(events::add)
                .withProgress((stage, c, t) -> {
                    if (stage.equals("sync")) {
                        sync.add(new long[] {c, t});
                    }
                }));
        assertThat(calls).noneMatch(c -> c.contains("atl"));
        assertThat(events).filteredOn(e -> e.element().name().equals("atl")).singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(SyncStatus.FAILURE);
                    assertThat(e.message()).isEqualTo("site create did not return the model object.");
                });
        assertThat(sync.get(sync.size() - 1)).containsExactly(31 - 7, 31);
        Diff next = engine.diffFrom(a, backendB(), DiffOptions.defaults());
        assertThat(next.summary().create()).isEqualTo(7);
    }

    @Test
    void hookThatReportsFailureStatusButReturnsTheObjectStillProcessesChildren() {
        ModelCrud failingStatus = new ModelCrud() {
            @Override
            public ModelObject create(Dataset d, ModelType t, Map<String, Object> ids, Map<String, Object> attrs) {
                ModelObject o = ModelCrud.super.create(d, t, ids, attrs);
                o.setStatus(SyncStatus.FAILURE, "backend said no");
                return o;
            }
        };
        Dataset a = Fixtures.backendA(failingStatus, ModelCrud.DEFAULT, ModelCrud.DEFAULT);
        List<SyncEvent> events = new ArrayList<>();
        engine.syncFrom(a, backendB(), SyncOptions.defaults().withObserver(events::add));
        assertThat(events).filteredOn(e -> e.element().name().equals("atl")).singleElement()
                .extracting(SyncEvent::status, SyncEvent::message).containsExactly(SyncStatus.FAILURE, "backend said no");
        assertThat(a.count("device")).isEqualTo(6);
        assertThat(a.getAll("device")).extracting(Object::toString).contains("atl-spine1", "atl-spine2");
    }

    /** A parent P with children C0, C1 in dst; src has none of them. Returns the delete order. */
    private List<String> deleteOrder(ModelFlag... parentFlags) {
        List<String> calls = new ArrayList<>();
        List<long[]> sync = new ArrayList<>();
        ModelType parent = ModelType.builder("parent").identifiers("name").child("child", "children").build();
        ModelType child = ModelType.builder("child").identifiers("name").build();
        Recording rec = new Recording(calls);
        Dataset dst = Dataset.builder("dst").type(parent, rec).type(child, rec).topLevel("parent").build();
        Dataset src = Dataset.builder("src").type(parent).type(child).topLevel("parent").build();
        ModelObject p = parent.newObject(Map.of("name", "P"));
        for (ModelFlag f : parentFlags) {
            p.addFlag(f);
        }
        dst.add(p);
        for (String c : List.of("C0", "C1")) {
            ModelObject co = child.newObject(Map.of("name", c));
            dst.add(co);
            p.addChild(co);
        }
        engine.syncFrom(dst, src, SyncOptions.defaults().withProgress((stage, cur, tot) -> {
            if (stage.equals("sync")) {
                sync.add(new long[] {cur, tot});
            }
        }));
        assertThat(dst.count()).isZero();
        calls.add("sync callbacks " + sync.size());
        return calls;
    }

    @Test
    void deleteOrderDefaultNaturalAndSkipChildren() {
        assertThat(deleteOrder()).containsExactly("delete parent P", "delete child C0", "delete child C1", "sync callbacks 3");
        assertThat(deleteOrder(ModelFlag.NATURAL_DELETION_ORDER))
                .containsExactly("delete child C0", "delete child C1", "delete parent P", "sync callbacks 3");
        assertThat(deleteOrder(ModelFlag.SKIP_CHILDREN_ON_DELETE)).containsExactly("delete parent P", "sync callbacks 0");
        assertThat(deleteOrder(ModelFlag.SKIP_CHILDREN_ON_DELETE, ModelFlag.NATURAL_DELETION_ORDER))
                .containsExactly("delete parent P", "sync callbacks 0");
    }

    @Test
    void naturalDeletionOrderIsReadFromTheDestinationOnlyAndNoOpParentsAreAlwaysRecursed() {
        List<String> calls = new ArrayList<>();
        Dataset a = recordingBackendA(calls);
        Dataset b = backendB();
        // on the source side the flag has no effect
        b.get("site", Map.of("name", "nyc")).addFlag(ModelFlag.NATURAL_DELETION_ORDER);
        // a no-change parent with the flag still has its children synced
        a.get("device", Map.of("name", "sfo-spine2")).addFlag(ModelFlag.NATURAL_DELETION_ORDER);
        a.get("site", Map.of("name", "rdu")).addFlag(ModelFlag.NATURAL_DELETION_ORDER);
        engine.syncFrom(a, b, SyncOptions.defaults());
        assertThat(calls).containsSubsequence("create interface sfo-spine2__eth3 {interface_type=ethernet, description=Interface 3}",
                "delete interface sfo-spine2__eth2");
        assertThat(calls.subList(calls.size() - 7, calls.size())).containsExactly(
                "delete device rdu-spine1", "delete interface rdu-spine1__eth0", "delete interface rdu-spine1__eth1",
                "delete device rdu-spine2", "delete interface rdu-spine2__eth0", "delete interface rdu-spine2__eth1",
                "delete site rdu");
    }

    @Test
    void flagsOfAPrecomputedDiffAreNotAppliedAgain() {
        Dataset a = backendA();
        Diff diff = engine.diffFrom(a, backendB(), DiffOptions.defaults());
        engine.syncFrom(a, backendB(), SyncOptions.defaults().withDiff(diff).withFlags(DiffSyncFlag.SKIP_UNMATCHED_BOTH));
        assertThat(a.getOrNull("site", io.infrasync.core.domain.model.ModelKey.of("atl"))).isNotNull();
        assertThat(a.getOrNull("site", io.infrasync.core.domain.model.ModelKey.of("rdu"))).isNull();
    }

    @Test
    void syncWithSkipFlagsComputesTheDiffWithThem() {
        Dataset a = backendA();
        Diff diff = engine.syncFrom(a, backendB(), SyncOptions.defaults().withFlags(DiffSyncFlag.SKIP_UNMATCHED_BOTH));
        assertThat(diff.summary()).isEqualTo(new DiffSummary(0, 2, 0, 12, 5));
        assertThat(a.count()).isEqualTo(23);
    }

    @Test
    void precomputedDiffMustBeOfTheRequestedClassButSubclassesAreAccepted() {
        Dataset a = backendA();
        Diff plain = engine.diffFrom(a, backendB(), DiffOptions.defaults());
        assertThatThrownBy(() -> engine.syncFrom(a, backendB(),
                SyncOptions.defaults().withDiff(plain).withDiffFactory(DifferTest.TrackedDiff::new)))
                .isInstanceOf(DiffClassMismatchException.class)
                .hasMessage("The provided diff's class (Diff) does not match the diff_class: TrackedDiff");
        Diff tracked = engine.diffFrom(a, backendB(), DiffOptions.defaults().withDiffFactory(DifferTest.TrackedDiff::new));
        Diff applied = engine.syncFrom(a, backendB(), SyncOptions.defaults().withDiff(tracked).withDiffFactory(Diff::new));
        assertThat(applied).isSameAs(tracked);
    }

    @Test
    void anEmptyPrecomputedDiffTriggersAFreshCalculationAndSkipsTheClassCheck() {
        Dataset a = backendA();
        Diff applied = engine.syncFrom(a, backendB(),
                SyncOptions.defaults().withDiff(new Diff()).withDiffFactory(DifferTest.TrackedDiff::new));
        assertThat(applied).isInstanceOf(DifferTest.TrackedDiff.class);
        assertThat(applied.summary().create()).isEqualTo(8);
        assertThat(engine.diffFrom(a, backendB(), DiffOptions.defaults()).hasDiffs()).isFalse();
    }

    @Test
    void syncIntoADatasetWithoutTheTypeFailsNamingIt() {
        assertThatThrownBy(() -> engine.syncFrom(backendB(), backendA(), SyncOptions.defaults()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no model type 'person'");
    }

    @Test
    void unchangedElementWhoseDestinationObjectVanishedIsNotCountedAndItsChildrenAreSkipped() {
        Dataset a = backendA();
        Diff diff = engine.diffFrom(a, backendA(), DiffOptions.defaults());
        assertThat(diff.hasDiffs()).isFalse();
        a.remove(a.get("site", Map.of("name", "nyc")), false);
        List<long[]> sync = new ArrayList<>();
        List<Diff> completed = new ArrayList<>();
        engine.syncFrom(a, backendA(), SyncOptions.defaults().withDiff(diff)
                .withProgress((stage, c, t) -> sync.add(new long[] {c, t}))
                .withOnComplete((s, d, df, f) -> completed.add(df)));
        // nyc and its 2 devices with 4 interfaces are not reached: 23 - 7
        assertThat(sync.get(sync.size() - 1)).containsExactly(16, 23);
        assertThat(a.get("device", Map.of("name", "nyc-spine1")).status()).isEqualTo(ModelStatus.INITIAL);
        assertThat(completed).isEmpty();
    }

    @Test
    void flagValuesMatchTheOriginal() {
        assertThat(DiffSyncFlag.CONTINUE_ON_FAILURE.bit()).isEqualTo(1);
        assertThat(DiffSyncFlag.SKIP_UNMATCHED_SRC.bit()).isEqualTo(2);
        assertThat(DiffSyncFlag.SKIP_UNMATCHED_DST.bit()).isEqualTo(4);
        assertThat(DiffSyncFlag.LOG_UNCHANGED_RECORDS.bit()).isEqualTo(8);
        assertThat(DiffSyncFlag.SKIP_UNMATCHED_BOTH).containsExactlyInAnyOrder(DiffSyncFlag.SKIP_UNMATCHED_SRC,
                DiffSyncFlag.SKIP_UNMATCHED_DST);
        assertThat(ModelFlag.IGNORE.bit()).isEqualTo(1);
        assertThat(ModelFlag.SKIP_CHILDREN_ON_DELETE.bit()).isEqualTo(2);
        assertThat(ModelFlag.SKIP_UNMATCHED_SRC.bit()).isEqualTo(4);
        assertThat(ModelFlag.SKIP_UNMATCHED_DST.bit()).isEqualTo(8);
        assertThat(ModelFlag.fromMask(31)).hasSize(5);
    }

    @Test
    void syncToIsSyncFromWithSidesSwapped() {
        Dataset a = backendA();
        engine.syncTo(backendB(), a, SyncOptions.defaults());
        assertThat(engine.diffFrom(a, backendB(), DiffOptions.defaults()).hasDiffs()).isFalse();
    }
}
