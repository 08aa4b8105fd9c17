package io.eventwire.processor.extract.entity;

import io.eventwire.processor.RandomTexts;
import io.eventwire.processor.extract.EntityMention;
import io.eventwire.processor.extract.text.TextFold;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gazetteer reads a text through its fold, where it once searched folded copies of it: compared with that
 * reading, written out naively (every alias at every offset of the copies).
 */
class GazetteerReadingTest {

    private static final List<Entity> ENTITIES = List.of(
            entity("ab", List.of("ab", "b c"), List.of()),
            entity("zte", List.of("中兴"), List.of("ZTE", "Ab-C")),
            entity("huawei", List.of("华为", "華為技術"), List.of()),
            entity("ki", List.of("ki", "İk"), List.of("Kİ")));
    private static final String[] PIECES = {"ab", "AB", "ZTE", "zte", "Ａｂ", "b c", "Ab-C", "ab–c", "華為", "华为",
        "技术", "中兴", "ki", "İ", "K", "k", " ", "-", "1", "é", "ß", "カ", "한", "中", "\u00A0", "’", "Σ"};

    @Test
    void findsWhatSearchingTheFoldedCopiesFound() {
        Gazetteer gazetteer = new Gazetteer(ENTITIES);
        int mentions = 0;
        for (String text : RandomTexts.of(PIECES, 11, 20_000, 1, 9, false)) {
            List<EntityMention> found = gazetteer.find(text);
            assertEquals(searchFoldedCopies(text), found, () -> RandomTexts.codes(text));
            mentions += found.size();
        }
        assertTrue(mentions > 5_000, "the texts must name entities: " + mentions);
    }

    /** A name stands as a word exactly where the rule on the folded, lower-cased chars around it says. */
    @Test
    void everyCharAroundANameIsJudgedAsFoldedAndLowerCased() {
        Gazetteer gazetteer = new Gazetteer(ENTITIES);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char around = (char) c;
            boolean separates = !wasLatinWordChar(TextFold.foldLower(String.valueOf(around)).charAt(0));
            String after = "ab" + around;
            String before = around + "ab";
            assertEquals(separates, gazetteer.find(after).stream().anyMatch(m -> m.start() == 0 && m.end() == 2),
                    () -> "U+" + Integer.toHexString(around) + " after a name");
            assertEquals(separates, gazetteer.find(before).stream().anyMatch(m -> m.start() == 1 && m.end() == 3),
                    () -> "U+" + Integer.toHexString(around) + " before a name");
        }
    }

    private static Entity entity(String id, List<String> aliases, List<String> exactAliases) {
        return new Entity(id, id, Entity.COMPANY, "CN", aliases, exactAliases, Set.of(), null);
    }

    /** The gazetteer's former reading: folded copies, every alias everywhere, longest then leftmost. */
    private static List<EntityMention> searchFoldedCopies(String text) {
        String folded = TextFold.fold(text);
        String lower = TextFold.foldLower(text);
        record Hit(Entity entity, int start, int end) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Entity entity : ENTITIES) {
            List<String> aliases = new ArrayList<>(entity.aliases());
            aliases.add(entity.name());
            for (String alias : aliases) {
                for (int at = lower.indexOf(TextFold.foldLower(alias)); at >= 0; at = lower.indexOf(TextFold.foldLower(alias), at + 1)) {
                    if (wasWordBoundary(lower, at, at + alias.length())) {
                        hits.add(new Hit(entity, at, at + alias.length()));
                    }
                }
            }
            for (String alias : entity.exactAliases()) {
                for (int at = folded.indexOf(TextFold.fold(alias)); at >= 0; at = folded.indexOf(TextFold.fold(alias), at + 1)) {
                    if (wasWordBoundary(lower, at, at + alias.length())) {
                        hits.add(new Hit(entity, at, at + alias.length()));
                    }
                }
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.start() - h.end()).thenComparingInt(Hit::start));
        boolean[] taken = new boolean[text.length()];
        List<EntityMention> mentions = new ArrayList<>();
        for (Hit hit : hits) {
            boolean free = true;
            for (int i = hit.start(); i < hit.end(); i++) {
                free &= !taken[i];
            }
            if (free) {
                for (int i = hit.start(); i < hit.end(); i++) {
                    taken[i] = true;
                }
                mentions.add(new EntityMention(hit.entity().id(), hit.entity().name(), hit.entity().kind(),
                        hit.entity().country(), hit.start(), hit.end(), text.substring(hit.start(), hit.end())));
            }
        }
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        return mentions;
    }

    /** Whether a match stands as a word in the folded, lower-cased text: no alphabetic letter or digit joins it. */
    private static boolean wasWordBoundary(String lower, int start, int end) {
        boolean joinedBefore = start > 0 && wasLatinWordChar(lower.charAt(start - 1)) && wasLatinWordChar(lower.charAt(start));
        boolean joinedAfter = end < lower.length() && wasLatinWordChar(lower.charAt(end)) && wasLatinWordChar(lower.charAt(end - 1));
        return !joinedBefore && !joinedAfter;
    }

    private static boolean wasLatinWordChar(char c) {
        return Character.isLetterOrDigit(c) && !Set.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL).contains(Character.UnicodeScript.of(c));
    }
}
