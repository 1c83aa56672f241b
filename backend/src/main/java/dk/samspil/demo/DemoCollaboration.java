package dk.samspil.demo;

import static dk.samspil.common.time.AppClock.DANISH_TIME;

import dk.samspil.collaboration.networkmeeting.NetworkMeetingInput;
import dk.samspil.collaboration.networkmeeting.NetworkMeetingInput.IdeaInput;
import dk.samspil.collaboration.networkmeeting.NetworkMeetingService;
import dk.samspil.collaboration.theme.Theme;
import dk.samspil.common.db.Sql;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.contact.ContactInput;
import dk.samspil.directory.contact.ContactService;
import dk.samspil.directory.partner.Partner;
import dk.samspil.directory.partner.PartnerRef;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The theme collaboration's life around the themes: coordinators and network leads (invented demo people),
 * activities with attendance for every sign-up, and two network meetings a year with minutes and ideas.
 * Loaded once, after the demo themes, marked demo.
 */
@ApplicationScoped
public class DemoCollaboration {

    private static final String[] FIRST_NAMES = {
        "Anne",
        "Mette",
        "Jonas",
        "Lars",
        "Sofie",
        "Karen",
        "Mikkel",
        "Line",
        "Peter",
        "Camilla",
        "Henrik",
        "Louise",
        "Rasmus",
        "Birgitte",
        "Thomas",
        "Ida",
        "Søren",
        "Maja"
    };
    private static final String[] LAST_NAMES = {
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
        "Madsen",
        "Kristensen",
        "Olsen",
        "Thomsen",
        "Poulsen",
        "Møller",
        "Kjær",
        "Holm"
    };

    @Inject
    DemoMarkers markers;

    @Inject
    ContactService contacts;

    @Inject
    NetworkMeetingService meetings;

    @Inject
    AppClock clock;

    @Inject
    Sql sql;

    @Transactional
    public boolean loadOnce() {
        Instant now = clock.now();
        if (!markers.claim("collaboration", now)) {
            return false;
        }
        Long aalborg = DemoLibraries.ofMunicipality(851).orElse(null);
        contacts.create(new ContactInput(
                "Mette Nørgaard",
                "Udviklingskoordinator, det nationale temasamarbejde",
                aalborg,
                null,
                "mette.norgaard@samspil.demo",
                "+45 99 31 40 01",
                true,
                true));
        contacts.create(new ContactInput(
                "Jonas Krogh",
                "Projekt- og faciliteringsmedarbejder",
                aalborg,
                null,
                "jonas.krogh@samspil.demo",
                "+45 99 31 40 02",
                true,
                true));
        networkLeads();
        partnerContact("DR", "Line Vestergaard", "Redaktør, samarbejder");
        partnerContact("Nationalmuseet", "Henrik Bach", "Formidlingschef");
        activities(now);
        networkMeetings(LocalDate.ofInstant(now, DANISH_TIME));
        sql.update("update contact set demo = true").execute();
        sql.update("update network_meeting set demo = true").execute();
        return true;
    }

    /** One network lead per demo library (every other one public), named on the library's sign-ups. */
    private void networkLeads() {
        sql.update("""
                insert into contact (name, title, library_id, email, phone, public, coordinator, demo,
                                     created_at, updated_at)
                select n.first || ' ' || n.last, 'Netværksansvarlig', l.id,
                       lower(translate(n.first || '.' || n.last, 'æøåÆØÅ', 'eoaEOA')) || '.' || l.municipality_code
                           || '@samspil.demo',
                       '+45 ' || (70000000 + l.municipality_code * 1013)::text, l.municipality_code % 2 = 0, false,
                       true, now(), now()
                from library l
                cross join lateral (select (FIRST)[1 + abs(hashtext('f' || l.id)) % cardinality(FIRST)] as first,
                                           (LAST)[1 + abs(hashtext('l' || l.id)) % cardinality(LAST)] as last) n
                where l.demo""".replace("FIRST", sqlArray(FIRST_NAMES)).replace("LAST", sqlArray(LAST_NAMES)))
                .execute();
        sql.update("""
                update participation p set network_lead_id = c.id
                from contact c where c.library_id = p.library_id and c.title = 'Netværksansvarlig' and p.demo""").execute();
    }

    private void partnerContact(String partner, String name, String title) {
        Partner.find("name", partner)
                .project(PartnerRef.class)
                .firstResultOptional()
                .ifPresent(p -> contacts.create(new ContactInput(name, title, null, p.id(), null, null, true, false)));
    }

