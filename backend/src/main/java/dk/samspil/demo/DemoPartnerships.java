package dk.samspil.demo;

import dk.samspil.common.content.AttachmentRef;
import dk.samspil.common.db.Sql;
import dk.samspil.directory.attachment.AttachmentService;
import dk.samspil.directory.contact.ContactInput;
import dk.samspil.directory.contact.ContactService;
import dk.samspil.directory.partner.Partner;
import dk.samspil.directory.partner.PartnerInput;
import dk.samspil.directory.partner.PartnerRef;
import dk.samspil.directory.partner.PartnerService;
import dk.samspil.directory.partner.PartnerType;
import dk.samspil.partnering.goodexample.CaseInput;
import dk.samspil.partnering.goodexample.CaseService;
import dk.samspil.partnering.guide.GuideChapterInput;
import dk.samspil.partnering.guide.GuideService;
import dk.samspil.partnering.partnership.PartnershipInput;
import dk.samspil.partnering.partnership.PartnershipService;
import dk.samspil.partnering.partnership.PartnershipStatus;
import dk.samspil.partnering.partnership.PartnershipView;
import dk.samspil.partnering.partnership.TransitionInput;
import dk.samspil.partnering.project.ProjectInput;
import dk.samspil.partnering.project.ProjectService;
import dk.samspil.partnering.toolbox.ToolboxHeading;
import dk.samspil.partnering.toolbox.ToolboxItemInput;
import dk.samspil.partnering.toolbox.ToolboxKind;
import dk.samspil.partnering.toolbox.ToolboxService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Byg partnerskaber: the project Ud af boksen! (facts from shared/data), the guide's chapters and the
 * toolbox's four headings with demo items written for Samspil, the two named good examples, a handful of
 * partnerships in different phases, and small PDF files made here. Loaded once, through the services.
 */
@ApplicationScoped
public class DemoPartnerships {

    /** The good examples' five quick questions (also asked by the generated ones of make seed-large). */
    public static final List<String> FIVE_QUESTIONS = List.of(
            "Hvem er med i partnerskabet?",
            "Hvad er formålet?",
            "Hvad får biblioteket ud af det?",
            "Hvad får partneren ud af det?",
            "Hvad er jeres bedste råd til andre?");

    @Inject
    DemoMarkers markers;

    @Inject
    Sql sql;

    @Inject
    PartnerService partners;

    @Inject
    ContactService contacts;

    @Inject
    AttachmentService attachments;

    @Inject
    GuideService guide;

    @Inject
    ToolboxService toolbox;

    @Inject
    CaseService cases;

    @Inject
    ProjectService projects;

    @Inject
    PartnershipService partnerships;

    private final Map<String, Long> partnerIds = new HashMap<>();

