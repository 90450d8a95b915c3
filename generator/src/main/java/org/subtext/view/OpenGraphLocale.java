package org.subtext.view;

import java.util.Locale;
import java.util.Map;

/**
 * {@code og:locale} from the site's language tag, in the language_TERRITORY form Open Graph asks
 * for: the tag's own region when it names one ({@code en-GB}, {@code pt-BR}); for a bare language,
 * the territory it most often means (CLDR's likely subtags), except that a bare {@code en} is
 * British, as the dates Subtext writes ("24 June 2026") and its own words are.
 */
final class OpenGraphLocale {

    private static final Map<String, String> TERRITORIES = Map.ofEntries(
            Map.entry("en", "GB"), Map.entry("ar", "EG"), Map.entry("bg", "BG"), Map.entry("ca", "ES"),
            Map.entry("cs", "CZ"), Map.entry("da", "DK"), Map.entry("de", "DE"), Map.entry("el", "GR"),
            Map.entry("es", "ES"), Map.entry("et", "EE"), Map.entry("fa", "IR"), Map.entry("fi", "FI"),
            Map.entry("fr", "FR"), Map.entry("he", "IL"), Map.entry("hi", "IN"), Map.entry("hr", "HR"),
            Map.entry("hu", "HU"), Map.entry("id", "ID"), Map.entry("it", "IT"), Map.entry("ja", "JP"),
            Map.entry("ka", "GE"), Map.entry("ko", "KR"), Map.entry("lt", "LT"), Map.entry("lv", "LV"),
            Map.entry("nb", "NO"), Map.entry("nl", "NL"), Map.entry("pl", "PL"), Map.entry("pt", "BR"),
            Map.entry("ro", "RO"), Map.entry("ru", "RU"), Map.entry("sk", "SK"), Map.entry("sl", "SI"),
            Map.entry("sr", "RS"), Map.entry("sv", "SE"), Map.entry("tr", "TR"), Map.entry("uk", "UA"),
            Map.entry("vi", "VN"), Map.entry("zh", "CN"));

    private OpenGraphLocale() {
    }

    /** "en-GB" and "en" give "en_GB", "uk" gives "uk_UA"; a language without a likely territory stays bare. */
    static String of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String language = locale.getLanguage();
        String region = locale.getCountry();
        if (region.length() == 2) {
            return language + "_" + region;
        }
        String territory = TERRITORIES.get(language);
        return territory == null ? language : language + "_" + territory;
    }
}
