package io.eventwire.bench.corpus;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** English news prose, written for the benchmark. */
final class EnglishLexicon implements Lexicon {

    static final EnglishLexicon INSTANCE = new EnglishLexicon();

    private static final List<String> SPEAKERS = List.of(
            "Analysts in Singapore", "A spokesperson for the ministry", "Port operators in Rotterdam",
            "Several industry associations", "A senior economist at a regional bank", "Local officials",
            "Logistics managers", "Procurement officers at two utilities", "Researchers at a Berlin think tank",
            "Suppliers in the Pearl River Delta", "A trade lawyer in Washington", "Fund managers in Hong Kong",
            "Executives at a mid-sized distributor", "Two people briefed on the talks", "Consumer advocates",
            "The company's chief financial officer", "Union representatives", "Independent auditors",
            "A former customs official", "Investors at the annual meeting");
    private static final List<String> VERBS = List.of(
            "said", "warned", "noted", "argued", "pointed out", "estimated", "told reporters", "cautioned",
            "suggested", "acknowledged");
    private static final List<String> TOPICS = List.of(
            "demand for surveillance cameras", "freight rates on the Asia-Europe route", "inventories of memory chips",
            "orders for industrial robots", "prices of rare-earth magnets", "investment in data centres",
            "spending on smart-city projects", "sales of consumer drones", "the backlog of licence applications",
            "hiring at chip design firms", "shipments of solar inverters", "margins at component distributors",
            "the cost of compliance checks", "enrolment in engineering programmes", "exports of machine tools",
            "tender activity among municipal buyers", "the supply of older-generation wafers",
            "subscriptions to cloud video services", "delivery times for network switches",
            "the pace of factory automation");
    private static final List<String> CHANGES = List.of(
            "had slowed noticeably", "would recover gradually", "remained stubbornly weak", "had picked up again",
            "could nearly double", "was likely to stabilise", "had fallen short of forecasts",
            "was running ahead of last year", "might stall", "had become harder to predict");
    private static final List<String> TIMES = List.of(
            "in the second half", "over the coming months", "by the end of the year", "since the spring",
            "after the holiday season", "during the summer", "this quarter", "before the next budget cycle",
            "once the new rules take effect", "for the rest of the decade");
    private static final List<String> PLACES = List.of(
            "Shenzhen", "Hangzhou", "Munich", "Stuttgart", "Chicago", "Austin", "Rotterdam", "Singapore",
            "Warsaw", "Lyon", "Osaka", "Seoul", "Mumbai", "Nairobi", "Sao Paulo", "Toronto");
    private static final List<String> GROUPS = List.of(
            "small retailers", "hospital networks", "school districts", "regional carriers", "city governments",
            "installers", "contract manufacturers", "wholesale buyers", "security integrators", "grid operators");
    private static final List<String> ACTIONS = List.of(
            "started reviewing supplier lists", "postponed several tenders", "asked for clearer guidance",
            "stockpiled spare parts", "shifted orders to other vendors", "renegotiated maintenance contracts",
            "set up internal review boards", "delayed planned upgrades", "hired outside consultants",
            "published new procurement rules");
    private static final List<String> REASONS = List.of(
            "because of uncertainty about future rules", "to reduce exposure to a single supplier",
            "after a wave of customer enquiries", "as budgets tightened", "following an internal audit",
            "amid concern over data security", "while waiting for a court ruling", "to keep projects on schedule");
    private static final List<String> OBJECTS = List.of(
            "camera systems", "network gear", "drone fleets", "access-control terminals", "chip packaging lines",
            "video management software", "cloud storage contracts", "thermal imaging units");
    private static final List<String> HEADLINE_SUBJECTS = List.of(
            "Chipmakers", "Camera makers", "Retailers", "Regulators", "Investors", "Suppliers", "Exporters",
            "Drone makers", "Cloud providers", "Lawmakers");
    private static final List<String> HEADLINE_PREDICATES = List.of(
            "brace for tighter export rules", "weigh the cost of new restrictions", "rethink supply chains",
            "face a slower year", "look for alternatives", "push back against proposed curbs",
            "count the cost of the trade dispute", "race to meet compliance deadlines", "see orders recover",
            "cut forecasts after a weak quarter");
    private static final List<String> SUBHEADINGS = List.of(
            "What changes for buyers", "A long dispute", "Market reaction", "The view from suppliers",
            "What comes next", "Background", "Numbers behind the move", "Industry response");
    private static final List<String> FIRST_NAMES = List.of(
            "Emma", "Daniel", "Priya", "Lucas", "Grace", "Omar", "Hannah", "Wei", "Sofia", "James", "Aisha", "Tom");
    private static final List<String> LAST_NAMES = List.of(
            "Carter", "Nguyen", "Patel", "Schmidt", "Okafor", "Lindqvist", "Moreau", "Chen", "Brooks", "Alvarez");

    private static final Chrome CHROME = new Chrome(
            List.of("World", "Business", "Markets", "Technology", "Politics", "Science", "Opinion", "Climate",
                    "Health", "Sport", "Culture", "Travel", "Video", "Podcasts"),
            "We use cookies to improve your experience, measure traffic and show relevant offers. "
                    + "You can change your choices at any time in the privacy settings.",
            "Accept all cookies", "By", "Share this article", List.of("Facebook", "X", "LinkedIn", "Email", "Copy link"),
            "More from this section", "Newsletter",
            "Get the morning briefing: the stories that matter, in your inbox before 7 a.m.", "Sign up",
            List.of("About us", "Contact", "Careers", "Advertise", "Terms of use", "Privacy policy", "Cookie settings",
                    "Accessibility", "Corrections", "Site map"),
            "All rights reserved.", "Read more", "Topics", "Photo");

