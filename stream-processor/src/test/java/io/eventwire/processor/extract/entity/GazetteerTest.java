package io.eventwire.processor.extract.entity;

import io.eventwire.processor.extract.EntityMention;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.defaults();

    private static List<String> ids(String text) {
        List<EntityMention> mentions = GAZETTEER.find(text);
        for (EntityMention m : mentions) {
            assertEquals(m.matchedText(), text.substring(m.start(), m.end()), "offsets point into the text");
        }
        return mentions.stream().map(EntityMention::entityId).toList();
    }

    @Test
    void chineseNamesMatchWithoutWordBoundariesInBothScripts() {
        assertEquals(List.of("us-commerce", "hikvision", "dahua"), ids("美国商务部把海康威视和大华列入清单"));
        assertEquals(List.of("huawei", "zte"), ids("華為與中興通訊的禁令"));
    }

    @Test
    void caseAndWidthAreIgnored() {
        assertEquals(List.of("huawei", "zte", "smic"), ids("ＨＵＡＷＥＩ and ｚｔｅ and smic"));
        assertEquals(List.of("lowes"), ids("Lowe’s stopped selling the cameras"));
    }

    @Test
    void shortLatinAliasesNeverMatchInsideWords() {
        assertEquals(List.of(), ids("ZTEX and DJIBOUTI and Amdahl and Cataloging"));
        assertEquals(List.of("dji", "zte"), ids("DJI-Drohnen und ZTE's phones"));
    }

    @Test
    void caseSensitiveAliasesAreNotCommonWords() {
        assertEquals(List.of(), ids("bis Ende des Jahres, an honor for the house"));
        assertEquals(List.of("us-commerce", "honor"), ids("BIS said Honor may not buy"));
    }

    @Test
    void theLongestNameWinsOverlaps() {
        List<EntityMention> mentions = GAZETTEER.find("Hangzhou Hikvision Digital Technology Co. and the U.S. Department of Commerce");
        assertEquals(List.of("Hangzhou Hikvision Digital Technology Co.", "U.S. Department of Commerce"),
                mentions.stream().map(EntityMention::matchedText).toList());
    }

    @Test
    void misspellingsAndGermanFormsAreKnown() {
        assertEquals(List.of("hikvision", "us-government", "us-commerce"),
                ids("Hikvison wird von der US-Regierung und dem Handelsministerium geprüft"));
    }

    @Test
    void theDataFileCoversFarMoreThanOneArticle() {
        assertTrue(GAZETTEER.size() > 150, "entities: " + GAZETTEER.size());
        for (String id : List.of("hikvision", "dahua", "iflytek", "megvii", "sensetime", "meiya-pico", "yitu", "yixin",
                "psb-urumqi", "huawei", "hisilicon", "honor", "zte", "smic", "ymtc", "cxmt", "dji", "hytera", "inspur",
                "sugon", "tencent", "alibaba", "bytedance", "tiktok", "xiaomi", "byd", "catl", "china-mobile",
                "intel", "nvidia", "amd", "qualcomm", "micron", "asml", "tsmc", "best-buy", "home-depot", "lowes",
                "us-commerce", "us-treasury", "us-congress", "us-fcc", "us-state", "us-government", "us-dod", "eu",
                "eu-commission", "uk-government", "de-government", "de-bafa", "de-bsi", "cn-mofcom", "cn-government")) {
            assertTrue(GAZETTEER.entity(id).isPresent(), id);
        }
    }

    @Test
    void screeningListJsonAndCsvGiveTheSameOrganisations() throws IOException {
        List<Entity> json = PublicLists.screeningListJson(reader("/lists/csl-sample.json"));
        List<Entity> csv = PublicLists.screeningListCsv(reader("/lists/csl-sample.csv"));
        for (List<Entity> entities : List.of(json, csv)) {
            assertEquals(2, entities.size(), "the individual is skipped");
            Entity lantern = entities.get(0);
            assertEquals("CN", lantern.country());
            assertEquals(Set.of("Lantern Optics", "北灯光学"), Set.copyOf(lantern.aliases()));
            assertEquals("HK", entities.get(1).country());
        }
        assertEquals("Quartzline \"QL\" Microsystems", csv.get(1).name());
        Gazetteer extended = GAZETTEER.plus(json);
        List<EntityMention> mentions = extended.find("Washington listed 北灯光学 and QUARTZLINE MICROSYSTEMS.");
        assertEquals(List.of("Washington", "北灯光学", "QUARTZLINE MICROSYSTEMS"),
                mentions.stream().map(EntityMention::matchedText).toList());
    }

    @Test
    void openSanctionsOrganisationsAreRead() throws IOException {
        List<Entity> entities = PublicLists.openSanctions(reader("/lists/opensanctions-sample.jsonl"));
        assertEquals(List.of("Northern Lantern Optics Co., Ltd.", "Eastern Harbour Police Bureau"),
                entities.stream().map(Entity::name).toList());
        assertEquals(Set.of("company", "organization"), entities.stream().map(Entity::kind).collect(Collectors.toSet()));
        assertEquals("CN", entities.get(0).country());
        Gazetteer extended = GAZETTEER.plus(entities);
        assertEquals("opensanctions:NK-lantern1", extended.find("Lantern Optics was hit").get(0).entityId());
    }

    private static Reader reader(String resource) {
        InputStream in = GazetteerTest.class.getResourceAsStream(resource);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
