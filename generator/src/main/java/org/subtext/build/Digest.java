package org.subtext.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of a sequence of strings, each length-prefixed so that no two different sequences run
 * together into the same bytes ("ab","c" against "a","bc"); null is a value of its own.
 */
final class Digest {

    private final MessageDigest sha;

    Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Digest add(String value) {
        if (value == null) {
            sha.update(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
            return this;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(bytes);
        return this;
    }

    Digest add(long value) {
        return add(Long.toString(value));
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    static String of(String... values) {
        Digest digest = new Digest();
        for (String value : values) {
            digest.add(value);
        }
        return digest.hex();
    }
}
