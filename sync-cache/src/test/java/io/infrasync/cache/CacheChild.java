package io.infrasync.cache;

import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The second process of the lock and crash tests, started with the test class path. It talks to the test through
 * files only (no standard streams outside the CLI).
 *
 * <ul>
 *   <li>{@code try <root> <sync> <result>}: try the lock for 300 ms, write "acquired" or "refused: ..." to
 *       {@code result}.</li>
 *   <li>{@code hold <root> <sync> <ready> <release>}: take the lock, create {@code ready}, wait for {@code release}.</li>
 *   <li>{@code crash <root> <generation> <step> <file> <n>}: write {@link RunScript} generation, halting the JVM
 *       (no finally blocks, no shutdown hooks) at {@code step} of the {@code n}th write of {@code file}.</li>
 * </ul>
 */
public final class CacheChild {

    private CacheChild() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "try" -> tryLock(Path.of(args[1]), SyncName.of(args[2]), Path.of(args[3]));
            case "hold" -> hold(Path.of(args[1]), SyncName.of(args[2]), Path.of(args[3]), Path.of(args[4]));
            case "crash" -> crash(Path.of(args[1]), Long.parseLong(args[2]), WriteHook.Step.valueOf(args[3]), args[4],
                    Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void tryLock(Path root, SyncName sync, Path result) throws Exception {
        String outcome;
        try (RunCacheSession session = new ParquetRunCache(root).open(sync, Duration.ofMillis(300))) {
            outcome = "acquired";
        } catch (RunCacheException e) {
            outcome = "refused: " + e.getMessage();
        }
        Files.writeString(result, outcome);
    }

    private static void hold(Path root, SyncName sync, Path ready, Path release) throws Exception {
        try (RunCacheSession session = new ParquetRunCache(root).open(sync, Duration.ofSeconds(30))) {
            Files.writeString(ready, session.tookOverFrom().map(h -> "took-over " + h.pid()).orElse("fresh"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!Files.exists(release) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
    }

    private static void crash(Path root, long generation, WriteHook.Step step, String file, int occurrence) {
        int[] seen = {0};
        WriteHook halt = (at, target) -> {
            if (at == step && target.toString().endsWith(file) && ++seen[0] == occurrence) {
                Runtime.getRuntime().halt(77);
            }
        };
        RunScript.write(new ParquetRunCache(root, halt, Clock.systemUTC()), generation);
        Runtime.getRuntime().halt(0);
    }
}
