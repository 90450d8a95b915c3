package org.subtext.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The image social sites show for a shared explainer (og:image): a 1200 × 630 PNG with the
 * title, sized to fit, or the headline check in its place, the section, the date and the site's
 * name ({@link CardLayout}), drawn with Java's own imaging.
 * The fonts ship with the generator (DejaVu Sans, in resources), so a machine without fonts draws
 * the same card, and nothing in the PNG depends on the clock: the same text gives the same bytes.
 */
public final class SocialCard {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    /**
     * What a card shows; records compare by value, so it is also the key for reusing a card.
     * {@code claimed} and {@code precise} are the headline check's two sides, null where not written;
     * {@code claimedLabel} and {@code preciseLabel} the words over them, in the explainer's language.
     */
    public record Text(String title, String section, String date, String site, String claimed, String precise,
                       String claimedLabel, String preciseLabel) {

        /** A card without a headline check. */
        public Text(String title, String section, String date, String site) {
            this(title, section, date, site, null, null, null, null);
        }
    }

    private static final Color PAPER = new Color(0xfdfcf9);
    private static final Color RULE = new Color(0xd9d5c9);

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
        g.setColor(CardLayout.ACCENT);
        g.fillRect(0, 0, WIDTH, 16);
        g.setColor(RULE);
        g.fillRect(CardLayout.MARGIN, 524, WIDTH - 2 * CardLayout.MARGIN, 2);
        for (CardLayout.Line line : CardLayout.lines(fonts.regular, fonts.bold, text)) {
            g.setFont(line.font());
            g.setColor(line.color());
            g.drawString(line.text(), line.x(), line.baseline());
        }
    }

    /** The lines the card of {@code text} shows, laid out in this thread's fonts: what a test can read of a card. */
    static List<CardLayout.Line> lines(Text text) {
        Canvas canvas = CANVAS.get();
        return CardLayout.lines(canvas.regular, canvas.bold, text);
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
