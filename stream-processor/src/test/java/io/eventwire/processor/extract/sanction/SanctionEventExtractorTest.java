package io.eventwire.processor.extract.sanction;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.record.Target;
import io.eventwire.processor.extract.Articles;
import io.eventwire.processor.extract.EventExtractor;
import io.eventwire.processor.extract.entity.Gazetteer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences written for these tests: each states one situation the rules must handle, in zh, en or de. */
class SanctionEventExtractorTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor(Gazetteer.defaults(), context -> List.of());

    private static List<SanctionEvent> extract(String language, String publishedAt, String text) {
        return EXTRACTOR.extract(Articles.of("case-" + Math.abs(text.hashCode()), language, publishedAt, text)).sanctions();
    }

    private static SanctionEvent only(String language, String publishedAt, String text) {
        List<SanctionEvent> events = extract(language, publishedAt, text);
        assertEquals(1, events.size(), () -> "one event expected: " + events);
        return events.get(0);
    }

    private static List<String> targets(SanctionEvent event) {
        return event.targets().stream().map(Target::id).toList();
    }

    @Test
    void articlesWithoutASanctionGiveNoEvents() {
        assertEquals(List.of(), extract("en", "2023-04-02T08:00:00Z",
                "Nvidia reported record data-centre revenue on Wednesday. Huawei unveiled a foldable phone in Shenzhen, "
                        + "and Alibaba said its cloud unit would cut prices. The city council banned e-scooters from the old town."));
        assertEquals(List.of(), extract("zh", "2023-04-02T08:00:00+08:00",
                "小米今天发布了新款手机，售价3999元。华为表示，今年将继续加大研发投入。比亚迪上月销量同比增长。"));
        assertEquals(List.of(), extract("de", "2023-04-02T08:00:00+02:00",
                "Infineon meldet ein starkes Quartal. Der Autobauer BYD eröffnet ein Werk in Ungarn. Die Stadt verbietet das Grillen im Park."));
    }

    @Test
    void negatedMeasuresGiveNoEvents() {
        assertEquals(List.of(), extract("en", null, "Lenovo was not added to the Entity List, officials said."));
        assertEquals(List.of(), extract("zh", null, "中芯国际此次并未被列入实体清单。"));
        assertEquals(List.of(), extract("de", null, "Xiaomi wurde nicht auf die schwarze Liste gesetzt."));
    }

    @Test
    void anEntityListAdditionWithItsTargetsListedInTheNextSentence() {
        SanctionEvent event = only("zh", "2021-01-05T10:00:00+08:00",
                "2020年12月，美国商务部宣布将数十家中国企业列入实体清单。其中包括中芯国际和大疆。");
        assertEquals("ENTITY_LIST_ADDITION", event.subtype());
        assertEquals(List.of("smic", "dji"), targets(event));
        assertEquals("us-commerce", event.authority().id());
        assertEquals("2020-12", event.eventDate());
        assertEquals("month", event.datePrecision());
        assertEquals(SanctionEvent.ACTUAL, event.modality());
    }

    @Test
    void restatementsWithinAnArticleAreOneEvent() {
        SanctionEvent event = only("en", "2019-05-20T12:00:00Z",
                "On May 15, 2019, the Commerce Department added Huawei Technologies to the Entity List. "
                        + "The blacklisting of Huawei cuts it off from American chips. "
                        + "Huawei called the sanctions unjust, and analysts expect the ban to hurt HiSilicon as well as Huawei.");
        assertEquals(List.of("huawei", "hisilicon"), targets(event));
        assertEquals("2019-05-15", event.eventDate());
        assertEquals("day", event.datePrecision());
        assertEquals(event.evidence().sentence(),
                "On May 15, 2019, the Commerce Department added Huawei Technologies to the Entity List.");
    }

    @Test
    void idsFollowTheContract() {
        String text = "The FCC voted in November 2022 to ban new equipment authorizations for Hikvision, Dahua and Hytera.";
        List<SanctionEvent> first = extract("en", "2022-11-30T09:00:00Z", text);
        List<SanctionEvent> again = extract("en", "2022-11-30T09:00:00Z", text);
        assertEquals(first, again, "a replay gives the same records");
        SanctionEvent event = first.get(0);
        assertEquals("EQUIPMENT_AUTHORIZATION_BAN", event.subtype());
        assertEquals("us-fcc", event.authority().id());
        assertEquals(List.of("hikvision", "dahua", "hytera"), targets(event));
        assertEquals("2022-11", event.eventDate());
        assertEquals(Ids.eventId(event.articleId(), "sanction", event.subtype(), targets(event), "2022-11", 0), event.id());
        assertEquals(Ids.canonicalEventKey("sanction", event.subtype(), "us-fcc", List.of("hytera", "dahua", "hikvision"),
                "2022-11"), event.canonicalKey());
        assertEquals(SanctionEventExtractor.VERSION, event.extractorVersion());
    }

    @Test
    void liftingIsItsOwnSubtype() {
        SanctionEvent en = only("en", "2023-03-10T00:00:00Z",
                "The Commerce Department removed Fujian Jinhua from the Entity List on March 3, 2023.");
        assertEquals("SANCTION_LIFTED", en.subtype());
        assertEquals(List.of("jhicc"), targets(en));
        assertEquals("2023-03-03", en.eventDate());
        SanctionEvent zh = only("zh", "2023-03-10T00:00:00+08:00", "美国财政部宣布解除对中远海运的制裁。");
        assertEquals("SANCTION_LIFTED", zh.subtype());
        assertEquals("us-treasury", zh.authority().id());
        assertEquals(List.of("cosco"), targets(zh));
    }

    @Test
    void measuresByChinaAreCounterSanctionsAgainstForeignCompanies() {
        SanctionEvent list = only("zh", "2023-02-20T00:00:00+08:00",
                "中国商务部2023年2月16日宣布，将洛克希德·马丁和雷神公司列入不可靠实体清单。");
        assertEquals("COUNTER_SANCTION", list.subtype());
        assertEquals("cn-mofcom", list.authority().id());
        assertEquals(List.of("lockheed-martin", "raytheon"), targets(list));
        assertEquals("2023-02-16", list.eventDate());
        SanctionEvent chips = only("en", "2023-06-01T00:00:00Z",
                "In May 2023 the Cyberspace Administration of China banned the purchase of Micron Technology chips by "
                        + "operators of key infrastructure.");
        assertEquals("COUNTER_SANCTION", chips.subtype());
        assertEquals(List.of("micron"), targets(chips));
        assertEquals("2023-05", chips.eventDate());
    }

    @Test
    void plansAndReportsKeepTheirModality() {
        SanctionEvent planned = only("de", "2024-01-15T00:00:00+01:00",
                "Die EU-Kommission erwägt ein Exportverbot für Bauteile an Hytera.");
        assertEquals("EXPORT_RESTRICTION", planned.subtype());
        assertEquals(SanctionEvent.PLANNED, planned.modality());
        assertEquals("eu-commission", planned.authority().id());
        SanctionEvent reported = only("en", "2024-01-15T00:00:00Z",
                "The Treasury Department is preparing to put SMIC on the SDN list, according to people familiar with the matter.");
        assertEquals("BLOCKING_SANCTION", reported.subtype());
        assertEquals(SanctionEvent.REPORTED, reported.modality());
        assertEquals("us-treasury", reported.authority().id());
        SanctionEvent rumour = only("zh", "2024-01-15T00:00:00+08:00", "据外媒报道，美国政府拟对长江存储实施出口管制。");
        assertEquals(SanctionEvent.REPORTED, rumour.modality());
        assertEquals(List.of("ymtc"), targets(rumour));
    }

    @Test
    void purchaseProcurementInvestmentAndRetailMeasures() {
        SanctionEvent procurement = only("de", "2019-01-10T00:00:00+01:00",
                "Der US-Kongress verbot 2018 den Bundesbehörden den Kauf von Funkgeräten von Hytera und Kameras von Hikvision.");
        assertEquals("PROCUREMENT_BAN", procurement.subtype());
        assertEquals("us-congress", procurement.authority().id());
        assertEquals("2018", procurement.eventDate());
        SanctionEvent investment = only("en", "2020-12-01T00:00:00Z",
                "In November 2020 the White House barred American investors from buying shares of China Mobile and China Telecom.");
        assertEquals("INVESTMENT_BAN", investment.subtype());
        assertEquals(List.of("china-mobile", "china-telecom"), targets(investment));
        assertEquals("us-government", investment.authority().id());
        SanctionEvent retail = only("en", "2023-06-01T00:00:00Z", "Home Depot stopped selling Ezviz cameras last year.");
        assertEquals("RETAIL_DELISTING", retail.subtype());
        assertEquals("home-depot", retail.authority().id());
        assertEquals(List.of("ezviz"), targets(retail));
        assertEquals("2022", retail.eventDate());
    }

    @Test
    void suppliersOfTheSanctioningCountryAreNotTargets() {
        SanctionEvent event = only("en", null,
                "The US Commerce Department put Inspur on the Entity List, cutting it off from Intel and Nvidia processors.");
        assertEquals(List.of("inspur"), targets(event));
    }

    @Test
    void aCompanyReferredToByDescriptionIsTheTarget() {
        SanctionEvent event = only("en", null,
                "Hytera showed a new body camera at the fair. The radio maker, which was placed on the Entity List, sells abroad.");
        assertEquals(List.of("hytera"), targets(event));
        assertNotEquals(null, event.authority());
    }

    @Test
    void distinctMeasuresInOneArticleStayApart() {
        List<SanctionEvent> events = extract("en", "2021-01-15T00:00:00Z",
                "In 2019 the Commerce Department added Huawei to the Entity List. "
                        + "In January 2021 the White House barred American investors from holding shares of Xiaomi.");
        assertEquals(List.of("ENTITY_LIST_ADDITION", "INVESTMENT_BAN"), events.stream().map(SanctionEvent::subtype).toList());
        assertTrue(events.stream().allMatch(e -> e.targets().size() == 1));
    }

    @Test
    void backgroundMentionsOfSanctionsAreNoEvents() {
        assertEquals(List.of(), extract("en", "2022-08-01T00:00:00Z",
                "Despite US sanctions, Huawei's consumer business grew last quarter. Analysts said the restrictions "
                        + "had pushed ZTE to design more of its own chips."));
        assertEquals(List.of(), extract("zh", "2022-08-01T00:00:00+08:00", "受制裁影响，华为手机业务收入下滑，但其云业务保持增长。"));
        assertEquals(List.of(), extract("en", "2022-08-01T00:00:00Z",
                "Nvidia shares fell on Tuesday after the US tightened export controls on advanced chips."));
        assertEquals(List.of(), extract("en", "2024-07-18T00:00:00Z",
                "TSMC reported a 20% rise in quarterly profit. The company said export restrictions had little effect on its results."));
        assertEquals(List.of(), extract("zh", "2024-07-18T00:00:00+08:00", "台积电第二季度净利润同比增长20%。公司表示，出口管制对业绩影响有限。"));
        assertEquals(List.of(), extract("en", "2023-09-05T00:00:00Z",
                "Huawei's new phone uses a chip made by SMIC despite US export controls."));
    }

    @Test
    void aCountryNamedAsActorImposesTheMeasure() {
        SanctionEvent event = only("en", "2023-03-01T00:00:00Z", "Japan banned Hikvision cameras on government devices on Monday.");
        assertEquals("PROCUREMENT_BAN", event.subtype());
        assertEquals("jp-government", event.authority().id());
        assertEquals("2023-02-27", event.eventDate());
    }

    @Test
    void anEntityListAdditionIsNotAlsoTheExportRestrictionItBrings() {
        SanctionEvent event = only("en", null,
                "The Commerce Department added Sugon to the Entity List, imposing export restrictions on the supercomputer maker.");
        assertEquals("ENTITY_LIST_ADDITION", event.subtype());
        assertEquals(List.of("sugon"), targets(event));
    }

    @Test
    void newsOutletsAreNotActors() {
        SanctionEvent event = only("en", null,
                "The Washington Post reported that the Treasury Department froze the assets of Hengtong Group.");
        assertEquals("BLOCKING_SANCTION", event.subtype());
        assertEquals("us-treasury", event.authority().id());
        assertEquals(SanctionEvent.REPORTED, event.modality());
    }

    @Test
    void deadlinesDateNoAction() {
        SanctionEvent event = only("en", "2020-07-15T09:00:00+01:00",
                "The UK government on Tuesday ordered telecom operators to strip Huawei equipment from their 5G networks by 2027.");
        assertEquals("PURCHASE_BAN", event.subtype());
        assertEquals("uk-government", event.authority().id());
        assertEquals("2020-07-14", event.eventDate());
        SanctionEvent german = only("de", "2024-07-11T09:00:00+02:00",
                "Die Bundesregierung will Bauteile von Huawei und ZTE bis 2026 aus dem 5G-Kernnetz ausschließen.");
        assertEquals(SanctionEvent.PLANNED, german.modality());
        assertEquals(null, german.eventDate());
        assertEquals(List.of("huawei", "zte"), targets(german));
    }

    @Test
    void treasurySanctionsAreBlockingSanctions() {
        SanctionEvent event = only("en", "2021-12-11T09:00:00Z",
                "The Treasury Department on Friday sanctioned SenseTime over its facial recognition work in Xinjiang.");
        assertEquals("BLOCKING_SANCTION", event.subtype());
        assertEquals("2021-12-10", event.eventDate());
        assertEquals(List.of(), extract("en", "2021-12-11T09:00:00Z",
                "Alibaba shares fell as Treasury yields rose and talk of sanctions spread among traders."));
    }

    @Test
    void descriptorsNameTheirCompany() {
        SanctionEvent event = only("de", null,
                "Washington erwägt ein Exportverbot für den weltweit größten Hersteller von Überwachungskameras.");
        assertEquals(List.of("hikvision"), targets(event));
        assertEquals("us-government", event.authority().id());
    }

    @Test
    void traditionalChineseAndFullWidthDigitsReadLikeSimplified() {
        SanctionEvent event = only("zh", "2019-05-20T00:00:00+08:00", "美國商務部於２０１９年５月１５日將華為列入實體清單。");
        assertEquals("ENTITY_LIST_ADDITION", event.subtype());
        assertEquals(List.of("huawei"), targets(event));
        assertEquals("2019-05-15", event.eventDate());
        SanctionEvent reported = only("zh", "2020-12-20T00:00:00+08:00", "據報導，美國國防部將中芯國際列入軍方企業黑名單。");
        assertEquals("ENTITY_LIST_ADDITION", reported.subtype());
        assertEquals(SanctionEvent.REPORTED, reported.modality());
        assertEquals("us-dod", reported.authority().id());
    }

    @Test
    void officialWarningsAndDesignationsAreOtherMeasures() {
        SanctionEvent warning = only("de", null, "Das Bundesamt für Sicherheit in der Informationstechnik warnt vor Kameras von Hikvision.");
        assertEquals("OTHER", warning.subtype());
        assertEquals("de-bsi", warning.authority().id());
        assertEquals(List.of(), extract("de", null, "Hikvision warnt vor einem Umsatzrückgang im zweiten Quartal."));
        SanctionEvent designation = only("en", "2024-01-31T00:00:00Z",
                "The Pentagon added CATL and Tencent to its list of Chinese military companies on Wednesday.");
        assertEquals("us-dod", designation.authority().id());
        assertEquals(List.of("catl", "tencent"), targets(designation));
    }
}
