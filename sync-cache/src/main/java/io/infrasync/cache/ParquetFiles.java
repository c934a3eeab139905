package io.infrasync.cache;

import io.infrasync.core.port.out.RunCacheException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;

/** Opens cache Parquet files, turning every way they can be broken into one clear error naming the file. */
final class ParquetFiles {

    private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

    private ParquetFiles() {
    }

    /** The footer of {@code file}: schema and key-value metadata. */
    record Footer(MessageType schema, Map<String, String> metadata, long rows) {
    }

    static Footer footer(Path file) {
        checkLooksLikeParquet(file);
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            FileMetaData meta = reader.getFooter().getFileMetaData();
            return new Footer(meta.getSchema(), meta.getKeyValueMetaData(), reader.getRecordCount());
        } catch (IOException | RuntimeException e) {
            throw new RunCacheException(file.toString(), "cannot read " + file + ": truncated or corrupt Parquet file ("
                    + e.getMessage() + ")", e);
        }
    }

    static ParquetReader<Object[]> rows(Path file) {
        InputFile input = new LocalInputFile(file);
        try {
            return new ParquetReader.Builder<Object[]>(input, new PlainParquetConfiguration()) {
                @Override
                protected ReadSupport<Object[]> getReadSupport() {
                    return new ArrayReadSupport();
                }
            }.build();
        } catch (IOException | RuntimeException e) {
            throw new RunCacheException(file.toString(), "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Missing, empty, truncated and non-Parquet files are told apart before parquet-hadoop's messages get involved. */
    private static void checkLooksLikeParquet(Path file) {
        try {
            long size = Files.size(file);
            if (size < 12) {
                throw new RunCacheException(file.toString(), "cannot read " + file + ": truncated (" + size
                        + " bytes, a Parquet file has at least 12)");
            }
            try (SeekableByteChannel channel = Files.newByteChannel(file)) {
                byte[] head = readAt(channel, 0);
                byte[] tail = readAt(channel, size - 4);
                if (!Arrays.equals(head, MAGIC)) {
                    throw new RunCacheException(file.toString(), "cannot read " + file + ": not a Parquet file (foreign content)");
                }
                if (!Arrays.equals(tail, MAGIC)) {
                    throw new RunCacheException(file.toString(), "cannot read " + file
                            + ": truncated Parquet file (no footer; was the writer killed?)");
                }
            }
        } catch (NoSuchFileException e) {
            throw new RunCacheException(file.toString(), "missing cache file " + file, e);
        } catch (IOException e) {
            throw new RunCacheException(file.toString(), "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readAt(SeekableByteChannel channel, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4);
        channel.position(position);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // keep reading until four bytes or end of file
        }
        return buffer.array();
    }
}
