package io.infrasync.tck.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The contract is only worth something if it fails a faulty adapter: run it against one. */
class TckCatchesViolationsTest {

    @Test
    void theContractFailsEachBugOfTheSloppyAdapterAndPassesTheRest() {
        Map<String, TestExecutionResult.Status> results = new ConcurrentHashMap<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(SloppyAdapterContract.class))
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (test.isTest()) {
                            results.put(test.getDisplayName().replace("()", ""), result.getStatus());
                        }
                    }
                });

        assertThat(results).containsEntry("required_listIds_equalsTheIdsRead", TestExecutionResult.Status.FAILED)
                .containsEntry("required_delete_removesTheRecordAndASecondDeleteIsNotFound",
                        TestExecutionResult.Status.FAILED)
                .containsEntry("required_read_recordsAreJsonLikeTrees", TestExecutionResult.Status.FAILED)
                .containsEntry("required_read_returnsEveryRecordAcrossPages", TestExecutionResult.Status.SUCCESSFUL)
                .containsEntry("required_write_updateIsIdempotent", TestExecutionResult.Status.SUCCESSFUL)
                .containsEntry("required_changesSince_cursorRoundTripsAndChangesAreRecordsOfTheResource",
                        TestExecutionResult.Status.SUCCESSFUL);
        assertThat(results.entrySet().stream().filter(e -> e.getValue() == TestExecutionResult.Status.FAILED)
                .map(Map.Entry::getKey)).hasSize(3);
    }
}
