package org.subtext.render;

import java.io.Writer;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;

/**
 * Collects a page as Pebble writes it, into an unsynchronized buffer: a {@code StringWriter}
 * appends to a {@code StringBuffer}, whose lock on every call was a seventh of rendering a page.
 * Numbers are appended as they are (Pebble's {@link SpecializedWriter}), the same text that a
 * {@code StringWriter} gets.
 */
final class PageWriter extends Writer implements SpecializedWriter {

    private final StringBuilder page = new StringBuilder(16 * 1024);

    @Override
    public void writeSpecialized(int i) {
        page.append(i);
    }

    @Override
    public void writeSpecialized(long l) {
        page.append(l);
    }

    @Override
    public void writeSpecialized(double d) {
        page.append(d);
    }

    @Override
    public void writeSpecialized(float f) {
        page.append(f);
    }

    @Override
    public void writeSpecialized(short s) {
        page.append(s);
    }

    @Override
    public void writeSpecialized(byte b) {
        page.append(b);
    }

    @Override
    public void writeSpecialized(char c) {
        page.append(c);
    }

    @Override
    public void writeSpecialized(String s) {
        page.append(s);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        page.append(chars, offset, length);
    }

    @Override
    public void write(String text) {
        page.append(text);
    }

    @Override
    public void write(String text, int offset, int length) {
        page.append(text, offset, offset + length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
