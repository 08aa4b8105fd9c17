package io.eventwire.processor.normalize.meta;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the site name that page titles carry beside the headline ("Headline - Site", "Site | Headline").
 * A segment is removed only when it names the site (its host, {@code og:site_name}, the publisher), or when
 * the rest is exactly the page's {@code <h1>}: a headline that itself contains " - " is left whole.
 */
final class TitleCleaner {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·»:]{1,2}\\s+|\\s*[|｜]\\s*");

    private TitleCleaner() {
    }

    static String clean(String title, String h1, List<String> siteNames) {
        String stripped = title.strip();
        if (h1 != null && !h1.isBlank() && !stripped.equals(h1.strip()) && stripped.contains(h1.strip())
                && h1.strip().length() * 2 > stripped.length()) {
            return h1.strip();
        }
        String[] segments = SEPARATOR.split(stripped);
        if (segments.length < 2) {
            return stripped;
        }
        String last = segments[segments.length - 1];
        if (namesSite(last, siteNames)) {
            return stripped.substring(0, stripped.lastIndexOf(last)).replaceAll("[\\s|\\-–—·»:｜]+$", "");
        }
        String first = segments[0];
        if (namesSite(first, siteNames)) {
            return stripped.substring(first.length()).replaceAll("^[\\s|\\-–—·»:｜]+", "");
        }
        return stripped;
    }

    private static boolean namesSite(String segment, List<String> siteNames) {
        String key = key(segment);
        if (key.isEmpty()) {
            return false;
        }
        for (String site : siteNames) {
            if (site == null) {
                continue;
            }
            String siteKey = key(site.replaceFirst("^(?i)www\\.", "").replaceFirst("\\.[a-z.]{2,10}$", ""));
            if (!siteKey.isEmpty() && (siteKey.equals(key) || siteKey.contains(key) && key.length() >= 4
                    || key.contains(siteKey) && siteKey.length() >= 4)) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits only, lower-cased: "The New York Times" and "nytimes" still differ, "36Kr" = "36kr". */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
