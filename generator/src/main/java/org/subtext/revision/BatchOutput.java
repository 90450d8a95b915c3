package org.subtext.revision;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.subtext.source.SourceFile;

/**
 * The answer of {@code git cat-file --batch}: for each name asked, in order, a header line
 * ({@code <object> blob <size>}, or {@code <name> missing}) and then the content with a newline.
 */
final class BatchOutput {

    private BatchOutput() {
    }

    /**
     * The files among {@code paths} that were blobs of UTF-8 text, as content files: {@code folder} is
     * the content folder's path in the repository, {@code displayRoot} how messages name it.
     */
    static List<SourceFile> files(byte[] output, List<String> paths, String folder, String displayRoot) {
        List<SourceFile> files = new ArrayList<>();
        int at = 0;
        for (String path : paths) {
            int end = indexOf(output, (byte) '\n', at);
            if (end < 0) {
                break;
            }
            String[] header = new String(output, at, end - at, StandardCharsets.UTF_8).split(" ");
            at = end + 1;
            if (header.length != 3) {
                continue;
            }
            int size = Integer.parseInt(header[2]);
            if (header[1].equals("blob")) {
                String relative = path.substring(folder.length());
                SourceFile.decode(relative, displayRoot + relative, Arrays.copyOfRange(output, at, at + size))
                        .ifPresent(files::add);
            }
            at += size + 1;
        }
        return files;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
