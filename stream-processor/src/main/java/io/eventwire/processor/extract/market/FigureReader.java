package io.eventwire.processor.extract.market;

import io.eventwire.contracts.record.MarketSubtype;
import io.eventwire.processor.extract.number.NumberParser;
import io.eventwire.processor.extract.number.Quantity;
import io.eventwire.processor.text.WindowSearch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives the figures of one sentence their market meaning. A figure belongs to the nearest measure word before
 * it in its clause; failing that, to one right after it (10134亿元的市场规模, "a 30% share of the market", "a 70%
 * surge in inventories"); failing that, to the nearest before it in the sentence part up to a semicolon
 * (净利润为40亿美元，相比去年下降11%). Each measure then decides whether the figure fits it: a percentage on a
 * stock or a balance sheet item is a change only where a word says which way it went, so "holds 5% of the
 * shares" or "40% of its business" mean nothing here. Figures no market word claims are dropped: that is what
 * keeps populations, years and survey results out.
 */
final class FigureReader {

    private static final String SOFT_BREAKS = "，,、：:";
    private static final String HARD_BREAKS = "；;";
    private static final Pattern CHANGE = Pattern.compile(
            "蒸发|缩水|损失|跌去|减少|增加|(?i)(?<![a-z])(?:lost|shed|wip(?:e|ed|es|ing)|eras(?:e|ed|es|ing)|added|gained|by)(?![a-z])"
                    + "|(?<![a-zäöü])(?:verlor(?:en)?|vernichtet|büßte|um)(?![a-zäöü])");
    private static final Pattern LEVEL = Pattern.compile(
            "至|到|为|达|(?i)(?<![a-z])(?:to|at|of|reached)(?![a-z])|(?<![a-zäöü])(?:auf|bei)(?![a-zäöü])");
    private static final Pattern STAKE = Pattern.compile(
            "持股|持有|股权|(?i)(?<![a-z])(?:stakes?|own(?:s|ed)?|holds?|held)(?![a-z])|Anteil(?!s)|Beteiligung|hält");
    /** The word right before a price a stock went to: "fell 5% to HK$21.35", "auf 12,40 Euro", 跌至14.6元. */
    private static final Pattern PRICE_LEVEL = Pattern.compile(
            "(?:(?<![A-Za-z])(?:to|at)|(?<![a-zäöüA-ZÄÖÜ])(?:auf|bei)|至|到|报)\\s*$");
    /** A scale inside a money figure: a sum, not a price. */
    private static final Pattern SCALED = Pattern.compile(
            "[万亿]|\\d\\s*(?i:k|m|b|bn|mn|mln|bln|tn|trn|thousand|million|billion|trillion|Tsd|Tausend|Mio|Millionen?"
                    + "|Mrd|Milliarden?|Billionen?)(?![a-z])");
    private static final double MAX_SHARE_PRICE = 100_000;
    /** The kind of a price a stock moved to or closed at. */
    static final String PRICE = "price";
    /** A figure in a clause that only supposes it ("could rise to", 如果, "würde") is no event. */
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "如果|假如|假若|倘若|若是|可能|或将|或许|"
                    + "(?<![A-Za-z])(?:could|would|might|may|if|unless)(?![A-Za-z])"
                    + "|(?<![a-zäöüA-ZÄÖÜ])(?:[Kk]önnten?|[Ww]ürden?|[Ff]alls|[Ww]enn|[Dd]ürften?)(?![a-zäöü])");
    /** Searched in the clause of every figure and cue: tried only where its words start. */
    private static final WindowSearch HYPOTHETICAL_WORDS = WindowSearch.of(List.of(HYPOTHETICAL));
    /** Words that start another statement: a measure after them is not the figure's ("fell 20% while revenue…"). */
    private static final Pattern CONNECTOR = Pattern.compile(
            "而|但|并且|同时|(?i)(?<![a-z])(?:while|and|but|whereas|as|während|und|aber|wobei)(?![a-zäöü])");
    /** Goods a tariff or sanction covers are counted, not traded: "tariffs on $200 billion of imports". */
    private static final Pattern TARIFF = Pattern.compile(
            "关税|加征|制裁|(?i)(?<![a-z])(?:tariffs?|duties|levies|sanctions?)(?![a-z])|Zöll|Zoll|Strafz|Sanktion");
    /** Index points: "fell 102 points, or 0.4%" is an index (whose ticker may look like a company's name). */
    private static final Pattern INDEX_POINTS = Pattern.compile(
            "(?<![百分])点|(?i)(?<![a-z])points?(?![a-z])|(?<![a-zäöü])Punkte?n?(?![a-zäöü])");
    /** A share of a company, not of a market: 持有30%的份额, "a 30% stake". */
    private static final Pattern SHAREHOLDING = Pattern.compile(
            "持股|持有|股权|(?i)(?<![a-z])(?:stakes?|shareholding)(?![a-z])|Beteiligung|Aktienanteil");
    private static final Pattern FORECAST = Pattern.compile(
            "预计|预测|将达|有望|(?i)(?<![a-z])(?:expected|forecast|projected|will|estimated to)(?![a-z])"
                    + "|(?<![a-zäöü])(?:soll|sollen|voraussichtlich|erwartet|Prognose)(?![a-zäöü])");
    /** How far (characters) a figure may stand before the measure it belongs to. */
    /**
     * Figures read per sentence, in text order. Prose gives a few; a "sentence" of hundreds of figures is a
     * table or an attack, and giving each its meaning scans the sentence again.
     */
    static final int MAX_FIGURES_PER_SENTENCE = 16;
    /** Market words read per sentence, in text order, for the same reason. */
    static final int MAX_CUES_PER_SENTENCE = 32;
    private static final int AFTER_GAP_CJK = 8;
    private static final int AFTER_GAP_LATIN = 30;
    /** How far after a figure a direction word may stand (7%的跌幅, "5% lower"). */
    private static final int FOLLOWING_DIRECTION_CJK = 4;
    private static final int FOLLOWING_DIRECTION_LATIN = 10;
    /** The kind of the stock cue a company name followed by a price-move verb makes. */
    static final String COMPANY_MOVE = "company_move";
    /** How far after a company name its price-move verb may start (海康威视周四大跌, "Acme fell"). */
    private static final int VERB_AFTER_NAME_CJK = 4;
    private static final int VERB_AFTER_NAME_LATIN = 2;
    /** How far after that verb the percentage may start ("fell as much as 10%", 跌超7%). */
    private static final int FIGURE_AFTER_VERB_CJK = 4;
    private static final int FIGURE_AFTER_VERB_LATIN = 20;
    /** How far after a stock word a verb may follow for a move stated without a figure. */
    private static final int MOVE_REACH_CJK = 8;
    private static final int MOVE_REACH_LATIN = 40;

    private final String text;
    private final boolean cjk;
    private final List<Cue> cues;

    private FigureReader(String text, String language, List<Cue> marketWords, List<int[]> companies) {
        this.text = text;
        this.cjk = language != null && language.startsWith("zh");
        List<Cue> found = new ArrayList<>(reinterpret(marketWords));
        found.addAll(companyMoves(companies));
        this.cues = found.stream().sorted(Comparator.comparingInt(Cue::start)).limit(MAX_CUES_PER_SENTENCE).toList();
    }

    /**
     * The figures of a sentence in order of position.
     *
     * @param companies the spans of the companies the sentence names ({start, end} in the sentence)
     */
    static List<Figure> read(String sentence, String language, List<int[]> companies) {
        return read(sentence, language, Cues.find(sentence), companies);
    }

    /** The same, with the sentence's market words already found ({@link Cues#find}). */
    static List<Figure> read(String sentence, String language, List<Cue> marketWords, List<int[]> companies) {
        if (marketWords.isEmpty() && companies.isEmpty()) {
            // Most sentences: nothing to make a cue of, and setting up a reader cost about a tenth of the
            // market extraction.
            return List.of();
        }
        FigureReader reader = new FigureReader(sentence, language, marketWords, companies);
        if (reader.cues.isEmpty()) {
            // No market word, no company move: no figure could be claimed, so the numbers need not be read.
            return List.of();
        }
        List<Figure> figures = new ArrayList<>();
        List<Cue> withFigure = new ArrayList<>();
        int previousEnd = 0;
        List<Quantity> quantities = NumberParser.parse(sentence, language);
        for (Quantity q : quantities.subList(0, Math.min(quantities.size(), MAX_FIGURES_PER_SENTENCE))) {
            if (q.kind() != Quantity.Kind.COUNT || reader.cjk) {
                int after = previousEnd;
                reader.owners(q).stream()
                        .filter(cue -> !reader.supposed(Math.min(cue.start(), q.start()), q.start()))
                        .flatMap(cue -> reader.meaning(cue, q, after).stream()).findFirst().ifPresent(f -> {
                    figures.add(f);
                    withFigure.add(f.cue());
                });
            }
            previousEnd = q.end();
        }
        for (Cue cue : reader.cues) {
            if (reader.supposed(cue.start(), cue.end())) {
                continue;
            }
            if (cue.role() == Cue.Role.LIMIT) {
                figures.add(new Figure(cue, null, cue.kind(), cue.direction()));
            } else if (cue.role() == Cue.Role.STOCK && !withFigure.contains(cue) && !cue.kind().equals(COMPANY_MOVE)) {
                reader.bareMove(cue).ifPresent(figures::add);
            }
        }
        figures.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return figures;
    }

    /** Whether the clause that holds {@code from} supposes rather than states, up to {@code to}. */
    private boolean supposed(int from, int to) {
        return HYPOTHETICAL_WORDS.in(text, breakBefore(from, SOFT_BREAKS + HARD_BREAKS), to).firstStart(0) >= 0;
    }

    /**
     * A company followed by a price-move verb is its stock ("Acme fell 9%", 海康威视大跌7%, "Acme fiel um 9
     * Prozent"): a stock cue from the end of the name to the end of the verb, with the verb's direction, of
     * kind {@value #COMPANY_MOVE}. It only takes a percentage close after the verb, and only where no measure
     * word claims the figure first: "Acme climbed to a 20% market share" is a share.
     */
    private List<Cue> companyMoves(List<int[]> companies) {
        List<Cue> moves = new ArrayList<>();
        for (int[] span : companies) {
            Direction.Move verb = Direction.moveStartingIn(text, span[1],
                    span[1] + (cjk ? VERB_AFTER_NAME_CJK : VERB_AFTER_NAME_LATIN));
            if (verb != null) {
                moves.add(new Cue(MarketSubtype.STOCK_MOVE, COMPANY_MOVE, Cue.Role.STOCK, verb.direction(), span[1],
                        verb.end()));
            }
        }
        return moves;
    }

    /** "turnover" is trading volume beside a stock word, revenue anywhere else (British usage). */
    private List<Cue> reinterpret(List<Cue> found) {
        boolean stockContext = found.stream().anyMatch(c -> c.role() == Cue.Role.STOCK);
        return found.stream().map(c -> !stockContext && c.subtype() == MarketSubtype.TRADING_VOLUME
                && c.kind().equals("turnover") && isLatin(text.charAt(c.start()))
                ? new Cue(MarketSubtype.EARNINGS, "revenue", c.role(), c.direction(), c.start(), c.end()) : c).toList();
    }

    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /**
     * The measures that may own a figure, best first: those before it in its clause (nearest first), the
     * nearest right after it, then the nearest before it up to a semicolon. The first that the figure fits
     * takes it ("trading volume in Acme shares hit $5bn": money does not fit the stock, so the volume).
     */
    private List<Cue> owners(Quantity q) {
        int softStart = breakBefore(q.start(), SOFT_BREAKS + HARD_BREAKS);
        int softEnd = breakAfter(q.end(), SOFT_BREAKS + HARD_BREAKS);
        int hardStart = breakBefore(q.start(), HARD_BREAKS);
        List<Cue> owners = new ArrayList<>(before(softStart, q.start()));
        Collections.reverse(owners);
        int gap = cjk ? AFTER_GAP_CJK : AFTER_GAP_LATIN;
        cues.stream()
                .filter(c -> c.role() != Cue.Role.LIMIT && c.start() >= q.end() && c.start() <= softEnd
                        && c.start() - q.end() <= gap && !CONNECTOR.matcher(text.substring(q.end(), c.start())).find())
                .findFirst().ifPresent(owners::add);
        if (owners.isEmpty()) {
            List<Cue> earlier = before(hardStart, q.start());
            if (!earlier.isEmpty()) {
                owners.add(earlier.get(earlier.size() - 1));
            }
        }
        // A company's own move comes last, and only for a figure right after its verb.
        List<Cue> companyMoves = owners.stream().filter(c -> c.kind().equals(COMPANY_MOVE)).toList();
        owners.removeAll(companyMoves);
        int reach = cjk ? FIGURE_AFTER_VERB_CJK : FIGURE_AFTER_VERB_LATIN;
        companyMoves.stream().filter(c -> q.start() >= c.end() && q.start() - c.end() <= reach).forEach(owners::add);
        return owners;
    }

    private List<Cue> before(int from, int to) {
        return cues.stream().filter(c -> c.role() != Cue.Role.LIMIT && c.start() >= from && c.end() <= to).toList();
    }

    /**
     * Whether the figure fits its measure, and what it then is. The words that qualify a figure standing after
     * its measure are those since the measure or the previous figure, whichever is nearer
     * (市值蒸发400亿降至3607亿元: 蒸发 makes the first a change, 降至 the second a level).
     */
    private Optional<Figure> meaning(Cue cue, Quantity q, int previousEnd) {
        boolean before = cue.end() <= q.start();
        int from = Math.max(cue.end(), Math.min(previousEnd, q.start()));
        String between = before ? text.substring(from, q.start()) : text.substring(q.end(), cue.start());
        Direction direction = before ? directionAfterMeasure(cue, q, from) : directionBeforeMeasure(cue, q);
        boolean change = isChange(before ? between : clauseOf(q));
        boolean money = isAmount(q);
        boolean percent = q.kind() == Quantity.Kind.PERCENT;
        String kind = cue.kind();
        return switch (cue.role()) {
            case STOCK -> percent && firstNonNull(direction, cue.direction()) != null && !STAKE.matcher(clauseOf(q)).find()
                    && !INDEX_POINTS.matcher(between).find()
                    ? figure(cue, q, "price_change_pct", firstNonNull(direction, cue.direction()))
                    : before && isSharePrice(q) && (cue.kind().equals(Cues.PRICE_QUOTE) ? between.isBlank()
                    : PRICE_LEVEL.matcher(between).find())
                    ? figure(cue, q, PRICE, null) : Optional.empty();
            case RATE -> percent ? figure(cue, q, "cagr", null) : Optional.empty();
            case LIMIT -> Optional.empty();
            case MEASURE -> switch (cue.subtype()) {
                case MARKET_SHARE -> SHAREHOLDING.matcher(clauseOf(q)).find() ? Optional.empty()
                        : percent && q.value() <= 100 ? figure(cue, q, "share", direction)
                        : q.kind() == Quantity.Kind.PERCENT_POINTS && direction != null
                        ? figure(cue, q, "share_change_pp", direction) : Optional.empty();
                case MARKET_SIZE -> money
                        ? figure(cue, q, FORECAST.matcher(clauseOf(q)).find() ? "market_size_forecast" : "market_size", direction)
                        : percent && direction != null ? figure(cue, q, "market_size_growth_pct", direction)
                        : Optional.empty();
                case TRADE_FLOW -> TARIFF.matcher(clauseOf(q)).find() ? Optional.empty()
                        : levelOrChange(cue, q, change, direction);
                case TRADING_VOLUME -> money ? figure(cue, q, kind, direction)
                        : percent && (kind.equals("turnover_rate") || direction != null)
                        ? figure(cue, q, kind.equals("turnover_rate") ? kind : kind + "_change_pct", direction)
                        : Optional.empty();
                default -> levelOrChange(cue, q, change, direction);
            };
        };
    }

    /**
     * Which way a figure standing after its measure moved: the last direction word since the measure (or the
     * previous figure), a German particle right after it ("um 5 Prozent zu"), a word just after it ("7%的跌幅",
     * "5% lower"), or a verb before the measure ("steigerte den Umsatz um 28 Prozent").
     */
    private Direction directionAfterMeasure(Cue cue, Quantity q, int from) {
        int reach = Math.min(q.end() + (cjk ? FOLLOWING_DIRECTION_CJK : FOLLOWING_DIRECTION_LATIN), clauseEnd(q.end()));
        return firstNonNull(Direction.lastIn(text, from, q.start()), Direction.particleAt(text, q.end()),
                Direction.firstIn(text, q.end(), reach),
                Direction.lastIn(text, breakBefore(cue.start(), SOFT_BREAKS + HARD_BREAKS), cue.start()));
    }

    /**
     * Which way a figure standing before its measure moved: a word between them ("a 70% surge in inventories"),
     * after the measure in its clause (近四分之一的市值蒸发), or before the figure ("wiping $4bn off its value").
     */
    private Direction directionBeforeMeasure(Cue cue, Quantity q) {
        return firstNonNull(Direction.firstIn(text, q.end(), cue.start()),
                Direction.firstIn(text, cue.end(), clauseEnd(cue.end())),
                Direction.lastIn(text, breakBefore(q.start(), SOFT_BREAKS + HARD_BREAKS), q.start()));
    }

    private int clauseEnd(int at) {
        return breakAfter(at, SOFT_BREAKS + HARD_BREAKS);
    }

    /**
     * Money, or in Chinese a 万/亿 figure whose currency goes without saying (市值蒸发400亿): it then becomes an
     * amount without a currency, under a money measure only (a stock or a share takes percentages).
     */
    private boolean isAmount(Quantity q) {
        return q.kind() == Quantity.Kind.MONEY
                || cjk && q.kind() == Quantity.Kind.COUNT && !NumberParser.isCounted(text, q);
    }

    /**
     * A price per share: money without a scale word, below what any share costs ("to HK$21.35", 收报14.62元);
     * "$5bn" or 45亿元 is a sum.
     */
    private boolean isSharePrice(Quantity q) {
        return q.kind() == Quantity.Kind.MONEY && q.value() < MAX_SHARE_PRICE
                && !SCALED.matcher(text.substring(q.start(), q.end())).find();
    }

    /** Money is a level or, after a change word, a change; a percentage is a change where a direction is said. */
    private Optional<Figure> levelOrChange(Cue cue, Quantity q, boolean change, Direction direction) {
        if (isAmount(q)) {
            return figure(cue, q, change ? cue.kind() + "_change" : cue.kind(), direction);
        }
        return q.kind() == Quantity.Kind.PERCENT && direction != null
                ? figure(cue, q, cue.kind() + "_change_pct", direction) : Optional.empty();
    }

    /** 蒸发400亿, "lost $3bn", "um 2 Mrd. gesunken": a change; 降至, "to $3bn", "auf": a level. */
    private static boolean isChange(String between) {
        return CHANGE.matcher(between).find() && !LEVEL.matcher(between).find();
    }

    /** 股价大跌, "Die Aktien fielen": a stock word followed closely by a price-move verb. */
    private Optional<Figure> bareMove(Cue cue) {
        int reach = cjk ? MOVE_REACH_CJK : MOVE_REACH_LATIN;
        int end = Math.min(clauseEnd(cue.end()), cue.end() + reach);
        Direction d = Direction.moveIn(text, cue.end(), end);
        return d == null ? Optional.empty() : Optional.of(new Figure(cue, null, "price_change", d));
    }

    private String clauseOf(Quantity q) {
        return text.substring(breakBefore(q.start(), SOFT_BREAKS + HARD_BREAKS), q.start());
    }

    private static Optional<Figure> figure(Cue cue, Quantity q, String kind, Direction direction) {
        return Optional.of(new Figure(cue, q, kind, direction));
    }

    private int breakBefore(int at, String breaks) {
        for (int i = at - 1; i >= 0; i--) {
            if (breaks.indexOf(text.charAt(i)) >= 0 && !isThousandsComma(i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private int breakAfter(int at, String breaks) {
        for (int i = at; i < text.length(); i++) {
            if (breaks.indexOf(text.charAt(i)) >= 0 && !isThousandsComma(i)) {
                return i;
            }
        }
        return text.length();
    }

    /** A comma between digits groups thousands (or is a German decimal mark); it does not end a clause. */
    private boolean isThousandsComma(int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... candidates) {
        for (T c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
