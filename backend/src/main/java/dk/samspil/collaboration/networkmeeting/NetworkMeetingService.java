package dk.samspil.collaboration.networkmeeting;

import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
import dk.samspil.common.text.Markdown;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.library.LibraryRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Network meetings: everyone reads them, coordinators plan them and write the minutes. */
@ApplicationScoped
public class NetworkMeetingService {

    public static final SortFields SORT = SortFields.of(
            "-startsAt", "m.id desc", "startsAt", "m.startsAt", "title", "m.title", "updatedAt", "m.updatedAt");

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private static final String SELECT = """
            select new dk.samspil.collaboration.networkmeeting.NetworkMeetingSummary(m.id, m.title, m.startsAt, m.endsAt, h.id, h.name, m.place,
                (select count(*) from NetworkMeetingAttendee a where a.meetingId = m.id),
                (select count(*) from MeetingIdea i where i.meetingId = m.id),
                case when m.minutes <> '' then true else false end)
            from NetworkMeeting m left join Library h on h.id = m.hostLibraryId""";

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    public NetworkMeetingPage list(Integer year, Boolean upcoming, Long libraryId, PageRequest page) {
        Filters where = new Filters()
                .and(
                        "m.startsAt >= :yearStart and m.startsAt < :yearEnd",
                        "yearStart",
                        year == null ? null : yearStart(year))
                .and(
                        "exists (select 1 from NetworkMeetingAttendee a where a.meetingId = m.id"
                                + " and a.libraryId = :library)",
                        "library",
                        libraryId);
        if (year != null) {
            where.param("yearEnd", yearStart(year + 1));
        }
        if (upcoming != null) {
            where.and(
                            upcoming
                                    ? "coalesce(m.endsAt, m.startsAt) >= :now"
                                    : "coalesce(m.endsAt, m.startsAt) < :now",
                            true)
                    .param("now", clock.now());
        }
        long total = where.count(em, "select count(m) from NetworkMeeting m");
        List<NetworkMeetingSummary> items = where.page(em, SELECT, page, total, NetworkMeetingSummary.class);
        return new NetworkMeetingPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    /** The next meeting that has not ended. */
    public Optional<NetworkMeetingView> next() {
        return em.createQuery("""
                        select m from NetworkMeeting m where coalesce(m.endsAt, m.startsAt) >= :now
                        order by m.startsAt, m.id""", NetworkMeeting.class)
                .setParameter("now", clock.now())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    public Optional<NetworkMeetingView> get(long id) {
        return Optional.ofNullable(em.find(NetworkMeeting.class, id)).map(this::view);
    }

    /** Every meeting, in time order, for the calendar feed. */
    public List<NetworkMeetingSummary> all() {
        return new Filters().all(em, SELECT, "m.startsAt, m.id", NetworkMeetingSummary.class);
    }

    @Transactional
    public NetworkMeetingView create(NetworkMeetingInput input) {
        access.requireCoordinator();
        NetworkMeeting meeting = new NetworkMeeting();
        meeting.createdAt = clock.now();
        meeting.updatedAt = meeting.createdAt;
        apply(meeting, input);
        em.persist(meeting);
        em.flush();
        replaceChildren(meeting.id, input);
        audit.created("network_meeting", meeting.id, snapshot(input));
        return view(meeting);
    }

    /** Replaces the whole meeting; a change in any part gives it one new version (and ETag), no change none. */
    @Transactional
    public NetworkMeetingView update(long id, String ifMatch, NetworkMeetingInput input) {
        access.requireCoordinator();
        NetworkMeeting meeting = find(id);
        ETags.requireMatch(ifMatch, meeting.version);
        Map<String, Object> before = snapshot(view(meeting));
        Map<String, Object> after = snapshot(input);
        if (before.equals(after)) {
            return view(meeting);
        }
        apply(meeting, input);
        meeting.updatedAt = clock.now();
        em.flush();
        replaceChildren(id, input);
        audit.updated("network_meeting", id, before, after);
        return view(meeting);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        access.requireCoordinator();
        NetworkMeeting meeting = find(id);
        ETags.requireMatch(ifMatch, meeting.version);
        Map<String, Object> before = snapshot(view(meeting));
        em.remove(meeting);
        em.flush();
        audit.deleted("network_meeting", id, before);
    }

    private NetworkMeeting find(long id) {
        NetworkMeeting meeting = em.find(NetworkMeeting.class, id);
        if (meeting == null) {
            throw ApiException.notFound("problem.not-found.detail.meeting", id);
        }
        return meeting;
    }

    private void apply(NetworkMeeting m, NetworkMeetingInput in) {
        Instant startsAt = in.startsAt().toInstant();
        Instant endsAt = in.endsAt() == null ? null : in.endsAt().toInstant();
        if (endsAt != null && endsAt.isBefore(startsAt)) {
            throw ApiException.invalidField("endsAt", "meeting.ends.before-start");
        }
        Set<Long> libraries = new HashSet<>(in.attendingLibraryIds());
        if (in.hostLibraryId() != null) {
            libraries.add(in.hostLibraryId());
        }
        in.ideas().stream()
                .map(NetworkMeetingInput.IdeaInput::proposerLibraryId)
                .filter(java.util.Objects::nonNull)
                .forEach(libraries::add);
        Set<Long> known = libraries.isEmpty()
                ? Set.of()
                : new HashSet<>(em.createQuery("select l.id from Library l where l.id in :ids", Long.class)
                        .setParameter("ids", libraries)
                        .getResultList());
        if (in.hostLibraryId() != null && !known.contains(in.hostLibraryId())) {
            throw ApiException.invalidField("hostLibraryId", "meeting.library.unknown");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < in.attendingLibraryIds().size(); i++) {
            Long library = in.attendingLibraryIds().get(i);
            if (!known.contains(library)) {
                throw ApiException.invalidField("attendingLibraryIds[" + i + "]", "meeting.library.unknown");
            }
            if (!seen.add(library)) {
                throw ApiException.invalidField("attendingLibraryIds[" + i + "]", "meeting.library.twice");
            }
        }
        Set<Long> themeIds = new HashSet<>();
        in.ideas().stream()
                .map(NetworkMeetingInput.IdeaInput::themeId)
                .filter(java.util.Objects::nonNull)
                .forEach(themeIds::add);
        Set<Long> knownThemes = themeIds.isEmpty()
                ? Set.of()
                : new HashSet<>(em.createQuery("select t.id from Theme t where t.id in :ids", Long.class)
                        .setParameter("ids", themeIds)
                        .getResultList());
        for (int i = 0; i < in.ideas().size(); i++) {
            NetworkMeetingInput.IdeaInput idea = in.ideas().get(i);
            if (idea.proposerLibraryId() != null && !known.contains(idea.proposerLibraryId())) {
                throw ApiException.invalidField("ideas[" + i + "].proposerLibraryId", "meeting.library.unknown");
            }
            if (idea.themeId() != null && !knownThemes.contains(idea.themeId())) {
                throw ApiException.invalidField("ideas[" + i + "].themeId", "meeting.theme.unknown");
            }
        }
        m.title = in.title().trim();
        m.startsAt = startsAt;
        m.endsAt = endsAt;
        m.hostLibraryId = in.hostLibraryId();
        m.place = in.place().trim();
        m.agenda = in.agenda() == null ? "" : in.agenda().strip();
        m.minutes = in.minutes() == null ? "" : in.minutes().strip();
    }

    private void replaceChildren(long id, NetworkMeetingInput in) {
        em.createNativeQuery("delete from network_meeting_attendee where meeting_id = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.createNativeQuery("delete from meeting_idea where meeting_id = :id")
                .setParameter("id", id)
                .executeUpdate();
        for (Long library : new TreeSet<>(in.attendingLibraryIds())) {
            em.createNativeQuery("insert into network_meeting_attendee (meeting_id, library_id) values (:m, :l)")
                    .setParameter("m", id)
                    .setParameter("l", library)
                    .executeUpdate();
        }
        int position = 0;
        for (NetworkMeetingInput.IdeaInput idea : in.ideas()) {
            em.createNativeQuery("""
                            insert into meeting_idea (meeting_id, position, text, proposer, proposer_library_id, theme_id)
                            values (:m, :p, :text, :proposer, :library, :theme)""")
                    .setParameter("m", id)
                    .setParameter("p", position++)
                    .setParameter("text", idea.text().strip())
                    .setParameter("proposer", blankToNull(idea.proposer()))
                    .setParameter("library", idea.proposerLibraryId())
                    .setParameter("theme", idea.themeId())
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private NetworkMeetingView view(NetworkMeeting m) {
        long id = m.id;
        LibraryRef host = null;
        List<Object[]> libraryRows = em.createNativeQuery("""
                        select l.id, l.name, a.meeting_id is not null from library l
                        left join network_meeting_attendee a on a.library_id = l.id and a.meeting_id = :id
                        where a.meeting_id is not null or l.id = :host order by l.name, l.id""")
                .setParameter("id", id)
                .setParameter("host", m.hostLibraryId == null ? -1L : m.hostLibraryId)
                .getResultList();
        List<LibraryRef> attending = new java.util.ArrayList<>();
        for (Object[] r : libraryRows) {
            LibraryRef ref = new LibraryRef(((Number) r[0]).longValue(), (String) r[1]);
            if (m.hostLibraryId != null && ref.id() == m.hostLibraryId) {
                host = ref;
            }
            if ((Boolean) r[2]) {
                attending.add(ref);
            }
        }
        List<Object[]> ideaRows =
                em.createNativeQuery("""
                        select i.id, i.text, i.proposer, l.id, l.name, t.id, t.number, t.title, t.slug
                        from meeting_idea i left join library l on l.id = i.proposer_library_id
                        left join theme t on t.id = i.theme_id where i.meeting_id = :id order by i.position""").setParameter("id", id).getResultList();
        List<NetworkMeetingView.IdeaView> ideas = ideaRows.stream()
                .map(r -> new NetworkMeetingView.IdeaView(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        r[3] == null ? null : new LibraryRef(((Number) r[3]).longValue(), (String) r[4]),
                        r[5] == null
                                ? null
                                : new ThemeRef(
                                        ((Number) r[5]).longValue(), ((Number) r[6]).intValue(), (String) r[7], (String)
                                                r[8])))
                .toList();
        return new NetworkMeetingView(
                id,
                m.title,
                m.startsAt,
                m.endsAt,
                host,
                m.place,
                m.agenda,
                Markdown.toSafeHtml(m.agenda),
                m.minutes,
                Markdown.toSafeHtml(m.minutes),
                attending,
                ideas,
                m.createdAt,
                m.updatedAt,
                m.version);
    }

    private static Instant yearStart(int year) {
        return java.time.LocalDate.of(year, 1, 1).atStartOfDay(DANISH_TIME).toInstant();
    }

    /** What the audit trail records of a meeting, attendees and ideas included; also what tells a change. */
    private static Map<String, Object> snapshot(NetworkMeetingView v) {
        return snapshot(
                v.title(),
                v.startsAt(),
                v.endsAt(),
                v.host() == null ? null : v.host().id(),
                v.place(),
                v.agenda(),
                v.minutes(),
                v.attendingLibraries().stream().map(LibraryRef::id).toList(),
                v.ideas().stream()
                        .map(i -> idea(
                                i.text(),
                                i.proposer(),
                                i.proposerLibrary() == null
                                        ? null
                                        : i.proposerLibrary().id(),
                                i.theme() == null ? null : i.theme().id()))
                        .toList());
    }

    /** The same for an input, normalised as {@link #apply} and {@link #replaceChildren} store it. */
    private static Map<String, Object> snapshot(NetworkMeetingInput in) {
        return snapshot(
                in.title().trim(),
                in.startsAt().toInstant(),
                in.endsAt() == null ? null : in.endsAt().toInstant(),
                in.hostLibraryId(),
                in.place().trim(),
                in.agenda() == null ? "" : in.agenda().strip(),
                in.minutes() == null ? "" : in.minutes().strip(),
                in.attendingLibraryIds(),
                in.ideas().stream()
                        .map(i -> idea(i.text().strip(), blankToNull(i.proposer()), i.proposerLibraryId(), i.themeId()))
                        .toList());
    }

    private static Map<String, Object> snapshot(
            String title,
            Instant startsAt,
            Instant endsAt,
            Long host,
            String place,
            String agenda,
            String minutes,
            List<Long> attending,
            List<String> ideas) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", title);
        map.put("startsAt", startsAt);
        map.put("endsAt", endsAt);
        map.put("hostLibraryId", host);
        map.put("place", place);
        map.put("agenda", agenda);
        map.put("minutes", minutes);
        map.put("attendingLibraryIds", new TreeSet<>(attending).stream().toList());
        map.put("ideas", ideas);
        return map;
    }

    private static String idea(String text, String proposer, Long library, Long theme) {
        return text
                + (proposer == null ? "" : " (" + proposer + ")")
                + (library == null ? "" : " [library " + library + "]")
                + (theme == null ? "" : " [theme " + theme + "]");
    }
}
