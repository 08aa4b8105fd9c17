package io.eventwire.processor.normalize.text;

/**
 * A paragraph for the boilerplate checks: as written, and as {@link CueText} reads it, lower-cased on first use.
 * Why: most paragraphs are prose, which their weight and the cue gate tell from the paragraph as written (see
 * {@link BoilerplateParagraphs}), and lower-casing every paragraph of every article cost more than the checks
 * that need it.
 */
final class CueParagraph {

    private final String text;
    private String cueText;

    CueParagraph(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** {@link CueText#of} the paragraph. */
    String cueText() {
        if (cueText == null) {
            cueText = CueText.of(text);
        }
        return cueText;
    }
}
