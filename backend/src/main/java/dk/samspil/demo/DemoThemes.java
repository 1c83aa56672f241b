package dk.samspil.demo;

import dk.samspil.collaboration.theme.IsoWeek;
import dk.samspil.collaboration.theme.MaterialKind;
import dk.samspil.collaboration.theme.MilestoneKind;
import dk.samspil.collaboration.theme.Season;
import dk.samspil.collaboration.theme.Theme;
import dk.samspil.collaboration.theme.ThemeInput;
import dk.samspil.collaboration.theme.ThemeInput.MilestoneInput;
import dk.samspil.collaboration.theme.ThemeInput.PartnerRole;
import dk.samspil.collaboration.theme.ThemeService;
import dk.samspil.common.db.Sql;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.partner.PartnerInput;
import dk.samspil.directory.partner.PartnerService;
import dk.samspil.directory.partner.PartnerType;
import dk.samspil.directory.partner.PartnerView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo themes and national partners: the themes named in shared/data (the pilots, Historier om Danmark,
 * Tema 7, Tema 8, Tema 12 Vores natur) and a current and a next theme relative to the day they are
 * loaded. The descriptions are demo text written for Samspil. Loaded through the services, as Samspil.
 */
@ApplicationScoped
public class DemoThemes {

    @Inject
    ThemeService themes;

    @Inject
    PartnerService partners;

    @Inject
    DemoMarkers markers;

    @Inject
    AppClock clock;

    @Inject
    Sql sql;

    @Transactional
    public boolean loadOnce() {
        if (!markers.claim("themes")) {
            return false;
        }
        Map<String, Long> partner = new HashMap<>();
        partner("DR", PartnerType.MEDIA, "https://www.dr.dk", "Danmarks Radio, public service-medie.", partner);
        partner(
                "Slots- og Kulturstyrelsen",
                PartnerType.PUBLIC_AUTHORITY,
                "https://slks.dk",
                "Støtter det nationale temasamarbejde.",
                partner);
        partner("Nationalmuseet", PartnerType.MUSEUM, "https://natmus.dk", null, partner);
        partner("Danmarks Biblioteksforening", PartnerType.ASSOCIATION, "https://www.db.dk", null, partner);

        theme(
                1,
                "Ensomhed",
                Season.SPRING,
                2015,
                w(2015, 10),
                w(2015, 13),
                List.of(w(2015, 12)),
                "Pilottema: bibliotekerne sætter fokus på ensomhed og fællesskab.",
                List.of(),
                partner);
        theme(
                2,
                "Iværksætteri og innovation",
                Season.AUTUMN,
                2015,
                w(2015, 40),
                w(2015, 44),
                List.of(w(2015, 43)),
                "Pilottema om at få idéer og føre dem ud i livet.",
                List.of(),
                partner);
        theme(
                5,
                "Historier om Danmark",
                Season.SPRING,
                2017,
                w(2017, 9),
                w(2017, 14),
                List.of(w(2017, 11), w(2017, 12)),
                "Danmarkshistorien fortalt lokalt, sammen med DR og Nationalmuseet.",
                List.of(
                        new PartnerRole(partner.get("DR"), "Mediepartner"),
                        new PartnerRole(partner.get("Nationalmuseet"), "Faglig partner"),
                        new PartnerRole(partner.get("Slots- og Kulturstyrelsen"), "Bevillingsgiver")),
                partner);
        theme(
                7,
                "Viden skaber os – Kroppen",
                Season.SPRING,
                2018,
                w(2018, 7),
                w(2018, 10),
                List.of(w(2018, 9), w(2018, 10)),
                "Kroppen set fra sundhed, videnskab og kunst.",
                List.of(),
                partner);
        theme(
                8,
                "Kodning",
                Season.AUTUMN,
                2018,
                w(2018, 39),
                w(2018, 42),
                List.of(w(2018, 41)),
                "Kodning og digital dannelse for børn og voksne.",
                List.of(),
                partner);
        theme(
                12,
                "Vores natur",
                Season.AUTUMN,
                2020,
                w(2020, 37),
                w(2020, 42),
                List.of(w(2020, 39), w(2020, 40)),
                "Naturen omkring os – med en forårsdel i uge 16-20.",
                List.of(new PartnerRole(partner.get("Danmarks Biblioteksforening"), "Partner")),
                partner);

        // A current theme (running now) and the next one, so the front page always has something to show.
        LocalDate today = clock.today();
        IsoWeek thisWeek = IsoWeek.of(today);
        IsoWeek currentStart = IsoWeek.of(today.minusWeeks(2));
        IsoWeek currentEnd = IsoWeek.of(today.plusWeeks(3));
        int number = Theme.<Theme>find("order by number desc")
                .firstResultOptional()
                .map(t -> t.number)
                .orElse(0);
        theme(
                number + 1,
                "Demokrati i hverdagen",
                seasonOf(currentStart),
                currentStart.year(),
                currentStart,
                currentEnd,
                List.of(thisWeek, IsoWeek.of(today.plusWeeks(1))),
                "Samtaler om demokrati, fællesskab og medborgerskab på bibliotekerne.",
                List.of(new PartnerRole(partner.get("DR"), "Mediepartner")),
                partner);
        IsoWeek nextStart = IsoWeek.of(today.plusWeeks(16));
        IsoWeek nextEnd = IsoWeek.of(today.plusWeeks(21));
        theme(
                number + 2,
                "Klima og hverdag",
                seasonOf(nextStart),
                nextStart.year(),
                nextStart,
                nextEnd,
                List.of(IsoWeek.of(today.plusWeeks(19)), IsoWeek.of(today.plusWeeks(20))),
                "Hvad kan vi selv gøre? Bibliotekerne samler viden og idéer om klimaet.",
                List.of(new PartnerRole(partner.get("Danmarks Biblioteksforening"), "Partner")),
                partner);
        // Sign-ups in the numbers shared/data gives (pilots 56, Historier om Danmark 77, Vores natur 76), and
        // plausible ones for the others; the next theme is still collecting them.
        Map<Integer, Integer> signUps =
                new java.util.LinkedHashMap<>(Map.of(1, 56, 2, 56, 5, 77, 7, 70, 8, 72, 12, 76));
        signUps.put(number + 1, 74);
        signUps.put(number + 2, 41);
        signUps.forEach(this::signUps);
        sql.update("update theme set demo = true").execute();
        sql.update("update partner set demo = true").execute();
        return true;
    }

