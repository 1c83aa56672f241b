package dk.samspil.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Danish titles, sentences and names for generated content, built from word lists with their inflections. Words
 * are drawn with a skew (a few common ones often, most rarely), and compounds of two lists give tens of thousands
 * of rare terms, so full-text search meets term frequencies like those of real text.
 */
final class DanishText {

    /** Nouns: indefinite, definite, plural, definite plural. */
    private static final String[][] NOUNS = {
        {"bibliotek", "biblioteket", "biblioteker", "bibliotekerne"},
        {"partnerskab", "partnerskabet", "partnerskaber", "partnerskaberne"},
        {"fællesskab", "fællesskabet", "fællesskaber", "fællesskaberne"},
        {"borger", "borgeren", "borgere", "borgerne"},
        {"barn", "barnet", "børn", "børnene"},
        {"bog", "bogen", "bøger", "bøgerne"},
        {"læser", "læseren", "læsere", "læserne"},
        {"forfatter", "forfatteren", "forfattere", "forfatterne"},
        {"fortælling", "fortællingen", "fortællinger", "fortællingerne"},
        {"historie", "historien", "historier", "historierne"},
        {"museum", "museet", "museer", "museerne"},
        {"skole", "skolen", "skoler", "skolerne"},
        {"elev", "eleven", "elever", "eleverne"},
        {"familie", "familien", "familier", "familierne"},
        {"frivillig", "den frivillige", "frivillige", "de frivillige"},
        {"værksted", "værkstedet", "værksteder", "værkstederne"},
        {"udstilling", "udstillingen", "udstillinger", "udstillingerne"},
        {"foredrag", "foredraget", "foredrag", "foredragene"},
        {"oplæsning", "oplæsningen", "oplæsninger", "oplæsningerne"},
        {"debat", "debatten", "debatter", "debatterne"},
        {"samtale", "samtalen", "samtaler", "samtalerne"},
        {"sprog", "sproget", "sprog", "sprogene"},
        {"digt", "digtet", "digte", "digtene"},
        {"forening", "foreningen", "foreninger", "foreningerne"},
        {"arkiv", "arkivet", "arkiver", "arkiverne"},
        {"kommune", "kommunen", "kommuner", "kommunerne"},
        {"landsby", "landsbyen", "landsbyer", "landsbyerne"},
        {"skov", "skoven", "skove", "skovene"},
        {"strand", "stranden", "strande", "strandene"},
        {"fjord", "fjorden", "fjorde", "fjordene"},
        {"å", "åen", "åer", "åerne"},
        {"sø", "søen", "søer", "søerne"},
        {"ø", "øen", "øer", "øerne"},
        {"have", "haven", "haver", "haverne"},
        {"fugl", "fuglen", "fugle", "fuglene"},
        {"stjerne", "stjernen", "stjerner", "stjernerne"},
        {"ældre", "den ældre", "ældre", "de ældre"},
        {"pige", "pigen", "piger", "pigerne"},
        {"dreng", "drengen", "drenge", "drengene"},
        {"nabo", "naboen", "naboer", "naboerne"},
        {"maskine", "maskinen", "maskiner", "maskinerne"},
        {"robot", "robotten", "robotter", "robotterne"},
        {"spil", "spillet", "spil", "spillene"},
        {"film", "filmen", "film", "filmene"},
        {"sang", "sangen", "sange", "sangene"},
        {"fest", "festen", "fester", "festerne"},
        {"rejse", "rejsen", "rejser", "rejserne"},
        {"drøm", "drømmen", "drømme", "drømmene"},
        {"erindring", "erindringen", "erindringer", "erindringerne"},
        {"kort", "kortet", "kort", "kortene"},
        {"brev", "brevet", "breve", "brevene"},
        {"avis", "avisen", "aviser", "aviserne"},
        {"møde", "mødet", "møder", "møderne"},
        {"idé", "idéen", "idéer", "idéerne"},
        {"mål", "målet", "mål", "målene"},
        {"aftale", "aftalen", "aftaler", "aftalerne"},
        {"gevinst", "gevinsten", "gevinster", "gevinsterne"},
        {"ressource", "ressourcen", "ressourcer", "ressourcerne"},
        {"erfaring", "erfaringen", "erfaringer", "erfaringerne"},
        {"årstid", "årstiden", "årstider", "årstiderne"},
    };

