package io.eventwire.bench.corpus;

import java.time.LocalDate;
import java.util.List;

/** German news prose, written for the benchmark. */
final class GermanLexicon implements Lexicon {

    static final GermanLexicon INSTANCE = new GermanLexicon();

    private static final List<String> MONTHS = List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
            "August", "September", "Oktober", "November", "Dezember");
    private static final List<String> SPEAKERS = List.of(
            "Analysten in Frankfurt", "Sprecher des Ministeriums", "Hafenbetreiber in Hamburg",
            "Mehrere Branchenverbände", "Ökonomen der Landesbank", "Vertreter der Stadtwerke",
            "Logistikmanager", "Einkäufer zweier Energieversorger", "Forscher eines Berliner Instituts",
            "Zulieferer aus Baden-Württemberg", "Handelsjuristen in Brüssel", "Fondsmanager in Zürich",
            "Mitglieder des Vorstands", "Zwei mit den Gesprächen vertraute Personen",
            "Verbraucherschützer", "Betriebsräte", "Ehemalige Zollbeamte", "Aktionäre auf der Hauptversammlung");
    private static final List<String> VERBS = List.of(
            "sagten", "warnten", "betonten", "erklärten", "schätzten", "räumten ein", "gaben zu bedenken");
    private static final List<String> TOPICS = List.of(
            "die Nachfrage nach Überwachungskameras", "die Frachtraten auf der Route nach Asien",
            "die Lagerbestände bei Speicherchips", "die Aufträge für Industrieroboter", "die Preise für Seltene Erden",
            "die Investitionen in Rechenzentren", "die Ausgaben für Smart-City-Projekte",
            "der Absatz von Drohnen", "der Stau bei Genehmigungsanträgen", "die Margen im Bauteilehandel",
            "die Kosten der Exportkontrolle", "die Ausfuhr von Werkzeugmaschinen", "die Zahl kommunaler Ausschreibungen",
            "das Angebot an älteren Chipgenerationen", "die Lieferzeiten für Netzwerktechnik",
            "das Tempo der Fabrikautomatisierung");
    private static final List<String> CHANGES = List.of(
            "sich deutlich abgeschwächt habe", "sich nur langsam erholen werde", "hartnäckig schwach bleibe",
            "wieder angezogen habe", "sich fast verdoppeln könne", "sich stabilisieren dürfte",
            "hinter den Erwartungen zurückgeblieben sei", "über dem Vorjahr liege", "kaum noch vorherzusagen sei");
    private static final List<String> TIMES = List.of(
            "im zweiten Halbjahr", "in den kommenden Monaten", "bis zum Jahresende", "seit dem Frühjahr",
            "nach der Ferienzeit", "im laufenden Quartal", "vor der nächsten Haushaltsrunde",
            "sobald die neuen Regeln gelten");
    private static final List<String> PLACES = List.of(
            "Stuttgart", "München", "Hamburg", "Leipzig", "Dortmund", "Wien", "Zürich", "Linz", "Bremen", "Dresden",
            "Nürnberg", "Graz", "Basel", "Köln");
    private static final List<String> GROUPS = List.of(
            "mittelständische Händler", "Klinikverbünde", "Schulträger", "regionale Netzbetreiber", "Stadtverwaltungen",
            "Installateure", "Auftragsfertiger", "Großhändler", "Sicherheitsdienstleister", "Verkehrsbetriebe");
    private static final List<String> ACTIONS = List.of(
            "ihre Lieferantenlisten überprüft", "mehrere Ausschreibungen verschoben", "klarere Vorgaben verlangt",
            "Ersatzteile auf Vorrat gekauft", "Aufträge zu anderen Anbietern verlagert",
            "Wartungsverträge neu verhandelt", "interne Prüfgremien eingerichtet", "geplante Modernisierungen verschoben",
            "externe Berater beauftragt");
    private static final List<String> REASONS = List.of(
            "wegen der unklaren Rechtslage", "um die Abhängigkeit von einem Lieferanten zu verringern",
            "nach zahlreichen Kundenanfragen", "weil die Budgets knapper wurden", "nach einer internen Prüfung",
            "aus Sorge um die Datensicherheit", "bis zu einem Gerichtsurteil");
    private static final List<String> OBJECTS = List.of(
            "Kamerasysteme", "Netzwerkgeräte", "Drohnenflotten", "Zutrittskontrollen", "Videoplattformen",
            "Wärmebildkameras", "Speicherverträge");
    private static final List<String> HEADLINE_SUBJECTS = List.of(
            "Chiphersteller", "Kamerahersteller", "Händler", "Aufseher", "Anleger", "Zulieferer", "Exporteure",
            "Drohnenbauer", "Cloud-Anbieter", "Abgeordnete");
    private static final List<String> HEADLINE_PREDICATES = List.of(
            "stellen sich auf strengere Exportregeln ein", "rechnen mit höheren Kosten", "ordnen ihre Lieferketten neu",
            "erwarten ein schwächeres Jahr", "suchen nach Alternativen", "wehren sich gegen neue Auflagen",
            "kämpfen mit Fristen", "senken ihre Prognosen");
    private static final List<String> SUBHEADINGS = List.of(
            "Was sich für Käufer ändert", "Ein langer Streit", "Reaktion der Börse", "Die Sicht der Zulieferer",
            "Wie es weitergeht", "Hintergrund", "Die Zahlen");
    private static final List<String> FIRST_NAMES = List.of(
            "Anna", "Jonas", "Lea", "Felix", "Miriam", "Paul", "Sabine", "Tobias", "Katrin", "Yusuf");
    private static final List<String> LAST_NAMES = List.of(
            "Becker", "Hoffmann", "Wagner", "Schulz", "Yılmaz", "Krüger", "Neumann", "Braun", "Vogel");

    private static final Chrome CHROME = new Chrome(
            List.of("Politik", "Wirtschaft", "Finanzen", "Digital", "Wissen", "Kultur", "Sport", "Meinung", "Panorama",
                    "Reise", "Auto", "Karriere", "Video", "Podcasts"),
            "Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten und Reichweite zu messen. "
                    + "Ihre Auswahl können Sie jederzeit in den Datenschutzeinstellungen ändern.",
            "Alle akzeptieren", "Von", "Artikel teilen", List.of("Facebook", "X", "LinkedIn", "E-Mail", "Link kopieren"),
            "Mehr aus diesem Ressort", "Newsletter",
            "Das Wichtigste am Morgen: unser Briefing, werktags um sieben Uhr in Ihrem Postfach.", "Jetzt abonnieren",
            List.of("Impressum", "Kontakt", "Karriere", "Werben", "Nutzungsbedingungen", "Datenschutz",
                    "Cookie-Einstellungen", "Barrierefreiheit", "Abo kündigen"),
            "Alle Rechte vorbehalten.", "Weiterlesen", "Themen", "Foto");

    private GermanLexicon() {
    }

    @Override
    public Language language() {
        return Language.DE;
    }

    @Override
    public String filler(Draw r) {
        return switch (r.shape(9)) {
            case 5 -> author(r) + ", Einkaufsleiter bei " + Names.firm(Language.DE, r) + ", sagte, man habe "
                    + r.one(ACTIONS) + " und rechne damit, dass " + r.one(TOPICS) + " "
                    + r.one(TIMES) + " " + r.one(CHANGES) + ".";
            case 6 -> "Die " + Names.firm(Language.DE, r) + " aus " + r.one(PLACES) + " beschäftigt rund "
                    + r.between(40, 9000) + " Menschen und beliefert vor allem " + r.one(GROUPS) + ".";
            case 7 -> "Einen Auftrag über " + r.between(2, 950) + " Millionen Euro für " + r.one(OBJECTS)
                    + " erhielt " + Names.firm(Language.DE, r) + " nach einer Ausschreibung mit " + r.between(3, 40)
                    + " Angeboten.";
            case 8 -> Names.firm(Language.DE, r) + " will in " + r.one(PLACES) + " einen Standort mit "
                    + r.between(20, 2500) + " Arbeitsplätzen eröffnen, wie Geschäftsführer " + author(r) + " sagte.";
            case 0 -> r.one(SPEAKERS) + " " + r.one(VERBS) + ", dass " + r.one(TOPICS) + " "
                    + r.one(TIMES) + " " + r.one(CHANGES) + ".";
            case 1 -> "In " + r.one(PLACES) + " haben " + r.one(GROUPS) + " " + r.one(REASONS) + " "
                    + r.one(ACTIONS) + ".";
            case 2 -> "„So etwas haben wir " + r.one("noch nie", "selten", "lange nicht") + " erlebt“, sagte ein Vertreter der "
                    + r.one(GROUPS) + " in " + r.one(PLACES) + ", der nicht genannt werden wollte.";
            case 3 -> "Rund " + r.between(12, 88) + " Prozent der befragten " + r.one(GROUPS) + " in "
                    + r.one(PLACES) + " gaben an, sie hätten " + r.one(ACTIONS) + ", nach "
                    + r.between(5, 40) + " Prozent im Vorjahr.";
            default -> "Die " + r.one(OBJECTS) + ", die " + r.one(GROUPS) + " in " + r.one(PLACES)
                    + " betreiben, müssen " + r.one(TIMES) + " "
                    + r.one("ersetzt", "geprüft", "nachgerüstet", "begutachtet") + " werden.";
        };
    }

    @Override
    public String sanction(Draw r, LocalDate published) {
        String target = r.one(Entity.SANCTION_TARGETS).de();
        Entity authority = r.one(Entity.AUTHORITIES);
        String who = capitalise(authority.de());
        String when = eventDate(r, published);
        return switch (r.nextInt(6)) {
            case 0 -> when + " setzte " + authority.de() + " " + target + " auf die sogenannte Entity List.";
            case 1 -> who + " erwägt ein Exportverbot gegen " + target + ", wie aus Regierungskreisen verlautete.";
            case 2 -> when + " untersagte " + authority.de() + " Bundesbehörden den Kauf von Geräten von " + target + ".";
            case 3 -> "Berichten zufolge prüft " + authority.de() + " ein Investitionsverbot für " + target + ".";
            case 4 -> when + " fror " + authority.de() + " die Vermögenswerte von " + target + " ein.";
            default -> who + " bereitet neue Sanktionen gegen " + target + " vor.";
        };
    }

    @Override
    public String market(Draw r, LocalDate published) {
        String company = r.one(Entity.LISTED).de();
        return switch (r.nextInt(5)) {
            case 0 -> "Die Aktie von " + company + " " + r.one("fiel", "sank", "stieg", "legte zu") + " um "
                    + r.decimal(0.5, 12, ',') + " Prozent auf " + r.decimal(5, 400, ',') + " Euro.";
            case 1 -> company + " meldete für das Geschäftsjahr " + (published.getYear() - 1) + " einen Umsatz von "
                    + r.decimal(1, 90, ',') + " Milliarden Euro, ein Plus von " + r.decimal(1, 40, ',')
                    + " Prozent.";
            case 2 -> "Der Börsenwert von " + company + " " + r.one("schrumpfte", "wuchs") + " an einem Tag um rund "
                    + r.decimal(1, 120, ',') + " Milliarden Euro.";
            case 3 -> "Der weltweite Markt für Videoüberwachung soll bis " + (published.getYear() + r.between(2, 6))
                    + " auf " + r.decimal(40, 150, ',') + " Milliarden US-Dollar wachsen.";
            default -> company + " erzielte im Jahr " + (published.getYear() - 1) + " einen Nettogewinn von "
                    + r.decimal(0.2, 25, ',') + " Milliarden Euro.";
        };
    }

    private static String eventDate(Draw r, LocalDate published) {
        LocalDate date = published.minusDays(r.between(0, 900));
        return switch (r.nextInt(3)) {
            case 0 -> "Am " + date.getDayOfMonth() + ". " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
            case 1 -> "Im " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
            default -> "Anfang dieser Woche";
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
