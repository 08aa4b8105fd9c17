package io.eventwire.processor.extract.market;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Amount;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.Event;
import io.eventwire.contracts.record.Evidence;
import io.eventwire.contracts.record.MarketEvent;
import io.eventwire.contracts.record.MarketSubtype;
import io.eventwire.contracts.record.Target;
import io.eventwire.processor.extract.ArticleContext;
import io.eventwire.processor.extract.MarketEventExtractor;
import io.eventwire.processor.extract.Sentence;
import io.eventwire.processor.extract.date.DateFinder;
import io.eventwire.processor.extract.date.DateMention;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Market events of one article: stock moves, market capitalisation, trading volume, earnings, market size,
 * market share, inventory and trade flows, read sentence by sentence; an event the article restates (headline
 * and body) is one record ({@link Restatements}).
 *
 * <p>A sentence can hold several events (a limit-down, the day's turnover and the loss of market value are
 * three). Figures of one sentence, one subtype and one company make one event (revenue, net profit and its
 * change are one earnings report); market sizes of different years are separate events. Events about a
 * company (every subtype but market size and trade flow) are dropped when no company can be found for them.
 *
 * <p>News tells a story over several sentences, and a sentence often leaves out what the one before it said: a
 * sentence that names no company goes on about the company of the event just told ("Der Nettogewinn stieg um
 * 18 Prozent"), one that states no date about the trading day, or the reporting period, of the events just
 * told (海康威视收跌7.61%, 同期出口额…). Companies the gazetteer lacks are read from the forms market news names
 * listed companies in ({@link UnlistedCompanies}).
 */
public final class MarketExtractor implements MarketEventExtractor {

    public static final String VERSION = "market-1.1.0";

    private static final Set<MarketSubtype> MARKET_LEVEL = EnumSet.of(MarketSubtype.MARKET_SIZE, MarketSubtype.TRADE_FLOW);
    private static final Set<MarketSubtype> REPORTED = EnumSet.of(MarketSubtype.EARNINGS, MarketSubtype.INVENTORY,
            MarketSubtype.TRADE_FLOW);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)(?!年\\d{1,2}月)");
    /** Subtypes that state how things stand: "目前…市占率30%" is dated by the publication day. */
    private static final Set<MarketSubtype> STATES = EnumSet.of(MarketSubtype.MARKET_CAP, MarketSubtype.MARKET_SHARE,
            MarketSubtype.MARKET_SIZE, MarketSubtype.INVENTORY);
    /** A move "on the day of the results": it happened when the last earnings report came out. */
    private static final Pattern REPORT_DAY = Pattern.compile(
            "(?:财报|业绩|年报|季报)发布(?:的)?当[天日]|(?:财报|业绩)发布后"
                    + "|(?i)(?:on the day|after|following) (?:of )?(?:the|its) (?:results|earnings|report|figures)"
                    + "|nach (?:der )?(?:Vorlage|Veröffentlichung) der (?:Zahlen|Quartalszahlen|Bilanz)");

    /** Words of a sentence about many companies or a whole market, whose figures are no one company's. */
    private static final Pattern GENERIC_SUBJECT = Pattern.compile(
            "板块|个股|多只|多家|概念股|指数|大盘|两市|沪指|深成指|恒指|行业|上市公司"
                    + "|(?i:(?<![a-z])(?:companies|firms|sector|industry|peers|rivals|indexes|indices|index)(?![a-z]))"
                    + "|(?<![\\p{L}])(?:Branche|Sektor|Konzerne|Firmen|Index|Indizes|Werte|Titel)(?![\\p{L}])");
    /** A stock word without a prefix that says which stocks: "shares", "Aktie", not "Chipaktien". */
    private static final Pattern PLAIN_STOCK = Pattern.compile(
            "(?i:shares|stock|(?:share|stock) prices?|Aktien?|Papiere?|Anteilsscheine?|Kurs(?:e|es)?)");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'’]+)[\\s\\p{Pd}]*\\z");
    private static final Pattern DETERMINER = Pattern.compile(
            "(?i:the|its|their|die|das|der|den|dem|seine[nmrs]?|ihre[nmrs]?|deren|dessen)");

    @Override
    public List<MarketEvent> extract(ArticleContext article) {
        Context context = new Context(article);
        List<MarketEvent> events = new ArrayList<>();
        for (int i = 0; i < article.sentences().size(); i++) {
            events.addAll(context.sentence(i));
        }
        return Restatements.merge(events);
    }

    /** Figures grouped into one event. */
    private record Group(MarketSubtype subtype, Optional<TargetFinder.Found> target, Integer year, List<Figure> figures) {
    }

    /** Moves of a trading day: a sentence that states no date of its own tells of the day the last one did. */
    private static final Set<MarketSubtype> TRADING_DAY = EnumSet.of(MarketSubtype.STOCK_MOVE, MarketSubtype.MARKET_CAP,
            MarketSubtype.TRADING_VOLUME);
    /** Figures of a company's report: one that states no period of its own is of the report told just before. */
    private static final Set<MarketSubtype> REPORT = EnumSet.of(MarketSubtype.EARNINGS, MarketSubtype.INVENTORY);
    /** How many sentences back a date, a period or a company carries over to a sentence that states none. */
    private static final int CARRY = 3;
    private static final int CARRY_COMPANY = 2;

    /** An event already read in the article: what a later sentence that states less may take from it. */
    private record Told(int sentence, MarketSubtype subtype, List<Target> targets, String date, String precision,
                        Period period) {

        Set<String> ids() {
            return targets.stream().map(Target::id).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** The state of one article's extraction: the last earnings period per company, for report-day moves. */
    private static final class Context {
        private final ArticleContext context;
        private final Article article;
        private final List<Sentence> sentences;
        private final TargetFinder targets;
        private final Map<String, Period> lastReport = new LinkedHashMap<>();
        private final List<Told> told = new ArrayList<>();
        private final boolean cjk;

        private static boolean hasDigit(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isDigit(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        Context(ArticleContext context) {
            this.context = context;
            this.article = context.article();
            this.sentences = context.sentences();
            this.targets = new TargetFinder(sentences, context.mentions());
            this.cjk = article.language() != null && article.language().startsWith("zh");
        }

        List<MarketEvent> sentence(int index) {
            Sentence s = sentences.get(index);
            List<Cue> marketWords = Cues.find(s.text());
            if (!marketWords.isEmpty() || cjk && hasDigit(s.text())) {
                // Only a sentence with a market word can name a company the way market news does; in Chinese, a
                // company and its move verb need none (韦尔股份收跌4%), but a figure.
                targets.add(UnlistedCompanies.find(s.text(), article.language(), context.mentionsIn(s), s.start()));
            }
            List<Figure> figures = FigureReader.read(s.text(), article.language(), marketWords,
                    targets.companySpans(index));
            Map<String, Group> groups = new LinkedHashMap<>();
            Group lastSize = null;
            List<Figure> pendingRates = new ArrayList<>();
            for (int i = 0; i < figures.size(); i++) {
                Figure read = figures.get(i);
                if (read.cue().role() == Cue.Role.RATE) {
                    if (leadsTo(s.text(), read, i + 1 < figures.size() ? figures.get(i + 1) : null)) {
                        pendingRates.add(read);
                    } else if (lastSize != null) {
                        lastSize.figures().add(read);
                    }
                    continue;
                }
                Figure f = ownIndustrySales(index, read);
                MarketSubtype subtype = f.cue().subtype();
                Optional<TargetFinder.Found> target = target(index, subtype, f);
                if (target.isEmpty() && !MARKET_LEVEL.contains(subtype)) {
                    continue;
                }
                Integer year = subtype == MarketSubtype.MARKET_SIZE ? figureYear(s.text(), figures, f) : null;
                String key = subtype + "|" + target.map(TargetFinder.Found::ids).orElse(List.of()) + "|" + year;
                Group g = groups.computeIfAbsent(key, k -> new Group(subtype, target, year, new ArrayList<>()));
                g.figures().add(f);
                if (subtype == MarketSubtype.MARKET_SIZE) {
                    lastSize = g;
                    g.figures().addAll(pendingRates);
                    pendingRates.clear();
                }
            }
            List<MarketEvent> events = new ArrayList<>();
            for (Group g : groups.values()) {
                if (g.subtype() == MarketSubtype.STOCK_MOVE
                        && g.figures().stream().allMatch(f -> f.kind().equals(FigureReader.PRICE))) {
                    continue;   // a price quoted without a move: no event
                }
                events.add(event(index, g));
            }
            return events;
        }

        /**
         * Whether a growth rate leads to the market figure after it in the same clause ("grow at a compound annual
         * rate of 9% to $95bn by 2028"); else it describes the growth told before it (增长至7562亿元，年均复合增长率12%).
         */
        private static boolean leadsTo(String text, Figure rate, Figure next) {
            if (next == null || next.cue().subtype() != MarketSubtype.MARKET_SIZE || next.quantity() == null
                    || rate.quantity() == null) {
                return false;
            }
            String between = text.substring(rate.quantity().end(), Math.max(rate.quantity().end(), next.start()));
            return between.chars().noneMatch(c -> "，,;；。".indexOf(c) >= 0);
        }

        /**
         * Whether a stock word stands for one stock of the story: 股价, "the shares", "its stock", "Die Aktie",
         * "Shares" opening the sentence; not "Chinese stocks", "chip shares", "Tech-Aktien".
         */
        private static boolean definiteStock(String text, Cue cue) {
            if (!Character.isLetter(text.charAt(cue.start())) || Character.UnicodeScript.of(text.charAt(cue.start()))
                    != Character.UnicodeScript.LATIN) {
                return true;
            }
            if (!PLAIN_STOCK.matcher(text.substring(cue.start(), cue.end())).matches()) {
                return false;
            }
            Matcher before = WORD_BEFORE.matcher(text.substring(0, cue.start()));
            return !before.find() || DETERMINER.matcher(before.group(1)).matches();
        }

        /** "Apple's global sales", 海康威视全球营收: an industry's sales word owned by a company is its revenue. */
        private Figure ownIndustrySales(int index, Figure f) {
            if (!f.cue().kind().equals(Cues.INDUSTRY_REVENUE)
                    || targets.possessor(index, sentences.get(index).start() + f.cue().start()).isEmpty()) {
                return f;
            }
            Cue c = f.cue();
            String kind = f.kind().equals("market_size_growth_pct") ? "revenue_change_pct" : "revenue";
            return new Figure(new Cue(MarketSubtype.EARNINGS, "revenue", c.role(), c.direction(), c.start(), c.end()),
                    f.quantity(), kind, f.direction());
        }

        private Optional<TargetFinder.Found> target(int index, MarketSubtype subtype, Figure f) {
            int base = sentences.get(index).start();
            if (MARKET_LEVEL.contains(subtype)) {
                return targets.possessor(index, base + f.cue().start())
                        .map(t -> new TargetFinder.Found(List.of(t), false));
            }
            return targets.named(index, base + f.cue().start(), base + f.cue().end(), base + f.start())
                    .or(() -> continued(index, f.cue()))
                    .or(() -> targets.referenced(index));
        }

        /**
         * A sentence that names no company goes on about the one whose figures the sentence before it told
         * ("Huawei's revenue rose 34%. Net profit rose 18%.", "Inventories stood at $3.4bn"): the company of the
         * last company event at most {@value #CARRY_COMPANY} sentences back. Not a sentence about many
         * (多只个股跌停, "chip stocks fell", "Branche") nor stocks with a word that says which ("Asian shares").
         */
        private Optional<TargetFinder.Found> continued(int index, Cue cue) {
            String text = sentences.get(index).text();
            if (!targets.companySpans(index).isEmpty() || GENERIC_SUBJECT.matcher(text).find()
                    || cue.role() == Cue.Role.STOCK && !definiteStock(text, cue)) {
                return Optional.empty();
            }
            for (int i = told.size() - 1; i >= 0; i--) {
                Told t = told.get(i);
                if (index - t.sentence() > CARRY_COMPANY) {
                    break;
                }
                if (t.sentence() < index && !t.targets().isEmpty() && !MARKET_LEVEL.contains(t.subtype())) {
                    return Optional.of(new TargetFinder.Found(t.targets(), true));
                }
            }
            return Optional.empty();
        }

        private MarketEvent event(int index, Group g) {
            Sentence s = sentences.get(index);
            List<Target> targetList = g.target().map(TargetFinder.Found::targets).orElse(List.of());
            List<String> targetIds = targetList.stream().map(Target::id).toList();
            List<Amount> amounts = new ArrayList<>();
            Double percent = null;
            String direction = null;
            for (Figure f : g.figures()) {
                if (f.quantity() != null) {
                    amounts.add(new Amount(f.quantity().value(), f.quantity().currency(), f.kind()));
                }
                if (percent == null && f.isPercent() && !f.kind().equals("cagr")) {
                    percent = f.quantity().value();
                    direction = f.direction() != null ? f.direction().json() : direction;
                }
            }
            if (direction == null) {
                direction = g.figures().stream().filter(f -> f.direction() != null).findFirst()
                        .map(f -> f.direction().json()).orElse(null);
            }
            Period period = periodOf(s, g);
            String[] date = date(index, g, period);
            if (date == null) {
                Told before = carried(index, g);
                date = before == null ? new String[] {null, null} : new String[] {before.date(), before.precision()};
                period = before != null && period == null && REPORT.contains(g.subtype()) ? before.period() : period;
            }
            Figure first = g.figures().get(0);
            int offset = s.start() + first.start();
            if (g.subtype() == MarketSubtype.EARNINGS && period != null && period.year() != null) {
                Period reported = period;
                targetIds.forEach(id -> lastReport.put(id, reported));
            }
            told.add(new Told(index, g.subtype(), targetList, date[0], date[1], period));
            return new MarketEvent(
                    MarketEvent.SCHEMA,
                    Ids.eventId(article.id(), Event.TYPE_MARKET, g.subtype().name(), targetIds, date[0], offset),
                    Ids.canonicalEventKey(Event.TYPE_MARKET, g.subtype().name(), null, targetIds, date[0]),
                    Event.TYPE_MARKET,
                    g.subtype().name(),
                    article.id(),
                    article.url(),
                    article.language(),
                    article.publishedAt(),
                    date[0],
                    date[1],
                    targetList,
                    new Evidence(s.text(), s.start(), s.end()),
                    confidence(g),
                    VERSION,
                    amounts,
                    direction,
                    percent,
                    period == null ? null : period.json());
        }

        private Period periodOf(Sentence s, Group g) {
            if (g.subtype() == MarketSubtype.MARKET_SIZE && g.year() != null) {
                return new Period(g.year(), null, 0, 0);
            }
            return REPORTED.contains(g.subtype()) || g.subtype() == MarketSubtype.MARKET_SHARE
                    ? Period.mostSpecific(s.text(), context.publishedOn()) : null;
        }

        /**
         * What a sentence that states no date carries over from the events told just before it (at most
         * {@value #CARRY} sentences back): a move of a trading day the date of the last such move ("大华股份今日跌停。
         * 海康威视下跌7.61%。"); a report's figure the period of the same company's report, a trade figure that of
         * the last trade figure ("同期出口额为…"). Shares and market sizes state their own.
         */
        private Told carried(int index, Group g) {
            Set<String> ids = new java.util.HashSet<>(g.target().map(TargetFinder.Found::ids).orElse(List.of()));
            for (int i = told.size() - 1; i >= 0; i--) {
                Told t = told.get(i);
                if (index - t.sentence() > CARRY) {
                    break;
                }
                if (t.sentence() == index || t.date() == null) {
                    continue;
                }
                boolean fits = TRADING_DAY.contains(g.subtype()) ? TRADING_DAY.contains(t.subtype())
                        : REPORT.contains(g.subtype()) ? REPORT.contains(t.subtype()) && t.ids().equals(ids)
                        : g.subtype() == MarketSubtype.TRADE_FLOW && t.subtype() == MarketSubtype.TRADE_FLOW;
                if (fits) {
                    return t;
                }
            }
            return null;
        }

        /**
         * The event date and its precision: the year of a reported period or of a market figure; else the
         * date the sentence states nearest the figure, where "now" (目前, "currently") dates only a state
         * (market cap, share, size, inventory), not a move; an unresolvable nearest date gives none; else,
         * for a move on the day of the results, the year those results came out; else null: the sentence states
         * no date.
         */
        private String[] date(int index, Group g, Period period) {
            if (period != null && period.year() != null) {
                return new String[] {period.year().toString(), "year"};
            }
            Sentence s = sentences.get(index);
            int at = s.start() + g.figures().get(0).start();
            Optional<DateMention> stated = context.datesIn(s).stream()
                    .filter(d -> STATES.contains(g.subtype()) || !DateFinder.refersToPresent(d))
                    .min((a, b) -> Integer.compare(distance(a, at), distance(b, at)));
            if (stated.isPresent()) {
                DateMention d = stated.get();
                return d.isResolved() ? new String[] {d.value(), d.precision().label()} : new String[] {null, null};
            }
            if (g.subtype() == MarketSubtype.STOCK_MOVE && REPORT_DAY.matcher(s.text()).find()) {
                Integer year = g.target().map(TargetFinder.Found::ids).orElse(List.of()).stream()
                        .map(lastReport::get).filter(Objects::nonNull)
                        .findFirst().map(Context::publicationYear).orElse(null);
                if (year != null) {
                    return new String[] {year.toString(), "year"};
                }
            }
            return null;
        }

        /** Quarterly and half-year reports come out in their own year; annual and Q4 reports the year after. */
        private static Integer publicationYear(Period p) {
            boolean nextYear = p.part() == null || p.part().equals("FY") || p.part().equals("Q4") || p.part().equals("H2");
            return nextYear ? p.year() + 1 : p.year();
        }

        /** A preceding date counts as nearer than a following one: news states the date before the fact. */
        private static int distance(DateMention d, int at) {
            return d.end() <= at ? at - d.end() : 2 * (d.start() - at);
        }

        private static double confidence(Group g) {
            boolean hasFigure = g.figures().stream().anyMatch(f -> f.quantity() != null);
            int percent = hasFigure ? 85 : 70;
            return (g.target().map(TargetFinder.Found::inferred).orElse(false) ? percent - 20 : percent) / 100.0;
        }
    }

    /**
     * The year a market figure is for: the nearest year written between the previous figure and this one
     * (从2017年的6016亿元增长至2019年的7562亿元), else the first after it before the next figure ("$5bn in 2021").
     */
    private static Integer figureYear(String text, List<Figure> figures, Figure f) {
        int i = figures.indexOf(f);
        int from = i > 0 && figures.get(i - 1).quantity() != null ? figures.get(i - 1).quantity().end() : 0;
        int to = i + 1 < figures.size() ? figures.get(i + 1).start() : text.length();
        Integer before = null;
        Matcher m = YEAR.matcher(text).region(from, f.start());
        while (m.find()) {
            before = Integer.valueOf(m.group(1));
        }
        if (before != null) {
            return before;
        }
        m = YEAR.matcher(text).region(f.quantity() == null ? f.start() : f.quantity().end(), Math.max(to, f.start()));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