    /** Abstract nouns and fields, mostly without a plural. */
    private static final String[] SUBJECTS = {
        "natur",
        "klima",
        "demokrati",
        "kultur",
        "litteratur",
        "kunst",
        "musik",
        "sundhed",
        "kodning",
        "håndværk",
        "madkultur",
        "fortid",
        "fremtid",
        "hverdag",
        "ensomhed",
        "trivsel",
        "dannelse",
        "medborgerskab",
        "bæredygtighed",
        "iværksætteri",
        "innovation",
        "videnskab",
        "teknologi",
        "læselyst",
        "lokalhistorie",
        "slægtsforskning",
        "poesi",
        "ytringsfrihed",
        "tro",
        "kærlighed",
        "venskab",
        "sorg",
        "glæde",
        "modstand",
        "frihed",
        "arbejde",
        "migration",
        "landbrug",
        "søfart",
        "kystkultur",
        "vikingetid",
        "guldalder",
        "oplysning",
        "folkeoplysning",
        "biodiversitet",
        "fællessang",
        "billedkunst",
        "arkitektur",
        "astronomi",
        "filosofi",
        "mytologi",
        "krimi",
        "tegneserier",
        "fotografi",
        "genbrug",
        "mental sundhed",
        "læsning",
        "sprogtilegnelse",
        "integration",
        "ungdomskultur",
        "madspild",
        "energi",
        "vandmiljø",
        "folkemusik",
        "dans",
        "teater",
        "højskolesang",
        "grundloven",
        "genforeningen",
        "udvandring",
        "industrialisering",
        "andelsbevægelsen",
        "kunstig intelligens",
        "misinformation",
        "kildekritik",
    };

    /** Adjectives in their plural and definite form. */
    private static final String[] ADJECTIVES_E = {
        "nye",
        "lokale",
        "fælles",
        "grønne",
        "store",
        "små",
        "gamle",
        "danske",
        "digitale",
        "åbne",
        "levende",
        "spændende",
        "kreative",
        "stille",
        "vilde",
        "sjove",
        "kloge",
        "skæve",
        "mørke",
        "lyse",
        "varme",
        "kolde",
        "rå",
        "bløde",
        "nordiske",
        "skjulte",
        "glemte",
        "bæredygtige",
        "mangfoldige",
        "nysgerrige",
    };

    /** Verbs: infinitive, present, past. */
    private static final String[][] VERBS = {
        {"læse", "læser", "læste"},
        {"fortælle", "fortæller", "fortalte"},
        {"skabe", "skaber", "skabte"},
        {"dele", "deler", "delte"},
        {"lære", "lærer", "lærte"},
        {"undersøge", "undersøger", "undersøgte"},
        {"opleve", "oplever", "oplevede"},
        {"samle", "samler", "samlede"},
        {"mødes", "mødes", "mødtes"},
        {"bygge", "bygger", "byggede"},
        {"udforske", "udforsker", "udforskede"},
        {"formidle", "formidler", "formidlede"},
        {"invitere", "inviterer", "inviterede"},
        {"diskutere", "diskuterer", "diskuterede"},
        {"fejre", "fejrer", "fejrede"},
        {"synge", "synger", "sang"},
        {"tegne", "tegner", "tegnede"},
        {"skrive", "skriver", "skrev"},
        {"finde", "finder", "fandt"},
        {"styrke", "styrker", "styrkede"},
    };

    /** First halves of compounds ("strand" + "biblioteket" = "strandbiblioteket"). */
    private static final String[] PREFIXES = {
        "strand",
        "skov",
        "by",
        "land",
        "hav",
        "fjord",
        "hede",
        "mose",
        "eng",
        "kyst",
        "havne",
        "bonde",
        "købmands",
        "kirke",
        "skole",
        "børne",
        "unge",
        "senior",
        "familie",
        "sommer",
        "vinter",
        "forårs",
        "efterårs",
        "aften",
        "morgen",
        "weekend",
        "nabo",
        "kvarter",
        "gade",
        "torve",
        "vand",
        "sten",
        "jern",
        "træ",
        "glas",
        "papir",
        "kode",
        "robot",
        "spil",
        "film",
        "musik",
        "bog",
        "læse",
        "skrive",
        "fortælle",
        "sprog",
        "klima",
        "natur",
        "kultur",
        "demokrati",
        "fremtids",
        "fortids",
        "erindrings",
        "slægts",
        "sund",
        "mad",
        "have",
        "fugle",
        "insekt",
        "stjerne",
        "måne",
        "sol",
        "regn",
        "storm",
        "lyng",
        "klit",
        "å",
        "sø",
        "ø",
        "bakke",
        "dal",
    };