    /**
     * One to three activities per sign-up, inside the theme's weeks, on the library's own channels;
     * attendance (events, exhibitions) or reach (online, press) for those that have started.
     */
    private void activities(Instant now) {
        sql.update("""
                insert into activity (participation_id, title, description, starts_at, ends_at, place, channel,
                                      audience, attendance, reach, demo, created_at, updated_at)
                select p.id,
                       case ch.channel
                           when 'EVENTS' then 'Foredrag og samtale: ' || t.title
                           when 'EXHIBITION' then 'Udstilling: ' || t.title
                           when 'SOCIAL_MEDIA' then 'Opslag og quiz om ' || t.title
                           when 'NEWSLETTER' then 'Nyhedsbrev med temaets bøger'
                           when 'WEBSITE' then 'Temaside på bibliotekets hjemmeside'
                           when 'PRESS' then 'Pressemeddelelse om temaet'
                           when 'PARTNER_ACTIVITY' then 'Arrangement med lokal partner: ' || t.title
                           else 'Aktivitet: ' || t.title end,
                       'Demoindhold: bibliotekets aktivitet i temaet ' || t.title || '.',
                       s.at, s.at + interval '2 hours',
                       case when ch.channel in ('EVENTS', 'EXHIBITION', 'PARTNER_ACTIVITY') then 'Hovedbiblioteket' end,
                       ch.channel,
                       (array['EVERYONE', 'ADULTS', 'FAMILIES', 'CHILDREN', 'SENIORS', 'YOUNG_PEOPLE'])
                           [1 + abs(hashtext(p.id || ch.channel)) % 6],
                       case when s.at <= :now and ch.channel in ('EVENTS', 'EXHIBITION', 'PARTNER_ACTIVITY')
                            then 12 + abs(hashtext('a' || p.id || ch.channel)) % 110 end,
                       case when s.at <= :now and ch.channel in ('SOCIAL_MEDIA', 'NEWSLETTER', 'WEBSITE', 'PRESS')
                            then 150 + abs(hashtext('r' || p.id || ch.channel)) % 4000 end,
                       true, least(s.at, :now), least(s.at, :now)
                from participation p
                join theme t on t.id = p.theme_id
                cross join lateral unnest(p.channels) with ordinality as ch(channel, n)
                cross join lateral (select ((t.start_date + (abs(hashtext(p.id || '-' || ch.n)) % (t.end_date - t.start_date + 1)))
                                            + case when ch.channel in ('EVENTS', 'PARTNER_ACTIVITY') then time '19:00'
                                                   else time '10:00' end) at time zone 'Europe/Copenhagen' as at) s
                where p.demo and p.state <> 'WITHDRAWN' and ch.n <= 1 + abs(hashtext('n' || p.id)) % 3""").param("now", now).execute();
    }

    /** Spring (early March) and autumn (early September) each year, from the pilots to next year, at a central library. */
    private void networkMeetings(LocalDate today) {
        List<Long> central = DemoLibraries.ids("centralLibrary = true and demo = true", Sort.by("name"));
        List<Long> all = DemoLibraries.ids("demo = true", Sort.by("id"));
        if (central.isEmpty() || all.isEmpty()) {
            return;
        }
        int n = 0;
        for (int year = 2015; year <= today.getYear() + 1; year++) {
            for (int month : new int[] {3, 9}) {
                LocalDate day = LocalDate.of(year, month, 1)
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
                        .plusWeeks(1);
                long host = central.get(n % central.size());
                boolean past = day.isBefore(today);
                List<Long> attending = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    if ((i * 7 + n * 3) % 5 < 2 || all.get(i) == host) {
                        attending.add(all.get(i));
                    }
                }
                Long nextTheme = Theme.<Theme>find("startDate > ?1", Sort.by("startDate", "id"), day)
                        .firstResultOptional()
                        .map(t -> t.id)
                        .orElse(null);
                String season = month == 3 ? "forår" : "efterår";
                List<IdeaInput> ideas = past
                        ? List.of(
                                new IdeaInput(
                                        "Fælles quiz, som alle biblioteker kan bruge på sociale medier.",
                                        null,
                                        attending.get(n % attending.size()),
                                        nextTheme),
                                new IdeaInput(
                                        "Inviter lokale foreninger til en debataften i spidsugerne.",
                                        "Gruppe 2",
                                        attending.get((n + 5) % attending.size()),
                                        nextTheme),
                                new IdeaInput(
                                        "Del plakater og skabeloner i grafikpakken i flere formater.",
                                        "Gruppe 3",
                                        null,
                                        null))
                        : List.of();
                String minutes = past ? """
                        ## Referat

                        - Status på det igangværende tema: erfaringer fra bibliotekerne.
                        - Gennemgang af næste temas idékatalog og grafikpakke.
                        - Idéerne fra gruppearbejdet er samlet nedenfor.

                        *Demoindhold.*""" : null;
                meetings.create(new NetworkMeetingInput(
                        "Netværksmøde " + season + " " + year,
                        day.atTime(10, 0).atZone(DANISH_TIME).toOffsetDateTime(),
                        day.atTime(15, 30).atZone(DANISH_TIME).toOffsetDateTime(),
                        host,
                        "Hovedbiblioteket, mødesalen",
                        """
                        1. Velkomst og nyt fra koordinationsgruppen
                        2. Erfaringer fra det seneste tema
                        3. Næste tema: idéværksted i grupper
                        4. Aftaler og næste møde
                        """,
                        minutes,
                        attending,
                        ideas));
                n++;
            }
        }
    }

    /** A text array literal of the constant names above (no client input). */
    private static String sqlArray(String[] values) {
        return "array['" + String.join("', '", values) + "']::text[]";
    }
}
