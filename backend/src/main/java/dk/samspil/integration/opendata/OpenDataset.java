package dk.samspil.integration.opendata;

import com.fasterxml.jackson.annotation.JsonValue;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.integration.changes.ChangeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The public datasets: what each holds (only what the API shows anonymous callers), in a fixed order
 * (by id) so that the same data is always the same file, and the tables whose changes make it new.
 */
public enum OpenDataset {
    LIBRARIES(
            "libraries",
            "Biblioteker",
            "Libraries",
            "Alle folkebiblioteker i Samspil med nummer, kommune, region og adresse.",
            "Every public library in Samspil with its number, municipality, region and address.",
            """
            select l.id, l.name, l.library_number as "libraryNumber", 'DK-' || l.library_number as isil,
                   m.code as "municipalityCode", m.name as municipality, r.code as "regionCode", r.name as region,
                   l.central_library as "centralLibrary", l.street, l.postal_code as "postalCode", l.city,
                   l.website, l.email, l.phone, l.joined_on as "joinedOn", l.active, l.updated_at as "updatedAt"
            from library l join municipality m on m.code = l.municipality_code join region r on r.code = m.region_code
            order by l.id""",
            List.of("library")),
    THEMES(
            "themes",
            "Temaer",
            "Themes",
            "Det nationale temasamarbejdes temaer: uger, tilmeldingsfrist og resumé.",
            "The national theme collaboration's themes: weeks, sign-up deadline and summary.",
            """
            select t.id, t.number, t.title, t.slug, t.summary, t.season, t.year,
                   t.start_year as "startYear", t.start_week as "startWeek", t.end_year as "endYear",
                   t.end_week as "endWeek", t.start_date as "startDate", t.end_date as "endDate",
                   t.signup_opens_on as "signupOpensOn", t.signup_deadline as "signupDeadline",
                   t.updated_at as "updatedAt"
            from theme t order by t.id""",
            List.of("theme")),
    SIGNUPS(
            "signups",
            "Tilmeldinger",
            "Sign-ups",
            "Bibliotekernes tilmeldinger til temaerne, med status, kanaler og fokusområder.",
            "The libraries' sign-ups for the themes, with their state, channels and focus areas.",
            """
            select p.id, t.id as "themeId", t.number as "themeNumber", t.title as theme, l.id as "libraryId",
                   l.name as library, m.region_code as "regionCode", p.state, p.channels,
                   p.focus_areas as "focusAreas", p.signed_up_at as "signedUpAt", p.confirmed_at as "confirmedAt",
                   p.withdrawn_at as "withdrawnAt", p.updated_at as "updatedAt"
            from participation p join theme t on t.id = p.theme_id join library l on l.id = p.library_id
            join municipality m on m.code = l.municipality_code
            order by p.id""",
            List.of("participation", "theme", "library")),
    ACTIVITIES(
            "activities",
            "Aktiviteter",
            "Activities",
            "Bibliotekernes aktiviteter i temaerne, med kanal, målgruppe, fremmøde og rækkevidde.",
            "The libraries' activities in the themes, with channel, audience, attendance and reach.",
            """
            select a.id, t.id as "themeId", t.number as "themeNumber", t.title as theme, l.id as "libraryId",
                   l.name as library, a.title, a.description, a.starts_at as "startsAt", a.ends_at as "endsAt",
                   a.place, a.channel, a.audience, a.attendance, a.reach, a.updated_at as "updatedAt"
            from activity a join participation p on p.id = a.participation_id join theme t on t.id = p.theme_id
            join library l on l.id = p.library_id
            order by a.id""",
            List.of("activity", "theme", "library")),
    PARTNERS(
            "partners",
            "Partnere",
            "Partners",
            "Nationale og lokale partnere (DR, museer, foreninger...).",
            "National and local partners (DR, museums, associations...).",
            """
            select pa.id, pa.name, pa.type, pa.national, pa.website, pa.description, pa.updated_at as "updatedAt"
            from partner pa order by pa.id""",
            List.of("partner")),
    TOOLBOX(
            "toolbox",
            "Værktøjskassen",
            "Toolbox",
            "Byg partnerskabers værktøjer, film og rapporter.",
            "The Byg partnerskaber toolbox: tools, films and reports.",
            """
            select ti.id, ti.kind, ti.title, ti.slug, ti.summary, ti.heading, ti.guide_chapter_id as "guideChapterId",
                   ti.phases, ti.tags, ti.source, ti.year, ti.updated_at as "updatedAt"
            from toolbox_item ti order by ti.id""",
            List.of("toolbox_item")),
    GUIDE(
            "guide",
            "Guiden",
            "Guide",
            "Byg partnerskabers guide, kapitel for kapitel (tekst i Markdown).",
            "The Byg partnerskaber guide, chapter by chapter (text in Markdown).",
            """
            select g.id, g.number, g.title, g.slug, g.summary, g.body, g.updated_at as "updatedAt"
            from guide_chapter g order by g.id""",
            List.of("guide_chapter")),
    CASES(
            "cases",
            "Gode eksempler",
            "Good examples",
            "Gode eksempler på partnerskaber mellem biblioteker og partnere.",
            "Good examples of partnerships between libraries and partners.",
            """
            select c.id, c.title, c.slug, c.summary, c.result, c.starts_on as "startsOn", c.ends_on as "endsOn",
                   c.updated_at as "updatedAt"
            from cases c order by c.id""",
            List.of("cases")),
    PROJECTS(
            "projects",
            "Projekter",
            "Projects",
            "Udviklingsprojekter, fx \"Ud af boksen!\", med finansiering og projektleder.",
            "Development projects such as \"Ud af boksen!\", with funder and lead.",
            """
            select pr.id, pr.name, pr.slug, pr.summary, pr.description, pr.starts_on as "startsOn",
                   pr.ends_on as "endsOn", pr.funder, pr.lead, pr.updated_at as "updatedAt"
            from project pr order by pr.id""",
            List.of("project"));

