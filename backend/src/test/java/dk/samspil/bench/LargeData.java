package dk.samspil.bench;

import dk.samspil.collaboration.activity.Audience;
import dk.samspil.collaboration.participation.Channel;
import dk.samspil.collaboration.theme.IsoWeek;
import dk.samspil.common.text.Slugs;
import dk.samspil.demo.DemoPartnerships;
import dk.samspil.directory.partner.PartnerType;
import dk.samspil.partnering.partnership.PartnershipStatus;
import dk.samspil.partnering.toolbox.ToolboxHeading;
import dk.samspil.partnering.toolbox.ToolboxKind;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Adds generated content to a migrated Samspil database, about {@code scale} times the demo content (100: a million
 * activities, 100,000 sign-ups and partnerships, a million audit events), streamed in with COPY. It keeps what the
 * app's services keep (sign-up states with their times, no activity in a withdrawn sign-up, no figures before an
 * activity starts, focus areas the theme offers, partnership transitions that end in its status, ...), writes ids
 * above every existing one and moves the sequences past them. Row triggers stay on. Generated rows are marked demo.
 * The same seed on the same database gives the same rows (only "now" moves). Used by {@code make seed-large}
 * (LargeDataSeed) and kept working by LargeDataTest.
 */
final class LargeData {

    /** Rows added per table, and seconds per step, in the order they happened. */
    record Summary(Map<String, Long> rows, Map<String, Double> seconds) {

        String text() {
            StringBuilder out = new StringBuilder();
            rows.forEach((table, n) -> out.append(String.format(Locale.ROOT, "  %-26s %,12d rows%n", table, n)));
            seconds.forEach((step, s) -> out.append(String.format(Locale.ROOT, "  %-26s %9.1f s%n", step, s)));
            return out.toString();
        }
    }

    /** The tables with an identity column this writes, parents first. */
    static final List<String> ID_TABLES = List.of(
            "partner",
            "contact",
            "theme",
            "milestone",
            "material",
            "participation",
            "activity",
            "network_meeting",
            "meeting_idea",
            "guide_chapter",
            "toolbox_item",
            "partnership",
            "partnership_transition",
            "cases",
            "project",
            "audit_event");

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
    private static final String[] ROLES = {
        "Medarrangør",
        "Faglig partner",
        "Mediepartner",
        "Vært",
        "Formidlingspartner",
        "Bevillingsgiver",
        "Sparringspartner"
    };
    private static final String[] TAGS = {
        "proces",
        "overblik",
        "evaluering",
        "skabelon",
        "aftale",
        "kommunikation",
        "strategi",
        "forankring",
        "børn",
        "unge",
        "frivillige",
        "museer",
        "skoler",
        "erhverv",
        "foreninger",
        "målgrupper",
        "budget",
        "metode",
        "workshop",
        "interessenter",
        "værdi",
        "gevinster",
        "partnerkort",
        "dialog",
        "idéudvikling"
    };
    private static final String[] FUNDERS = {
        "Slots- og Kulturstyrelsen",
        "Nordea-fonden",
        "A.P. Møller Fonden",
        "Region Midtjylland",
        "Kulturministeriet",
        "Bikubenfonden",
        "Det Obelske Familiefond"
    };
    private static final String[] PLACES_IN_LIBRARY = {
        "salen", "børnebiblioteket", "caféen", "mødelokalet", "foyeren", "haven", "makerspacet", "læsesalen"
    };

    private final Connection connection;
    private final CopyManager copy;
    private final double scale;
    private final SplittableRandom random;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final LocalDate today = LocalDate.ofInstant(now, DANISH);
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private final Map<String, Long> firstId = new LinkedHashMap<>();
    private final Map<String, Long> lastId = new LinkedHashMap<>();
    private DanishText text;

    // What is read first, and what later steps refer to.
    private long[] libraryIds;
    private String[] libraryNames;
    private long[] userIds;
    private String[] userNames;
    private String[] focusAreas;
    private String[] phases;
    private long[] partnerIds;
    private long[] publicContactIds;
    private long[] allContactIds;
    private List<List<Long>> contactsOfLibrary;
    private long[] themeIds;
    private LocalDate[] themeStarts;
    private LocalDate[] themeEnds;
    private Instant[] themeCreated;
    private String[][] themeFocus;
    private long[] participationIds;
    private int[] participationTheme;
    private int[] participationLibrary;
    private String[] participationState;
    private Instant[] participationSignedUp;
    private long[] chapterIds;
    private long[] toolboxIds;