    @Transactional
    public boolean loadOnce() {
        if (!markers.claim("partnerships")) {
            return false;
        }
        partnerIds.clear();
        Partner.findAll().project(PartnerRef.class).list().forEach(p -> partnerIds.put(p.name(), p.id()));
        partner("Roskilde Universitet", PartnerType.EDUCATION, "https://ruc.dk");
        partner("Danmarks Biblioteksskole", PartnerType.EDUCATION, null);
        partner("Dacapo Teatret", PartnerType.THEATRE, null);
        partner("Messecenter Herning", PartnerType.BUSINESS, null);
        partner("Team Teatret", PartnerType.THEATRE, null);
        partner("Lokal-TV Midt", PartnerType.MEDIA, null);
        partner("Byens Museum", PartnerType.MUSEUM, null);
        partner("Aftenskolen", PartnerType.ASSOCIATION, null);

        Map<Integer, Long> chapters = chapters();
        long presentation = file(
                "byg-partnerskaber-praesentation.pdf",
                "Byg partnerskaber - kort praesentation",
                "Vaerktoejer til strategisk biblioteksudvikling.");
        long agreementTemplate = file(
                "samarbejdsaftale-skabelon.pdf",
                "Skabelon: samarbejdsaftale",
                "Parter, formaal, roller, ressourcer, kommunikation, evaluering, ophoer.");
        long evaluationForm = file("evalueringsskema.pdf", "Evalueringsskema", "Maal, indikatorer, data, laering.");
        long communicationPlan = file(
                "kommunikationsplan.pdf",
                "Kommunikationsplan",
                "Maalgrupper, budskaber, kanaler, tidsplan, ansvarlige.");
        Map<String, Long> items = new HashMap<>();
        items.put(
                "model",
                item(
                        ToolboxKind.MODEL,
                        "12-fasemodellen for partnerskaber",
                        ToolboxHeading.FOCUS_LIBRARY,
                        chapters.get(2),
                        List.of("NEED", "STRATEGY", "PLANNING"),
                        List.of("proces", "overblik"),
                        List.of()));
        items.put(
                "org",
                item(
                        ToolboxKind.DOCUMENT,
                        "Partnerskaber kan udvikle organisationen",
                        ToolboxHeading.FOCUS_LIBRARY,
                        chapters.get(7),
                        List.of("ANCHORING"),
                        List.of("organisation"),
                        List.of()));
        items.put(
                "definitions",
                item(
                        ToolboxKind.DOCUMENT,
                        "Partnerskabsdefinitioner",
                        ToolboxHeading.FOCUS_LIBRARY,
                        chapters.get(2),
                        List.of("NEED"),
                        List.of("begreber"),
                        List.of()));
        items.put(
                "evaluation",
                item(
                        ToolboxKind.TEMPLATE,
                        "Evalueringsskema",
                        ToolboxHeading.PROFESSIONALISE,
                        chapters.get(8),
                        List.of("EVALUATION"),
                        List.of("evaluering", "skabelon"),
                        List.of(new AttachmentRef(evaluationForm, "Evalueringsskema (PDF)"))));
        items.put(
                "communication",
                item(
                        ToolboxKind.TEMPLATE,
                        "Kommunikationsplan",
                        ToolboxHeading.PROFESSIONALISE,
                        chapters.get(8),
                        List.of("COMMUNICATION", "EXECUTION"),
                        List.of("kommunikation", "skabelon"),
                        List.of(new AttachmentRef(communicationPlan, "Kommunikationsplan (PDF)"))));
        items.put(
                "strategy",
                item(
                        ToolboxKind.TOOL,
                        "Partnerskabsstrategien - arbejdsark",
                        ToolboxHeading.BE_STRATEGIC,
                        chapters.get(3),
                        List.of("STRATEGY"),
                        List.of("strategi"),
                        List.of()));
        items.put(
                "film",
                item(
                        ToolboxKind.FILM,
                        "Better Together - filmen om partnerskaber",
                        ToolboxHeading.BE_STRATEGIC,
                        chapters.get(1),
                        List.of("NEED"),
                        List.of("film", "inspiration"),
                        List.of()));
        items.put(
                "agreement",
                item(
                        ToolboxKind.TEMPLATE,
                        "Skabelon til samarbejdsaftale",
                        ToolboxHeading.CHOOSE_PARTNERS,
                        chapters.get(8),
                        List.of("AGREEMENT", "EXPECTATIONS"),
                        List.of("aftale", "skabelon"),
                        List.of(new AttachmentRef(agreementTemplate, "Skabelon til samarbejdsaftale (PDF)"))));
        items.put(
                "assets",
                item(
                        ToolboxKind.GAME,
                        "Bibliotekets aktiver - kortspil",
                        ToolboxHeading.CHOOSE_PARTNERS,
                        chapters.get(6),
                        List.of("PARTNER_SEARCH", "FIRST_CONTACT"),
                        List.of("spil", "aktiver"),
                        List.of()));
        items.put(
                "map",
                item(
                        ToolboxKind.TOOL,
                        "Netværkskort: find jeres partnere",
                        ToolboxHeading.CHOOSE_PARTNERS,
                        chapters.get(5),
                        List.of("PARTNER_SEARCH"),
                        List.of("netværk"),
                        List.of()));
        items.put(
                "checklist",
                item(
                        ToolboxKind.CHECKLIST,
                        "Tjeklisten: er partnerskabet klar?",
                        ToolboxHeading.PROFESSIONALISE,
                        chapters.get(9),
                        List.of("AGREEMENT", "PLANNING", "EVALUATION"),
                        List.of("tjekliste"),
                        List.of(new AttachmentRef(presentation, "Kort printbar version"))));

        cases.create(new CaseInput(
                "Sansefortællingen",
                null,
                "Herning Bibliotekerne, Messecenter Herning og Team Teatret lavede sansefortællinger for børn. Demotekst.",
                answers(
                        "Herning Bibliotekerne, Messecenter Herning og Team Teatret.",
                        "At give børn en fortælling, de kan se, høre, røre og dufte.",
                        "Nye brugere og et stærkere lokalt netværk.",
                        "Et publikum og en fælles historie at fortælle.",
                        "Aftal roller og økonomi skriftligt fra starten."),
                "Forestillinger for flere hundrede børn (demotal).",
                LocalDate.of(2011, 3, 1),
                LocalDate.of(2011, 11, 30),
                libraries(657),
                List.of(partnerIds.get("Messecenter Herning"), partnerIds.get("Team Teatret")),
                List.of(),
                List.of(items.get("agreement"), items.get("assets"))));
        cases.create(new CaseInput(
                "Biblioteket og TV-kanalen",
                null,
                "Et bibliotek og en lokal tv-kanal formidlede litteratur sammen på skærmen. Demotekst.",
                answers(
                        "Roskilde Bibliotekerne og Lokal-TV Midt.",
                        "At nå seere, der ikke kommer på biblioteket.",
                        "Synlighed og nye formidlingsformer.",
                        "Godt indhold til sendefladen.",
                        "Start i det små og evaluer undervejs."),
                "En serie korte programmer (demo).",
                LocalDate.of(2010, 9, 1),
                LocalDate.of(2011, 6, 30),
                libraries(265),
                List.of(partnerIds.get("Lokal-TV Midt")),
                List.of(),
                List.of(items.get("communication"), items.get("evaluation"))));

        List<Long> projectContacts = new ArrayList<>();
        for (String[] person : new String[][] {
            {"Louise Overgaard", "Rammeprojektleder, Hovedbiblioteket i Aarhus"},
            {"Jane Kunze", "Projektleder, Hovedbiblioteket i Aarhus"},
            {"Stine Staunsager Larsen", "Projektleder, Roskilde Bibliotekerne"},
            {"Peter Høybye", "Vicebibliotekschef, Roskilde Bibliotekerne"}
        }) {
            projectContacts.add(
                    contacts.create(new ContactInput(person[0], person[1], null, null, null, null, true, false))
                            .id());
        }
        long report = file(
                "afrapportering-ud-af-boksen.pdf",
                "Afrapportering: Ud af boksen!",
                "Biblioteker i samarbejdsdreven innovation (demo).");
        long tracks = file("oversigt-over-projektspor.pdf", "Oversigt over projektspor", "Demo.");
        long survey = file("ekspertundersoegelse-2011.pdf", "Ekspertundersoegelse 2011", "Demo.");
        long application = file("projektansoegning.pdf", "Projektansoegning med bilag", "Frie forsoeg (demo).");
        projects.create(new ProjectInput(
                "Ud af boksen!",
                null,
                "Biblioteker i samarbejdsdreven innovation: projektet bag Byg partnerskaber.",
                "Projektet skabte viden om, hvordan biblioteker indgår partnerskaber, og udviklede guiden og"
                        + " værktøjskassen *Byg partnerskaber*. Demotekst.",
                LocalDate.of(2010, 3, 1),
                LocalDate.of(2012, 7, 1),
                "Kulturstyrelsen, udviklingspuljen for folke- og skolebiblioteker (Frie forsøg)",
                "Roskilde Bibliotekerne og Borgerservice og Biblioteker Aarhus",
                List.of(
                        new ProjectInput.PartnerRole(partnerIds.get("Roskilde Universitet"), "Projektpartner (CLIPS)"),
                        new ProjectInput.PartnerRole(partnerIds.get("Danmarks Biblioteksskole"), "Tæt samarbejde"),
                        new ProjectInput.PartnerRole(partnerIds.get("Dacapo Teatret"), "Tæt samarbejde")),
                projectContacts,
                List.of(
                        new ProjectInput.Document(ProjectInput.DocumentKind.REPORT, "Afrapportering", report),
                        new ProjectInput.Document(
                                ProjectInput.DocumentKind.REPORT, "Oversigt over projektspor", tracks),
                        new ProjectInput.Document(ProjectInput.DocumentKind.REPORT, "Ekspertundersøgelse 2011", survey),
                        new ProjectInput.Document(
                                ProjectInput.DocumentKind.APPLICATION, "Projektansøgning", application),
                        new ProjectInput.Document(
                                ProjectInput.DocumentKind.PRESENTATION,
                                "Byg partnerskaber – kort præsentation",
                                presentation))));
        projects.create(new ProjectInput(
                "Bibliotekernes nationale temasamarbejde",
                null,
                "Bibliotekerne formidler det samme tema på samme tid, ledet af Aalborg Bibliotekerne.",
                "Støttet af Slots- og Kulturstyrelsen; ledet af Aalborg Bibliotekerne i samarbejde med de øvrige"
                        + " centralbiblioteker. Demotekst.",
                LocalDate.of(2015, 1, 1),
                null,
                "Slots- og Kulturstyrelsen",
                "Aalborg Bibliotekerne",
                partnerIds.containsKey("Slots- og Kulturstyrelsen")
                        ? List.of(new ProjectInput.PartnerRole(
                                partnerIds.get("Slots- og Kulturstyrelsen"), "Bevillingsgiver"))
                        : List.of(),
                List.of(),
                List.of()));

        partnership(
                "Sansefortællinger på biblioteket",
                657,
                List.of("Team Teatret", "Messecenter Herning"),
                "EXECUTION",
                List.of(PartnershipStatus.PLANNING, PartnershipStatus.AGREED, PartnershipStatus.RUNNING),
                List.of("PURPOSE", "STRATEGY_FIT", "PARTNERS_CHOSEN", "EXPECTATIONS", "AGREEMENT", "ROLES"),
                agreementTemplate,
                List.of(new AttachmentRef(communicationPlan, "Kommunikationsplan for forestillingerne")));
        partnership(
                "Fortællinger fra byens museum",
                851,
                List.of("Byens Museum"),
                "EXPECTATIONS",
                List.of(PartnershipStatus.PLANNING),
                List.of("PURPOSE", "ASSETS"),
                null,
                null);
        partnership(
                "Litteratur på lokal-tv",
                265,
                List.of("Lokal-TV Midt"),
                "EVALUATION",
                List.of(
                        PartnershipStatus.PLANNING,
                        PartnershipStatus.AGREED,
                        PartnershipStatus.RUNNING,
                        PartnershipStatus.EVALUATING),
                List.of(
                        "PURPOSE",
                        "STRATEGY_FIT",
                        "ASSETS",
                        "PARTNERS_CHOSEN",
                        "EXPECTATIONS",
                        "AGREEMENT",
                        "ROLES",
                        "COMMUNICATION_PLAN"),
                null,
                List.of(new AttachmentRef(evaluationForm, "Evalueringsskema til seerundersøgelsen")));
        partnership(
                "Læsecirkler med aftenskolen", 461, List.of("Aftenskolen"), "NEED", List.of(), List.of(), null, null);
        partnership(
                "Debataftener med DR",
                751,
                List.of("DR"),
                "CLOSURE",
                List.of(
                        PartnershipStatus.PLANNING,
                        PartnershipStatus.AGREED,
                        PartnershipStatus.RUNNING,
                        PartnershipStatus.EVALUATING,
                        PartnershipStatus.ENDED),
                List.of(
                        "PURPOSE",
                        "STRATEGY_FIT",
                        "ASSETS",
                        "PARTNERS_CHOSEN",
                        "EXPECTATIONS",
                        "AGREEMENT",
                        "ROLES",
                        "COMMUNICATION_PLAN",
                        "EVALUATION_PLAN",
                        "ANCHORED"),
                null,
                null);

        for (String table : List.of(
                "partner",
                "contact",
                "attachment",
                "guide_chapter",
                "toolbox_item",
                "cases",
                "project",
                "partnership")) {
            sql.update("update " + table + " set demo = true").execute();
        }
        return true;
    }