    private final String id;
    final String titleDa;
    final String titleEn;
    final String descriptionDa;
    final String descriptionEn;
    final String query;
    /** The dataset's own table first; its rows are the dataset's items. */
    final List<String> tables;

    OpenDataset(
            String id,
            String titleDa,
            String titleEn,
            String descriptionDa,
            String descriptionEn,
            String query,
            List<String> tables) {
        this.id = id;
        this.titleDa = titleDa;
        this.titleEn = titleEn;
        this.descriptionDa = descriptionDa;
        this.descriptionEn = descriptionEn;
        this.query = query;
        this.tables = tables;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** How JAX-RS reads the path: an unknown dataset is a 404. */
    public static OpenDataset fromString(String id) {
        return Arrays.stream(values())
                .filter(d -> d.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "problem.not-found.detail"));
    }

    /**
     * The newest change to any of its tables, deletions included (from the change feed, as a deleted row
     * leaves no time behind), and the number of its items: what says the data is new. One row: dataset,
     * last_modified, items.
     */
    String freshnessQuery() {
        List<String> newest = new ArrayList<>(tables.stream()
                .map(t -> "(select max(updated_at) from " + t + ")")
                .toList());
        String types = tables.stream()
                .map(t -> "'" + ChangeType.ofTable(t).orElseThrow().apiName() + "'")
                .collect(Collectors.joining(", "));
        newest.add("(select max(occurred_at) from resource_change where action = 'deleted' and resource_type in ("
                + types + "))");
        return "select '" + id + "' as dataset, greatest(" + String.join(", ", newest) + ") as last_modified, "
                + "(select count(*) from " + tables.getFirst() + ") as items";
    }

    /** The freshness of every dataset in one statement, a row each. */
    static String everyFreshnessQuery() {
        return Arrays.stream(values()).map(OpenDataset::freshnessQuery).collect(Collectors.joining(" union all "));
    }
}
