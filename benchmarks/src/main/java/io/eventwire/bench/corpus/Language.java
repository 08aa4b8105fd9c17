package io.eventwire.bench.corpus;

/** The languages of the synthetic corpus, with the ISO 639-1 code the pipeline should tag. */
public enum Language {
    ZH("zh"), EN("en"), DE("de");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