    /** Signs up {@code count} demo libraries, picked by a stable shuffle, before the deadline. */
    private void signUps(int themeNumber, int count) {
        sql.update("""
                insert into participation (theme_id, library_id, state, channels, focus_areas, signed_up_at,
                                           confirmed_at, demo, created_at, updated_at)
                select t.id, l.id,
                       case when t.start_date <= current_date then 'CONFIRMED' else 'SIGNED_UP' end,
                       case abs(hashtext(l.id::text || '-' || t.number)) % 3
                           when 0 then array['EVENTS', 'SOCIAL_MEDIA']::varchar[]
                           when 1 then array['EXHIBITION', 'WEBSITE', 'NEWSLETTER']::varchar[]
                           else array['EVENTS', 'PRESS', 'PARTNER_ACTIVITY']::varchar[] end,
                       array['ACTIVITIES']::varchar[],
                       s.at,
                       case when t.start_date <= current_date then s.at + interval '3 days' end,
                       true, s.at, s.at
                from theme t
                cross join lateral (select id from library where demo
                                    order by md5(id::text || '-' || t.number) limit :count) l
                cross join lateral (select (least(t.signup_deadline, current_date)
                                            - (abs(hashtext(l.id::text || t.number)) % 50) - 1)::timestamptz as at) s
                where t.number = :number
                """).param("count", count).param("number", themeNumber).execute();
    }

    private void partner(String name, PartnerType type, String website, String description, Map<String, Long> ids) {
        PartnerView created = partners.create(new PartnerInput(name, type, website, true, description));
        ids.put(name, created.id());
    }

    private void theme(
            int number,
            String title,
            Season season,
            int year,
            IsoWeek start,
            IsoWeek end,
            List<IsoWeek> peaks,
            String summary,
            List<PartnerRole> roles,
            Map<String, Long> partnerIds) {
        LocalDate startDate = start.monday();
        List<MilestoneInput> milestones = new ArrayList<>(List.of(
                new MilestoneInput(MilestoneKind.IDEA_WORKSHOP, "Idéværksted", startDate.minusWeeks(16), null),
                new MilestoneInput(MilestoneKind.IDEA_CATALOGUE, "Idékatalog udkommer", startDate.minusWeeks(13), null),
                new MilestoneInput(MilestoneKind.GRAPHIC_PACKAGE, "Grafikpakke klar", startDate.minusWeeks(12), null)));
        LocalDate deadline = startDate.minusWeeks(4);
        String description = "## " + title + "\n\n" + summary
                + "\n\nBibliotekerne formidler temaet i uge " + start.week() + "–" + end.week()
                + ", med spidsuger i uge "
                + String.join(
                        " og ",
                        peaks.stream().map(p -> String.valueOf(p.week())).toList()) + ".\n\n*Demoindhold.*";
        themes.create(new ThemeInput(
                number,
                title,
                null,
                summary,
                description,
                season,
                year,
                start,
                end,
                peaks,
                null,
                deadline,
                List.of("PARTNERS", "ACTIVITIES", "LITERATURE", "DIGITAL_COMMUNICATION"),
                roles,
                milestones,
                List.of(new ThemeInput.MaterialInput(
                        MaterialKind.LINK,
                        "Temaets side hos partneren",
                        "https://www.db.dk",
                        "Demo: et link til fælles materiale.")),
                null));
    }

    private static IsoWeek w(int year, int week) {
        return new IsoWeek(year, week);
    }

    private static Season seasonOf(IsoWeek week) {
        return week.week() <= 26 ? Season.SPRING : Season.AUTUMN;
    }
}
