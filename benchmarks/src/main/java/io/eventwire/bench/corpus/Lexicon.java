package io.eventwire.bench.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * What the generator writes in one language: sentences composed from slot lists (so that two unrelated
 * articles share function words, as real ones do, but few word sequences), event sentences naming real
 * targets, authorities and figures, and the words of the page chrome.
 */
interface Lexicon {

    Language language();

    /** A sentence without any event: commentary, background, quotes. */
    String filler(Draw random);

    /** A sentence stating a sanction (actual, planned or reported) by an authority against a company. */
    String sanction(Draw random, LocalDate published);

    /** A sentence stating a market figure: stock move, market value, earnings, market size. */
    String market(Draw random, LocalDate published);

    String headline(Draw random);

    String subheading(Draw random);

    String author(Draw random);

    /** How sentences join inside a paragraph: a space, or nothing in Chinese. */
    String sentenceJoiner();

    Chrome chrome();

    static Lexicon of(Language language) {
        return switch (language) {
            case EN -> EnglishLexicon.INSTANCE;
            case DE -> GermanLexicon.INSTANCE;
            case ZH -> ChineseLexicon.INSTANCE;
        };
    }

    /** The boilerplate words of a news site in one language. */
    record Chrome(List<String> sections, String cookieNotice, String acceptCookies, String byline,
                  String share, List<String> shareTargets, String related, String newsletter,
                  String newsletterPitch, String subscribe, List<String> footerLinks, String rights,
                  String readMore, String tags, String photo) {
    }
}
