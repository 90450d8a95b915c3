package org.subtext.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where each line of a social card goes: the section above; the title at the largest size that fits
 * its box, or, for an explainer with a headline check, the check in the title's place ("The
 * headline says" / "More precisely": the sites that show a card print the page's title beside it
 * already); the site's name and the date below. Measured with integer metrics, so the layout is
 * the same on every machine.
 */
final class CardLayout {

    static final int MARGIN = 72;
    static final Color ACCENT = new Color(0xa3301c);
    private static final int TITLE_TOP = 170;
    private static final int TITLE_BOTTOM = 500;
    private static final int TITLE_MAX = 68;
    private static final int TITLE_MIN = 40;
    private static final int CHECK_TOP = 150;
    private static final int CHECK_MAX = 44;
    private static final int CHECK_MIN = 28;
    private static final int CHECK_LABEL = 30;
    private static final int CHECK_GAP = 18;
    private static final Color INK = new Color(0x1b1d21);
    private static final Color INK_SOFT = new Color(0x4a4f57);
    /** Integer metrics with no device transform: the layout is the same on every machine. */
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, false);

    private CardLayout() {
    }

    /** One line of text on the card, where its baseline starts. */
    record Line(String text, Font font, Color color, int x, int baseline) {
    }

    /** The lines of the card of {@code text}, top to bottom, in the fonts given (a thread's own). */
    static List<Line> lines(Font regular, Font bold, SocialCard.Text text) {
        List<Line> lines = new ArrayList<>();
        int width = SocialCard.WIDTH - 2 * MARGIN;
        Font section = bold.deriveFont(26f);
        lines.add(new Line(fit(text.section().toUpperCase(Locale.ROOT), section, width), section, ACCENT, MARGIN, 124));
        if (text.claimed() != null || text.precise() != null) {
            headlineCheck(lines, regular, bold, text, width);
        } else {
            title(lines, bold, text.title(), width);
        }
        Font small = regular.deriveFont(26f);
        Font smallBold = bold.deriveFont(26f);
        String date = text.date() == null ? "" : text.date();
        int dateWidth = (int) Math.ceil(width(date, small));
        lines.add(new Line(fit(text.site(), smallBold, width - dateWidth - 40), smallBold, INK, MARGIN, 578));
        lines.add(new Line(date, small, INK_SOFT, SocialCard.WIDTH - MARGIN - dateWidth, 578));
        return lines;
    }

    /** The title at the largest size at which it fits its box; at the smallest, the last line is cut short. */
    private static void title(List<Line> out, Font bold, String text, int width) {
        int available = TITLE_BOTTOM - TITLE_TOP;
        Font title = null;
        List<String> lines = null;
        for (int size = TITLE_MAX; size >= TITLE_MIN; size -= 4) {
            title = bold.deriveFont((float) size);
            lines = wrap(text, title, width);
            if (lines.size() * lineHeight(size) <= available) {
                break;
            }
        }
        int size = title.getSize();
        lines = cut(lines, Math.max(1, available / lineHeight(size)), title, width);
        int y = TITLE_TOP + size;
        for (String line : lines) {
            out.add(new Line(line, title, INK, MARGIN, y));
            y += lineHeight(size);
        }
    }

    /**
     * Each side of the check under its label, the claimed side in the soft ink and the precise one in
     * bold, at the largest size at which both fit the title's box; at the smallest, a side that does
     * not fit its share of the lines ends cut short.
     */
    private static void headlineCheck(List<Line> out, Font regular, Font bold, SocialCard.Text text,
                                      int width) {
        List<String> labels = new ArrayList<>();
        List<String> sides = new ArrayList<>();
        List<Font> faces = new ArrayList<>();
        List<Color> inks = new ArrayList<>();
        if (text.claimed() != null) {
            labels.add(text.claimedLabel().toUpperCase(Locale.ROOT));
            sides.add(text.claimed());
            faces.add(regular);
            inks.add(INK_SOFT);
        }
        if (text.precise() != null) {
            labels.add(text.preciseLabel().toUpperCase(Locale.ROOT));
            sides.add(text.precise());
            faces.add(bold);
            inks.add(INK);
        }
        int available = TITLE_BOTTOM - CHECK_TOP - sides.size() * (CHECK_LABEL + CHECK_GAP);
        int size = CHECK_MAX;
        List<List<String>> wrapped = wrapAll(sides, faces, size, width);
        while (size > CHECK_MIN && wrapped.stream().mapToInt(List::size).sum() * lineHeight(size) > available) {
            size -= 4;
            wrapped = wrapAll(sides, faces, size, width);
        }
        // where both do not fit, neither side takes more than half the lines unless the other leaves them
        int room = Math.max(sides.size(), available / lineHeight(size));
        int[] maxLines = {room};
        if (sides.size() == 2) {
            int second = Math.min(wrapped.get(1).size(), room / 2);
            int first = Math.min(wrapped.get(0).size(), room - second);
            maxLines = new int[] {first, room - first};
        }
        Font label = bold.deriveFont(22f);
        int top = CHECK_TOP;
        for (int i = 0; i < sides.size(); i++) {
            out.add(new Line(labels.get(i), label, ACCENT, MARGIN, top + 22));
            top += CHECK_LABEL;
            Font face = faces.get(i).deriveFont((float) size);
            for (String line : cut(wrapped.get(i), maxLines[i], face, width)) {
                out.add(new Line(line, face, inks.get(i), MARGIN, top + size));
                top += lineHeight(size);
            }
            top += CHECK_GAP;
        }
    }

    private static List<List<String>> wrapAll(List<String> sides, List<Font> faces, int size, int width) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            lines.add(wrap(sides.get(i), faces.get(i).deriveFont((float) size), width));
        }
        return lines;
    }

    /** At most {@code maxLines}, the last holding the rest of the text as far as it fits. */
    private static List<String> cut(List<String> lines, int maxLines, Font font, int width) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, fit(String.join(" ", lines.subList(maxLines - 1, lines.size())), font, width));
        return kept;
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
}
