package org.subtext.render;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;

/**
 * Collects a page as Pebble writes it into UTF-8 bytes, the form it is scanned and written in, so a
 * page outside Latin-1 is never held as UTF-16 text and copied again into bytes. Characters gather in
 * a small buffer that the JDK's encoder empties into the page; the encoder keeps the first half of a
 * surrogate pair until its second half is written. Numbers are appended as they are (Pebble's
 * {@link SpecializedWriter}), the same text that a {@code StringWriter} gets; a character that is not
 * valid UTF-16 (a lone surrogate) becomes '?', as {@code String.getBytes} makes it.
 */
final class PageWriter extends Writer implements SpecializedWriter {

    private static final int CHUNK = 8 * 1024;
    private static final int FIRST = 16 * 1024;
    /** A buffer grown past this for one large page (a claim tracker of megabytes) is not kept for the next. */
    private static final int KEPT = 256 * 1024;
    /** Strings this long or longer (a template's runs of markup) are converted whole. */
    private static final int DIRECT = 64;

    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    /** Written characters not yet encoded; between writes, from 0 to its position. */
    private final CharBuffer chars;
    private byte[] page = new byte[FIRST];
    private int size;

    PageWriter() {
        this(CHUNK);
    }

    /** A writer that encodes every {@code chunk} characters (small in tests, to split pages often). */
    PageWriter(int chunk) {
        chars = CharBuffer.allocate(chunk);
    }

    /** The page as written so far; a high surrogate nothing followed is a lone one. */
    byte[] bytes() {
        encode(true);
        return Arrays.copyOf(page, size);
    }

    /** Empties the writer for the next page, keeping its buffers: pages are rendered by the thousand. */
    PageWriter reset() {
        size = 0;
        chars.clear();
        encoder.reset();
        if (page.length > KEPT) {
            page = new byte[FIRST];
        }
        return this;
    }

    @Override
    public void writeSpecialized(int i) {
        write(Integer.toString(i));
    }

    @Override
    public void writeSpecialized(long l) {
        write(Long.toString(l));
    }

    @Override
    public void writeSpecialized(double d) {
        write(Double.toString(d));
    }

    @Override
    public void writeSpecialized(float f) {
        write(Float.toString(f));
    }

    @Override
    public void writeSpecialized(short s) {
        write(Short.toString(s));
    }

    @Override
    public void writeSpecialized(byte b) {
        write(Byte.toString(b));
    }

    @Override
    public void writeSpecialized(char c) {
        write(String.valueOf(c));
    }

    @Override
    public void writeSpecialized(String s) {
        write(s);
    }

    /** Pebble's print of a value: sanitised HTML is copied as the bytes it already is. */
    @Override
    public void write(Object value) {
        if (value instanceof SafeHtml html) {
            encode(true);
            byte[] utf8 = html.utf8();
            room(utf8.length);
            System.arraycopy(utf8, 0, page, size, utf8.length);
            size += utf8.length;
            return;
        }
        SpecializedWriter.super.write(value);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) {
        if (length >= DIRECT && chars.position() > 0) {
            encode(false);
        }
        if (length >= DIRECT && chars.position() == 0 && !Character.isHighSurrogate(text.charAt(offset + length - 1))) {
            // nothing waits in the buffer and no pair is cut at the end: the JDK's own conversion of a
            // string, which copies a Latin-1 string's bytes as they are where the encoder goes char by char
            byte[] utf8 = (offset == 0 && length == text.length() ? text : text.substring(offset, offset + length))
                    .getBytes(StandardCharsets.UTF_8);
            room(utf8.length);
            System.arraycopy(utf8, 0, page, size, utf8.length);
            size += utf8.length;
            return;
        }
        int end = offset + length;
        while (offset < end) {
            int n = Math.min(chars.remaining(), end - offset);
            text.getChars(offset, offset + n, chars.array(), chars.position());
            chars.position(chars.position() + n);
            offset += n;
            if (!chars.hasRemaining()) {
                encode(false);
            }
        }
    }

    @Override
    public void write(char[] text, int offset, int length) {
        int end = offset + length;
        while (offset < end) {
            int n = Math.min(chars.remaining(), end - offset);
            chars.put(text, offset, n);
            offset += n;
            if (!chars.hasRemaining()) {
                encode(false);
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /**
     * Encodes the buffered characters into the page. Unless {@code last}, a trailing high surrogate
     * stays in the buffer to meet its second half; if {@code last}, it is a lone one, and the encoder
     * starts afresh for what follows.
     */
    private void encode(boolean last) {
        chars.flip();
        room((int) (chars.remaining() * encoder.maxBytesPerChar()));
        ByteBuffer out = ByteBuffer.wrap(page, size, page.length - size);
        encoder.encode(chars, out, last);
        if (last) {
            encoder.flush(out);
            encoder.reset();
        }
        size = out.position();
        chars.compact();
    }

    private void room(int more) {
        if (page.length - size < more) {
            page = Arrays.copyOf(page, Math.max(page.length * 2, size + more));
        }
    }
}
