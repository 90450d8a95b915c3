package org.subtext.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** og:locale in the language_TERRITORY form, from the site's language tag. */
class OpenGraphLocaleTest {

    @Test
    void aRegionGivenIsKept() {
        assertEquals("en_GB", OpenGraphLocale.of("en-GB"));
        assertEquals("en_US", OpenGraphLocale.of("en-US"));
        assertEquals("pt_PT", OpenGraphLocale.of("pt-PT"));
        assertEquals("zh_TW", OpenGraphLocale.of("zh-Hant-TW"));
    }

    @Test
    void aBareLanguageTakesTheTerritoryItMostOftenMeansAndEnglishIsBritish() {
        assertEquals("en_GB", OpenGraphLocale.of("en"));
        assertEquals("uk_UA", OpenGraphLocale.of("uk"));
        assertEquals("pt_BR", OpenGraphLocale.of("pt"));
        assertEquals("es_ES", OpenGraphLocale.of("es-419"), "a region that is not a country");
    }

    @Test
    void aLanguageWithoutALikelyTerritoryStaysBare() {
        assertEquals("eo", OpenGraphLocale.of("eo"));
    }
}
