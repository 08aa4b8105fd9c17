package io.eventwire.processor.normalize.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextExtractorTest {

    private static final String SAVED_PAGE = String.join("\n",
            "Advertisement",
            "Local politics",
            "Get the app",
            "A crowd outside the town hall on Monday evening. Photo: Reuters",
            "",
            "Town council votes to close the old swimming baths",
            "",
            "heated debate",
            "By Ines Kowalski",
            "",
            "The council voted by 23 to 18 on Monday to close the Victorian swimming baths at the end of the "
                    + "year, citing repair costs that have tripled since the last survey.",
            "",
            "RELATED: SEVEN OTHER TOWNS THAT LOST THEIR POOLS",
            "",
            "What happens next",
            "",
            "Campaigners said they would ask for a judicial review, and a local trust has offered to run the "
                    + "baths if the council hands over the building for a nominal rent.",
            "",
            "Advertisement",
            "",
            "The leader of the council said the offer would be considered before any final decision is taken.",
            "",
            "Sign up for our daily newsletter",
            "Enter your email address and we will do the rest.",
            "Follow us on");

    private final PlainTextExtractor extractor = new PlainTextExtractor();

    @Test
    void findsTheHeadlineAndBylineAndDropsTheFurniture() {
        PlainArticle article = extractor.extract(SAVED_PAGE, null);

        assertEquals("Town council votes to close the old swimming baths", article.title());
        assertEquals("Ines Kowalski", article.byline());
        String text = article.text();
        assertTrue(text.startsWith("The council voted by 23 to 18"), text);
        assertTrue(text.contains("\n\nWhat happens next\n\n"), "a subheading inside the text stays:\n" + text);
        assertTrue(text.endsWith("before any final decision is taken."), text);
        for (String furniture : List.of("Advertisement", "Local politics", "Photo:", "heated debate", "RELATED",
                "newsletter", "email address", "Follow us", "swimming baths\n")) {
            assertFalse(text.contains(furniture), "no \"" + furniture + "\" in:\n" + text);
        }
    }

    @Test
    void aKnownTitleIsUsedAndItsLineNotRepeated() {
        PlainArticle article = extractor.extract("Budget approved\n\nThe assembly approved the budget on Friday, "
                + "with a small majority and after a long night of debate.", "Budget approved");

        assertEquals("Budget approved", article.title());
        assertEquals("The assembly approved the budget on Friday, with a small majority and after a long night of "
                + "debate.", article.text());
        assertNull(article.byline());
    }

    @Test
    void markdownMarkupIsReducedToText() {
        PlainArticle article = extractor.extract("## Ferry timetable changes for the winter\n\nSome **bold** words and a [link](https://x.example) "
                + "in a sentence that is long enough to read as prose in this test case.\n\n![a photo](p.jpg)", null);

        assertEquals("Some bold words and a link in a sentence that is long enough to read as prose in this test case.",
                article.text());
        assertEquals("Ferry timetable changes for the winter", article.title());
    }
}