    private Map<Integer, Long> chapters() {
        String[][] chapters = {
            {"Intet bibliotek uden partnerskaber", "Hvorfor partnerskaber hører til bibliotekets kerneopgaver."},
            {"Hvad er partnerskaber?", "Forskellen på samarbejde, netværk og partnerskab."},
            {"Partnerskaber som strategisk redskab", "Partnerskabsstrategien: fra enkeltprojekter til retning."},
            {"Hvem skal man samarbejde med, og hvordan finder man partnere", "At vælge partnere med omhu."},
            {"Bibliotekets netværk", "At kende og pleje det netværk, biblioteket allerede har."},
            {"Hvad får partneren ud af det", "Bibliotekets aktiver: rum, formidling, brugere, troværdighed."},
            {"Organisering", "Central eller decentral, kultur og kompetencer."},
            {"Understøttelse af partnerskabet", "Klare aftaler, ekstern og intern kommunikation, løbende evaluering."},
            {"Tjekliste", "Er partnerskabet klar? Gå listen igennem sammen med partnerne."}
        };
        Map<Integer, Long> ids = new HashMap<>();
        for (int i = 0; i < chapters.length; i++) {
            String body = "## " + chapters[i][0] + "\n\n" + chapters[i][1] + "\n\nKapitlets værktøjer står nedenfor."
                    + "\n\n*Demotekst skrevet til Samspil.*";
            ids.put(
                    i + 1,
                    guide.create(new GuideChapterInput(i + 1, chapters[i][0], null, chapters[i][1], body))
                            .id());
        }
        return ids;
    }

