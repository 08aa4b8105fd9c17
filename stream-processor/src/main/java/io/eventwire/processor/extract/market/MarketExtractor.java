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
 */
public final class MarketExtractor implements MarketEventExtractor {

    public static final String VERSION = "market-1.0.0";

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

    /** The state of one article's extraction: the last earnings period per company, for report-day moves. */
    private static final class Context {
        private final ArticleContext context;
        private final Article article;
        private final List<Sentence> sentences;
        private final TargetFinder targets;
        private final Map<String, Period> lastReport = new LinkedHashMap<>();

        Context(ArticleContext context) {
            this.context = context;
            this.article = context.article();
            this.sentences = context.sentences();
            this.targets = new TargetFinder(sentences, context.mentions());
        }

        List<MarketEvent> sentence(int index) {
            Sentence s = sentences.get(index);
            List<Figure> figures = FigureReader.read(s.text(), article.language(), targets.companySpans(index));
            Map<String, Group> groups = new LinkedHashMap<>();
            Group lastSize = null;
            for (Figure f : figures) {
                if (f.cue().role() == Cue.Role.RATE) {
                    if (lastSize != null) {
                        lastSize.figures().add(f);
                    }
                    continue;
                }
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
                }
            }
            List<MarketEvent> events = new ArrayList<>();
            for (Group g : groups.values()) {
                events.add(event(index, g));
            }
            return events;
        }

        private Optional<TargetFinder.Found> target(int index, MarketSubtype subtype, Figure f) {
            int base = sentences.get(index).start();
            if (MARKET_LEVEL.contains(subtype)) {
                return targets.possessor(index, base + f.cue().start())
                        .map(t -> new TargetFinder.Found(List.of(t), false));
            }
            return targets.find(index, base + f.cue().start(), base + f.cue().end(), base + f.start());
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
            Figure first = g.figures().get(0);
            int offset = s.start() + first.start();
            if (g.subtype() == MarketSubtype.EARNINGS && period != null && period.year() != null) {
                targetIds.forEach(id -> lastReport.put(id, period));
            }
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
            return REPORTED.contains(g.subtype()) ? Period.mostSpecific(s.text(), publishedYear()) : null;
        }

        /**
         * The event date and its precision: the year of a reported period or of a market figure; else the
         * date the sentence states nearest the figure, where "now" (目前, "currently") dates only a state
         * (market cap, share, size, inventory), not a move; an unresolvable nearest date gives none; else,
         * for a move on the day of the results, the year those results came out; else none.
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
            return new String[] {null, null};
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

        private int publishedYear() {
            return context.publishedOn() == null ? 0 : context.publishedOn().getYear();
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
