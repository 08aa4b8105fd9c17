package io.eventwire.processor.extract.sanction;

import io.eventwire.contracts.record.SanctionSubtype;

import io.eventwire.processor.text.GatedAlternations;
import io.eventwire.processor.text.PatternGate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import static io.eventwire.contracts.record.SanctionSubtype.BLOCKING_SANCTION;
import static io.eventwire.contracts.record.SanctionSubtype.COUNTER_SANCTION;
import static io.eventwire.contracts.record.SanctionSubtype.ENTITY_LIST_ADDITION;
import static io.eventwire.contracts.record.SanctionSubtype.EQUIPMENT_AUTHORIZATION_BAN;
import static io.eventwire.contracts.record.SanctionSubtype.EXPORT_RESTRICTION;
import static io.eventwire.contracts.record.SanctionSubtype.INVESTMENT_BAN;
import static io.eventwire.contracts.record.SanctionSubtype.OTHER;
import static io.eventwire.contracts.record.SanctionSubtype.PROCUREMENT_BAN;
import static io.eventwire.contracts.record.SanctionSubtype.PURCHASE_BAN;
import static io.eventwire.contracts.record.SanctionSubtype.RETAIL_DELISTING;
import static io.eventwire.contracts.record.SanctionSubtype.SANCTION_LIFTED;

/**
 * The words that announce a sanction, in Chinese, English and German, each with the subtype it signals.
 *
 * <p>A <em>specific</em> trigger names the kind of measure ("Entity List", "出口管制", "Exportverbot"). A
 * <em>generic</em> one only says that there is a measure ("sanctions", "the ban", 制裁, "Verbot", "on the list"):
 * articles name the measure once and then refer back to it, so a generic mention joins the specific event it
 * shares targets with, and only stands alone (as {@code OTHER}) when there is none. Some triggers imply an
 * authority (the Entity List is the Commerce Department's) used when the sentence names none.
 *
 * <p>Patterns run on {@link io.eventwire.processor.extract.text.TextFold folded} text (traditional characters
 * and full-width forms already mapped), case-insensitively, and only where their words occur ({@link PatternGate}).
 */
final class TriggerLexicon {

    /** One lexicon entry. */
    record Trigger(SanctionSubtype subtype, boolean generic, String defaultAuthority, Pattern pattern) {
    }

    /** A trigger found in a text, offsets relative to that text. */
    record Match(Trigger trigger, int start, int end, String text) {
        SanctionSubtype subtype() {
            return trigger.subtype();
        }

        boolean generic() {
            return trigger.generic();
        }
    }

    private static final String COMMERCE = "us-commerce";
    private static final String TREASURY = "us-treasury";
    private static final String FCC = "us-fcc";
    private static final String MOFCOM = "cn-mofcom";
    private static final String DOD = "us-dod";
    private static final String US_BUYING = "(?:american|us|u\\.s\\.) ";