    private EnglishLexicon() {
    }

    @Override
    public Language language() {
        return Language.EN;
    }

    @Override
    public String filler(Draw r) {
        return switch (r.shape(9)) {
            case 5 -> author(r) + ", who heads procurement at " + Names.firm(Language.EN, r) + ", said the company had "
                    + r.one(ACTIONS) + " and expected " + r.one(TOPICS)
                    + " to " + r.one("improve", "worsen", "level off", "stay volatile") + " " + r.one(TIMES) + ".";
            case 6 -> Names.firm(Language.EN, r) + ", based in " + r.one(PLACES) + ", employs about "
                    + r.between(40, 9000) + " people and counts " + r.one(GROUPS) + " among its customers.";
            case 7 -> "A contract worth " + r.between(2, 950) + " million dollars for " + r.one(OBJECTS)
                    + " went to " + Names.firm(Language.EN, r) + " after a tender that drew " + r.between(3, 40)
                    + " bids.";
            case 8 -> Names.firm(Language.EN, r) + " plans to open a site in " + r.one(PLACES) + " with "
                    + r.between(20, 2500) + " jobs, its chief executive " + author(r) + " said.";
            case 0 -> r.one(SPEAKERS) + " " + r.one(VERBS) + " that " + r.one(TOPICS) + " "
                    + r.one(CHANGES) + " " + r.one(TIMES) + ".";
            case 1 -> "In " + r.one(PLACES) + ", " + r.one(GROUPS) + " " + r.one(ACTIONS) + " "
                    + r.one(REASONS) + ".";
            case 2 -> "\"We have " + r.one("never", "rarely", "not often") + " seen " + r.one(TOPICS)
                    + " move like this,\" one of " + r.one(GROUPS) + " in " + r.one(PLACES)
                    + " said, asking not to be named.";
            case 3 -> "About " + r.between(12, 88) + " percent of " + r.one(GROUPS) + " surveyed in "
                    + r.one(PLACES) + " said they " + r.one(ACTIONS) + ", up from "
                    + r.between(5, 40) + " percent a year earlier.";
            default -> "The " + r.one(OBJECTS) + " installed by " + r.one(GROUPS) + " in "
                    + r.one(PLACES) + " " + r.one("will have to be", "may need to be", "are being")
                    + " " + r.one("replaced", "audited", "inspected", "upgraded") + " " + r.one(TIMES)
                    + ", " + r.one(SPEAKERS).toLowerCase(Locale.ROOT) + " " + r.one(VERBS) + ".";
        };
    }

    @Override
    public String sanction(Draw r, LocalDate published) {
        String target = r.one(Entity.SANCTION_TARGETS).en();
        String authority = r.one(Entity.AUTHORITIES).en();
        String when = eventDate(r, published);
        return switch (r.nextInt(6)) {
            case 0 -> when + ", " + authority + " added " + target
                    + " to the Entity List, citing risks to national security.";
            case 1 -> capitalise(authority) + " is preparing new sanctions against " + target
                    + ", according to people familiar with the plans.";
            case 2 -> when + ", " + authority + " barred federal agencies from buying equipment made by " + target + ".";
            case 3 -> "Reports said " + authority + " was considering an investment ban on " + target
                    + ", though no decision had been made.";
            case 4 -> when + ", " + authority + " froze the assets of " + target
                    + " and prohibited transactions with the company.";
            default -> when + ", " + authority + " imposed export restrictions on " + target
                    + ", requiring a licence for shipments of US technology.";
        };
    }

    @Override
    public String market(Draw r, LocalDate published) {
        String company = r.one(Entity.LISTED).en();
        return switch (r.nextInt(5)) {
            case 0 -> "Shares of " + company + " " + r.one("fell", "dropped", "rose", "jumped") + " "
                    + r.decimal(0.5, 12, '.') + "% to $" + r.decimal(5, 400, '.') + " on "
                    + published.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ".";
            case 1 -> company + " reported revenue of $" + r.decimal(1, 90, '.') + " billion for the "
                    + r.one("first", "second", "third", "fourth") + " quarter of " + (published.getYear() - 1)
                    + ", up " + r.decimal(1, 40, '.') + "% from a year earlier.";
            case 2 -> company + "'s market value " + r.one("fell", "rose") + " by about $"
                    + r.decimal(1, 120, '.') + " billion in a single session.";
            case 3 -> "The global market for video surveillance equipment is expected to reach $"
                    + r.decimal(40, 150, '.') + " billion by " + (published.getYear() + r.between(2, 6))
                    + ", according to a market research firm.";
            default -> company + " posted a net profit of $" + r.decimal(0.2, 25, '.') + " billion for "
                    + (published.getYear() - 1) + ", " + r.one("down", "up") + " " + r.decimal(1, 60, '.')
                    + "% on the year.";
        };
    }

    private static String eventDate(Draw r, LocalDate published) {
        LocalDate date = published.minusDays(r.between(0, 900));
        return switch (r.nextInt(3)) {
            case 0 -> "On " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth()
                    + ", " + date.getYear();
            case 1 -> "In " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
            default -> "Earlier this month";
        };
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public String headline(Draw r) {
        return r.one(HEADLINE_SUBJECTS) + " in " + r.one(PLACES) + " " + r.one(HEADLINE_PREDICATES);
    }

    @Override
    public String subheading(Draw r) {
        return r.one(SUBHEADINGS);
    }

    @Override
    public String author(Draw r) {
        return r.one(FIRST_NAMES) + " " + r.one(LAST_NAMES);
    }

    @Override
    public String sentenceJoiner() {
        return " ";
    }

    @Override
    public Chrome chrome() {
        return CHROME;
    }
}
