package org.subtext.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Big-endian numbers and bytes into a buffer of its own, the format {@code DataOutputStream} writes.
 * That pair locks the buffered stream under it four times for each int (JDK 17), and a record at
 * 10,000 explainers is millions of ints: its pages' half was a second of one core at the end of a build.
 * One thread only.
 */
final class RecordOutput implements AutoCloseable {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int count;

    RecordOutput(OutputStream out) {
        this.out = out;
    }

    void writeInt(int value) throws IOException {
        if (buffer.length - count < 4) {
            flushBuffer();
        }
        buffer[count] = (byte) (value >>> 24);
        buffer[count + 1] = (byte) (value >>> 16);
        buffer[count + 2] = (byte) (value >>> 8);
        buffer[count + 3] = (byte) value;
        count += 4;
    }

    void writeLong(long value) throws IOException {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    void write(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - count) {
            flushBuffer();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, count, bytes.length);
        count += bytes.length;
    }

    /** Appends everything {@code in} holds. */
    void transferFrom(InputStream in) throws IOException {
        flushBuffer();
        in.transferTo(out);
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, count);
        count = 0;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flushBuffer();
        }
    }
}
