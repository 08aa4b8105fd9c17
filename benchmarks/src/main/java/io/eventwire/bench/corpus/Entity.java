package io.eventwire.bench.corpus;

import java.util.List;

/**
 * An organisation or authority as the three languages name it. The names are the public names of real
 * companies and agencies, so that the pipeline's gazetteer recognises them and the extractors do real work.
 */
record Entity(String en, String de, String zh) {

    String name(Language language) {
        return switch (language) {
            case EN -> en;
            case DE -> de;
            case ZH -> zh;
        };
    }

    /** Companies that sanction sentences name as targets. */
    static final List<Entity> SANCTION_TARGETS = List.of(
            new Entity("Hikvision", "Hikvision", "海康威视"),
            new Entity("Dahua Technology", "Dahua", "大华股份"),
            new Entity("Huawei", "Huawei", "华为"),
            new Entity("ZTE", "ZTE", "中兴通讯"),
            new Entity("SMIC", "SMIC", "中芯国际"),
            new Entity("DJI", "DJI", "大疆"),
            new Entity("iFlytek", "iFlytek", "科大讯飞"),
            new Entity("SenseTime", "Sensetime", "商汤科技"),
            new Entity("Hytera", "Hytera", "海能达"),
            new Entity("YMTC", "YMTC", "长江存储"));

    /** Listed companies that market sentences talk about. */
    static final List<Entity> LISTED = List.of(
            new Entity("Hikvision", "Hikvision", "海康威视"),
            new Entity("Dahua Technology", "Dahua", "大华股份"),
            new Entity("SMIC", "SMIC", "中芯国际"),
            new Entity("iFlytek", "iFlytek", "科大讯飞"),
            new Entity("Nvidia", "Nvidia", "英伟达"),
            new Entity("Apple", "Apple", "苹果公司"),
            new Entity("Siemens", "Siemens", "西门子"),
            new Entity("Infineon", "Infineon", "英飞凌"),
            new Entity("Volkswagen", "Volkswagen", "大众汽车"),
            new Entity("BASF", "BASF", "巴斯夫"),
            new Entity("TSMC", "TSMC", "台积电"),
            new Entity("Xiaomi", "Xiaomi", "小米集团"));

    /** Authorities that impose the sanctions. */
    static final List<Entity> AUTHORITIES = List.of(
            new Entity("the US Commerce Department", "das US-Handelsministerium", "美国商务部"),
            new Entity("the US Treasury Department", "das US-Finanzministerium", "美国财政部"),
            new Entity("the Federal Communications Commission", "die US-Telekommunikationsbehörde FCC",
                    "美国联邦通信委员会"),
            new Entity("the European Commission", "die EU-Kommission", "欧盟委员会"),
            new Entity("the UK government", "die britische Regierung", "英国政府"));
}