    private static final List<Trigger> TRIGGERS = List.of(
            // --- lifting first: "removed from the Entity List" must not read as an addition
            specific(SANCTION_LIFTED, null,
                    "\\blift(?:s|ed|ing)?\\s+(?:the\\s+|its\\s+|some\\s+|all\\s+|a\\s+)?(?:[\\w-]+\\s+){0,2}?(?:sanctions|ban|restrictions|denial order)"
                            + "|\\b(?:sanctions|ban|restrictions|denial order)\\s+(?:was|were|has been|have been|had been)\\s+(?:lifted|removed|rescinded|revoked)"
                            + "|\\bremov(?:e|es|ed|ing)\\s+.{0,80}?\\bfrom\\s+(?:the\\s+|its\\s+|washington's\\s+)?(?:entity list|blacklist|sdn list|unverified list|list)"
                            + "|\\b(?:eas(?:e|es|ed|ing)|rescind(?:s|ed)?|revok(?:e|es|ed)|terminat(?:e|es|ed|ing))\\s+(?:the\\s+|its\\s+)?(?:sanctions|restrictions|ban|denial order)"
                            + "|\\b(?:aufgehoben|aufheben|hebt\\s+.{0,40}?auf|Aufhebung|gelockert|lockert)\\b"
                            + "|\\bvon\\s+der\\s+(?:Entity[- ]List|schwarzen\\s+Liste|Liste)\\s+(?:gestrichen|genommen|entfernt)"
                            + "|(?:解除|取消|撤销|放宽|终止).{0,6}(?:制裁|禁令|限制|管制|拒绝令)"
                            + "|(?:从|自).{0,30}(?:实体清单|黑名单|名单).{0,6}(?:移除|删除|剔除|除名)|移出.{0,6}(?:实体清单|黑名单|名单)"),
            // --- counter-measures of the targeted country
            specific(COUNTER_SANCTION, MOFCOM, "\\bunreliable entit(?:y|ies) list|不可靠实体清单|\\bListe\\s+unzuverlässiger\\s+\\w+"),
            specific(COUNTER_SANCTION, null,
                    "\\bcounter-?(?:sanctions?|measures?)|\\bretaliat(?:e|es|ed|ing|ion|ory)\\b|\\bGegen(?:maßnahmen?|sanktionen?)\\b"
                            + "|\\bVergeltung(?:smaßnahmen?)?\\b|反制(?:裁|措施)?|对等制裁"),
            // --- lists
            specific(ENTITY_LIST_ADDITION, COMMERCE,
                    "\\bentity[- ]list(?:e|en)?\\b|\\bunverified list\\b|\\bmilitary end[- ]user list\\b"
                            + "|出口管制实体清单|实体清单|实体名单|未经验证清单|军事最终用户清单"),
            specific(ENTITY_LIST_ADDITION, null,
                    "\\b(?:trade\\s+)?black-?list(?:s|ed|ing)?\\b|\\bblack list\\b|\\bschwarze[nr]?\\s+Liste\\b|黑名单"),
            // --- blocking sanctions
            specific(BLOCKING_SANCTION, TREASURY,
                    "\\bsdn list\\b|\\bspecially designated nationals\\b|\\bmagnitsky\\b|\\bSDN-Liste\\b|特别指定国民|马格尼茨基|SDN清单"),
            specific(BLOCKING_SANCTION, TREASURY,
                    "\\b(?:treasury|ofac)(?:\\s+department)?(?:\\s+on\\s+\\w+)?\\s+(?:has\\s+|have\\s+|had\\s+)?(?:sanctioned|sanctions|imposed\\s+sanctions)\\b"
                            + "|\\bsanction(?:s|ed)?\\s+by\\s+(?:the\\s+)?(?:us\\s+|u\\.s\\.\\s+)?(?:treasury|ofac)\\b"
                            + "|(?:财政部|海外资产控制办公室).{0,12}制裁"),
            specific(BLOCKING_SANCTION, null,
                    "\\bblocking sanctions?\\b|\\basset freezes?\\b|\\bfr(?:eeze|eezes|oze|ozen|eezing)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:\\w+\\s+)?assets\\b"
                            + "|\\bVermögen(?:swerte)?\\s+(?:\\w+\\s+)?(?:eingefroren|einfrieren)|\\bVermögenssperre\\b"
                            + "|冻结.{0,8}资产|资产冻结"),
            // --- investment
            specific(INVESTMENT_BAN, TREASURY, "\\bns-?cmic\\b|\\bchinese military-industrial complex compan(?:y|ies)\\b|中国军工复合体企业清单|非SDN中国军工复合体"),
            // --- the Pentagon's list of Chinese military companies (section 1260H): a designation of its own
            specific(OTHER, DOD, "\\b1260H\\b|\\blist of chinese military compan(?:y|ies)\\b|\\bchinese military compan(?:y|ies) list\\b"
                    + "|\\bListe\\s+chinesischer\\s+Militärunternehmen\\b|中国军事企业(?:清单|名单)|中国军方企业(?:清单|名单)"),
            specific(INVESTMENT_BAN, null,
                    "\\binvestment (?:ban|bans|restrictions?|prohibitions?)\\b|\\b(?:ban|bans|banned|banning|bar|bars|barred|barring|prohibit(?:s|ed|ing)?)\\s+(?:\\w+\\s+){0,3}?(?:investments?|investors?|investing)\\b"
                            + "(?:\\s+(?:from\\s+)?(?:in\\s+)?(?:buying|purchasing|holding|owning)(?:\\s+(?:shares|stakes|securities|stocks?))?)?"
                            + "|\\binvestors?\\b.{0,40}?\\b(?:buying|purchasing|holding|owning)\\s+(?:shares|stakes|securities|stocks?)\\b"
                            + "|\\brestrict(?:s|ed|ing)?\\s+(?:\\w+\\s+){0,2}?(?:investments?|investing)\\b"
                            + "|\\b(?:Anleger\\w*|Investor\\w*)\\b.{0,40}?\\b(?:Kauf|Erwerb|Besitz)\\s+von\\s+(?:Wertpapieren|Aktien|Anteilen|Beteiligungen)"
                            + "|\\bInvestitions(?:verbot|verbote|beschränkung|beschränkungen)\\b|投资禁令|禁止.{0,10}投资|限制.{0,6}投资|投资限制"),
            // --- government purchasing, before other purchase bans
            specific(PROCUREMENT_BAN, null,
                    "\\b(?:ban|bans|banned|banning|bar|bars|barred|barring|prohibit(?:s|ed|ing)?|forbid(?:s|den)?|forbade)\\s+.{0,60}?"
                            + "(?:federal|government|state|public)\\s+(?:agencies|agency|contractors|departments|bodies|offices|entities)\\b.{0,40}?"
                            + "(?:buy|buying|purchas\\w*|procur\\w*|contract\\w*|using)"
                            + "|\\b(?:federal|government|state|public)\\s+(?:agencies|agency|contractors|departments|bodies|offices)\\s+(?:have been|had been|are|were|was|will be|would be)\\s+"
                            + "(?:barred|banned|prohibited|forbidden)\\s+from\\s+(?:buying|purchasing|procuring|using|contracting)"
                            + "|\\b(?:government|federal|public)\\s+(?:procurement|purchasing|purchases)\\b|\\bprocurement ban\\b|\\bsection 889\\b"
                            + "|\\b(?:ban|bans|banned|banning|bar|bars|barred|prohibit(?:s|ed|ing)?)\\b.{0,40}?\\bon\\s+(?:all\\s+)?(?:government|federal|official|state|staff)[- ](?:issued\\s+|owned\\s+)?(?:devices|phones|computers)\\b"
                            + "|\\bDienst(?:handys|telefonen|geräten|laptops)\\b|政府(?:设备|手机|电脑)|公务(?:设备|手机)"
                            + "|\\bBeschaffungsverbot\\b|\\böffentliche[nr]?\\s+(?:Beschaffung|Auftragsvergabe)\\b"
                            + "|\\b(?:verbiet\\w*|verbot(?:en)?|untersag\\w*)\\s+.{0,30}?(?:bundes)?behörden\\b.{0,40}?\\b(?:kauf\\w*|beschaff\\w*|einsatz|nutzung)"
                            + "|\\b(?:bundes)?behörden\\b.{0,40}?\\b(?:nicht\\s+mehr\\s+)?(?:beschaffen|kaufen)\\b"
                            + "|政府采购|采购禁令|禁止.{0,12}(?:政府|联邦|机构|部门|军方|军队).{0,8}(?:采购|购买|使用)"),
            // --- export restrictions
            specific(EXPORT_RESTRICTION, null,
                    "\\bexport (?:ban|bans|restrictions?|controls?|curbs?|blacklist)\\b|\\bdenial order\\b|\\bdenied export privileges\\b"
                            + "|\\blicen[cs]e requirements?\\b|\\bforeign direct product rule\\b"
                            + "|\\b(?:prevent|prevents|prevented|preventing|bar|bars|barred|barring|ban|bans|banned|banning|block|blocks|blocked)\\s+.{0,40}?from\\s+(?:buying|acquiring|obtaining|getting|purchasing)\\s+" + US_BUYING
                            + "|\\b(?:ban|bans|banned|banning)\\s+(?:on\\s+)?(?:sales|selling|exports?|shipments?)\\s+(?:of\\s+.{0,40}?)?to\\b|\\bcut(?:s|ting)? off\\s+.{0,30}?(?:supplies|supply|access)\\b"
                            + "|\\brevok(?:e|es|ed|ing)\\s+(?:the\\s+|its\\s+|some\\s+)?(?:export\\s+)?licen[cs]es\\b|\\b(?:limits|curbs|restrictions)\\s+on\\s+(?:the\\s+)?(?:sales|exports|shipments)\\b"
                            + "|\\b(?:Export|Ausfuhr)(?:verbot|verbote|verbots|beschränkung|beschränkungen|kontrolle|kontrollen|sperre|stopp)\\b|\\bLiefer(?:verbot|stopp|sperre)\\b"
                            + "|\\b(?:verbiet\\w*|verboten|untersag\\w*)\\b.{0,100}?\\bzu\\s+(?:liefern|verkaufen|exportieren)\\b|\\b(?:dürfen|darf)\\b.{0,60}?\\bnicht\\s+(?:mehr\\s+)?beliefern\\b"
                            + "|\\bwiderr(?:ief|ufen|uft)\\b.{0,30}?\\b(?:Export)?[Ll]izenzen\\b|\\b(?:Export)?[Ll]izenzen\\b.{0,40}?\\bwiderr(?:ief|ufen|uft)\\b"
                            + "|出口禁令|出口管制|出口限制|禁售令|断供|拒绝令|(?:吊销|撤销|收回).{0,6}(?:出口)?许可|禁止.{0,10}(?:向|对).{0,20}(?:出口|销售|出售|供货|供应)|限制.{0,10}(?:向|对).{0,20}(?:出口|供货|供应)"),
            // --- equipment authorisations
            specific(EQUIPMENT_AUTHORIZATION_BAN, FCC,
                    "\\bequipment authori[sz]ations?\\b|\\bcovered list\\b|\\b(?:ban|bans|banned|banning|bar|bars|barred|prohibit\\w*|stop\\w*)\\s+(?:issuing\\s+|granting\\s+)?(?:new\\s+)?(?:device\\s+|equipment\\s+)?authori[sz]ations?\\b"
                            + "|\\bZulassungs(?:verbot|stopp)\\b|\\bkeine\\s+(?:neuen\\s+)?Zulassungen\\b|\\bZulassung(?:en)?\\b.{0,40}?\\b(?:verweigert|untersagt|verboten|gestoppt)"
                            + "|设备授权|涵盖清单|受管制清单|禁止.{0,10}(?:授权|认证|审批)|不再.{0,6}(?:授权|批准).{0,10}(?:设备|产品)"),
            // --- other purchase bans
            specific(PURCHASE_BAN, null,
                    "\\b(?:ban|bans|banned|banning)\\s+(?:on\\s+)?(?:the\\s+)?(?:purchase|purchases|purchasing|buying|use|using)\\s+of\\b|\\bpurchase bans?\\b"
                            + "|\\b(?:ban|bans|banned|banning|bar|bars|barred|barring|prohibit(?:s|ed|ing)?)\\s+.{0,40}?\\bfrom\\s+(?:buying|purchasing|using)\\b"
                            + "|\\b(?:Kauf|Nutzungs|Einsatz)verbot\\b|\\b(?:verbiet\\w*|verbot(?:en)?)\\s+.{0,40}?\\b(?:Kauf|Erwerb|Einsatz|Nutzung)\\b"
                            + "|\\b(?:strip|strips|stripped|remove|removes|removed|rip out|ripped out|replace|replaced)\\s+.{0,40}?\\b(?:equipment|gear|components|kit)\\s+from\\b"
                            + "|\\b(?:ban|bans|banned|banning)\\s+(?:[\\w-]+\\s+){0,3}?(?:equipment|gear|products|devices|components|kit|cameras|drones|apps?)\\b"
                            + "|\\bverbann\\w*|\\b(?:Komponenten|Bauteile|Ausrüstung)\\b.{0,60}?\\b(?:ausschließen|ausgeschlossen|ausbauen|entfernen)\\b"
                            + "|禁止(?:购买|采购|使用)|禁购|禁用|(?:拆除|移除|替换).{0,10}(?:设备|产品)"),
            // --- retailers pulling products
            specific(RETAIL_DELISTING, null,
                    "\\bstop(?:s|ped|ping)?\\s+selling\\b|\\bceas(?:e|es|ed|ing)\\s+(?:to\\s+sell|selling)\\b|\\bhalt(?:s|ed|ing)?\\s+sales\\b"
                            + "|\\b(?:pull(?:s|ed|ing)?|remov(?:e|es|ed|ing))\\s+.{0,60}?\\bfrom\\s+(?:its\\s+|their\\s+|the\\s+)?(?:shelves|stores?|websites?|online stores?|marketplaces?|app stores?)\\b"
                            + "|\\b(?:took|taken|take|takes|taking)\\s+.{0,60}?\\boff\\s+(?:its\\s+|their\\s+|the\\s+)?(?:shelves|stores?|websites?|online stores?|marketplaces?)\\b"
                            + "|\\baus\\s+dem\\s+Sortiment\\b|\\bnicht\\s+mehr\\s+(?:verkauf\\w*|an(?:bieten|geboten))|\\bVerkaufsstopp\\b"
                            + "|下架|停止销售|停售|不再销售"),
            // --- other measures: official warnings and advisories
            specific(OTHER, null,
                    "\\b(?:issued|issues|issue|published)\\s+(?:a\\s+|an\\s+)?(?:\\w+\\s+)?(?:warning|alert|advisory)\\b|\\bsecurity (?:warning|alert|advisory)\\b"
                            + "|\\bwarn(?:s|ed)?\\s+(?:against|about)\\b|\\bwarn(?:t|te|ten)\\s+vor\\b"
                            + "|\\bWarn(?:ung|meldung|hinweis)\\b|\\bSicherheitswarnung\\b|(?:发布|发出).{0,6}警告|安全警告"),
            // --- generic mentions
            generic("\\bsanction(?:s|ed|ing)?\\b|\\bbans?\\b|\\bbanned\\b|\\b(?:trade\\s+)?restrictions\\b|\\bon\\s+(?:the|its|this|that)\\s+list\\b"
                    + "|\\b(?:are|were|is|was|been)\\s+(?:also\\s+)?listed\\b(?!\\s+(?:in|on|at)\\s)"
                    + "|\\bSanktion(?:en)?\\b|\\bsanktioniert\\w*|\\bVerbot(?:s|e)?\\b|\\b(?:Handels)?(?:beschränkung|einschränkung)(?:en)?\\b"
                    + "|\\brestrictive measures\\b|\\brestriktive\\s+Maßnahmen\\b"
                    + "|\\bauf\\s+(?:die|der)\\s+Liste\\b|制裁|禁令|限制措施|封杀|列入.{0,12}名单"));

