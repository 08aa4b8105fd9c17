package io.eventwire.processor.extract.entity;

import io.eventwire.processor.extract.EntityMention;
import io.eventwire.processor.extract.text.TextFold;
import io.eventwire.processor.text.AhoCorasick;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the organisations, authorities and countries of a list of {@link Entity entities} in a text, in one pass
 * of an Aho-Corasick automaton.
 *
 * <ul>
 *   <li>Text and aliases are folded alike ({@link TextFold}): full-width forms, typographic apostrophes and common
 *       traditional characters match; case is ignored except for an entity's {@code exactAliases}.</li>
 *   <li>An alias that starts (ends) with a Latin letter or digit only matches where the text has no letter or
 *       digit just before (after) it, so "ZTE" is not found in "ZTEX" and "DJI" not in "DJIBOUTI"; Chinese has no
 *       word boundaries and matches anywhere.</li>
 *   <li>Overlapping matches resolve to the longest ("美国商务部" over "美国", "Hangzhou Hikvision Digital
 *       Technology" over "Hikvision"), then the leftmost.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class Gazetteer {

    /** The project's own data file on the classpath. */
    public static final String DEFAULT_RESOURCE = "/eventwire/gazetteer.json";

    /** An alias as listed, and folded ({@link TextFold#fold(String)}) for an exact match. */
    private record Alias(Entity entity, String text, String folded, boolean exact) {
    }

    /**
     * The chars that are letters or digits of alphabetic scripts once folded and lower-cased, as bits: every
     * candidate match asks for the chars around it, and the script of a char is a search of its own.
     */
    private static final BitSet LATIN_WORD_CHARS = latinWordChars();

    private final Map<String, Entity> byId;
    private final List<Alias> aliases;
    private final AhoCorasick automaton;

    /** A gazetteer of {@code entities}; an alias that two entities share belongs to the first. */
    public Gazetteer(Collection<Entity> entities) {
        Map<String, Entity> ids = new LinkedHashMap<>();
        Map<String, Alias> byFolded = new LinkedHashMap<>();
        for (Entity entity : entities) {
            if (ids.putIfAbsent(entity.id(), entity) != null) {
                continue;
            }
            if (!entity.exactAliases().contains(entity.name())) {
                addAlias(byFolded, entity, entity.name(), false);
            }
            entity.aliases().forEach(alias -> addAlias(byFolded, entity, alias, false));
            entity.exactAliases().forEach(alias -> addAlias(byFolded, entity, alias, true));
        }
        this.byId = Map.copyOf(ids);
        this.aliases = List.copyOf(byFolded.values());
        this.automaton = new AhoCorasick(aliases.stream().map(a -> TextFold.foldLower(a.text())).toList(),
                TextFold.lowerTable());
    }

    /** The gazetteer of the project's data file ({@value #DEFAULT_RESOURCE}). */
    public static Gazetteer defaults() {
        return new Gazetteer(defaultEntities());
    }

    /** The entities of the project's data file. */
    public static List<Entity> defaultEntities() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return GazetteerFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This gazetteer plus {@code more} (a screening list, OpenSanctions data): the own entries keep their ids and
     * aliases, the new ones add what they name that nothing here names yet.
     */
    public Gazetteer plus(Collection<Entity> more) {
        List<Entity> all = new ArrayList<>(byId.values().stream()
                .sorted(Comparator.comparing(Entity::id)).toList());
        all.addAll(more);
        return new Gazetteer(all);
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /** Every mention in {@code text}, in text order, without overlaps. */
    public List<EntityMention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        // The automaton and the boundary test read the text through the fold: no folded copies of the article.
        List<AhoCorasick.Hit> hits = new ArrayList<>();
        automaton.scan(text, (pattern, start, end) -> {
            Alias alias = aliases.get(pattern);
            if (isWordBoundary(text, start, end) && (!alias.exact() || TextFold.foldsTo(text, start, alias.folded()))) {
                hits.add(new AhoCorasick.Hit(pattern, start, end));
            }
        });
        hits.sort(Comparator.comparingInt((AhoCorasick.Hit h) -> h.start() - h.end()).thenComparingInt(AhoCorasick.Hit::start));
        boolean[] taken = new boolean[text.length()];
        List<EntityMention> mentions = new ArrayList<>();
        for (AhoCorasick.Hit hit : hits) {
            if (anyTaken(taken, hit.start(), hit.end())) {
                continue;
            }
            for (int i = hit.start(); i < hit.end(); i++) {
                taken[i] = true;
            }
            Entity entity = aliases.get(hit.pattern()).entity();
            mentions.add(new EntityMention(entity.id(), entity.name(), entity.kind(), entity.country(),
                    hit.start(), hit.end(), text.substring(hit.start(), hit.end())));
        }
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        return mentions;
    }

    private static void addAlias(Map<String, Alias> byFolded, Entity entity, String alias, boolean exact) {
        String trimmed = alias == null ? "" : alias.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        String key = (exact ? "=" : "~") + TextFold.foldLower(trimmed);
        byFolded.putIfAbsent(key, new Alias(entity, trimmed, TextFold.fold(trimmed), exact));
    }

    /** Whether the match {@code text[start, end)} stands as a word, the text read folded and lower-cased. */
    private static boolean isWordBoundary(String text, int start, int end) {
        boolean latinStart = isLatinWordChar(text.charAt(start));
        boolean latinEnd = isLatinWordChar(text.charAt(end - 1));
        return !(latinStart && start > 0 && isLatinWordChar(text.charAt(start - 1)))
                && !(latinEnd && end < text.length() && isLatinWordChar(text.charAt(end)));
    }

    /** Whether a char of the text, folded and lower-cased, is a letter or digit of an alphabetic script. */
    private static boolean isLatinWordChar(char c) {
        return LATIN_WORD_CHARS.get(c);
    }

    private static BitSet latinWordChars() {
        BitSet chars = new BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            chars.set(c, isAlphabeticLetterOrDigit(TextFold.lowerTable().map((char) c)));
        }
        return chars;
    }

    /** Letters and digits of alphabetic scripts; Han, kana and hangul have no word boundaries. */
    private static boolean isAlphabeticLetterOrDigit(char c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.HIRAGANA
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.KATAKANA
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.HANGUL;
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
