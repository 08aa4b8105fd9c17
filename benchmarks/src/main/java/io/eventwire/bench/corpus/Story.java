package io.eventwire.bench.corpus;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** An article's content before it becomes a page: title, byline, date and paragraphs of typed sentences. */
record Story(String title, String author, OffsetDateTime published, List<Paragraph> paragraphs) {

    enum Kind { FILLER, SANCTION, MARKET }

    record Sentence(Kind kind, String text) {
    }

    /** A paragraph, preceded by a subheading when {@code subheading} is not null. */
    record Paragraph(String subheading, List<Sentence> sentences) {
    }

    Story {
        paragraphs = List.copyOf(paragraphs);
    }

    List<Sentence> sentences() {
        List<Sentence> all = new ArrayList<>();
        paragraphs.forEach(paragraph -> all.addAll(paragraph.sentences()));
        return all;
    }

    long count(Kind kind) {
        return sentences().stream().filter(sentence -> sentence.kind() == kind).count();
    }
}
