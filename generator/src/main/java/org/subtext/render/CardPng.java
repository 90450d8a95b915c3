package org.subtext.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A social card as a plain PNG (header, one IDAT, end; no filter, fastest deflate): much faster than
 * ImageIO's adaptive filtering for a slightly larger file, and no metadata chunk, so no timestamp.
 */
final class CardPng {

    private static final int IDAT = ByteBuffer.wrap("IDAT".getBytes(StandardCharsets.US_ASCII)).getInt();

    private CardPng() {
    }

    /** The PNG of an RGB {@code image}, using {@code raw} (one filter byte and 3 per pixel a row) for its rows. */
    static byte[] encode(BufferedImage image, byte[] raw) {
        rows(image, raw);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(64 * 1024);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(idat.size() + 64);
        png.writeBytes(head(image.getWidth(), image.getHeight()));
        png.writeBytes(chunk("IDAT", idat.toByteArray()));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    /**
     * Whether {@code png} is whole, laid out as {@link #encode} writes it (header, checksums, end), and
     * inflates to exactly the rows of {@code image}; {@code raw} is overwritten.
     */
    static boolean holds(byte[] png, BufferedImage image, byte[] raw) {
        rows(image, raw);
        byte[] head = head(image.getWidth(), image.getHeight());
        byte[] end = chunk("IEND", new byte[0]);
        int data = head.length + 8;
        if (png.length < data + 4 + end.length || !Arrays.equals(png, 0, head.length, head, 0, head.length)
                || !Arrays.equals(png, png.length - end.length, png.length, end, 0, end.length)) {
            return false;
        }
        ByteBuffer idat = ByteBuffer.wrap(png, head.length, 8);
        int length = idat.getInt();
        if (idat.getInt() != IDAT || length != png.length - data - 4 - end.length) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(png, head.length + 4, 4 + length);
        return (int) crc.getValue() == ByteBuffer.wrap(png, data + length, 4).getInt()
                && inflatesTo(png, data, length, raw);
    }

    /** Compared a buffer at a time, so a check allocates no second image. */
    private static boolean inflatesTo(byte[] png, int offset, int length, byte[] raw) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(png, offset, length);
            byte[] buffer = new byte[64 * 1024];
            int done = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary()) || done + n > raw.length
                        || !Arrays.equals(buffer, 0, n, raw, done, done + n)) {
                    return false;
                }
                done += n;
            }
            return done == raw.length && inflater.getRemaining() == 0;
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    /** The image's rows, each a filter byte (0: none) and the pixels' red, green and blue. */
    private static void rows(BufferedImage image, byte[] raw) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int w = image.getWidth();
        int h = image.getHeight();
        int o = 0;
        for (int y = 0; y < h; y++) {
            raw[o++] = 0;
            for (int x = y * w, end = x + w; x < end; x++) {
                int p = pixels[x];
                raw[o++] = (byte) (p >> 16);
                raw[o++] = (byte) (p >> 8);
                raw[o++] = (byte) p;
            }
        }
    }

    /** The PNG signature and header of an 8-bit RGB image. */
    private static byte[] head(int w, int h) {
        ByteArrayOutputStream head = new ByteArrayOutputStream(33);
        head.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(w).putInt(h)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        head.writeBytes(chunk("IHDR", header.array()));
        return head.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data)
                .putInt((int) crc.getValue()).array();
    }
}
