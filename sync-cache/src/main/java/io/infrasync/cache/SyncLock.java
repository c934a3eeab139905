package io.infrasync.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrasync.core.domain.run.LockHolder;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCacheException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The per-sync {@code .lock}, held for a whole run.
 *
 * <p>Two layers, because an OS file lock is per process: a semaphore per lock file keeps threads of this JVM
 * apart, and an OS lock on the file ({@link FileChannel#tryLock()}) keeps processes apart. The OS releases the
 * latter when its process dies, so a dead holder never blocks anyone. The holder writes its pid, host and start
 * time into the file and empties it on a clean release: a non-empty file found when the OS lock is free therefore
 * belongs to a process that died holding it, and is reported as taken over. The file itself is never replaced
 * or deleted (that would let two processes lock two different files of the same name).
 *
 * <p>POSIX record locks belong to the process, and closing <em>any</em> descriptor of the file releases them all.
 * So while this JVM holds a lock, nothing in it may open the lock file again: the holder of an in-process lock is
 * kept in memory, and the file is read only through the channel that tried to lock it.
 */
final class SyncLock implements AutoCloseable {

    private static final ConcurrentHashMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();
    /** Who holds each lock taken by this JVM (see the class comment for why the file is not read instead). */
    private static final ConcurrentHashMap<Path, LockHolder> HELD_HERE = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 50;

    private final Path file;
    private final Path key;
    private final Semaphore semaphore;
    private final FileChannel channel;
    private final FileLock lock;
    private final LockHolder tookOverFrom;
    private boolean released;

    private SyncLock(Path file, Path key, Semaphore semaphore, FileChannel channel, FileLock lock, LockHolder tookOverFrom) {
        this.file = file;
        this.key = key;
        this.semaphore = semaphore;
        this.channel = channel;
        this.lock = lock;
        this.tookOverFrom = tookOverFrom;
    }

    /** Takes the lock in {@code file}, waiting up to {@code timeout}; {@code now} is written as the start time. */
    static SyncLock acquire(SyncName sync, Path file, Duration timeout, Instant now) {
        long deadline = System.nanoTime() + timeout.toNanos();
        AtomicFiles.createFolder(file.getParent());
        Path key = key(file);
        Semaphore semaphore = IN_PROCESS.computeIfAbsent(key, k -> new Semaphore(1));
        try {
            if (!semaphore.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw held(sync, file, timeout, Optional.ofNullable(HELD_HERE.get(key)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunCacheException(file.toString(), "interrupted while waiting for the lock " + file, e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = waitForOsLock(sync, file, channel, timeout, deadline);
            Optional<LockHolder> previous = parse(readAll(channel));
            LockHolder me = new LockHolder(ProcessHandle.current().pid(), now, Host.NAME);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(render(me)), 0);
            channel.force(true);
            HELD_HERE.put(key, me);
            return new SyncLock(file, key, semaphore, channel, lock, previous.orElse(null));
        } catch (IOException e) {
            closeQuietly(channel);
            semaphore.release();
            throw new RunCacheException(file.toString(), "cannot take the lock " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            semaphore.release();
            throw e;
        }
    }

    private static FileLock waitForOsLock(SyncName sync, Path file, FileChannel channel, Duration timeout, long deadline)
            throws IOException {
        while (true) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // A second copy of this class (another class loader) holds it. Waiting is all we can do; note that
                // closing our channel afterwards drops that copy's POSIX lock, so load the cache module only once.
                lock = null;
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() >= deadline) {
                // Another process holds it: read its name through this channel (this JVM holds no lock on the file).
                throw held(sync, file, timeout, parse(readAll(channel)));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RunCacheException(file.toString(), "interrupted while waiting for the lock " + file, e);
            }
        }
    }

    /** The same lock file under every spelling of its path (symbolic links, relative paths). */
    private static Path key(Path file) {
        try {
            return file.getParent().toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    Optional<LockHolder> tookOverFrom() {
        return Optional.ofNullable(tookOverFrom);
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            // Empty the file first: an empty file under a free lock means "released cleanly".
            channel.truncate(0);
            channel.force(true);
        } catch (IOException ignored) {
            // The lock is released below all the same; a stale holder line only makes the next run report a take-over.
        } finally {
            HELD_HERE.remove(key);
            try {
                lock.release();
            } catch (IOException ignored) {
                // Closing the channel releases the OS lock too.
            }
            closeQuietly(channel);
            semaphore.release();
        }
    }

    private static RunCacheException held(SyncName sync, Path file, Duration timeout, Optional<LockHolder> holder) {
        String who = holder.map(LockHolder::describe).orElse("another run (holder not yet recorded)");
        return new RunCacheException(file.toString(), "sync '" + sync + "' is locked by " + who + "; gave up after waiting "
                + timeout.toSeconds() + " s for " + file);
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0 || size > 64 * 1024) {
            return new byte[0];
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // read the whole (small) file
        }
        return buffer.array();
    }

    private static Optional<LockHolder> parse(byte[] content) {
        if (content.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(content);
            return Optional.of(new LockHolder(node.get("pid").asLong(), Instant.parse(node.get("started_at").asText()),
                    node.path("host").asText("unknown")));
        } catch (IOException | RuntimeException e) {
            // A half-written or foreign lock file names nobody; the OS lock is what counts.
            return Optional.empty();
        }
    }

    private static byte[] render(LockHolder holder) {
        ObjectNode node = JSON.createObjectNode();
        node.put("pid", holder.pid());
        node.put("started_at", holder.startedAt().toString());
        node.put("host", holder.host());
        return (node.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
    }

    /** The host name, looked up once (the lookup may be slow). */
    private static final class Host {
        static final String NAME = lookup();

        private static String lookup() {
            String env = System.getenv("HOSTNAME");
            if (env != null && !env.isBlank()) {
                return env;
            }
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
