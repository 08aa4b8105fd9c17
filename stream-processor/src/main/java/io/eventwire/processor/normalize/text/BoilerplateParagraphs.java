package io.eventwire.processor.normalize.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraph-level boilerplate that survives structural extraction, or that plain-text sources carry with
 * them: advertising labels, newsletter and follow-us prompts, share prompts, print-edition notes, and
 * headline-like fragments left dangling at the end of the text.
 */
public final class BoilerplateParagraphs {

    /** A paragraph that is only an advertising or navigation label, in the languages the pipeline reads. */
    private static final Pattern LABEL = Pattern.compile(
            "(advertisement|advertising|sponsored|sponsored content|ad|ads|werbung|anzeige|publicité|publicidad|"
                    + "pubblicità|reklama|реклама|广告|廣告|推广|skip advertisement|continue reading|"
                    + "read more|learn more|mehr erfahren|weiterlesen|share|teilen|分享|share this article|"
                    + "share this|print|drucken|email|e-mail|comments|kommentare|related|related articles|"
                    + "related stories|verwandte artikel|相关文章|相关阅读|推荐阅读|back to top|nach oben|返回顶部)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Phrases that only prompts to sign up, follow or share, and publishing notes, use. */
    private static final Pattern STRONG_CUE = Pattern.compile(
            "sign up|signup|newsletter|e-?mail address|follow us|share (this|on)|click here|"
                    + "download (our|the) app|print edition|all rights reserved|copyright|©|terms of (use|service)|"
                    + "privacy policy|cookie policy|use of cookies|anmelden|anmeldung|abmelden|e-mail-adresse|"
                    + "folgen sie uns|auf dem laufenden|nutzungsbedingungen|datenschutzerklärung|"
                    + "alle rechte vorbehalten|关注我们|扫码|二维码|版权所有|未经授权|禁止转载|转载请注明",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words prompts use, but that articles use as well: they count only beside another cue. */
    private static final Pattern WEAK_CUE = Pattern.compile(
            "subscribe|subscription|podcast|download|sign in|log in|register|abonnieren|订阅|登录",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A paragraph this short is a prompt with one strong cue; a longer one needs two cues. */
    private static final int SHORT_PROMPT = 160;

    private BoilerplateParagraphs() {
    }

    /** {@code text} without boilerplate paragraphs (blank-line or line separated), trimmed. */
    public static String strip(String text) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String trimmed = paragraph.strip();
            if (!trimmed.isEmpty() && isBoilerplate(trimmed)) {
                continue;
            }
            kept.add(paragraph.stripTrailing());
        }
        dropDanglingEnd(kept);
        return String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
    }

    static boolean isBoilerplate(String paragraph) {
        String lower = paragraph.toLowerCase(Locale.ROOT).replaceAll("[\\s:：.!|»›>]+$", "");
        if (LABEL.matcher(lower).matches()) {
            return true;
        }
        int strong = count(STRONG_CUE, lower);
        int cues = strong + count(WEAK_CUE, lower);
        return strong > 0 && (cues >= 2 || TextMeasure.weight(paragraph) < SHORT_PROMPT);
    }

    private static int count(Pattern pattern, String text) {
        int count = 0;
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** A heading or label with nothing after it is not text: the article ended above it. */
    private static void dropDanglingEnd(List<String> lines) {
        while (!lines.isEmpty()) {
            String last = lines.get(lines.size() - 1).strip();
            if (last.isEmpty() || !TextMeasure.endsLikeSentence(last) && TextMeasure.weight(last) < SHORT_PROMPT) {
                lines.remove(lines.size() - 1);
            } else {
                return;
            }
        }
    }
}
