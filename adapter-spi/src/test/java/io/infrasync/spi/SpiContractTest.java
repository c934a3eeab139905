package io.infrasync.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.SpiVersion;
import io.infrasync.spi.model.WriteBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SpiContractTest {

    private final Adapter bare = new Adapter() { };

    @Test
    void undeclaredOperationsFailWithTheCanonicalUnsupportedError() {
        assertUnsupported(() -> bare.read(ReadRequest.of("dcim.sites")), Capability.READ);
        assertUnsupported(bare::describeSchema, Capability.SCHEMA);
        assertUnsupported(() -> bare.safeCursor("dcim.sites"), Capability.CHANGES_SINCE);
        assertUnsupported(() -> bare.listIds("dcim.sites"), Capability.LIST_IDS);
        assertUnsupported(() -> bare.write(WriteBatch.of()), Capability.WRITE);
        assertThat(bare.cursorTier("dcim.sites")).isEqualTo(CursorTier.NONE);
    }

    private static void assertUnsupported(Runnable call, Capability capability) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AdapterException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.UNSUPPORTED);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).isEqualTo("this adapter does not support " + capability.description()
                    + " (capability " + capability + " is not declared)");
        });
    }

    @Test
    void capabilityImplicationsAreReportedWhenMissing() {
        assertThat(Capability.missingImplied(EnumSet.of(Capability.DELETE)))
                .containsExactly(Capability.WRITE);
        assertThat(Capability.missingImplied(EnumSet.of(Capability.DELETE, Capability.WRITE)))
                .containsExactly(Capability.READ);
        assertThat(Capability.missingImplied(EnumSet.of(Capability.READ, Capability.WRITE, Capability.DELETE,
                Capability.CHANGES_SINCE, Capability.LIST_IDS, Capability.SCHEMA))).isEmpty();
    }

    @Test
    void onlyRateLimitsAndTransientFailuresAreRetryable() {
        assertThat(EnumSet.allOf(ErrorKind.class).stream().filter(ErrorKind::isRetryable))
                .containsExactlyInAnyOrder(ErrorKind.RATE_LIMITED, ErrorKind.TRANSIENT);
        AdapterException limited = AdapterException.rateLimited("429 from netbox", Duration.ofSeconds(3));
        assertThat(limited.isRetryable()).isTrue();
        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(new AdapterException(ErrorKind.AUTH, "token refused").retryAfter()).isEmpty();
    }

    @Test
    void spiVersionHandshakeRefusesOtherMajorsAndNewerMinors() {
        SpiVersion host = SpiVersion.of(1, 2);
        assertThat(SpiVersion.of(1, 0).runsOn(host)).isTrue();
        assertThat(SpiVersion.of(1, 2).runsOn(host)).isTrue();
        assertThat(SpiVersion.of(1, 3).runsOn(host)).isFalse();
        assertThat(SpiVersion.of(2, 0).runsOn(host)).isFalse();
        assertThat(Spi.current()).hasToString(Spi.version());
    }

    @Test
    void recordsKeepJsonNullsAndRejectBlankIds() {
        Map<String, Object> data = new HashMap<>();
        data.put("description", null);
        AdapterRecord record = AdapterRecord.of("9007199254740993", "dcim.sites", data);
        assertThat(record.data()).containsEntry("description", null);
        assertThatThrownBy(() -> record.data().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> AdapterRecord.of(" ", "dcim.sites", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("localId is blank");
    }

    @Test
    void listPagesSplitEvenlyAndEndForGood() {
        PageStream<Integer> stream = PageStream.of(List.of(1, 2, 3, 4, 5), 2);
        assertThat(stream.nextPage()).contains(List.of(1, 2));
        assertThat(stream.nextPage()).contains(List.of(3, 4));
        assertThat(stream.nextPage()).contains(List.of(5));
        assertThat(stream.nextPage()).isEmpty();
        assertThat(stream.nextPage()).isEmpty();
    }

    @Test
    void generatedPagesStopAfterTheEndAndCloseOnce() {
        Iterator<List<String>> pages = List.of(List.of("a"), List.<String>of(), List.of("b", "c")).iterator();
        AtomicInteger closes = new AtomicInteger();
        PageStream<String> stream = PageStream.generate(
                () -> pages.hasNext() ? Optional.of(pages.next()) : Optional.empty(), closes::incrementAndGet);
        List<String> seen = new ArrayList<>();
        assertThat(stream.forEachRemaining(seen::add)).isEqualTo(3);
        assertThat(seen).containsExactly("a", "b", "c");
        stream.close();
        stream.close();
        assertThat(closes).hasValue(1);
    }

    @Test
    void settingsConvertYamlSpellingsAndNameTheBadSetting() {
        Map<String, Object> values = new HashMap<>();
        values.put("url", "http://127.0.0.1:8000");
        values.put("verify_ssl", "no");
        values.put("timeout", 30);
        values.put("params", List.of("a"));
        AdapterSettings settings = AdapterSettings.of(values);
        assertThat(settings.requireString("url")).isEqualTo("http://127.0.0.1:8000");
        assertThat(settings.bool("verify_ssl", true)).isFalse();
        assertThat(settings.integer("timeout", 10)).isEqualTo(30);
        assertThat(settings.integer("missing", 10)).isEqualTo(10);
        assertThatThrownBy(() -> settings.requireString("token"))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFIGURATION))
                .hasMessage("setting 'token' is required");
        assertThatThrownBy(() -> settings.map("params")).hasMessage("setting 'params' must be a mapping, got a list");
        assertThat(settings.withBranch("feature-1").branch()).contains("feature-1");
        assertThat(settings.branch()).isEmpty();
    }

    @Test
    void contextCancellationIsObservable() {
        AtomicInteger flag = new AtomicInteger();
        AdapterContext context = AdapterContext.builder().cancellation(() -> flag.get() == 1)
                .environment(Map.of("NETBOX_TOKEN", "t")).build();
        context.throwIfCancelled();
        flag.set(1);
        assertThatThrownBy(context::throwIfCancelled).isInstanceOf(CancellationException.class);
        assertThat(context.environment("NETBOX_TOKEN")).contains("t");
        assertThat(context.environment("NAUTOBOT_TOKEN")).isEmpty();
        assertThat(context.baseDirectory()).isAbsolute();
    }
}
