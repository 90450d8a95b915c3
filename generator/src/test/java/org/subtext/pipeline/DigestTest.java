package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A fingerprint is the three checksums and the length in hexadecimal, as String.format wrote them. */
class DigestTest {

    @Property(tries = 2000)
    void hexAsFormatted(@ForAll String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        byte[] prefix = {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
        CRC32C crc32c = new CRC32C();
        CRC32 crc32 = new CRC32();
        Adler32 adler = new Adler32();
        for (byte[] part : new byte[][] {prefix, bytes}) {
            crc32c.update(part);
            crc32.update(part);
            adler.update(part);
        }
        assertEquals(String.format("%08x%08x%08x%x", crc32c.getValue(), crc32.getValue(), adler.getValue(), n + 4L),
                Digest.of(value));
    }
}
