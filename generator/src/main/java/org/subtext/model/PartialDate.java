package org.subtext.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date with the precision the writer chose: a year, a month, a day or a full timestamp. Dates
 * sort by their start, and a less precise date sorts before a more precise one of the same period,
 * so "2014" comes before "2014-09", which comes before "2014-09-05".
 */
public record PartialDate(int year, int month, int day, OffsetDateTime timestamp, String text)
        implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY, TIMESTAMP }

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final Comparator<PartialDate> ORDER = Comparator
            .comparingInt(PartialDate::year)
            .thenComparingInt(PartialDate::month)
            .thenComparingInt(PartialDate::day)
            .thenComparing(d -> d.timestamp() == null ? null : d.timestamp().toInstant(),
                    Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Parses a date as written; the empty result means it is not a valid date in the format. */
    public static Optional<PartialDate> parse(String text) {
        String value = text.strip();
        Matcher matcher = SHAPE.matcher(value);
        if (matcher.matches()) {
            int year = Integer.parseInt(matcher.group(1));
            int month = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            int day = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            if ((matcher.group(2) != null && month == 0) || (matcher.group(3) != null && day == 0)) {
                return Optional.empty();
            }
            try {
                if (month != 0) {
                    LocalDate.of(year, month, day == 0 ? 1 : day);
                }
            } catch (DateTimeException e) {
                return Optional.empty();
            }
            return Optional.of(new PartialDate(year, month, day, null, value));
        }
        if (value.length() > 10 && (value.charAt(10) == 'T' || value.charAt(10) == 't')) {
            try {
                OffsetDateTime parsed = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                OffsetDateTime utc = parsed.withOffsetSameInstant(ZoneOffset.UTC);
                return Optional.of(new PartialDate(utc.getYear(), utc.getMonthValue(), utc.getDayOfMonth(),
                        parsed, value));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public Precision precision() {
        if (timestamp != null) {
            return Precision.TIMESTAMP;
        }
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** As a reader sees it: "2014", "September 2014", "5 September 2014". */
    public String display() {
        return switch (precision()) {
            case YEAR -> Integer.toString(year);
            case MONTH -> MONTHS[month - 1] + " " + year;
            case DAY, TIMESTAMP -> day + " " + MONTHS[month - 1] + " " + year;
        };
    }

    /** The machine-readable form for {@code <time datetime>}: exactly the precision written. */
    public String iso() {
        if (timestamp != null) {
            return timestamp.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT);
        }
        // by hand: String.format was a visible share of a large build, which formats every date many times
        StringBuilder iso = new StringBuilder(10);
        pad(iso, year, 4);
        if (month != 0) {
            pad(iso.append('-'), month, 2);
        }
        if (day != 0) {
            pad(iso.append('-'), day, 2);
        }
        return iso.toString();
    }

    private static void pad(StringBuilder out, int value, int digits) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < digits; i++) {
            out.append('0');
        }
        out.append(text);
    }

    /** RFC 3339 instant for feeds and sitemaps; a partial date stands for its first moment in UTC. */
    public String instant() {
        if (timestamp != null) {
            return iso();
        }
        StringBuilder instant = new StringBuilder(20);
        pad(instant, year, 4);
        pad(instant.append('-'), Math.max(1, month), 2);
        pad(instant.append('-'), Math.max(1, day), 2);
        return instant.append("T00:00:00Z").toString();
    }

    /** The last day this date can mean, for "not before" checks against a range start. */
    public boolean endsBefore(PartialDate other) {
        if (timestamp != null && other.timestamp != null) {
            return timestamp.toInstant().isBefore(other.timestamp.toInstant());
        }
        return compareTo(other) < 0 && !other.isWithin(this);
    }

    /** True when this date lies inside the period that {@code period} names ("2014-09-05" in "2014"). */
    public boolean isWithin(PartialDate period) {
        if (year != period.year) {
            return false;
        }
        if (period.month == 0) {
            return true;
        }
        if (month != period.month) {
            return false;
        }
        return period.day == 0 || day == period.day;
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }
}
