package org.subtext.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestionsTest {

    private static final Set<String> KEYS = Set.of("title", "summary", "key_points", "section", "published",
            "updated", "tags", "actors", "headline", "claims", "conditions", "layers", "timeline", "sources",
            "related", "updates", "draft", "description");

    @Test
    void suggestsTheKeyForASwappedPairOfLetters() {
        assertEquals(Optional.of("title"), Suggestions.closest("titel", KEYS));
    }

    @ParameterizedTest
    @CsvSource({
        "sumary, summary",
        "publshed, published",
        "key_point, key_points",
        "claim, claims",
        "Titel, title",
        "TAGS, tags",
        "descritpion, description",
        "descrption, description",
        "realted, related",
    })
    void suggestsTheClosestKnownWord(String word, String expected) {
        assertEquals(Optional.of(expected), Suggestions.closest(word, KEYS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"colour", "xyz", "banana", "author", "dscrptn", "a", "zz"})
    void suggestsNothingForDistantWords(String word) {
        assertEquals(Optional.empty(), Suggestions.closest(word, KEYS));
    }

    @Test
    void aShortFormSuggestsTheShortestWordItBegins() {
        assertEquals(Optional.of("europe"), Suggestions.closest("eu", Set.of("russia", "european-union", "europe")));
        assertEquals(Optional.of("united-nations"), Suggestions.closest("un", Set.of("ukraine", "united-nations")));
    }

    @Test
    void anExactMatchIsNoSuggestion() {
        assertEquals(Optional.empty(), Suggestions.closest("title", KEYS));
    }

    @Test
    void noCandidatesMeansNoSuggestion() {
        assertEquals(Optional.empty(), Suggestions.closest("title", List.of()));
    }

    @Test
    void shortWordsAllowOnlyOneEdit() {
        assertEquals(Optional.of("id"), Suggestions.closest("di", Set.of("id")));
        assertEquals(Optional.empty(), Suggestions.closest("xy", Set.of("id")));
    }

    @Test
    void tiesGoToTheAlphabeticallyFirstCandidateWhateverTheInputOrder() {
        assertEquals(Optional.of("tab"), Suggestions.closest("tag", List.of("tags", "tab")));
        assertEquals(Optional.of("tab"), Suggestions.closest("tag", List.of("tab", "tags")));
    }

    @ParameterizedTest
    @CsvSource({
        "titel, title, 1",
        "ab, ba, 1",
        "abcd, badc, 2",
        "kitten, sitting, 3",
        "same, same, 0",
        "'', abc, 3",
        "abc, '', 3",
        "flaw, lawn, 2",
        "sumary, summary, 1",
    })
    void editDistanceCountsATranspositionAsOneEdit(String a, String b, int expected) {
        assertEquals(expected, Suggestions.distance(a, b));
        assertEquals(expected, Suggestions.distance(b, a));
    }

    @Test
    void didYouMeanFormatsTheSuggestionOrNothing() {
        assertEquals(" (did you mean 'title'?)", Suggestions.didYouMean("titel", KEYS));
        assertEquals("", Suggestions.didYouMean("banana", KEYS));
    }
}
