package org.subtext.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    private static final String REGULAR = "DejaVuSans.ttf";
    private static final String BOLD = "DejaVuSans-Bold.ttf";

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private SocialCard() {
    }

    /** The card as PNG bytes. Safe to call from many threads at once. */
    public static byte[] png(Text text) {
        Canvas canvas = CANVAS.get();
        Graphics2D g = canvas.image.createGraphics();
        try {
            draw(g, canvas, text);
        } finally {
            g.dispose();
        }
        return CardPng.encode(canvas.image, canvas.raw);
    }

    /**
     * A thread's image, PNG row buffer and fonts, reused from card to card. The fonts are the thread's
     * own: Java2D caches glyph advances in a font's strikes without locking, so threads that share a
     * font can read an advance of 0 while another thread fills the cache, and lay a card out wrong.
     */
    private record Canvas(BufferedImage image, byte[] raw, Font regular, Font bold) {
    }

    private static final ThreadLocal<Canvas> CANVAS = ThreadLocal.withInitial(() -> new Canvas(
            new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB), new byte[HEIGHT * (1 + 3 * WIDTH)],
            load(REGULAR), load(BOLD)));

    /** A font of its own, with caches of its own (a font created from a file shares nothing with another). */
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

    private static void draw(Graphics2D g, Canvas fonts, Text text) {
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
        Font section = fonts.bold.deriveFont(26f);
        g.setFont(section);
        g.setColor(ACCENT);
        g.drawString(fit(text.section().toUpperCase(Locale.ROOT), section, width), MARGIN, 124);

        // the largest size at which the title fits its box; at the smallest, the last line is cut short
        int available = TITLE_BOTTOM - TITLE_TOP;
        Font title = null;
        List<String> lines = null;
        for (int size = TITLE_MAX; size >= TITLE_MIN; size -= 4) {
            title = fonts.bold.deriveFont((float) size);
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
        Font small = fonts.regular.deriveFont(26f);
        Font smallBold = fonts.bold.deriveFont(26f);
        String date = text.date() == null ? "" : text.date();
        int dateWidth = (int) Math.ceil(width(date, small));
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

    /**
     * The advance of {@code text}, measured with the font's own glyphs: {@code Font.getStringBounds}
     * would read metrics that the JDK caches for all equal fonts, so for every thread's font alike.
     */
    private static double width(String text, Font font) {
        return font.createGlyphVector(FRC, text).getLogicalBounds().getWidth();
    }

    /**
     * Whether {@code png} is the card of {@code text} as drawn now: a whole PNG as {@link #png} writes
     * it, whose rows inflate to those of the card drawn again. Cheaper than a second {@link #png}
     * (no compression), and it finds a card drawn wrong once as surely as a broken file.
     */
    public static boolean isCardOf(Text text, byte[] png) {
        Canvas canvas = CANVAS.get();
        Graphics2D g = canvas.image.createGraphics();
        try {
            draw(g, canvas, text);
        } finally {
            g.dispose();
        }
        return CardPng.holds(png, canvas.image, canvas.raw);
    }
}