    private static final String[] SUFFIXES = {
        "biblioteket",
        "bibliotekerne",
        "værkstedet",
        "værksteder",
        "festivalen",
        "klubben",
        "klubber",
        "caféen",
        "vandringen",
        "vandringer",
        "fortællinger",
        "fortællingen",
        "samtaler",
        "laboratoriet",
        "rummet",
        "haven",
        "udstillingen",
        "universet",
        "eventyr",
        "eventyret",
        "kortet",
        "arkivet",
        "historier",
        "dagen",
        "ugen",
        "netværket",
        "partnerskabet",
        "partnerskaber",
        "projektet",
        "aftenen",
        "turen",
        "spillet",
        "posen",
    };

    private static final String[] TOWN_PARTS = {
        "Øster", "Vester", "Nørre", "Sønder", "Store", "Lille", "Ny", "Gammel", "Høj", "Lav", "Bjerg", "Skov", "Sø",
        "Holm", "Å", "Kær", "Ege", "Bøge", "Lyng", "Ravns", "Ulvs", "Tran", "Svane", "Ørne", "Hjorte",
    };

    private static final String[] TOWN_ENDS = {
        "by", "rup", "strup", "løse", "lev", "sted", "holm", "bjerg", "købing", "borg", "skov", "bæk", "ager", "bølle",
        "inge", "torp", "huse", "vig", "næs", "mose",
    };

    private static final String[] FIRST_NAMES = {
        "Anne",
        "Mette",
        "Kirsten",
        "Hanne",
        "Lone",
        "Susanne",
        "Camilla",
        "Louise",
        "Sofie",
        "Ida",
        "Freja",
        "Emma",
        "Karen",
        "Birgitte",
        "Søs",
        "Åse",
        "Bodil",
        "Maja",
        "Signe",
        "Astrid",
        "Søren",
        "Jens",
        "Lars",
        "Mads",
        "Rasmus",
        "Mikkel",
        "Jørgen",
        "Bjørn",
        "Thøger",
        "Anders",
        "Peter",
        "Henrik",
        "Niels",
        "Ole",
        "Morten",
        "Frederik",
        "Oskar",
        "Villads",
        "Ejnar",
        "Kåre",
    };

    private static final String[] SURNAMES = {
        "Jensen",
        "Nielsen",
        "Hansen",
        "Pedersen",
        "Andersen",
        "Christensen",
        "Larsen",
        "Sørensen",
        "Rasmussen",
        "Jørgensen",
        "Petersen",
        "Madsen",
        "Kristensen",
        "Olsen",
        "Thomsen",
        "Christiansen",
        "Poulsen",
        "Johansen",
        "Møller",
        "Mortensen",
        "Østergaard",
        "Bækgaard",
        "Kjær",
        "Søndergaard",
        "Lund",
        "Holm",
        "Dahl",
        "Skov",
        "Bach",
        "Frølich",
        "Ægidius",
        "Ravn",
        "Brønd",
        "Kristiansen",
        "Vestergaard",
    };

    private static final String[] CONTACT_TITLES = {
        "Bibliotekar", "Biblioteksleder", "Kulturformidler", "Børnebibliotekar", "Projektleder", "Formidlingskonsulent",
        "Kommunikationsmedarbejder", "Museumsinspektør", "Lærer", "Arkivar", "Kulturkonsulent", "Frivilligkoordinator",
    };

    /** Who is named beside a person in a text. */
    private static final String[] PEOPLE = {
        "forfatteren",
        "illustratoren",
        "historikeren",
        "biologen",
        "fotografen",
        "journalisten",
        "digteren",
        "arkæologen",
        "musikeren",
        "kokken",
        "astronomen",
        "filosoffen"
    };

    private static final String[] STREETS = {"gade", "vej", "stræde", "allé", "plads", "torv"};

    /** Function words, the most frequent of all. */
    private static final String[] SMALL = {"og", "i", "på", "med", "for", "til", "af", "om", "fra", "hos"};

    private final SplittableRandom random;
    private final List<String> places;

    /** @param places town and municipality names to mention */
    DanishText(SplittableRandom random, List<String> places) {
        this.random = random;
        this.places = new ArrayList<>(places);
        for (String part : TOWN_PARTS) {
            for (String end : TOWN_ENDS) {
                this.places.add(part + end.toLowerCase());
            }
        }
    }

