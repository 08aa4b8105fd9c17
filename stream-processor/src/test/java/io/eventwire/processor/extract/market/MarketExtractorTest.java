package io.eventwire.processor.extract.market;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Amount;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.MarketEvent;
import io.eventwire.contracts.record.Target;
import io.eventwire.processor.extract.ArticleContext;
import io.eventwire.processor.extract.Sentence;
import io.eventwire.processor.extract.date.DateFinder;
import io.eventwire.processor.extract.entity.Gazetteer;
import io.eventwire.processor.extract.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketExtractorTest {

    private static final Gazetteer GAZETTEER = Gazetteer.defaults();
    private static final String PUBLISHED = "2023-03-16T08:00:00+08:00";

    static List<MarketEvent> extract(String text, String language) {
        return extract(text, language, PUBLISHED);
    }

    static List<MarketEvent> extract(String text, String language, String publishedAt) {
        Article article = new Article(Article.SCHEMA, Ids.articleId("https://news.example/" + text.hashCode()),
                "https://news.example/a", "https://news.example/a", "news.example", "t", null, publishedAt, null,
                language, 1.0, text, null, null, "test");
        LocalDate day = ArticleContext.publicationDay(publishedAt);
        List<Sentence> sentences = new SentenceSplitter().split(text, language);
        return new MarketExtractor().extract(new ArticleContext(article, day, sentences, GAZETTEER.find(text),
                new DateFinder()));
    }

    static MarketEvent only(List<MarketEvent> events, String subtype) {
        List<MarketEvent> of = events.stream().filter(e -> e.subtype().equals(subtype)).toList();
        assertEquals(1, of.size(), () -> subtype + " in " + events);
        return of.get(0);
    }

    static List<String> targets(MarketEvent e) {
        return e.targets().stream().map(Target::name).toList();
    }

    static boolean hasAmount(MarketEvent e, double value, String currency, String kind) {
        return e.amounts().stream().anyMatch(a -> Math.abs(a.value() - value) <= 1e-6 * Math.abs(value)
                && java.util.Objects.equals(a.currency(), currency) && a.kind().equals(kind));
    }

    @Test
    void oneChineseSentenceWithLimitDownTurnoverAndMarketCapIsThreeEvents() {
        String text = "受传闻影响，小米集团3月14日股价跌停，全天成交82.6亿元，市值缩水520亿跌至4310亿元。";
        List<MarketEvent> events = extract(text, "zh");
        assertEquals(3, events.size(), events::toString);
        MarketEvent move = only(events, "STOCK_MOVE");
        assertEquals(List.of("Xiaomi"), targets(move));
        assertEquals("down", move.direction());
        assertEquals("2023-03-14", move.eventDate());
        assertEquals("day", move.datePrecision());
        MarketEvent volume = only(events, "TRADING_VOLUME");
        assertTrue(hasAmount(volume, 8.26e9, "CNY", "turnover"), volume::toString);
        assertNull(volume.direction());
        MarketEvent cap = only(events, "MARKET_CAP");
        assertTrue(hasAmount(cap, 5.2e10, "CNY", "market_cap_change"), cap::toString);
        assertTrue(hasAmount(cap, 4.31e11, "CNY", "market_cap"), cap::toString);
        assertEquals("down", cap.direction());
    }

    @Test
    void aFigureStatedForAListOfCompaniesBelongsToAll() {
        MarketEvent zh = only(extract("受此消息影响，海康威视、大华股份双双跌停。", "zh"), "STOCK_MOVE");
        assertEquals(List.of("Hikvision", "Dahua"), targets(zh));
        MarketEvent en = only(extract("Shares of Lenovo and Xiaomi fell 3% on Monday.", "en"), "STOCK_MOVE");
        assertEquals(List.of("Lenovo", "Xiaomi"), targets(en));
        List<MarketEvent> separate = extract("Lenovo shares rose 2%, while Xiaomi shares fell 4%.", "en");
        assertEquals(2, separate.size(), separate::toString);
        List<MarketEvent> named = extract("Lenovo's shares dropped 4.6 per cent, while Xiaomi lost 3.2 per cent.", "en");
        assertEquals(List.of(List.of("Lenovo"), List.of("Xiaomi")), named.stream().map(MarketExtractorTest::targets).toList());
        MarketEvent owned = only(extract("Shares in Lenovo, which is 29% owned by Legend Holdings, fell by the daily limit of 10%.", "en"), "STOCK_MOVE");
        assertEquals(List.of("Lenovo"), targets(owned));
        assertEquals(10, owned.percent(), 1e-9);
        MarketEvent share = only(extract("小米和联想合计占据超过一半的市场份额。", "zh"), "MARKET_SHARE");
        assertEquals(List.of("Xiaomi", "Lenovo"), targets(share));
    }

    @Test
    void chineseFigureWithoutCurrencyUnderAMoneyMeasure() {
        MarketEvent e = only(extract("受此影响，中芯国际市值一日蒸发超300亿。", "zh"), "MARKET_CAP");
        assertEquals(3e10, e.amounts().get(0).value(), 1);
        assertNull(e.amounts().get(0).currency(), "the text states none");
        assertNull(e.percent());
        assertTrue(extract("小米今年手机销量超过1.5亿部。", "zh").isEmpty());
        assertTrue(extract("联想去年营收增长，员工达到7.7万人。", "zh").isEmpty(), "people are no revenue");
    }

    @Test
    void onlyAReferenceToACompanyBorrowsTheCompanyBefore() {
        String text = "小米发布了新款手机。国内手机公司的股价普遍下跌3%。";
        assertTrue(extract(text, "zh").isEmpty(), "手机公司 are companies in general");
        MarketEvent e = only(extract("小米发布了新款手机。其股价当日下跌3%。", "zh"), "STOCK_MOVE");
        assertEquals(List.of("Xiaomi"), targets(e));
    }

    @Test
    void recordsCarryIdsEvidenceAndSchema() {
        String text = "这是第一句。宁德时代今日股价大涨6.2%。";
        MarketEvent e = only(extract(text, "zh"), "STOCK_MOVE");
        assertEquals(MarketEvent.SCHEMA, e.schema());
        assertEquals("market", e.type());
        assertEquals("宁德时代今日股价大涨6.2%。", e.evidence().sentence());
        assertEquals(text.indexOf("宁德时代"), e.evidence().start());
        assertEquals(text.length(), e.evidence().end());
        assertEquals(6.2, e.percent(), 1e-9);
        assertEquals("up", e.direction());
        assertEquals("2023-03-16", e.eventDate(), "今日 is the publication day");
        assertEquals(Ids.canonicalEventKey("market", "STOCK_MOVE", null, List.of("catl"), "2023-03-16"), e.canonicalKey());
        assertEquals(32, e.id().length());
        assertEquals(MarketExtractor.VERSION, e.extractorVersion());
        assertEquals(e.id(), only(extract(text, "zh"), "STOCK_MOVE").id(), "a replay gives the same id");
    }

    @Test
    void englishStockMoveAndMarketValue() {
        String text = "Shares of Infineon slumped 8.4% on Tuesday, wiping about €4.1bn off its market value.";
        List<MarketEvent> events = extract(text, "en");
        MarketEvent move = only(events, "STOCK_MOVE");
        assertEquals(List.of("Infineon"), targets(move));
        assertEquals(8.4, move.percent(), 1e-9);
        assertEquals("down", move.direction());
        assertEquals("2023-03-14", move.eventDate());
        MarketEvent cap = only(events, "MARKET_CAP");
        assertTrue(hasAmount(cap, 4.1e9, "EUR", "market_cap_change"), cap::toString);
    }

    @Test
    void germanStockMoveWithAndWithoutFigure() {
        MarketEvent withFigure = only(extract("Die Aktie von Infineon brach um 6,3 Prozent ein.", "de"), "STOCK_MOVE");
        assertEquals(6.3, withFigure.percent(), 1e-9);
        assertEquals("down", withFigure.direction());
        String text = "Samsung legte am Mittwoch neue Zahlen vor. Die Papiere des Konzerns stiegen daraufhin deutlich.";
        MarketEvent bare = only(extract(text, "de"), "STOCK_MOVE");
        assertEquals(List.of("Samsung"), targets(bare), "des Konzerns refers to the company of the sentence before");
        assertEquals("up", bare.direction());
        assertNull(bare.percent());
        assertTrue(bare.confidence() < withFigure.confidence());
    }

    @Test
    void limitUpInEnglish() {
        MarketEvent e = only(extract("Cambricon's Shanghai-listed stock closed limit-up on Friday.", "en"), "STOCK_MOVE");
        assertEquals("up", e.direction());
        assertEquals(List.of("Cambricon"), targets(e));
    }

    @Test
    void earningsInThreeLanguages() {
        MarketEvent zh = only(extract("比亚迪2022年第三季度营收1170.8亿元，同比增长115.6%；净利润57.2亿元。", "zh"), "EARNINGS");
        assertEquals(List.of("BYD"), targets(zh));
        assertEquals("2022-Q3", zh.period());
        assertEquals("2022", zh.eventDate());
        assertTrue(hasAmount(zh, 1.1708e11, "CNY", "revenue"), zh::toString);
        assertTrue(hasAmount(zh, 5.72e9, "CNY", "net_profit"), zh::toString);
        assertEquals(115.6, zh.percent(), 1e-9);
        assertEquals("up", zh.direction());

        MarketEvent en = only(extract("Nvidia said revenue for Q4 2022 fell 21% to $6.05 billion.", "en"), "EARNINGS");
        assertEquals("2022-Q4", en.period());
        assertTrue(hasAmount(en, 6.05e9, "USD", "revenue"), en::toString);
        assertEquals(21, en.percent(), 1e-9);
        assertEquals("down", en.direction());

        MarketEvent de = only(extract("Infineon steigerte den Umsatz im ersten Quartal 2023 auf 4,1 Mrd. Euro.", "de"), "EARNINGS");
        assertEquals("2023-Q1", de.period());
        assertTrue(hasAmount(de, 4.1e9, "EUR", "revenue"), de::toString);
    }

    @Test
    void marketSizeSplitsByYearAndKeepsTheGrowthRate() {
        String text = "数据显示，全球储能市场规模从2020年的320亿美元增长至2022年的590亿美元，年均复合增长率为35.8%，预计2026年将达到1500亿美元的市场规模。";
        List<MarketEvent> events = extract(text, "zh").stream().filter(e -> e.subtype().equals("MARKET_SIZE")).toList();
        assertEquals(List.of("2020", "2022", "2026"), events.stream().map(MarketEvent::eventDate).toList());
        assertTrue(hasAmount(events.get(1), 35.8, null, "cagr"), events.get(1)::toString);
        assertTrue(hasAmount(events.get(2), 1.5e11, "USD", "market_size_forecast"), events.get(2)::toString);
        assertTrue(events.get(0).targets().isEmpty());
    }

    @Test
    void englishAndGermanMarketSize() {
        MarketEvent en = only(extract("The global lidar market was worth $2.1 billion in 2022, according to analysts.", "en"), "MARKET_SIZE");
        assertEquals("2022", en.eventDate());
        assertTrue(hasAmount(en, 2.1e9, "USD", "market_size"), en::toString);
        MarketEvent de = only(extract("Das Marktvolumen für Halbleiter lag 2022 bei rund 574 Mrd. US-Dollar.", "de"), "MARKET_SIZE");
        assertTrue(hasAmount(de, 5.74e11, "USD", "market_size"), de::toString);
        assertEquals("2022", de.eventDate());
    }

    @Test
    void marketShareInThreeLanguages() {
        MarketEvent zh = only(extract("目前，台积电在全球晶圆代工市场的市场份额约为56%。", "zh"), "MARKET_SHARE");
        assertEquals(List.of("TSMC"), targets(zh));
        assertEquals(56, zh.percent(), 1e-9);
        assertEquals("2023-03-16", zh.eventDate(), "目前 dates a state by the publication day");
        MarketEvent en = only(extract("Samsung holds a 31% share of the global smartphone market.", "en"), "MARKET_SHARE");
        assertEquals(31, en.percent(), 1e-9);
        assertEquals(41, only(extract("比亚迪占国内新能源车市场的41%。", "zh"), "MARKET_SHARE").percent(), 1e-9);
        MarketEvent zhShare = only(extract("比亚迪在国内新能源车市场占据约三成的份额。", "zh"), "MARKET_SHARE");
        assertEquals(30, zhShare.percent(), 1e-9);
        MarketEvent de = only(extract("Der Marktanteil von Xiaomi stieg auf 13 Prozent.", "de"), "MARKET_SHARE");
        assertEquals(13, de.percent(), 1e-9);
        assertEquals(List.of("Xiaomi"), targets(de));
    }

    @Test
    void inventoryAndTradeFlow() {
        MarketEvent inv = only(extract("Micron Technology said inventories rose 18 per cent in the quarter.", "en"), "INVENTORY");
        assertEquals("up", inv.direction());
        assertEquals(18, inv.percent(), 1e-9);
        MarketEvent zh = only(extract("联想集团的存货较年初减少了三成。", "zh"), "INVENTORY");
        assertEquals(30, zh.percent(), 1e-9);
        assertEquals("down", zh.direction());
        MarketEvent flow = only(extract("2022年，韩国对中国的半导体出口额达到1290亿美元。", "zh"), "TRADE_FLOW");
        assertTrue(hasAmount(flow, 1.29e11, "USD", "exports"), flow::toString);
        assertEquals("2022", flow.eventDate());
        MarketEvent verb = only(extract("China importierte 2022 Chips im Wert von 380 Milliarden Dollar, 4 Prozent weniger.", "de"), "TRADE_FLOW");
        assertTrue(hasAmount(verb, 3.8e11, "USD", "imports"), verb::toString);
        assertEquals("down", verb.direction());
        MarketEvent de = only(extract("Die deutschen Exporte nach China sanken 2022 auf 107 Milliarden Euro.", "de"), "TRADE_FLOW");
        assertTrue(hasAmount(de, 1.07e11, "EUR", "exports"), de::toString);
    }

    @Test
    void aFigureGoesToTheFirstMeasureItFits() {
        MarketEvent e = only(extract("Trading volume in Lenovo shares hit HK$2.4bn on Monday.", "en"), "TRADING_VOLUME");
        assertTrue(hasAmount(e, 2.4e9, "HKD", "turnover"), e::toString);
    }

    @Test
    void aMeasureAfterAnotherStatementIsNotTheFiguresOwner() {
        MarketEvent e = only(extract("Xiaomi's smartphone shipments fell 20% while its revenue dropped to $10 billion.", "en"), "EARNINGS");
        assertNull(e.percent(), "the 20% is of shipments");
        assertTrue(hasAmount(e, 1e10, "USD", "revenue"), e::toString);
    }

    @Test
    void directionFromTheVerbBeforeTheMeasure() {
        MarketEvent e = only(extract("Xiaomi steigerte 2022 den Umsatz um 12 Prozent auf 280 Milliarden Yuan.", "de"), "EARNINGS");
        assertEquals(12, e.percent(), 1e-9);
        assertEquals("up", e.direction());
        MarketEvent zh = only(extract("消息发布后，安防股集体大跌，其中大华股份跌幅超过9%。", "zh"), "STOCK_MOVE");
        assertEquals(List.of("Dahua"), targets(zh));
    }

    @Test
    void germanCompounds() {
        assertEquals(25, only(extract("Xiaomi hat einen Weltmarktanteil von rund 25 Prozent.", "de"), "MARKET_SHARE").percent(), 1e-9);
        MarketEvent e = only(extract("Der Quartalsumsatz von Infineon stieg auf 4,1 Mrd. Euro.", "de"), "EARNINGS");
        assertTrue(hasAmount(e, 4.1e9, "EUR", "revenue"), e::toString);
        MarketEvent move = only(extract("Die Lenovo-Aktie hat seit Jahresbeginn rund 20 Prozent verloren.", "de"), "STOCK_MOVE");
        assertEquals("down", move.direction());
        MarketEvent loss = only(extract("Samsung verbuchte Kursverluste von 3 Prozent.", "de"), "STOCK_MOVE");
        assertEquals(3, loss.percent(), 1e-9);
    }

    @Test
    void germanParticleVerbs() {
        MarketEvent e = only(extract("Die Aktie von Infineon legte in Frankfurt um 5,1 Prozent zu.", "de"), "STOCK_MOVE");
        assertEquals("up", e.direction());
        MarketEvent down = only(extract("Das Papier von Infineon gab am Montag 2,4 Prozent nach.", "de"), "STOCK_MOVE");
        assertEquals("down", down.direction());
    }

    @Test
    void aCompanyFollowedByAMoveVerbIsItsStock() {
        MarketEvent en = only(extract("Lenovo fell as much as 9.5% in Hong Kong trading on Monday.", "en"), "STOCK_MOVE");
        assertEquals(9.5, en.percent(), 1e-9);
        assertEquals("down", en.direction());
        assertEquals(List.of("Lenovo"), targets(en));
        MarketEvent zh = only(extract("消息传出后，中芯国际周四大跌6.3%。", "zh"), "STOCK_MOVE");
        assertEquals(6.3, zh.percent(), 1e-9);
        MarketEvent de = only(extract("Infineon fiel am Montag um 4 Prozent.", "de"), "STOCK_MOVE");
        assertEquals("down", de.direction());
        MarketEvent share = only(extract("Xiaomi climbed to a 14% share of the global smartphone market.", "en"), "MARKET_SHARE");
        assertEquals(14, share.percent(), 1e-9);
        assertTrue(extract("Xiaomi rose to prominence in 2014 and now sells in 100 countries.", "en").isEmpty());
        assertTrue(extract("Lenovo fell short of expectations.", "en").isEmpty());
        assertTrue(extract("BYD fell 102.2 points, or 0.36%, to 27,934.", "en").isEmpty(), "index points");
    }

    @Test
    void sessionWordsStandForTheStock() {
        MarketEvent e = only(extract("受此影响，比亚迪港股盘中一度大跌逾9%。", "zh"), "STOCK_MOVE");
        assertEquals(9, e.percent(), 1e-9);
        List<MarketEvent> quote = extract("截至发稿，联想集团报7.9港元，跌幅2.6%，成交额5.1亿港元。", "zh");
        assertEquals(2.6, only(quote, "STOCK_MOVE").percent(), 1e-9);
        assertEquals("down", only(quote, "STOCK_MOVE").direction());
        assertTrue(hasAmount(only(quote, "TRADING_VOLUME"), 5.1e8, "HKD", "turnover"));
        MarketEvent en = only(extract("Xiaomi's shares closed 3.1% higher on Thursday.", "en"), "STOCK_MOVE");
        assertEquals("up", en.direction());
    }

    @Test
    void aPeriodPartTakesTheYearTheSentenceStates() {
        MarketEvent e = only(extract("比亚迪2022年年报显示，公司全年营收4240.6亿元。", "zh"), "EARNINGS");
        assertEquals("2022-FY", e.period());
    }

    @Test
    void fiscalYears() {
        MarketEvent e = only(extract("腾讯2022财年营收为5546亿元。", "zh"), "EARNINGS");
        assertEquals("2022-FY", e.period());
        assertEquals("2022", e.eventDate());
    }

    @Test
    void turnoverIsRevenueOutsideAStockContext() {
        MarketEvent e = only(extract("Lenovo reported turnover of $15.3bn for the third quarter of 2022.", "en"), "EARNINGS");
        assertTrue(hasAmount(e, 1.53e10, "USD", "revenue"), e::toString);
        assertEquals("2022-Q3", e.period());
    }

    @Test
    void moveOnResultsDayTakesTheYearTheResultsCameOut() {
        String text = "阿里巴巴发布的2021年第二季度财报显示，营收2057亿元。财报发布当天，阿里巴巴股价下跌4%。";
        MarketEvent move = only(extract(text, "zh"), "STOCK_MOVE");
        assertEquals("2021", move.eventDate());
    }

    @Test
    void eventsWithoutACompanyAreDropped() {
        assertTrue(extract("股价下跌5%，市值蒸发30亿元。", "zh").isEmpty());
        assertTrue(extract("The stock market fell 3% on Monday.", "en").isEmpty());
    }

    @Test
    void figuresWithoutMarketMeaningAreNoEvents() {
        String[] texts = {
                "Tencent employs about 108,000 people, and 62% of respondents said they use its apps daily.",
                "该城市人口约为1400万，2022年居民人均可支配收入为6.2万元。",
                "华为有40%的业务在中国境外，员工超过19万人。",
                "Alibaba holds a 33% stake in Ant Group and owns 5% of the shares of another firm.",
                "The attack killed 23 people, and more than 70% of the buildings were damaged.",
                "Die Firma Infineon beschäftigt rund 58.000 Menschen, 40 Prozent davon in Deutschland.",
                "Huawei was added to the Entity List in May 2019 along with 68 affiliates.",
                "The shares of household income spent on food rose, with 2.7 billion people affected.",
                "百度宣布将在未来三年投资100亿元建设数据中心。",
                "腾讯持有该公司30%的股份。",
                "The US imposed tariffs of 25% on $200 billion worth of Chinese imports from Lenovo and others.",
                "Die USA erheben Strafzölle von 25 Prozent auf Importe im Wert von 200 Milliarden Dollar.",
        };
        for (String text : texts) {
            String language = text.matches(".*[\\u4e00-\\u9fff].*") ? "zh" : text.contains("Die ") ? "de" : "en";
            assertEquals(List.of(), extract(text, language), text);
        }
    }

    @Test
    void aRestatedEventIsOneRecord() {
        String text = """
                Xiaomi shares slump 9% after ban report
                Shares of Xiaomi fell 9.1% on Monday after the report. Xiaomi's shares had risen 4% on Friday.""";
        List<MarketEvent> moves = extract(text, "en");
        assertEquals(2, moves.size(), moves::toString);
        assertEquals(9.1, moves.get(0).percent(), 1e-9, "the dated body mention is kept over the rounded headline");
        assertEquals("up", moves.get(1).direction());
        String bare = "Die Aktie von Xiaomi fiel deutlich. Die Aktie von Xiaomi fiel am Montag um 9 Prozent.";
        MarketEvent kept = only(extract(bare, "de"), "STOCK_MOVE");
        assertEquals(9, kept.percent(), 1e-9, "the mention with the figure is kept");
    }

    @Test
    void suppositionsAreNoEvents() {
        assertEquals(List.of(), extract("Analysts said Xiaomi shares could fall 15% if the ban takes effect.", "en"));
        assertEquals(List.of(), extract("如果禁令生效，小米的营收可能减少200亿元。", "zh"));
        assertEquals(List.of(), extract("Der Umsatz von Infineon würde um 10 Prozent sinken.", "de"));
    }

    @Test
    void earningsPerShare() {
        MarketEvent e = only(extract("Walmart reported earnings per share of $1.50 for the fourth quarter.", "en"), "EARNINGS");
        assertTrue(hasAmount(e, 1.5, "USD", "eps"), e::toString);
    }

    @Test
    void articleWithoutMarketContentYieldsNothing() {
        String text = """
                The Commerce Department added Hikvision and Dahua to the Entity List in October 2019.
                The move bars US companies from selling components to the two firms without a licence.
                Officials said 28 organisations were named in the rule, which took effect on Oct. 9.
                Critics estimate that more than one million people have been detained in the region.""";
        assertEquals(List.of(), extract(text, "en"));
    }

    @Test
    void noPublicationDateMeansNoRelativeDate() {
        MarketEvent e = only(extract("Shares of Xiaomi jumped 12% on Monday.", "en", null), "STOCK_MOVE");
        assertNull(e.eventDate());
        assertNotEquals(null, e.id());
    }

    @Test
    void amountKindsAreContractFields() {
        MarketEvent e = only(extract("三星电子市值增加了1200亿美元。", "zh"), "MARKET_CAP");
        Amount a = e.amounts().get(0);
        assertEquals("market_cap_change", a.kind());
        assertEquals("up", e.direction());
    }

    @Test
    void aPeriodWithoutItsYearIsTheLatestThatHadEndedByPublication() {
        MarketEvent nineMonths = only(extract("联想集团前三季度营收同比增长8%。", "zh", "2023-11-02T08:00:00+08:00"), "EARNINGS");
        assertEquals("2023-9M", nineMonths.period());
        assertEquals("2023", nineMonths.eventDate());
        MarketEvent q4 = only(extract("Xiaomi said fourth-quarter revenue rose 10% to $11 billion.", "en",
                "2024-03-20T08:00:00Z"), "EARNINGS");
        assertEquals("2023-Q4", q4.period(), "a hyphenated quarter, reported the year after");
        MarketEvent de = only(extract("Infineon steigerte im zweiten Quartal den Umsatz um 4 Prozent.", "de",
                "2024-08-05T08:00:00+02:00"), "EARNINGS");
        assertEquals("2024-Q2", de.period());
        MarketEvent fiscal = only(extract("Lenovo's revenue for its fiscal third quarter rose 3% to $15.7 billion.", "en",
                "2024-02-22T08:00:00Z"), "EARNINGS");
        assertEquals("2024", fiscal.eventDate(), "a fiscal year is the company's own: the publication year");
        MarketEvent guidance = only(extract("Lenovo guided for second-quarter revenue to rise about 5%.", "en",
                "2024-05-24T08:00:00Z"), "EARNINGS");
        assertEquals("2024-Q2", guidance.period(), "guidance is for the quarter to come");
    }

    @Test
    void aShareIsDatedByTheQuarterItIsFor() {
        MarketEvent e = only(extract("Im ersten Quartal kam Xiaomi auf einen Marktanteil von 14 Prozent.", "de",
                "2024-05-10T08:00:00+02:00"), "MARKET_SHARE");
        assertEquals("2024", e.eventDate());
    }

    @Test
    void aSentenceWithoutADateTellsOfTheTradingDayBefore() {
        String text = "3月8日，小米集团股价大跌6%，收报11.2港元。联想集团收跌3.2%，成交额12亿港元。";
        List<MarketEvent> events = extract(text, "zh");
        assertEquals(List.of("2023-03-08", "2023-03-08", "2023-03-08"), events.stream().map(MarketEvent::eventDate).toList(),
                events::toString);
        String later = "3月8日，小米集团股价大跌6%。这是第二句。这是第三句。这是第四句。联想集团收跌3.2%。";
        assertNull(only(extract(later, "zh").stream().filter(e -> targets(e).contains("Lenovo")).toList(), "STOCK_MOVE")
                .eventDate(), "more than three sentences on, the day is no longer the story's");
        String share = "3月8日，小米集团股价大跌6%。联想集团占据国内市场15%的份额。";
        assertNull(only(extract(share, "zh"), "MARKET_SHARE").eventDate(), "a share states its own date or none");
        String unresolved = "Shares of Xiaomi fell 6% on Monday. Lenovo's shares fell 3% in May.";
        assertNull(extract(unresolved, "en", null).get(1).eventDate(), "a date stated but unresolved stays null");
    }

    @Test
    void aReportsFiguresInTheNextSentenceBelongToTheSameCompanyAndPeriod() {
        String text = "Infineon steigerte im ersten Quartal 2023 den Umsatz um 9 Prozent. "
                + "Der Nettogewinn stieg um 12 Prozent auf 900 Millionen Euro.";
        List<MarketEvent> events = extract(text, "de");
        assertEquals(2, events.size(), events::toString);
        MarketEvent second = events.get(1);
        assertEquals(List.of("Infineon"), targets(second));
        assertEquals("2023", second.eventDate());
        assertEquals("2023-Q1", second.period());
        assertTrue(second.confidence() < events.get(0).confidence(), "an inferred company is less certain");
        String inventories = "Lenovo reported revenue of $15.7 billion for the quarter. "
                + "Inventories stood at $6.1 billion at the end of December.";
        MarketEvent stock = only(extract(inventories, "en", "2024-02-22T08:00:00Z"), "INVENTORY");
        assertEquals(List.of("Lenovo"), targets(stock));
        assertEquals("2023-12", stock.eventDate());
    }

    @Test
    void aCompanyCarriesOverOnlyToSentencesAboutIt() {
        String far = "Tencent's revenue rose 5% to 150 billion yuan. The first. The second. Net profit rose 3%.";
        assertEquals(1, extract(far, "en").size(), "three sentences on, no company carries over");
        String many = "Tencent's revenue rose 5% to 150 billion yuan. Chinese stocks fell 2% on the day.";
        assertEquals(1, extract(many, "en").size(), "stocks with a word saying which are not Tencent's");
        String zh = "海康威视市值单日缩水约230亿元。A股安防板块全线走低，多只个股触及跌停。";
        assertEquals(List.of("MARKET_CAP"), extract(zh, "zh").stream().map(MarketEvent::subtype).toList());
        String trade = "Hikvision's revenue rose 10% to 20 billion yuan. Exports of cameras rose 5% to $9 billion.";
        assertTrue(only(extract(trade, "en"), "TRADE_FLOW").targets().isEmpty(), "a country's trade is no company's");
        String definite = "Xiaomi reported revenue of 90 billion yuan. The shares rose 4% in Hong Kong.";
        assertEquals(List.of("Xiaomi"), targets(only(extract(definite, "en"), "STOCK_MOVE")));
    }

    @Test
    void aStockMoveKeepsThePriceItWentTo() {
        MarketEvent en = only(extract("Lenovo shares fell 4% to HK$7.12 on Monday.", "en"), "STOCK_MOVE");
        assertTrue(hasAmount(en, 7.12, "HKD", "price"), en::toString);
        assertEquals(4, en.percent(), 1e-9);
        MarketEvent zh = only(extract("受此影响，比亚迪今日开盘即跌停，收报210.5元。", "zh"), "STOCK_MOVE");
        assertTrue(hasAmount(zh, 210.5, "CNY", "price"), zh::toString);
        assertEquals("down", zh.direction());
        MarketEvent de = only(extract("Die Aktie von Infineon stieg um 3,5 Prozent auf 36,20 Euro.", "de"), "STOCK_MOVE");
        assertTrue(hasAmount(de, 36.2, "EUR", "price"), de::toString);
        assertTrue(extract("截至发稿，比亚迪报210.5元。", "zh").isEmpty(), "a price quoted without a move is no event");
        List<MarketEvent> sum = extract("Trading volume in Lenovo shares came to HK$2.4bn on Monday.", "en");
        assertEquals(List.of("TRADING_VOLUME"), sum.stream().map(MarketEvent::subtype).toList(), "a sum is no price");
    }

    @Test
    void anIndustrysSalesAreItsMarketSize() {
        MarketEvent en = only(extract("Global smartphone sales reached $410 billion in 2022, a research firm said.", "en"),
                "MARKET_SIZE");
        assertEquals("2022", en.eventDate());
        assertTrue(en.targets().isEmpty());
        assertTrue(hasAmount(en, 4.1e11, "USD", "market_size"), en::toString);
        MarketEvent zh = only(extract("2022年全球半导体销售额达到5740亿美元。", "zh"), "MARKET_SIZE");
        assertTrue(hasAmount(zh, 5.74e11, "USD", "market_size"), zh::toString);
        MarketEvent de = only(extract("Der weltweite Umsatz mit Halbleitern stieg 2022 auf 600 Milliarden Dollar.", "de"),
                "MARKET_SIZE");
        assertEquals("2022", de.eventDate());
        MarketEvent own = only(extract("Xiaomi's global sales rose 8% to $40 billion in 2022.", "en"), "EARNINGS");
        assertEquals(List.of("Xiaomi"), targets(own), "a company's own sales are its revenue");
    }

    @Test
    void aMarketNamedByWhatItSells() {
        MarketEvent en = only(extract("The market for industrial robots was worth $16 billion in 2021.", "en"), "MARKET_SIZE");
        assertEquals("2021", en.eventDate());
        List<MarketEvent> forecast = extract("The market for heat pumps reached $60 billion in 2023 and is expected to grow "
                + "at a compound annual rate of 9% to $95 billion by 2028.", "en");
        assertEquals(List.of("2023", "2028"), forecast.stream().map(MarketEvent::eventDate).toList(), forecast::toString);
        assertTrue(hasAmount(forecast.get(1), 9, null, "cagr"), forecast.get(1)::toString);
        MarketEvent de = only(extract("Der Markt für Wärmepumpen soll bis 2030 auf 40 Milliarden Euro wachsen.", "de"),
                "MARKET_SIZE");
        assertEquals("2030", de.eventDate());
        assertTrue(hasAmount(de, 4e10, "EUR", "market_size_forecast"), de::toString);
    }

    @Test
    void companiesTheGazetteerDoesNotKnow() {
        MarketEvent en = only(extract("Shares of Rheinmetall rose 7.3% on Monday.", "en"), "STOCK_MOVE");
        assertEquals(List.of("Rheinmetall"), targets(en));
        assertEquals("rheinmetall", en.targets().get(0).id());
        MarketEvent de = only(extract("Die Aktie des Autobauers Porsche fiel um 2 Prozent.", "de"), "STOCK_MOVE");
        assertEquals(List.of("Porsche"), targets(de));
        MarketEvent inc = only(extract("Lumentum Holdings Inc. said revenue fell 12% to $402 million.", "en"), "EARNINGS");
        assertEquals(List.of("Lumentum Holdings"), targets(inc));
        MarketEvent possessive = only(extract("Aixtron's market value fell by 1.2 billion euros.", "en"), "MARKET_CAP");
        assertEquals(List.of("Aixtron"), targets(possessive));
        MarketEvent listed = only(extract("Shares of Hong Kong-listed Sunny Optical fell 6%.", "en"), "STOCK_MOVE");
        assertEquals(List.of("Sunny Optical"), targets(listed));
        assertTrue(extract("Die Tech-Aktien fielen um 2 Prozent.", "de").isEmpty());
        assertTrue(extract("China's sales of cars rose 5% to $100 billion.", "en").isEmpty(), "a country is no company");
        assertTrue(extract("Die Aktie des Unternehmens fiel um 3 Prozent.", "de").isEmpty(), "a noun names no company");
        assertTrue(extract("Its stock in Hong Kong fell 3% on Monday.", "en").isEmpty(), "a place is no company");
        assertTrue(extract("Der Umsatz der Sparte stieg um 4 Prozent auf 2 Milliarden Euro.", "de").isEmpty());
        MarketEvent bank = only(extract("Die Papiere der Deutschen Pfandbriefbank fielen um 5 Prozent.", "de"), "STOCK_MOVE");
        assertEquals(List.of("Deutschen Pfandbriefbank"), targets(bank));
        MarketEvent hyphens = only(extract("Die Acme-Robotics-Aktie fiel um 2 Prozent.", "de"), "STOCK_MOVE");
        assertEquals(List.of("Acme-Robotics"), targets(hyphens), "a name of hyphenated words before -Aktie");
        MarketEvent von = only(extract("Die Aktie von Acme Energy stieg um 3 Prozent.", "de"), "STOCK_MOVE");
        assertEquals(List.of("Acme Energy"), targets(von), "after von, the first word is the name's, not a noun's");
    }

    @Test
    void chineseCompaniesTheGazetteerDoesNotKnow() {
        List<MarketEvent> moves = extract("受此影响，韦尔股份收跌4.1%，北方华创大涨5%。", "zh");
        assertEquals(List.of(List.of("韦尔股份"), List.of("Naura Technology")),
                moves.stream().map(MarketExtractorTest::targets).toList());
        MarketEvent coded = only(extract("中际旭创（300308）股价大涨8%。", "zh"), "STOCK_MOVE");
        assertEquals(List.of("中际旭创"), targets(coded), "a name with its stock code");
        assertTrue(extract("国内汽车股价普遍下跌3%。", "zh").isEmpty(), "a sector is no company");
        assertTrue(extract("新能源汽车销售额同比增长30%。", "zh").isEmpty(), "nor an industry");
    }

    @Test
    void aReferenceGoesToTheCompanyTheMarketNewsIsAbout() {
        String text = "Huawei baut sein Geschäft aus. Huawei liefert Netze an viele Länder. "
                + "Die Aktie des Zulieferers Lumentum fiel am Montag um 8 Prozent. "
                + "Der Börsenwert des Unternehmens sank um 300 Millionen Dollar.";
        MarketEvent cap = only(extract(text, "de"), "MARKET_CAP");
        assertEquals(List.of("Lumentum"), targets(cap), "not Huawei, the company named most");
        assertEquals("2023-03-13", cap.eventDate(), "the day of the move before");
    }
}