    private long item(
            ToolboxKind kind,
            String title,
            ToolboxHeading heading,
            Long chapter,
            List<String> phases,
            List<String> tags,
            List<AttachmentRef> files) {
        return toolbox.create(new ToolboxItemInput(
                        kind,
                        title,
                        null,
                        "Demo: " + title.toLowerCase() + ".",
                        "## " + title
                                + "\n\nSådan bruger I værktøjet:\n\n1. Læs det igennem sammen.\n2. Udfyld det for jeres"
                                + " partnerskab.\n3. Gem resultatet i partnerskabets arbejdsbord.\n\n*Demotekst.*",
                        heading,
                        chapter,
                        phases,
                        tags,
                        files,
                        List.of(),
                        "Ud af boksen!",
                        2012))
                .id();
    }

    private static List<CaseInput.Answer> answers(String... answers) {
        List<CaseInput.Answer> list = new ArrayList<>();
        for (int i = 0; i < FIVE_QUESTIONS.size(); i++) {
            list.add(new CaseInput.Answer(FIVE_QUESTIONS.get(i), answers[i]));
        }
        return list;
    }

    private void partnership(
            String title,
            int municipality,
            List<String> partnerNames,
            String phase,
            List<PartnershipStatus> moves,
            List<String> ticks,
            Long agreement,
            List<AttachmentRef> files) {
        List<Long> libraryIds = libraries(municipality);
        if (libraryIds.isEmpty()) {
            return;
        }
        PartnershipView created = partnerships.create(new PartnershipInput(
                title,
                "Demo: " + title.toLowerCase() + " – et partnerskab mellem biblioteket og "
                        + String.join(" og ", partnerNames) + ".",
                libraryIds,
                partnerNames.stream()
                        .filter(partnerIds::containsKey)
                        .map(n -> new PartnershipInput.PartnerRole(partnerIds.get(n), "Partner"))
                        .toList(),
                List.of(),
                phase,
                LocalDate.of(2026, 1, 1),
                null,
                null,
                "- Flere nye brugere\n- Et varigt samarbejde",
                null,
                null,
                agreement,
                files));
        long version = created.version();
        for (PartnershipStatus to : moves) {
            version = partnerships
                    .move(created.id(), "\"v" + version + "\"", new TransitionInput(to, null))
                    .version();
        }
        for (String step : ticks) {
            partnerships.tick(created.id(), step, true);
        }
    }

    private static List<Long> libraries(int municipality) {
        return DemoLibraries.ofMunicipality(municipality).stream().toList();
    }

    private void partner(String name, PartnerType type, String website) {
        if (!partnerIds.containsKey(name)) {
            partnerIds.put(
                    name,
                    partners.create(new PartnerInput(name, type, website, false, null))
                            .id());
        }
    }

    private long file(String name, String title, String... lines) {
        try {
            Path temp = Files.createTempFile("samspil-demo", ".pdf");
            try {
                Files.write(temp, DemoPdf.of(title, lines));
                return attachments.store(temp, name).attachment().id();
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
