package org.subtext.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;

/**
 * Collects a page as Pebble writes it, straight into UTF-8 bytes, the form it is scanned and written
 * in. Collected as text, a page turned UTF-16 at its first character outside Latin-1 (a ✓ of a
 * template, the … of a link's context, any curly quote of the prose), doubling what every later
 * append copied, then was copied once more into a string and encoded once more into bytes: at 10,000
 * explainers, a second and a half of CPU. Numbers are appended as they
 * are (Pebble's {@link SpecializedWriter}), the same text that a {@code StringWriter} gets; a
 * character that is not valid UTF-16 (a lone surrogate) becomes '?', as {@code String.getBytes} makes it.
 */
final class PageWriter extends Writer implements SpecializedWriter {

    /** From this length, a whole string is encoded by the JDK's bulk path rather than char by char. */
    private static final int BULK = 64;
    private static final int FIRST = 16 * 1024;
    /** A buffer grown past this for one large page (a claim tracker of megabytes) is not kept for the next. */
    private static final int KEPT = 256 * 1024;

    private byte[] page = new byte[FIRST];
    private int size;
    /** The first half of a surrogate pair whose second half has not been written yet, or 0. */
    private char high;

    /** The page as written so far. */
    byte[] bytes() {
        flushHigh();
        return Arrays.copyOf(page, size);
    }

    /**
     * Empties the writer for the next page, keeping its buffer: grown afresh from 16 KB for every page,
     * the buffers were a tenth of all a 10,000-explainer build allocated.
     */
    PageWriter reset() {
        size = 0;
        high = 0;
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
            flushHigh();
            append(html.utf8());
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
        if (length >= BULK && offset == 0 && length == text.length() && high == 0
                && !Character.isHighSurrogate(text.charAt(length - 1))) {
            append(text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        room(length);
        byte[] out = page;
        int n = size;
        int end = offset + length;
        int i = offset;
        if (high == 0) {
            // ASCII, almost all of a page, one byte per char until the first that is not
            for (; i < end; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                out[n++] = (byte) c;
            }
        }
        size = n;
        for (; i < end; i++) {
            encode(text.charAt(i));
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        room(length);
        byte[] out = page;
        int n = size;
        int end = offset + length;
        int i = offset;
        if (high == 0) {
            for (; i < end; i++) {
                char c = chars[i];
                if (c >= 0x80) {
                    break;
                }
                out[n++] = (byte) c;
            }
        }
        size = n;
        for (; i < end; i++) {
            encode(chars[i]);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private void encode(char c) {
        if (high != 0) {
            char first = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(first, c);
                room(4);
                page[size++] = (byte) (0xF0 | code >> 18);
                page[size++] = (byte) (0x80 | code >> 12 & 0x3F);
                page[size++] = (byte) (0x80 | code >> 6 & 0x3F);
                page[size++] = (byte) (0x80 | code & 0x3F);
                return;
            }
            room(1);
            page[size++] = '?';
        }
        room(3);
        if (c < 0x80) {
            page[size++] = (byte) c;
        } else if (c < 0x800) {
            page[size++] = (byte) (0xC0 | c >> 6);
            page[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            page[size++] = '?';
        } else {
            page[size++] = (byte) (0xE0 | c >> 12);
            page[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            page[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** A high surrogate that nothing followed is a lone one. */
    private void flushHigh() {
        if (high != 0) {
            high = 0;
            room(1);
            page[size++] = '?';
        }
    }

    private void append(byte[] utf8) {
        room(utf8.length);
        System.arraycopy(utf8, 0, page, size, utf8.length);
        size += utf8.length;
    }

    private void room(int more) {
        if (page.length - size < more) {
            page = Arrays.copyOf(page, Math.max(page.length * 2, size + more));
        }
    }
}
