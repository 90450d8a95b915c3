package org.subtext.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The image social sites show for a shared explainer (og:image): a 1200 × 630 PNG with the
 * title, sized to fit, the section, the date and the site's name, drawn with Java's own imaging.
 * The fonts ship with the generator (DejaVu Sans, in resources), so a machine without fonts draws
 * the same card, and nothing in the PNG depends on the clock: the same text gives the same bytes.
 */
public final class SocialCard {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    /** What a card shows; records compare by value, so it is also the key for reusing a card. */
    public record Text(String title, String section, String date, String site) {
    }

    private static final int MARGIN = 72;
    private static final int TITLE_TOP = 170;
    private static final int TITLE_BOTTOM = 500;
    private static final int TITLE_MAX = 68;
    private static final int TITLE_MIN = 40;
    private static final Color PAPER = new Color(0xfdfcf9);
    private static final Color INK = new Color(0x1b1d21);
    private static final Color INK_SOFT = new Color(0x4a4f57);
    private static final Color ACCENT = new Color(0xa3301c);
    private static final Color RULE = new Color(0xd9d5c9);
    /** Integer metrics with no device transform: the layout is the same on every machine. */
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, false);

    private static final Font REGULAR;
    private static final Font BOLD;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        REGULAR = load("DejaVuSans.ttf");
        BOLD = load("DejaVuSans-Bold.ttf");
    }

    private SocialCard() {
    }

    private static Font load(String name) {
        try (InputStream in = SocialCard.class.getResourceAsStream("/org/subtext/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + name);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The card as PNG bytes. Safe to call from many threads at once. */
    public static byte[] png(Text text) {
        Canvas canvas = CANVAS.get();
        Graphics2D g = canvas.image.createGraphics();
        try {
            draw(g, text);
        } finally {
            g.dispose();
        }
        return encode(canvas.image, canvas.raw);
    }

    /** A thread's image and PNG row buffer, reused from card to card: a card allocates only its PNG. */
    private record Canvas(BufferedImage image, byte[] raw) {
    }

    private static final ThreadLocal<Canvas> CANVAS = ThreadLocal.withInitial(() -> new Canvas(
            new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB), new byte[HEIGHT * (1 + 3 * WIDTH)]));

    private static void draw(Graphics2D g, Text text) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(PAPER);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(ACCENT);
        g.fillRect(0, 0, WIDTH, 16);

        int width = WIDTH - 2 * MARGIN;
        Font section = BOLD.deriveFont(26f);
        g.setFont(section);
        g.setColor(ACCENT);
        g.drawString(fit(text.section().toUpperCase(Locale.ROOT), section, width), MARGIN, 124);

        // the largest size at which the title fits its box; at the smallest, the last line is cut short
        int available = TITLE_BOTTOM - TITLE_TOP;
        Font title = null;
        List<String> lines = null;
        for (int size = TITLE_MAX; size >= TITLE_MIN; size -= 4) {
            title = BOLD.deriveFont((float) size);
            lines = wrap(text.title(), title, width);
            if (lines.size() * lineHeight(size) <= available) {
                break;
            }
        }
        int size = title.getSize();
        int maxLines = Math.max(1, available / lineHeight(size));
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, fit(kept.get(maxLines - 1) + " " + String.join(" ", lines.subList(maxLines,
                    lines.size())), title, width));
            lines = kept;
        }
        g.setFont(title);
        g.setColor(INK);
        int y = TITLE_TOP + size;
        for (String line : lines) {
            g.drawString(line, MARGIN, y);
            y += lineHeight(size);
        }

        g.setColor(RULE);
        g.fillRect(MARGIN, 524, width, 2);
        Font small = REGULAR.deriveFont(26f);
        Font smallBold = BOLD.deriveFont(26f);
        String date = text.date() == null ? "" : text.date();
        int dateWidth = (int) Math.ceil(small.getStringBounds(date, FRC).getWidth());
        g.setFont(smallBold);
        g.setColor(INK);
        g.drawString(fit(text.site(), smallBold, width - dateWidth - 40), MARGIN, 578);
        g.setFont(small);
        g.setColor(INK_SOFT);
        g.drawString(date, WIDTH - MARGIN - dateWidth, 578);
    }

    private static int lineHeight(int size) {
        return Math.round(size * 1.2f);
    }

    /** Greedy word wrap; a word wider than the line is broken where it overflows. */
    static List<String> wrap(String text, Font font, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text, or as much of it as fits followed by an ellipsis. */
    private static String fit(String text, Font font, int width) {
        if (width(text, font) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(text.substring(0, end).stripTrailing() + "…", font) > width) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    private static double width(String text, Font font) {
        return font.getStringBounds(text, FRC).getWidth();
    }

    /**
     * A plain PNG (header, one IDAT, end; no filter, fastest deflate): about ten times faster than
     * ImageIO's adaptive filtering for a slightly larger file, and no metadata chunk, so no timestamp.
     */
    static byte[] encode(BufferedImage image, byte[] raw) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int w = image.getWidth();
        int h = image.getHeight();
        int o = 0;
        for (int y = 0; y < h; y++) {
            raw[o++] = 0; // filter type: none
            for (int x = y * w, end = x + w; x < end; x++) {
                int p = pixels[x];
                raw[o++] = (byte) (p >> 16);
                raw[o++] = (byte) (p >> 8);
                raw[o++] = (byte) p;
            }
        }
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
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(w).putInt(h)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit RGB
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
