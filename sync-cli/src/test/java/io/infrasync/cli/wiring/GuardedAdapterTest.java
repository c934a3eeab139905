package io.infrasync.cli.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardedAdapterTest {

    /** Implements writes and cursors, so the guard, not the adapter, must refuse undeclared calls. */
    private static final class Overeager implements Adapter {
        final List<WriteBatch> batches = new ArrayList<>();

        @Override
        public List<OperationResult> write(WriteBatch batch) {
            batches.add(batch);
            return batch.operations().stream().map(op -> (OperationResult) OperationResult.applied("id-" + op.resource()))
                    .toList();
        }

        @Override
        public CursorTier cursorTier(String resource) {
            return CursorTier.TIMESTAMP;
        }
    }

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void undeclaredOperationsNeverReachTheAdapter() {
        Overeager adapter = new Overeager();
        GuardedAdapter guarded = new GuardedAdapter(adapter, EnumSet.of(Capability.READ), loader);
        assertThatThrownBy(() -> guarded.write(WriteBatch.of(WriteOperation.create("tags", Map.of()))))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNSUPPORTED))
                .hasMessage(Capability.WRITE.unsupportedMessage());
        assertThat(adapter.batches).isEmpty();
        assertThat(guarded.cursorTier("tags")).isEqualTo(CursorTier.NONE);
        assertThatThrownBy(() -> guarded.listIds("tags")).hasMessage(Capability.LIST_IDS.unsupportedMessage());
        assertThatThrownBy(() -> guarded.read(ReadRequest.of("tags")))
                .hasMessage(Capability.READ.unsupportedMessage());
    }

    @Test
    void deletesAreHeldBackFromWritersWithoutDeleteAndResultsKeepTheirIndex() {
        Overeager adapter = new Overeager();
        GuardedAdapter guarded = new GuardedAdapter(adapter, EnumSet.of(Capability.READ, Capability.WRITE), loader);
        List<OperationResult> results = guarded.write(WriteBatch.of(
                WriteOperation.create("a", Map.of()),
                WriteOperation.delete("b", "7"),
                WriteOperation.update("c", "8", Map.of())));
        assertThat(results).hasSize(3);
        assertThat(results.get(0).destinationIdIfApplied()).contains("id-a");
        assertThat(results.get(1)).isEqualTo(OperationResult.unsupported(Capability.DELETE));
        assertThat(results.get(2).destinationIdIfApplied()).contains("id-c");
        assertThat(adapter.batches).singleElement().satisfies(batch ->
                assertThat(batch.operations()).extracting(WriteOperation::resource).containsExactly("a", "c"));
    }

    @Test
    void aWrongNumberOfResultsIsInvalidData() {
        Adapter liar = new Adapter() {
            @Override
            public List<OperationResult> write(WriteBatch batch) {
                return List.of();
            }
        };
        GuardedAdapter guarded = new GuardedAdapter(liar, EnumSet.of(Capability.READ, Capability.WRITE), loader);
        assertThatThrownBy(() -> guarded.write(WriteBatch.of(WriteOperation.create("a", Map.of()))))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_DATA))
                .hasMessage("the adapter returned 0 results for 1 write operations");
    }
}
