package org.subtext.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.subtext.diag.Diagnostic;
import org.subtext.diag.SourcePosition;

/**
 * Decodes a content file as strict UTF-8. A byte-order mark is dropped and CRLF or CR line ends
 * become LF, so that such a file builds exactly like its LF twin.
 */
final class TextDecoder {

    record Decoded(String text, Diagnostic problem) {
        Optional<Diagnostic> error() {
            return Optional.ofNullable(problem);
        }
    }

    private TextDecoder() {
    }

    static Decoded decode(String path, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
                return new Decoded(null, Diagnostic.error(positionOf(path, bytes, start, i),
                        String.format(Locale.ROOT, "control character U+%04X at byte offset %d is not allowed in a text file",
                                b, i)));
            }
        }
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            // the JDK's own decoder is the fast path; it only hides malformed bytes behind U+FFFD
            return new Decoded(normalizeLineEnds(text), null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            return new Decoded(null, Diagnostic.error(positionOf(path, bytes, start, offset),
                    String.format(Locale.ROOT, "invalid UTF-8 byte 0x%02X at byte offset %d: save the file as UTF-8",
                            bytes[offset] & 0xFF, offset)));
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(normalizeLineEnds(out.toString()), null);
    }

    static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Line and column (in characters) of a byte offset, for pointing an editor at a bad byte. */
    private static SourcePosition positionOf(String path, byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SourcePosition(path, line, column);
    }
}
