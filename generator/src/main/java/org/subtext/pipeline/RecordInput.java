package org.subtext.pipeline;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Reads what {@link RecordOutput} writes, from a buffer of its own (see there for why). One thread only. */
final class RecordInput implements AutoCloseable {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    RecordInput(InputStream in) {
        this.in = in;
    }

    int readInt() throws IOException {
        if (limit - position < 4) {
            refill(4);
        }
        int value = (buffer[position] & 0xFF) << 24 | (buffer[position + 1] & 0xFF) << 16
                | (buffer[position + 2] & 0xFF) << 8 | buffer[position + 3] & 0xFF;
        position += 4;
        return value;
    }

    long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xFFFFFFFFL;
    }

    void readFully(byte[] bytes) throws IOException {
        int buffered = Math.min(bytes.length, limit - position);
        System.arraycopy(buffer, position, bytes, 0, buffered);
        position += buffered;
        int done = buffered;
        while (done < bytes.length) {
            int read = in.read(bytes, done, bytes.length - done);
            if (read < 0) {
                throw new EOFException();
            }
            done += read;
        }
    }

    /** Keeps the unread bytes and reads until at least {@code needed} are there. */
    private void refill(int needed) throws IOException {
        int left = limit - position;
        System.arraycopy(buffer, position, buffer, 0, left);
        position = 0;
        limit = left;
        while (limit < needed) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                throw new EOFException();
            }
            limit += read;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
