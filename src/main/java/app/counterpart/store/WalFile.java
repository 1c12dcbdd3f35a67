package app.counterpart.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells how far a WAL file has grown, from its documented on-disk format
 * (https://www.sqlite.org/fileformat2.html#the_write_ahead_log), without asking SQLite: its only way to
 * tell is to run a checkpoint. The WAL starts with a 32-byte header; each frame after it is a 24-byte
 * frame header and one page. The frames of the WAL's current run carry the two salts of its header;
 * when the writer starts the WAL afresh it changes the salts, so older frames further on stop counting.
 */
final class WalFile implements AutoCloseable {

    private static final int HEADER = 32;
    private static final int FRAME_HEADER = 24;
    private static final int MAGIC = 0x377f0682;

    private final FileChannel channel;
    private final long salts;
    private final int pageSize;

    private WalFile(FileChannel channel, long salts, int pageSize) {
        this.channel = channel;
        this.salts = salts;
        this.pageSize = pageSize;
    }

    /** The WAL as it is now; null when there is none, or no valid header yet (nothing to checkpoint). */
    static WalFile open(Path wal) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(wal, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return null;
        }
        ByteBuffer header;
        try {
            header = read(channel, 0, HEADER);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        // Bit 0 of the magic number only names the byte order of the checksums.
        if (header == null || (header.getInt(0) & ~1) != MAGIC) {
            channel.close();
            return null;
        }
        return new WalFile(channel, header.getLong(16), header.getInt(8));
    }

    /** Names the WAL's current run: it changes each time the writer starts the WAL afresh. */
    long run() {
        return salts;
    }

    /** Whether the current run holds at least this many frames. */
    boolean holds(int frames) throws IOException {
        if (frames < 1) {
            return true;
        }
        long frame = HEADER + (long) (frames - 1) * (FRAME_HEADER + pageSize);
        // Bytes 8 to 15 of a frame header are the salts of the run it belongs to.
        ByteBuffer frameSalts = read(channel, frame + 8, 8);
        return frameSalts != null && frameSalts.getLong(0) == salts;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Reads length bytes at position, or null when the file ends before. */
    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }
}
