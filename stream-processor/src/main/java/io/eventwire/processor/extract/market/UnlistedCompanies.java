package io.eventwire.processor.extract.market;

import io.eventwire.processor.extract.EntityMention;
import io.eventwire.processor.text.GatedAlternations;
import io.eventwire.processor.text.PatternGate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Companies the gazetteer does not know, named where English and German market news name a listed company:
 * "shares of Acme Robotics", "Acme Robotics' market value", "Acme Robotics Inc.", "die Aktie des Zulieferers Acme
 * Robotics", "die Acme-Aktie", "Acme Robotics AG". The gazetteer lists some hundred companies; the news moves
 * the shares of thousands, and without a name the figure has no target and is lost.
 *
 * <p>A name is a run of capitalised words (up to four); leading words that are no name (articles, weekdays,
 * months, "US") are dropped, and so is a name that overlaps a gazetteer mention (the gazetteer's reading wins)
 * or that is a generic noun of the phrase ("des Unternehmens"). Chinese names have no capitals to go by: only a
 * name with its stock code, or one ending in a word only company names end in (股份, 集团…) right before what market
 * news says of a company, is read ({@link #CHINESE}). The mention's id is the name folded to lower-case ASCII words
 * joined by hyphens (a Chinese name: itself); its name is the name as written.
 */
final class UnlistedCompanies {

    /**
     * A capitalised word of a name: "Acacia", "AT&T", "L'Oréal", "Rolls-Royce"; read possessively (a name is
     * matched at every capital of a sentence, and backtracking into words made that the costly part). A dot,
     * apostrophe or hyphen belongs to the word only before more of it, and "'s" never does.
     */
    private static final String WORD = word("");
    /** A word before "-Aktie": its hyphens are its own up to the one of "-Aktie" ("Mercedes-Benz-Aktie"). */
    private static final String WORD_BEFORE_AKTIE = word("(?!Aktie)");
    /** Up to four words after the phrase that introduces them ("shares of …"). */
    private static final String NAME = "(" + WORD + "(?: (?:&|de) " + WORD + "| " + WORD + "){0,3})";
    /** Up to four words before the phrase that ends them ("… Inc.", "…'s shares"): as few as will do. */
    private static final String NAME_BEFORE = "(" + WORD + "(?: (?:&|de) " + WORD + "| " + WORD + "){0,3}?)";
    private static final String END = "(?![\\p{L}\\d])";
    private static final String START = "(?<![\\p{L}\\d&.'’-])";

    private static final String GERMAN_STOCK = "(?<![\\p{L}])(?:Aktien?|Papiere?|Anteilsscheine?|Börsenwert|Marktwert"
            + "|Marktkapitalisierung)";
    private static final String GERMAN_MEASURE = "(?<![\\p{L}])(?:Aktien?|Papiere?|Anteilsscheine?|Börsenwert|Marktwert"
            + "|Marktkapitalisierung|Umsatz|Nettogewinn|Gewinn|Lagerbestände)";

    /** What ends the name of a listed company: "Acme Robotics Inc.", "Acme AG". Case-sensitive: "Acme ag" is none. */
    private static final String LEGAL_FORM = "(?:Inc\\.?|Corp\\.?|Co\\.|Ltd\\.?|plc|PLC|N\\.V\\.|S\\.A\\.|AG|SE|GmbH|KGaA)";
    private static final Pattern WITH_LEGAL_FORM = Pattern.compile(START + NAME_BEFORE + ",?\\s+" + LEGAL_FORM + END);
    /**
     * What every match of {@link #WITH_LEGAL_FORM} holds: its legal form as written, after a space. The gate reads
     * literals case-folded, and "se", "ag", "inc" occur in ordinary words ("these", "Tage", "since"): the pattern,
     * tried at every capital, ran on 72 % of English and German sentences for the 13 % it matches (83,021
     * sentences of 2,000 corpus articles, seed 42).
     */
    private static final Pattern LEGAL_FORM_AFTER_SPACE = Pattern.compile("\\s" + LEGAL_FORM + END);

    private static final List<Pattern> PATTERNS = List.of(
            // shares of Acme, stock in Acme, Acme's shares, Acme’s market value
            Pattern.compile("(?i:shares|stock)\\s+(?:of|in)\\s+" + NAME + END),
            Pattern.compile(START + NAME_BEFORE + "(?:'s|’s|'|’)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?i:shares|stock"
                    + "|market (?:value|capitali[sz]ation|cap)|revenues?|sales|net (?:income|profit)|profits?|earnings"
                    + "|inventor(?:y|ies))" + END),
            WITH_LEGAL_FORM,
            // die Aktie des US-Zulieferers Acme Robotics (after des, a noun says what the company is: "der Börsenwert
            // des Optikspezialisten" names none); der Börsenwert von Acme; die Papiere der Deutschen Acme Bank (after
            // der, one capitalised word is as likely a noun: "der Umsatz der Sparte")
            Pattern.compile(GERMAN_MEASURE + "\\s+des\\s+" + WORD + "\\s+" + NAME + END),
            Pattern.compile(GERMAN_STOCK + "\\s+von\\s+" + NAME + END),
            Pattern.compile(GERMAN_STOCK + "\\s+der\\s+(" + WORD + "(?: " + WORD + "){1,3})" + END),
            // die Acme-Aktie
            Pattern.compile(START + "(" + WORD_BEFORE_AKTIE + ")-Aktien?" + END));

    private static final PatternGate GATE = PatternGate.of(PATTERNS);

    /** What follows a Chinese name with its stock code: （603501）, (0981.HK). */
    private static final String STOCK_CODE = "(?:（|\\()(?:\\d{6}|\\d{4,5}\\.HK)";
    /** Words only company names end in. */
    private static final String NAME_ENDS = "股份|集团|控股|科技|证券|通讯|精密|光电|微电子";
    /** What market news says of a company right after its name. */
    private static final String SAID_OF_COMPANY = "股价|股票|总市值|市值|营收|营业收入|净利润|净利|收跌|收涨|大跌|大涨|跌停|涨停"
            + "|盘中|早盘|午后|尾盘|港股|A股|美股|H股|今日|当日|周[一二三四五]";
    /**
     * Chinese: a name at the start of a clause (or after 的, 和, 、) that a stock code follows (韦尔股份（603501）),
     * or that ends in a word only company names end in (股份, 集团, 控股…) and is followed by what market news says
     * of a company (股价, 市值, 营收, 收跌, 跌停, 盘中…).
     */
    private static final Pattern CHINESE = Pattern.compile(
            "(?:^|(?<=[，,。；;：:、（(“”「」\\s的和与及]))(?:([\\p{IsHan}]{2,6})(?=" + STOCK_CODE + ")"
                    + "|([\\p{IsHan}]{1,4}(?:" + NAME_ENDS + "))(?=" + SAID_OF_COMPANY + "))");
    /**
     * What every match of {@link #CHINESE} holds: a stock code, or a name's last word followed by what is said of
     * the company; tried only where the code's bracket or the word occurs. Of the Chinese sentences that hold
     * digits, one in five holds a bracket or a name's last word (科技 alone is common), and the pattern, tried at
     * every position after a clause break or 的, cost them some 10 µs each; one in 180 holds this (121 of 21,524 in
     * 2,000 corpus articles, seed 42, where the pattern finds 121 names).
     */
    private static final GatedAlternations CHINESE_NAME_SIGNS = GatedAlternations.of(List.of(
            Pattern.compile(STOCK_CODE + "|(?:" + NAME_ENDS + ")(?:" + SAID_OF_COMPANY + ")")));
    /** Words that begin a Chinese phrase about many companies or a sector, not one company's name. */
    private static final Pattern CHINESE_GENERIC = Pattern.compile(
            "^(?:国内|国外|全球|中国|我国|相关|多家|部分|其他|龙头|这些|上述|各大|主要|头部|海外|本土|科技|板块|行业|整体|同期|该)");
    private static final Pattern PLACE = Pattern.compile("-(?:listed|based|registered|notierte[nr]?)$");
    /** What {@link #id} takes out of a name, compiled once: String.replaceAll compiled each for every name found. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_HYPHENS = Pattern.compile("^-|-$");

    /** Words that begin a run of capitals without being part of the name. */
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "shares", "stock",
            "in", "on", "at", "by", "for", "from", "after", "before", "and", "but", "while", "as", "of", "with", "when",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "us", "u.s", "uk", "eu",
            "die", "der", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "im", "am", "um", "auf",
            "nach", "vor", "seit", "bei", "mit", "und", "aber", "montag", "dienstag", "mittwoch", "donnerstag",
            "freitag", "samstag", "sonntag", "januar", "februar", "märz", "mai", "juni", "juli", "oktober",
            "dezember");

    /** Generic nouns that stand where a name could ("des Unternehmens", "die Tech-Aktien"). */
    private static final Set<String> GENERIC = Set.of(
            "company", "group", "firm", "unternehmen", "unternehmens", "konzern", "konzerns", "firma", "gruppe",
            "hersteller", "herstellers", "zulieferer", "zulieferers", "tech", "technologie", "chip", "chips",
            "halbleiter", "auto", "bank", "banken", "energie", "pharma", "solar", "china", "dax", "mdax", "tecdax",
            "nasdaq", "index", "standard", "vorzugs", "stamm", "rüstungs", "versicherungs", "immobilien", "stahl",
            "luxus", "konsum", "medien", "öl", "gas", "wasserstoff", "bau", "growth", "value", "dividenden", "ki", "ai",
            "biotech", "krypto", "software", "internet", "windkraft", "branche", "sparte", "region", "tochter",
            "europe", "europa", "asia", "asien", "africa", "afrika", "beijing", "peking", "washington", "shanghai",
            "shenzhen", "hong kong", "hongkong", "taiwan", "korea", "south korea", "wall street", "frankfurt",
            "london", "tokyo", "tokio", "seoul", "new york", "silicon valley", "dow jones", "s&p", "stoxx");

    private UnlistedCompanies() {
    }

    /** {@link #WORD}, with {@code hyphenGuard} asserted where a hyphen would join the word. */
    private static String word(String hyphenGuard) {
        return "\\p{Lu}(?:[\\p{L}\\d&]|\\.(?=[\\p{L}\\d])|-" + hyphenGuard + "(?=[\\p{L}\\d])"
                + "|['’](?!s(?![\\p{L}]))(?=[\\p{L}]))*+";
    }

    /**
     * The companies of a sentence that the gazetteer did not find, in text order, with offsets into the article.
     *
     * @param known the gazetteer's mentions of the sentence, of every kind (a country is no company)
     * @param base  where the sentence starts in the article
     */
    static List<EntityMention> find(String sentence, String language, List<EntityMention> known, int base) {
        if (sentence.isEmpty() || language == null) {
            return List.of();
        }
        if (language.startsWith("zh")) {
            return chinese(sentence, known, base);
        }
        BitSet candidates = GATE.candidates(sentence);
        List<EntityMention> found = new ArrayList<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (PATTERNS.get(i) == WITH_LEGAL_FORM && !mayNameLegalForm(sentence)) {
                continue;
            }
            Matcher m = PATTERNS.get(i).matcher(sentence);
            while (m.find()) {
                EntityMention mention = mention(sentence, m.start(1), m.end(1), base);
                if (mention != null && overlapsNone(mention, known) && overlapsNone(mention, found)) {
                    found.add(mention);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static List<EntityMention> chinese(String sentence, List<EntityMention> known, int base) {
        if (!mayNameChinese(sentence)) {
            return List.of();
        }
        List<EntityMention> found = new ArrayList<>();
        Matcher m = CHINESE.matcher(sentence);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            String name = m.group(group);
            if (CHINESE_GENERIC.matcher(name).find()) {
                continue;
            }
            EntityMention mention = new EntityMention(id(name), name, "company", null, base + m.start(group),
                    base + m.end(group), name);
            if (overlapsNone(mention, known) && overlapsNone(mention, found)) {
                found.add(mention);
            }
        }
        return found;
    }

    /** Whether {@link #CHINESE} may match {@code sentence}: what a test checks against the pattern. */
    static boolean mayNameChinese(String sentence) {
        return CHINESE_NAME_SIGNS.anyMatch(sentence);
    }

    /** Whether {@link #WITH_LEGAL_FORM} may match {@code sentence}: what a test checks against the pattern. */
    static boolean mayNameLegalForm(String sentence) {
        return LEGAL_FORM_AFTER_SPACE.matcher(sentence).find();
    }

    static Pattern legalFormPattern() {
        return WITH_LEGAL_FORM;
    }

    static Pattern chinesePattern() {
        return CHINESE;
    }

    /** The name in {@code text[start, end)} without its leading non-name words, or null when none is left. */
    private static EntityMention mention(String text, int start, int end, int base) {
        String[] words = text.substring(start, end).split(" ");
        int from = start;
        int skip = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            boolean describes = PLACE.matcher(word).find();   // "Hong Kong-listed", "Shenzhen-based"
            if (describes || skip == i && NOT_NAMES.contains(word)) {
                skip = i + 1;
                from = start + String.join(" ", java.util.Arrays.copyOfRange(words, 0, i + 1)).length() + 1;
            }
        }
        if (skip >= words.length) {
            return null;
        }
        String name = text.substring(from, end);
        if (GENERIC.contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new EntityMention(id(name), name, "company", null, base + from, base + end, name);
    }

    /** The name as lower-case ASCII words joined by hyphens: "Acacia Communications" is acacia-communications. */
    static String id(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = OUTER_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return slug.isEmpty() ? name.toLowerCase(Locale.ROOT) : slug;
    }

    private static boolean overlapsNone(EntityMention m, List<EntityMention> others) {
        return others.stream().noneMatch(o -> o.start() < m.end() && m.start() < o.end());
    }
}
