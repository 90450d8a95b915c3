package org.subtext.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.subtext.model.PartialDate;

/**
 * The fixed words of one language's pages, by key, as the message files give them, and dates in that
 * language. {@code locale} is the language whose words were found, so that dates never speak another
 * language than the words around them (a language without messages gets English words and dates).
 */
public final class Words {

    private final String language;
    private final Locale locale;
    private final Map<String, String> words;
    // built once: a site formats a date on nearly every line it prints, and the same dates again and
    // again (an event on every page that lists it), so each is formatted once
    private final DateTimeFormatter month;
    private final DateTimeFormatter day;
    private final Map<Integer, String> formatted = new java.util.concurrent.ConcurrentHashMap<>();

    public Words(String language, Locale locale, Map<String, String> words) {
        this.language = language;
        this.locale = locale;
        this.words = java.util.Collections.unmodifiableMap(new TreeMap<>(words));
        this.month = DateTimeFormatter.ofPattern(get("date_month"), locale);
        this.day = DateTimeFormatter.ofPattern(get("date_day"), locale);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** Every word by key, for templates ({@code t.key}). */
    public Map<String, String> words() {
        return words;
    }

    /** The text of {@code key}, or the key itself in brackets, which the writer sees on the page. */
    public String get(String key) {
        String word = words.get(key);
        return word == null ? "[" + key + "]" : word;
    }

    /** The text of {@code key} with {0}, {1}, ... replaced by {@code values}. */
    public String format(String key, Object... values) {
        String text = get(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /**
     * The counted message {@code key} for n ({@code key_one}, {@code _few}, {@code _many} or {@code _other}
     * by the language's {@code plural_rule}), with n in its {0}.
     */
    public String count(String key, long n) {
        String rule = words.getOrDefault("plural_rule", "one-other");
        String text = words.get(key + "_" + category(rule, n));
        return (text == null ? get(key + "_other") : text).replace("{0}", Long.toString(n));
    }

    /** The plural category of n under a language's rule (CLDR's, for the rules named). */
    public static String category(String rule, long n) {
        long ten = n % 10;
        long hundred = n % 100;
        return switch (rule) {
            case "east-slavic" -> ten == 1 && hundred != 11 ? "one"
                    : ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? "few" : "many";
            case "west-slavic" -> n == 1 ? "one"
                    : ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? "few" : "many";
            case "none" -> "other";
            default -> n == 1 ? "one" : "other";
        };
    }

    /**
     * A date as precise as written ("2014", "September 2014", "5 September 2014"), month names from the
     * JDK's locale data with the patterns {@code date_month} and {@code date_day} (in Ukrainian, "d MMMM u"
     * gives the genitive: "5 вересня 2014", and "LLLL u" the nominative: "вересень 2014").
     */
    public String date(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> Integer.toString(date.year());
            case MONTH, DAY, TIMESTAMP -> formatted.computeIfAbsent(
                    (date.year() * 100 + date.month()) * 100 + date.day(), key -> format(date));
        };
    }

    private String format(PartialDate date) {
        return date.day() == 0 ? month.format(LocalDate.of(date.year(), date.month(), 1))
                : day.format(LocalDate.of(date.year(), date.month(), date.day()));
    }
}