    LargeData(Connection connection, double scale, long seed) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.scale = scale;
        this.random = new SplittableRandom(seed);
    }

    private int count(double perUnit) {
        return (int) Math.max(1, Math.round(perUnit * scale));
    }

    Summary run() throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            // A bulk load: each COPY commits without waiting for its WAL to reach the disk (a crash loses the last
            // steps, never consistency). Triggers and constraints stay as they are.
            s.execute("set synchronous_commit = off");
        }
        try {
            step("read existing", this::readExisting);
            step("partners", () -> partners(count(200)));
            step("contacts", () -> contacts(count(500)));
            int participations = count(1000);
            int themes = Math.max(count(12), (int) Math.ceil(participations / (libraryIds.length * 0.8)) + 1);
            step("themes", () -> themes(themes));
            step("participations", () -> participations(participations));
            step("activities", () -> activities(count(10_000)));
            step("network meetings", () -> meetings(count(20)));
            step("guide chapters", () -> chapters(count(10)));
            step("toolbox items", () -> toolbox(count(100)));
            step("partnerships", () -> partnerships(count(1000)));
            step("good examples", () -> cases(count(30)));
            step("projects", () -> projects(count(5)));
            step("audit events", () -> auditEvents(count(10_000)));
            step("sequences", this::advanceSequences);
            step("analyze", () -> execute("analyze"));
        } finally {
            execute("reset synchronous_commit");
            connection.setAutoCommit(autoCommit);
        }
        return new Summary(rows, seconds);
    }

    /** The last id written to a table (for tests), or null when none. */
    Long lastId(String table) {
        return lastId.get(table);
    }

    private interface Work {
        void run() throws SQLException, IOException;
    }

    private void step(String name, Work work) throws SQLException, IOException {
        long began = System.nanoTime();
        work.run();
        seconds.put(name, (System.nanoTime() - began) / 1e9);
    }

    // ---------------------------------------------------------------------------------------------------------

    private void readExisting() throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<String> places = new TreeSet<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("""
                        select l.id, l.name, l.city, m.name as municipality
                        from library l join municipality m on m.code = l.municipality_code
                        where l.active order by l.id""")) {
            while (r.next()) {
                ids.add(r.getLong("id"));
                names.add(r.getString("name"));
                places.add(r.getString("municipality"));
                if (r.getString("city") != null) {
                    places.add(r.getString("city"));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No libraries: load the demo content first");
        }
        libraryIds = ids.stream().mapToLong(Long::longValue).toArray();
        libraryNames = names.toArray(String[]::new);
        text = new DanishText(random, new ArrayList<>(places));

        List<Long> users = new ArrayList<>();
        List<String> userNameList = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("select id, display_name from app_user order by id")) {
            while (r.next()) {
                users.add(r.getLong(1));
                userNameList.add(r.getString(2));
            }
        }
        userIds = users.stream().mapToLong(Long::longValue).toArray();
        userNames = userNameList.toArray(String[]::new);
        focusAreas = strings("select code from focus_area order by position");
        phases = strings("select code from partnership_phase order by position");
        for (String table : ID_TABLES) {
            long next = longValue("select greatest((select coalesce(max(id), 0) from " + table
                            + "), coalesce(pg_sequence_last_value(pg_get_serial_sequence('" + table + "', 'id')), 0))")
                    + 1;
            firstId.put(table, next);
        }
    }

    private void partners(int n) throws SQLException, IOException {
        Set<String> taken = new HashSet<>(List.of(strings("select lower(name) from partner")));
        String[] kinds = {
            "Teater",
            "Museum",
            "Lokalarkiv",
            "Skole",
            "Gymnasium",
            "Højskole",
            "Aftenskole",
            "Naturcenter",
            "Avis",
            "Radio",
            "Forening",
            "Spejderne",
            "Borgerforening",
            "Jagtforening",
            "Kunstforening",
            "Musikskole",
            "Erhvervsråd",
            "Sportsklub",
            "Menighedsråd",
            "Ældresagen"
        };
        PartnerType[] types = {
            PartnerType.THEATRE,
            PartnerType.MUSEUM,
            PartnerType.ARCHIVE,
            PartnerType.SCHOOL,
            PartnerType.EDUCATION,
            PartnerType.EDUCATION,
            PartnerType.EDUCATION,
            PartnerType.OTHER,
            PartnerType.MEDIA,
            PartnerType.MEDIA,
            PartnerType.ASSOCIATION,
            PartnerType.ASSOCIATION,
            PartnerType.ASSOCIATION,
            PartnerType.ASSOCIATION,
            PartnerType.ASSOCIATION,
            PartnerType.EDUCATION,
            PartnerType.BUSINESS,
            PartnerType.ASSOCIATION,
            PartnerType.PUBLIC_AUTHORITY,
            PartnerType.ASSOCIATION
        };
        long id = firstId.get("partner");
        try (Copy c = new Copy(
                copy,
                "partner",
                "id, name, type, website, national, description, demo, created_at, updated_at, version")) {
            for (int i = 0; i < n; i++, id++) {
                int kind = random.nextInt(kinds.length);
                String base = switch (random.nextInt(3)) {
                    case 0 -> text.place() + " " + kinds[kind];
                    case 1 -> kinds[kind] + " " + DanishText.capitalise(text.compound());
                    default -> DanishText.capitalise(text.compound()) + " " + text.place();
                };
                String name = base;
                for (int k = 2; !taken.add(name.toLowerCase(Locale.ROOT)); k++) {
                    name = base + " " + k;
                }
                name = DanishText.cut(name, 200);
                Instant created = past(3650);
                c.row()
                        .add(id)
                        .add(name)
                        .add(types[kind].name())
                        .add(random.nextInt(3) == 0 ? null : "https://www." + DanishText.ascii(name) + ".dk")
                        .add(random.nextInt(20) == 0)
                        .add(random.nextInt(4) == 0 ? null : text.paragraph(1 + random.nextInt(4), 2000))
                        .add(true)
                        .add(created)
                        .add(later(created))
                        .add(0);
            }
            done("partner", c, id);
        }
        partnerIds = longs("select id from partner order by id");
    }

    private void contacts(int n) throws SQLException, IOException {
        long id = firstId.get("contact");
        try (Copy c = new Copy(
                copy,
                "contact",
                "id, name, title, library_id, partner_id, email, phone, public, coordinator, demo, created_at,"
                        + " updated_at, version")) {
            for (int i = 0; i < n; i++, id++) {
                int where = random.nextInt(10);
                Long library = where < 6 ? libraryIds[random.nextInt(libraryIds.length)] : null;
                Long partner = where >= 6 && where < 9 ? partnerIds[random.nextInt(partnerIds.length)] : null;
                String name = text.personName();
                Instant created = past(3650);
                c.row()
                        .add(id)
                        .add(name)
                        .add(random.nextInt(5) == 0 ? null : text.contactTitle())
                        .add(library)
                        .add(partner)
                        .add(random.nextInt(10) == 0 ? null : DanishText.ascii(name) + "." + id + "@example.dk")
                        .add(random.nextInt(3) == 0 ? null : phone())
                        .add(random.nextInt(10) < 7)
                        .add(random.nextInt(200) == 0)
                        .add(true)
                        .add(created)
                        .add(later(created))
                        .add(0);
            }
            done("contact", c, id);
        }
        publicContactIds = longs("select id from contact where public order by id");
        allContactIds = longs("select id from contact order by id");
        contactsOfLibrary = new ArrayList<>();
        Map<Long, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < libraryIds.length; i++) {
            index.put(libraryIds[i], i);
            contactsOfLibrary.add(new ArrayList<>());
        }
        try (Statement s = connection.createStatement();
                ResultSet r =
                        s.executeQuery("select id, library_id from contact where library_id is not null order by id")) {
            while (r.next()) {
                Integer at = index.get(r.getLong(2));
                if (at != null) {
                    contactsOfLibrary.get(at).add(r.getLong(1));
                }
            }
        }
    }

    private void themes(int n) throws SQLException, IOException {
        int number = (int) longValue("select coalesce(max(number), 0) from theme") + 1;
        Set<String> slugs = new HashSet<>(List.of(strings("select slug from theme")));
        themeIds = new long[n];
        themeStarts = new LocalDate[n];
        themeEnds = new LocalDate[n];
        themeCreated = new Instant[n];
        themeFocus = new String[n][];
        long id = firstId.get("theme");
        long milestoneId = firstId.get("milestone");
        long materialId = firstId.get("material");
        try (Copy themes = new Copy(
                        copy,
                        "theme",
                        "id, number, title, slug, summary, description, season, year, start_year, start_week, end_year,"
                                + " end_week, start_date, end_date, signup_opens_on, signup_deadline, image_url, demo,"
                                + " created_at, updated_at, version");
                Copy peaks = new Copy(copy, "theme_peak_week", "theme_id, iso_year, iso_week");
                Copy focus = new Copy(copy, "theme_focus_area", "theme_id, focus_area_code");
                Copy partners = new Copy(copy, "theme_partner", "theme_id, partner_id, role");
                Copy milestones = new Copy(copy, "milestone", "id, theme_id, kind, title, due_on, description");
                Copy materials = new Copy(copy, "material", "id, theme_id, kind, title, url, description, position")) {
            for (int i = 0; i < n; i++, id++, number++) {
                // Spread over 2005-2035, spring and autumn, so there are past, current and coming themes.
                int year = 2005 + (int) ((long) i * 31 / n);
                boolean spring = random.nextBoolean();
                int startWeek = spring ? 2 + random.nextInt(16) : 34 + random.nextInt(10);
                int endWeek = startWeek + 1 + random.nextInt(6);
                IsoWeek start = new IsoWeek(year, startWeek);
                IsoWeek end = new IsoWeek(year, endWeek);
                LocalDate startDate = start.monday();
                LocalDate endDate = end.sunday();
                LocalDate deadline = startDate.minusWeeks(4);
                LocalDate opens = random.nextInt(3) == 0 ? null : deadline.minusWeeks(10);
                String title = text.title(200);
                String slug = Slugs.of(title);
                if (slug.isEmpty() || !slugs.add(slug)) {
                    slug = DanishText.cut(slug, 110).replaceAll("-+$", "") + "-" + number;
                    slugs.add(slug);
                }
                Instant created =
                        min(startDate.minusWeeks(30).atTime(9, 0).atZone(DANISH).toInstant(), past(365));
                themes.row()
                        .add(id)
                        .add(number)
                        .add(title)
                        .add(slug)
                        .add(text.paragraph(2, 1000))
                        .add("## " + title + "\n\n" + text.paragraph(4, 3000) + "\n\n" + text.paragraph(3, 3000))
                        .add(spring ? "SPRING" : "AUTUMN")
                        .add(year)
                        .add(year)
                        .add(startWeek)
                        .add(year)
                        .add(endWeek)
                        .add(startDate)
                        .add(endDate)
                        .add(opens)
                        .add(deadline)
                        .add(null)
                        .add(true)
                        .add(created)
                        .add(later(created))
                        .add(0);
                int peak = startWeek + random.nextInt(endWeek - startWeek + 1);
                peaks.row().add(id).add(year).add(peak);
                if (peak < endWeek && random.nextBoolean()) {
                    peaks.row().add(id).add(year).add(peak + 1);
                }
                String[] offered = subset(focusAreas, 2 + random.nextInt(Math.max(1, focusAreas.length - 2)));
                Arrays.sort(offered);
                for (String code : offered) {
                    focus.row().add(id).add(code);
                }
                linksWithRoles(partners, id, partnerIds, random.nextInt(3));
                milestones.row().add(milestoneId++).add(id).add("IDEA_WORKSHOP").add("Idéværksted");
                milestones.add(startDate.minusWeeks(16)).add(null);
                milestones
                        .row()
                        .add(milestoneId++)
                        .add(id)
                        .add("IDEA_CATALOGUE")
                        .add("Idékatalog udkommer");
                milestones.add(startDate.minusWeeks(13)).add(null);
                milestones.row().add(milestoneId++).add(id).add("SIGNUP").add("Sidste frist for tilmelding");
                milestones.add(deadline).add(text.sentence());
                materials.row().add(materialId++).add(id).add("LINK").add(DanishText.cut("Idékatalog: " + title, 200));
                materials.add("https://www.example.dk/tema/" + slug).add(null).add(0);
                themeIds[i] = id;
                themeStarts[i] = startDate;
                themeEnds[i] = endDate;
                themeCreated[i] = created;
                themeFocus[i] = offered;
            }
            done("theme", themes, id);
            done("theme_peak_week", peaks);
            done("theme_focus_area", focus);
            done("theme_partner", partners);
            done("milestone", milestones, milestoneId);
            done("material", materials, materialId);
        }
    }

    private void participations(int n) throws SQLException, IOException {
        participationIds = new long[n];
        participationTheme = new int[n];
        participationLibrary = new int[n];
        participationState = new String[n];
        participationSignedUp = new Instant[n];
        Channel[] channels = Channel.values();
        int[] libraries = new int[libraryIds.length];
        Arrays.setAll(libraries, i -> i);
        long id = firstId.get("participation");
        int made = 0;
        try (Copy c = new Copy(
                copy,
                "participation",
                "id, theme_id, library_id, state, channels, focus_areas, signed_up_at, confirmed_at, withdrawn_at,"
                        + " demo, created_at, updated_at, version, network_lead_id")) {
            for (int t = 0; t < themeIds.length && made < n; t++) {
                int left = themeIds.length - t;
                int mean = (n - made + left - 1) / left;
                int wanted = left == 1 ? n - made : mean - mean / 5 + random.nextInt(mean / 5 * 2 + 1);
                int k = Math.min(libraries.length, Math.min(n - made, wanted));
                boolean begun = !themeStarts[t].isAfter(today);
                Instant deadline = themeStarts[t]
                        .minusWeeks(4)
                        .atTime(16, 0)
                        .atZone(DANISH)
                        .toInstant();
                for (int j = 0; j < k; j++, id++, made++) {
                    // A partial shuffle: k different libraries for this theme (one sign-up per library and theme).
                    int swap = j + random.nextInt(libraries.length - j);
                    int library = libraries[swap];
                    libraries[swap] = libraries[j];
                    libraries[j] = library;
                    int roll = random.nextInt(100);
                    String state = begun
                            ? (roll < 85 ? "CONFIRMED" : roll < 93 ? "WITHDRAWN" : "SIGNED_UP")
                            : (roll < 85 ? "SIGNED_UP" : roll < 95 ? "WITHDRAWN" : "CONFIRMED");
                    Instant signedUp = between(themeCreated[t], min(deadline, now));
                    Instant confirmed = state.equals("CONFIRMED") || (state.equals("WITHDRAWN") && begun)
                            ? min(signedUp.plus(Duration.ofDays(1 + random.nextInt(20))), now)
                            : null;
                    Instant withdrawn =
                            state.equals("WITHDRAWN") ? between(confirmed == null ? signedUp : confirmed, now) : null;
                    Instant updated = withdrawn != null ? withdrawn : confirmed != null ? confirmed : signedUp;
                    List<Long> leads = contactsOfLibrary.get(library);
                    Long lead =
                            leads.isEmpty() || random.nextBoolean() ? null : leads.get(random.nextInt(leads.size()));
                    String[] offered = themeFocus[t];
                    String[] chosen = subset(offered, 1 + random.nextInt(offered.length));
                    Arrays.sort(chosen);
                    List<String> channelNames = Arrays.stream(subset(channels, 1 + random.nextInt(4)))
                            .sorted()
                            .map(Enum::name)
                            .toList();
                    c.row()
                            .add(id)
                            .add(themeIds[t])
                            .add(libraryIds[library])
                            .add(state)
                            .add(channelNames)
                            .add(List.of(chosen))
                            .add(signedUp)
                            .add(confirmed)
                            .add(withdrawn)
                            .add(true)
                            .add(signedUp)
                            .add(updated)
                            .add(confirmed == null && withdrawn == null ? 0 : 1)
                            .add(lead);
                    participationIds[made] = id;
                    participationTheme[made] = t;
                    participationLibrary[made] = library;
                    participationState[made] = state;
                    participationSignedUp[made] = signedUp;
                }
            }
            done("participation", c, id);
        }
        if (made < n) {
            participationIds = Arrays.copyOf(participationIds, made);
        }
    }

    private void activities(int n) throws SQLException, IOException {
        List<Integer> open = new ArrayList<>();
        for (int p = 0; p < participationIds.length; p++) {
            if (!participationState[p].equals("WITHDRAWN")) {
                open.add(p);
            }
        }
        Channel[] channels = Channel.values();
        Audience[] audiences = Audience.values();
        long id = firstId.get("activity");
        int left = n;
        try (Copy c = new Copy(
                copy,
                "activity",
                "id, participation_id, title, description, starts_at, ends_at, place, channel, audience, attendance,"
                        + " reach, demo, created_at, updated_at, version")) {
            for (int o = 0; o < open.size() && left > 0; o++) {
                int p = open.get(o);
                int mean = left / (open.size() - o);
                int k = o == open.size() - 1 ? left : Math.min(left, random.nextInt(2 * mean + 2));
                int t = participationTheme[p];
                int days = (int) ChronoUnit.DAYS.between(themeStarts[t], themeEnds[t]) + 1;
                for (int j = 0; j < k; j++, id++, left--) {
                    Instant starts = themeStarts[t]
                            .plusDays(random.nextInt(days))
                            .atTime(9 + random.nextInt(11), random.nextInt(4) * 15)
                            .atZone(DANISH)
                            .toInstant();
                    Instant ends = random.nextInt(5) == 0
                            ? null
                            : starts.plus(Duration.ofMinutes(60 + 30L * random.nextInt(5)));
                    boolean started = !starts.isAfter(now);
                    Channel channel = channels[text.skewed(channels.length)];
                    boolean counted = started && random.nextInt(10) < 7;
                    Integer attendance = counted && channel != Channel.SOCIAL_MEDIA && channel != Channel.WEBSITE
                            ? 3 + random.nextInt(200)
                            : null;
                    Integer reach = counted && attendance == null ? 50 + random.nextInt(20_000) : null;
                    Instant created = max(
                            participationSignedUp[p], min(now, starts.minus(Duration.ofDays(3 + random.nextInt(60)))));
                    Instant updated = counted
                            ? max(created, min(now, starts.plus(Duration.ofDays(1 + random.nextInt(7)))))
                            : created;
                    c.row()
                            .add(id)
                            .add(participationIds[p])
                            .add(text.title(200))
                            .add(random.nextInt(5) == 0 ? null : text.paragraph(1 + random.nextInt(4), 5000))
                            .add(starts)
                            .add(ends)
                            .add(
                                    random.nextInt(4) == 0
                                            ? null
                                            : DanishText.cut(
                                                    libraryNames[participationLibrary[p]] + ", "
                                                            + text.pick(PLACES_IN_LIBRARY),
                                                    200))
                            .add(channel.name())
                            .add(audiences[text.skewed(audiences.length)].name())
                            .add(attendance)
                            .add(reach)
                            .add(true)
                            .add(created)
                            .add(updated)
                            .add(updated.equals(created) ? 0 : 1);
                }
            }
            done("activity", c, id);
        }
    }

    private void meetings(int n) throws SQLException, IOException {
        long id = firstId.get("network_meeting");
        long ideaId = firstId.get("meeting_idea");
        try (Copy meetings = new Copy(
                        copy,
                        "network_meeting",
                        "id, title, starts_at, ends_at, host_library_id, place, agenda, minutes, demo, created_at,"
                                + " updated_at, version");
                Copy attendees = new Copy(copy, "network_meeting_attendee", "meeting_id, library_id");
                Copy ideas = new Copy(
                        copy,
                        "meeting_idea",
                        "id, meeting_id, position, text, proposer, proposer_library_id, theme_id")) {
            for (int i = 0; i < n; i++, id++) {
                int year = 2005 + (int) ((long) i * 26 / n);
                LocalDate day = LocalDate.of(year, random.nextBoolean() ? 4 : 10, 1 + random.nextInt(28));
                Instant starts = day.atTime(10, 0).atZone(DANISH).toInstant();
                int host = random.nextInt(libraryIds.length);
                boolean held = starts.isBefore(now);
                Instant created = min(starts.minus(Duration.ofDays(60)), past(30));
                StringBuilder agenda = new StringBuilder();
                for (int a = 1; a <= 3 + random.nextInt(4); a++) {
                    agenda.append(a).append(". ").append(text.title(120)).append('\n');
                }
                meetings.row()
                        .add(id)
                        .add(DanishText.cut(
                                "Netværksmøde " + (day.getMonthValue() == 4 ? "forår " : "efterår ") + year + ": "
                                        + text.title(150),
                                200))
                        .add(starts)
                        .add(starts.plus(Duration.ofHours(5)))
                        .add(libraryIds[host])
                        .add(DanishText.cut(libraryNames[host] + ", " + text.pick(PLACES_IN_LIBRARY), 300))
                        .add(agenda.toString())
                        .add(held ? text.paragraph(6, 4000) + "\n\n" + text.paragraph(4, 4000) : "")
                        .add(true)
                        .add(created)
                        .add(held ? max(created, min(now, starts.plus(Duration.ofDays(7)))) : created)
                        .add(held ? 1 : 0);
                links(attendees, id, libraryIds, 5 + random.nextInt(36));
                int count = 2 + random.nextInt(7);
                for (int position = 0; position < count; position++) {
                    ideas.row()
                            .add(ideaId++)
                            .add(id)
                            .add(position)
                            .add(text.paragraph(1 + random.nextInt(2), 2000))
                            .add(random.nextBoolean() ? text.personName() : null)
                            .add(random.nextInt(10) < 7 ? libraryIds[random.nextInt(libraryIds.length)] : null)
                            .add(random.nextInt(10) < 4 ? themeIds[random.nextInt(themeIds.length)] : null);
                }
            }
            done("network_meeting", meetings, id);
            done("network_meeting_attendee", attendees);
            done("meeting_idea", ideas, ideaId);
        }
    }

    private void chapters(int n) throws SQLException, IOException {
        int number = (int) longValue("select coalesce(max(number), 0) from guide_chapter") + 1;
        long id = firstId.get("guide_chapter");
        try (Copy c = new Copy(
                copy,
                "guide_chapter",
                "id, number, title, slug, summary, body, demo, created_at, updated_at, version")) {
            for (int i = 0; i < n; i++, id++, number++) {
                String title = text.title(200);
                Instant created = past(3000);
                c.row()
                        .add(id)
                        .add(number)
                        .add(title)
                        .add(slug(title, "kapitel-" + number))
                        .add(text.paragraph(3, 1000))
                        .add(markdown(3 + random.nextInt(4)))
                        .add(true)
                        .add(created)
                        .add(later(created))
                        .add(0);
            }
            done("guide_chapter", c, id);
        }
        chapterIds = longs("select id from guide_chapter order by id");
    }

    private void toolbox(int n) throws SQLException, IOException {
        long id = firstId.get("toolbox_item");
        ToolboxKind[] kinds = ToolboxKind.values();
        ToolboxHeading[] headings = ToolboxHeading.values();
        try (Copy items = new Copy(
                        copy,
                        "toolbox_item",
                        "id, kind, title, slug, summary, body, heading, guide_chapter_id, phases, tags, source, year,"
                                + " demo, created_at, updated_at, version");
                Copy links = new Copy(copy, "toolbox_item_link", "item_id, position, title, url")) {
            for (int i = 0; i < n; i++, id++) {
                String title = text.title(200);
                String slug = slug(title, "vaerktoej-" + id);
                String[] itemPhases = subset(phases, 1 + random.nextInt(3));
                Arrays.sort(itemPhases);
                String[] tags = subset(TAGS, random.nextInt(4));
                Arrays.sort(tags);
                Instant created = past(3000);
                items.row()
                        .add(id)
                        .add(kinds[random.nextInt(kinds.length)].name())
                        .add(title)
                        .add(slug)
                        .add(text.paragraph(3, 1000))
                        .add(markdown(2 + random.nextInt(3)))
                        .add(headings[random.nextInt(headings.length)].name())
                        .add(random.nextBoolean() ? chapterIds[random.nextInt(chapterIds.length)] : null)
                        .add(List.of(itemPhases))
                        .add(List.of(tags))
                        .add(random.nextBoolean() ? text.pick(FUNDERS) : null)
                        .add(random.nextBoolean() ? 2010 + random.nextInt(17) : null)
                        .add(true)
                        .add(created)
                        .add(later(created))
                        .add(0);
                for (int position = 0; position < random.nextInt(3); position++) {
                    links.row()
                            .add(id)
                            .add(position)
                            .add(text.title(200))
                            .add("https://www.example.dk/" + slug + "/" + position);
                }
            }
            done("toolbox_item", items, id);
            done("toolbox_item_link", links);
        }
        toolboxIds = longs("select id from toolbox_item order by id");
    }

    private void partnerships(int n) throws SQLException, IOException {
        long id = firstId.get("partnership");
        long transitionId = firstId.get("partnership_transition");
        List<String[]> steps = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(
                        "select s.code, p.position from checklist_step s join partnership_phase p on p.code = s.phase"
                                + " order by s.position")) {
            while (r.next()) {
                steps.add(new String[] {r.getString(1), String.valueOf(r.getInt(2))});
            }
        }
        PartnershipStatus[] path = {
            PartnershipStatus.IDEA,
            PartnershipStatus.PLANNING,
            PartnershipStatus.AGREED,
            PartnershipStatus.RUNNING,
            PartnershipStatus.EVALUATING,
            PartnershipStatus.ENDED
        };
        // The phases (1-12) a partnership in each step of the path is typically in.
        int[][] phaseRange = {{1, 2}, {3, 5}, {6, 7}, {8, 9}, {10, 10}, {11, 12}};
        try (Copy partnerships = new Copy(
                        copy,
                        "partnership",
                        "id, title, purpose, status, phase, starts_on, ends_on, lead_contact_id, goals, outcomes,"
                                + " evaluation, demo, created_at, updated_at, version");
                Copy libraries = new Copy(copy, "partnership_library", "partnership_id, library_id");
                Copy partners = new Copy(copy, "partnership_partner", "partnership_id, partner_id, role");
                Copy themes = new Copy(copy, "partnership_theme", "partnership_id, theme_id");
                Copy transitions = new Copy(
                        copy, "partnership_transition", "id, partnership_id, from_status, to_status, at, actor");
                Copy checklist =
                        new Copy(copy, "partnership_checklist", "partnership_id, step_code, done_at, done_by")) {
            for (int i = 0; i < n; i++, id++) {
                int roll = random.nextInt(100);
                int reached = roll < 10 ? 0 : roll < 25 ? 1 : roll < 35 ? 2 : roll < 65 ? 3 : roll < 75 ? 4 : 5;
                boolean cancelled = reached < 5 && random.nextInt(12) == 0;
                int moves = reached + (cancelled ? 1 : 0);
                Instant[] at = new Instant[moves + 1];
                long span = 0;
                long[] gaps = new long[moves + 1];
                for (int m = 1; m <= moves; m++) {
                    gaps[m] = Duration.ofDays(3 + random.nextInt(90)).toSeconds();
                    span += gaps[m];
                }
                at[0] = now.minusSeconds(span + random.nextInt(3 * 365 * 24 * 3600));
                for (int m = 1; m <= moves; m++) {
                    at[m] = at[m - 1].plusSeconds(gaps[m]);
                }
                String actor = userNames.length == 0 ? "Samspil" : text.pick(userNames);
                int[] range = phaseRange[reached];
                int phase = range[0] + random.nextInt(range[1] - range[0] + 1);
                PartnershipStatus status = cancelled ? PartnershipStatus.CANCELLED : path[reached];
                LocalDate startsOn =
                        reached >= 2 ? LocalDate.ofInstant(at[2], DANISH).plusDays(random.nextInt(30)) : null;
                LocalDate endsOn =
                        startsOn != null && random.nextInt(10) < 7 ? startsOn.plusDays(90 + random.nextInt(640)) : null;
                String title = text.title(200);
                partnerships
                        .row()
                        .add(id)
                        .add(title)
                        .add(text.paragraph(2 + random.nextInt(3), 5000))
                        .add(status.name())
                        .add(phases[Math.min(phase, phases.length) - 1])
                        .add(startsOn)
                        .add(endsOn)
                        .add(
                                publicContactIds.length > 0 && random.nextInt(10) < 6
                                        ? publicContactIds[random.nextInt(publicContactIds.length)]
                                        : null)
                        .add(reached >= 1 ? text.paragraph(3, 10_000) : "")
                        .add(reached >= 3 ? text.paragraph(3, 10_000) : "")
                        .add(reached >= 4 ? text.paragraph(4, 10_000) : "")
                        .add(true)
                        .add(at[0])
                        .add(at[moves])
                        .add(moves);
                links(libraries, id, libraryIds, 1 + random.nextInt(3));
                linksWithRoles(partners, id, partnerIds, 1 + random.nextInt(3));
                links(themes, id, themeIds, random.nextInt(3));
                transitions
                        .row()
                        .add(transitionId++)
                        .add(id)
                        .add(null)
                        .add("IDEA")
                        .add(at[0])
                        .add(actor);
                for (int m = 1; m <= moves; m++) {
                    PartnershipStatus from = path[m - 1];
                    PartnershipStatus to = cancelled && m == moves ? PartnershipStatus.CANCELLED : path[m];
                    transitions
                            .row()
                            .add(transitionId++)
                            .add(id)
                            .add(from.name())
                            .add(to.name())
                            .add(at[m])
                            .add(actor);
                }
                for (String[] step : steps) {
                    if (Integer.parseInt(step[1]) <= phase && random.nextInt(10) < 8) {
                        checklist
                                .row()
                                .add(id)
                                .add(step[0])
                                .add(between(at[0], at[moves]))
                                .add(actor);
                    }
                }
            }
            done("partnership", partnerships, id);
            done("partnership_library", libraries);
            done("partnership_partner", partners);
            done("partnership_theme", themes);
            done("partnership_transition", transitions, transitionId);
            done("partnership_checklist", checklist);
        }
    }

    private void cases(int n) throws SQLException, IOException {
        long id = firstId.get("cases");
        try (Copy cases = new Copy(
                        copy,
                        "cases",
                        "id, title, slug, summary, result, starts_on, ends_on, demo, created_at, updated_at, version");
                Copy answers = new Copy(copy, "case_answer", "case_id, position, question, answer");
                Copy libraries = new Copy(copy, "case_library", "case_id, library_id");
                Copy partners = new Copy(copy, "case_partner", "case_id, partner_id");
                Copy themes = new Copy(copy, "case_theme", "case_id, theme_id");
                Copy tools = new Copy(copy, "case_toolbox_item", "case_id, item_id")) {
            for (int i = 0; i < n; i++, id++) {
                String title = text.title(200);
                LocalDate startsOn = random.nextInt(5) == 0
                        ? null
                        : LocalDate.of(2010 + random.nextInt(16), 1, 1).plusDays(random.nextInt(365));
                Instant created = past(3000);
                cases.row()
                        .add(id)
                        .add(title)
                        .add(slug(title, "eksempel-" + id))
                        .add(text.paragraph(4, 2000))
                        .add(text.paragraph(5, 6000))
                        .add(startsOn)
                        .add(
                                startsOn == null || random.nextBoolean()
                                        ? null
                                        : startsOn.plusDays(60 + random.nextInt(700)))
                        .add(true)
                        .add(created)
                        .add(later(created))
                        .add(0);
                for (int q = 0; q < DemoPartnerships.FIVE_QUESTIONS.size(); q++) {
                    answers.row()
                            .add(id)
                            .add(q + 1)
                            .add(DemoPartnerships.FIVE_QUESTIONS.get(q))
                            .add(text.paragraph(1 + random.nextInt(4), 4000));
                }
                links(libraries, id, libraryIds, 1 + random.nextInt(3));
                links(partners, id, partnerIds, random.nextInt(3));
                links(themes, id, themeIds, random.nextInt(3));
                links(tools, id, toolboxIds, random.nextInt(4));
            }
            done("cases", cases, id);
            done("case_answer", answers);
            done("case_library", libraries);
            done("case_partner", partners);
            done("case_theme", themes);
            done("case_toolbox_item", tools);
        }
    }

    private void projects(int n) throws SQLException, IOException {
        long id = firstId.get("project");
        try (Copy projects = new Copy(
                        copy,
                        "project",
                        "id, name, slug, summary, description, starts_on, ends_on, funder, lead, demo, created_at,"
                                + " updated_at, version");
                Copy partners = new Copy(copy, "project_partner", "project_id, partner_id, role");
                Copy contacts = new Copy(copy, "project_contact", "project_id, contact_id")) {
            for (int i = 0; i < n; i++, id++) {
                String name = text.title(200);
                LocalDate startsOn =
                        LocalDate.of(2008 + random.nextInt(20), 1, 1).plusDays(random.nextInt(365));
                Instant created = past(3000);
                projects.row()
                        .add(id)
                        .add(name)
                        .add(slug(name, "projekt-" + id))
                        .add(text.paragraph(4, 2000))
                        .add(markdown(3 + random.nextInt(3)))
                        .add(startsOn)
                        .add(random.nextInt(5) == 0 ? null : startsOn.plusDays(180 + random.nextInt(900)))
                        .add(text.pick(FUNDERS))
                        .add(text.personName())
                        .add(true)
                        .add(created)
                        .add(later(created))
                        .add(0);
                linksWithRoles(partners, id, partnerIds, 1 + random.nextInt(4));
                links(contacts, id, allContactIds, 1 + random.nextInt(3));
            }
            done("project", projects, id);
            done("project_partner", partners);
            done("project_contact", contacts);
        }
    }

    /** Creations and updates of the generated records, by coordinators and editors, and by Samspil itself. */
    private void auditEvents(int n) throws SQLException, IOException {
        String[] types = {"activity", "participation", "partnership", "contact", "partner", "theme", "toolbox_item"};
        String[] tables = {"activity", "participation", "partnership", "contact", "partner", "theme", "toolbox_item"};
        int[] weights = {60, 15, 12, 6, 4, 1, 2};
        long id = firstId.get("audit_event");
        try (Copy c = new Copy(
                copy,
                "audit_event",
                "id, occurred_at, actor_type, actor_id, actor_name, entity_type, entity_id, action, changes")) {
            for (int i = 0; i < n; i++, id++) {
                int roll = random.nextInt(100);
                int type = 0;
                for (int sum = weights[0]; roll >= sum; sum += weights[++type]) {}
                long first = firstId.get(tables[type]);
                long last = lastId.getOrDefault(tables[type], first - 1);
                long entity = last >= first ? first + random.nextLong(last - first + 1) : first;
                boolean create = random.nextInt(10) < 6;
                boolean user = userIds.length > 0 && random.nextInt(10) < 8;
                int who = user ? random.nextInt(userIds.length) : -1;
                String changes = create
                        ? "{\"title\": {\"old\": null, \"new\": " + json(text.title(200)) + "}}"
                        : "{\"title\": {\"old\": " + json(text.title(200)) + ", \"new\": " + json(text.title(200))
                                + "}, \"description\": {\"old\": null, \"new\": " + json(text.sentence()) + "}}";
                c.row()
                        .add(id)
                        .add(past(3650))
                        .add(user ? "USER" : "SYSTEM")
                        .add(user ? userIds[who] : null)
                        .add(user ? userNames[who] : "Samspil")
                        .add(types[type])
                        .add(entity)
                        .add(create ? "CREATE" : "UPDATE")
                        .add(changes);
            }
            done("audit_event", c, id);
        }
    }

    /** Every identity sequence written to continues after the highest id, so the app's inserts do not collide. */
    private void advanceSequences() throws SQLException {
        for (String table : ID_TABLES) {
            execute("select setval(pg_get_serial_sequence('" + table
                    + "', 'id'), greatest(coalesce((select max(id) from "
                    + table + "), 0), coalesce(pg_sequence_last_value(pg_get_serial_sequence('" + table
                    + "', 'id')), 0), 1))");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private void done(String table, Copy c) throws SQLException {
        c.finish();
        rows.put(table, c.rows());
    }

    private void done(String table, Copy c, long nextId) throws SQLException {
        done(table, c);
        if (c.rows() > 0) {
            lastId.put(table, nextId - 1);
        }
    }

    private String markdown(int paragraphs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            if (i % 2 == 1) {
                body.append("## ").append(text.title(80)).append("\n\n");
            }
            body.append(text.paragraph(3 + random.nextInt(4), 2000)).append("\n\n");
        }
        return body.toString().strip();
    }

    /** The title's slug with a unique ending (slugs are unique per table). */
    private static String slug(String title, String unique) {
        String base = DanishText.cut(Slugs.of(title), 120 - unique.length() - 1).replaceAll("-+$", "");
        return base.isEmpty() ? unique : base + "-" + unique;
    }

    private String phone() {
        return String.format(
                Locale.ROOT,
                "+45 %02d %02d %02d %02d",
                20 + random.nextInt(80),
                random.nextInt(100),
                random.nextInt(100),
                random.nextInt(100));
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A time in the last {@code days} days. */
    private Instant past(int days) {
        return now.minusSeconds(1 + random.nextLong(days * 86_400L));
    }

    /** Some time after {@code created}, never after now. */
    private Instant later(Instant created) {
        return random.nextInt(3) == 0 ? created : between(created, now);
    }

    private Instant between(Instant from, Instant to) {
        long span = to.getEpochSecond() - from.getEpochSecond();
        return span <= 0 ? from : from.plusSeconds(random.nextLong(span + 1));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** {@code k} different items, in random order. */
    private <T> T[] subset(T[] items, int k) {
        T[] copy = items.clone();
        int n = Math.min(k, copy.length);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(copy.length - i);
            T swap = copy[i];
            copy[i] = copy[j];
            copy[j] = swap;
        }
        return Arrays.copyOf(copy, n);
    }

    /** {@code k} different ids (fewer if there are fewer). */
    /** Rows (owner, one of {@code k} distinct ids) in a link table. */
    private void links(Copy table, long owner, long[] ids, int k) {
        for (long other : distinct(ids, k)) {
            table.row().add(owner).add(other);
        }
    }

    /** As {@link #links}, each with a role. */
    private void linksWithRoles(Copy table, long owner, long[] ids, int k) {
        for (long other : distinct(ids, k)) {
            table.row().add(owner).add(other).add(text.pick(ROLES));
        }
    }

    private long[] distinct(long[] ids, int k) {
        Set<Long> chosen = new TreeSet<>();
        int n = Math.min(k, ids.length);
        while (chosen.size() < n) {
            chosen.add(ids[random.nextInt(ids.length)]);
        }
        return chosen.stream().mapToLong(Long::longValue).toArray();
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private long longValue(String sql) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private long[] longs(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private String[] strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values.toArray(String[]::new);
    }
}