    /** Each trigger's branches, gated one by one: a sentence with "ban" need not try "lift…sanctions". */
    static final GatedAlternations PATTERNS = GatedAlternations.of(TRIGGERS.stream().map(Trigger::pattern)
            .toList());

    private TriggerLexicon() {
    }

    /** The triggers of {@code folded}, longest first where they overlap, in text order. */
    static List<Match> find(String folded) {
        List<Match> all = new ArrayList<>();
        PATTERNS.forEachMatch(folded, (trigger, start, end) -> {
            if (end > start) {
                all.add(new Match(TRIGGERS.get(trigger), start, end, folded.substring(start, end)));
            }
        });
        // Lifting and counter-measures outrank what they contain, specific words outrank generic ones
        // ("列入…黑名单" is a blacklisting, not a bare listing); otherwise the longer, then the earlier.
        all.sort(Comparator.comparingInt(TriggerLexicon::rank)
                .thenComparingInt(m -> m.start() - m.end()).thenComparingInt(Match::start));
        List<Match> chosen = new ArrayList<>();
        for (Match match : all) {
            if (chosen.stream().noneMatch(c -> c.start() < match.end() && match.start() < c.end())) {
                chosen.add(match);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::start));
        return chosen;
    }

    private static int rank(Match match) {
        if (match.subtype() == SANCTION_LIFTED || match.subtype() == COUNTER_SANCTION) {
            return 0;
        }
        return match.generic() ? 2 : 1;
    }

    private static Trigger specific(SanctionSubtype subtype, String defaultAuthority, String regex) {
        return new Trigger(subtype, false, defaultAuthority, compile(regex));
    }

    private static Trigger generic(String regex) {
        return new Trigger(OTHER, true, null, compile(regex));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