    /** An index into n items, skewed so the first ones come much more often than the last (roughly Zipf). */
    int skewed(int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * u * u * u));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    <T> T pickSkewed(T[] items) {
        return items[skewed(items.length)];
    }

    String place() {
        return places.get(skewed(places.size()));
    }

    private String noun(int form) {
        return pickSkewed(NOUNS)[form];
    }

    private String subject() {
        return pickSkewed(SUBJECTS);
    }

    /**
     * A compound: of two parts (about 2,400, a few of them common) or, one time in three, of three (about 170,000,
     * each rare), so the texts have the long tail of rare words real ones have.
     */
    String compound() {
        if (random.nextInt(3) > 0) {
            return pickSkewed(PREFIXES) + pickSkewed(SUFFIXES);
        }
        String first = pick(PREFIXES);
        String second = pick(PREFIXES);
        return first + (second.equals(first) ? "" : second) + pick(SUFFIXES);
    }

    private String person() {
        return pickSkewed(PEOPLE) + " " + personName();
    }

    private String street() {
        return capitalise(pick(PREFIXES)) + pick(STREETS) + " " + (1 + random.nextInt(120));
    }

    private String adjectiveE() {
        return ADJECTIVES_E[skewed(ADJECTIVES_E.length)];
    }

    private String verb(int form) {
        return pickSkewed(VERBS)[form];
    }

    /** A title of a few words, capitalised, at most {@code max} characters. */
    String title(int max) {
        String title = switch (random.nextInt(8)) {
            case 0 -> adjectiveE() + " " + noun(2) + " " + pick(SMALL) + " " + place();
            case 1 -> subject() + " " + pick(SMALL) + " " + noun(3);
            case 2 -> compound() + " " + pick(SMALL) + " " + place();
            case 3 -> "Når " + noun(1) + " møder " + subject();
            case 4 -> noun(2) + " " + verb(1) + " " + subject();
            case 5 -> "Sammen om " + subject() + " i " + place();
            case 6 -> compound() + ": " + adjectiveE() + " " + noun(2);
            default -> subject() + " og " + subject() + ": " + compound();
        };
        return cut(capitalise(title), max);
    }

    /** One sentence. */
    String sentence() {
        String sentence = switch (random.nextInt(14)) {
            case 0 -> noun(3) + " " + verb(1) + " " + subject() + " sammen med " + noun(3) + " i " + place();
            case 1 -> "vi " + verb(2) + " " + noun(3) + " " + pick(SMALL) + " " + compound();
            case 2 -> "her kan " + noun(3) + " " + verb(0) + " om " + subject() + " og " + subject();
            case 3 -> noun(1) + " i " + place() + " " + verb(1) + " " + adjectiveE() + " " + noun(2);
            case 4 -> "målet er at " + verb(0) + " " + noun(3) + " gennem " + compound();
            case 5 ->
                "partnerskaberne " + verb(1) + " " + noun(1) + " med " + compound() + " " + pick(SMALL) + " " + place();
            case 6 -> "bibliotekerne i " + place() + " og " + place() + " " + verb(2) + " " + subject();
            case 7 -> compound() + " " + verb(1) + " " + adjectiveE() + " " + noun(2);
            case 8 ->
                "sammen med " + noun(3) + " " + verb(2) + " vi " + subject() + " " + pick(SMALL) + " " + compound();
            case 9 -> "vi får besøg af " + person() + ", der " + verb(1) + " om " + subject();
            case 10 -> "det foregår på " + street() + " i " + place() + " i uge " + (1 + random.nextInt(52));
            case 11 ->
                noun(3) + " " + verb(1) + " " + subject() + " fra " + (1500 + random.nextInt(526)) + " til i dag";
            case 12 -> "sammen med " + person() + " " + verb(2) + " vi " + compound();
            default -> "til " + compound() + " kommer " + noun(3) + " fra hele " + place();
        };
        return capitalise(sentence) + ".";
    }

    /** Sentences up to about {@code max} characters (never over). */
    String paragraph(int sentences, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String next = sentence();
            if (text.length() + next.length() + 1 > max) {
                break;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(next);
        }
        return text.isEmpty() ? cut(sentence(), max) : text.toString();
    }

    String personName() {
        return pick(FIRST_NAMES) + " " + pickSkewed(SURNAMES);
    }

    String contactTitle() {
        return pickSkewed(CONTACT_TITLES);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max).strip();
    }

    /** Lower case ASCII for e-mail addresses: æ ae, ø oe, å aa. */
    static String ascii(String s) {
        return s.toLowerCase()
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa")
                .replaceAll("[^a-z0-9]+", ".")
                .replaceAll("(^\\.+|\\.+$)", "");
    }
}
