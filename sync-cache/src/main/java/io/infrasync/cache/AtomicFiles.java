package io.infrasync.cache;

import io.infrasync.core.port.out.RunCacheException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Publishes files atomically: write a temporary file in the target's folder, force it to disk, rename it over
 * the target, force the folder. A crash at any moment leaves the old file or the new one, never a torn one.
 * Temporary files are named {@code .<target>.<16 hex>.tmp}, so listings (which skip dot files) never see them.
 */
final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WriteHook hook;

    AtomicFiles(WriteHook hook) {
        this.hook = hook;
    }

    /** A fresh temporary path next to {@code target} (the file itself is not created). */
    static Path tempFor(Path target) {
        byte[] suffix = new byte[8];
        RANDOM.nextBytes(suffix);
        return target.resolveSibling("." + target.getFileName() + "." + HexFormat.of().formatHex(suffix) + ".tmp");
    }

    /** Whether {@code file} is a temporary file left by {@link #tempFor(Path)}. */
    static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    /** Replaces {@code target} with {@code content} atomically. */
    void write(Path target, byte[] content) {
        createFolder(target.getParent());
        Path temp = tempFor(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                hook.at(WriteHook.Step.TEMP_WRITTEN, target);
                channel.force(true);
            }
            hook.at(WriteHook.Step.TEMP_SYNCED, target);
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new RunCacheException(target.toString(), "cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** Forces the finished {@code temp} to disk and renames it over {@code target}. */
    void publish(Path temp, Path target) {
        try {
            hook.at(WriteHook.Step.TEMP_WRITTEN, target);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            hook.at(WriteHook.Step.TEMP_SYNCED, target);
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new RunCacheException(target.toString(), "cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes {@code target} if present, durably. */
    void delete(Path target) {
        try {
            if (Files.deleteIfExists(target)) {
                forceFolder(target.getParent());
            }
        } catch (IOException e) {
            throw new RunCacheException(target.toString(), "cannot delete " + target + ": " + e.getMessage(), e);
        }
    }

    /** Creates {@code folder} and its parents, durably. */
    static void createFolder(Path folder) {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            forceFolder(folder.getParent());
        } catch (IOException e) {
            throw new RunCacheException(folder.toString(), "cannot create folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Deletes temporary files a crashed writer left in {@code folder} (not recursive). */
    static void removeLeftoverTemps(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (isTemp(entry) && Files.isRegularFile(entry)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            throw new RunCacheException(folder.toString(), "cannot clean up " + folder + ": " + e.getMessage(), e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Best effort: a leftover temporary file is hidden and removed by the next run of this sync.
        }
    }

    private void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename atomically in " + target.getParent(), e);
        }
        hook.at(WriteHook.Step.RENAMED, target);
        forceFolder(target.getParent());
    }

    /** Makes a rename or creation in {@code folder} durable; a no-op where folders cannot be opened (Windows). */
    static void forceFolder(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (Files.isDirectory(folder) && System.getProperty("os.name", "").startsWith("Windows")) {
                return;
            }
            throw e;
        }
    }
}
