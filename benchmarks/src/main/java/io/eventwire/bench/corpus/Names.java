package io.eventwire.bench.corpus;

import java.util.List;

/**
 * Made-up names of small firms, the long tail every news text carries. They keep two unrelated articles
 * from sharing most of their word sequences, which a corpus of templated prose would otherwise do (and a
 * near-duplicate detector would then rightly flag).
 */
final class Names {

    private static final List<String> ZH_CHARS = List.of(
            "华", "金", "信", "达", "泰", "恒", "瑞", "通", "宏", "联", "科", "创", "安", "盛", "源", "宇", "德", "鑫",
            "辰", "海", "天", "星", "凯", "博", "远", "新", "隆", "正", "汇", "锐", "智", "讯", "维", "朗", "拓", "翔",
            "晟", "鼎", "昊", "峰", "川", "航", "图", "芯", "力", "行", "云", "晶", "光", "明");
    private static final List<String> ZH_SUFFIXES = List.of(
            "科技", "电子", "智能", "物流", "精密", "光电", "软件", "半导体", "通信", "装备", "新材料", "传感");
    private static final List<String> LATIN_HEADS = List.of(
            "Nor", "Val", "Bren", "Cal", "Dun", "Ell", "Fair", "Gar", "Hal", "Kest", "Lum", "Mar", "Oak", "Pel",
            "Quin", "Ros", "Sel", "Tam", "Ulm", "Vex", "Wend", "Yar", "Zel", "Ard", "Bel", "Cor", "Dra", "Fen");
    private static final List<String> LATIN_TAILS = List.of(
            "vale", "tron", "wick", "ford", "mark", "star", "gate", "line", "tek", "ora", "ion", "dex", "field",
            "holm", "bury", "net", "sys", "cast", "port", "well");
    private static final List<String> EN_SUFFIXES = List.of(
            "Systems", "Logistics", "Devices", "Components", "Analytics", "Robotics", "Networks", "Optics", "Labs");
    private static final List<String> DE_SUFFIXES = List.of(
            "Systemtechnik GmbH", "Logistik AG", "Elektronik GmbH", "Sensorik", "Automation GmbH", "Netzwerke AG",
            "Optik GmbH", "Anlagenbau");

    private Names() {
    }

    static String firm(Language language, Draw random) {
        return switch (language) {
            case ZH -> random.one(ZH_CHARS) + random.one(ZH_CHARS) + random.one(ZH_SUFFIXES);
            case EN -> random.one(LATIN_HEADS) + random.one(LATIN_TAILS) + " " + random.one(EN_SUFFIXES);
            case DE -> random.one(LATIN_HEADS) + random.one(LATIN_TAILS) + " " + random.one(DE_SUFFIXES);
        };
    }
}
