package dk.samspil.collaboration.networkmeeting;

import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.collaboration.parts.KeyedChanges;
import dk.samspil.collaboration.parts.OrderedPart;
import dk.samspil.collaboration.theme.Theme;
import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.http.CrudService;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
import dk.samspil.common.text.Markdown;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.library.Library;
import dk.samspil.directory.library.LibraryRef;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Network meetings: everyone reads them, coordinators plan them and write the minutes. */
@ApplicationScoped
public class NetworkMeetingService implements CrudService<NetworkMeetingInput, NetworkMeetingView> {

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

    public NetworkMeetingPage list(
            Integer year, Boolean upcoming, Long libraryId, Instant updatedSince, PageRequest page) {
        Filters where = new Filters()
                .and(
                        "m.startsAt >= :yearStart and m.startsAt < :yearEnd",
                        "yearStart",
                        year == null ? null : yearStart(year))
                .and(
                        "exists (select 1 from NetworkMeetingAttendee a where a.meetingId = m.id"
                                + " and a.libraryId = :library)",
                        "library",
                        libraryId)
                .updatedSince("m.updatedAt", updatedSince);
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
        return NetworkMeeting.<NetworkMeeting>find(
                        "coalesce(endsAt, startsAt) >= ?1", Sort.ascending("startsAt", "id"), clock.now())
                .firstResultOptional()
                .map(this::view);
    }

    @Override
    public NetworkMeetingView get(long id) {
        return NetworkMeeting.<NetworkMeeting>findByIdOptional(id)
                .map(this::view)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.meeting", id));
    }

    /**
     * The meetings that start on the days {@code from} to {@code to} (Danish days, both included), in time order,
     * one at a time as the database hands them over (the calendar feed). Call it in a transaction.
     */
    public void each(LocalDate from, LocalDate to, Consumer<NetworkMeetingSummary> meeting) {
        new Filters()
                .and(
                        "m.startsAt >= :from",
                        "from",
                        from.atStartOfDay(AppClock.DANISH_TIME).toInstant())
                .and(
                        "m.startsAt < :to",
                        "to",
                        to.plusDays(1).atStartOfDay(AppClock.DANISH_TIME).toInstant())
                .each(em, SELECT, "m.startsAt, m.id", NetworkMeetingSummary.class, meeting);
    }

    @Transactional
    public NetworkMeetingView create(NetworkMeetingInput input) {
        access.requireCoordinator();
        NetworkMeeting meeting = new NetworkMeeting();
        meeting.createdAt = clock.now();
        meeting.updatedAt = meeting.createdAt;
        apply(meeting, input);
        meeting.persist();
        writeParts(meeting.id, List.of(), List.of(), input);
        audit.created("network_meeting", meeting.id, snapshot(input));
        return view(meeting);
    }

    /** Replaces the whole meeting; a change in any part gives it one new version (and ETag), no change none. */
    @Transactional
    public NetworkMeetingView update(long id, String ifMatch, NetworkMeetingInput input) {
        access.requireCoordinator();
        NetworkMeeting meeting = find(id);
        ETags.requireMatch(ifMatch, meeting.version);
        NetworkMeetingView stored = view(meeting);
        Map<String, Object> before = snapshot(stored);
        Map<String, Object> after = snapshot(input);
        if (before.equals(after)) {
            return stored;
        }
        apply(meeting, input);
        meeting.updatedAt = clock.now();
        NetworkMeeting.flush();
        writeParts(
                id,
                stored.attendingLibraries().stream().map(LibraryRef::id).toList(),
                MeetingIdea.list("meetingId", Sort.by("position"), id),
                input);
        audit.updated("network_meeting", id, before, after);
        return view(meeting);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        access.requireCoordinator();
        NetworkMeeting meeting = find(id);
        ETags.requireMatch(ifMatch, meeting.version);
        Map<String, Object> before = snapshot(view(meeting));
        meeting.delete();
        NetworkMeeting.flush();
        audit.deleted("network_meeting", id, before);
    }

    private static NetworkMeeting find(long id) {
        return NetworkMeeting.<NetworkMeeting>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.meeting", id));
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
                : new HashSet<>(Library.find("select id from Library where id in ?1", libraries)
                        .project(Long.class)
                        .list());
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
                : new HashSet<>(Theme.find("select id from Theme where id in ?1", themeIds)
                        .project(Long.class)
                        .list());
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

    /** Makes the stored attendees and ideas those of the input, writing only the rows that differ. */
    private static void writeParts(
            long id, List<Long> storedAttendees, List<MeetingIdea> storedIdeas, NetworkMeetingInput in) {
        KeyedChanges<Long, Long> attendees =
                KeyedChanges.betweenSets(storedAttendees, new TreeSet<>(in.attendingLibraryIds()));
        if (!attendees.removed().isEmpty()) {
            NetworkMeetingAttendee.delete("meetingId = ?1 and libraryId in ?2", id, attendees.removed());
        }
        attendees
                .added()
                .keySet()
                .forEach(library -> NetworkMeetingAttendee.of(id, library).persist());
        OrderedPart.arrange(
                storedIdeas,
                in.ideas().stream().map(NetworkMeetingService::normalised).toList(),
                () -> {
                    MeetingIdea idea = new MeetingIdea();
                    idea.meetingId = id;
                    return idea;
                },
                gone -> MeetingIdea.delete(
                        "id in ?1", gone.stream().map(i -> i.id).toList()));
    }

    /** A library that attends the meeting or hosts it (or both). */
    private record LibraryRow(long id, String name, boolean attends) {}

    private static final String LIBRARIES = """
            select new dk.samspil.collaboration.networkmeeting.NetworkMeetingService$LibraryRow(l.id, l.name,
                case when a.meetingId is not null then true else false end)
            from Library l left join NetworkMeetingAttendee a on a.libraryId = l.id and a.meetingId = :id
            where a.meetingId is not null or l.id = :host order by l.name, l.id""";

    /** An idea with its proposing library and theme, from outer joins. */
    private record IdeaRow(
            long id,
            String text,
            String proposer,
            Long libraryId,
            String libraryName,
            Long themeId,
            Integer themeNumber,
            String themeTitle,
            String themeSlug) {

        NetworkMeetingView.IdeaView view() {
            return new NetworkMeetingView.IdeaView(
                    id,
                    text,
                    proposer,
                    libraryId == null ? null : new LibraryRef(libraryId, libraryName),
                    themeId == null ? null : new ThemeRef(themeId, themeNumber, themeTitle, themeSlug));
        }
    }

    private static final String IDEAS = """
            select new dk.samspil.collaboration.networkmeeting.NetworkMeetingService$IdeaRow(i.id, i.text, i.proposer,
                l.id, l.name, t.id, t.number, t.title, t.slug)
            from MeetingIdea i left join Library l on l.id = i.proposerLibraryId left join Theme t on t.id = i.themeId
            where i.meetingId = :id order by i.position""";

    private NetworkMeetingView view(NetworkMeeting m) {
        long id = m.id;
        LibraryRef host = null;
        List<LibraryRef> attending = new ArrayList<>();
        for (LibraryRow row : em.createQuery(LIBRARIES, LibraryRow.class)
                .setParameter("id", id)
                .setParameter("host", m.hostLibraryId == null ? -1L : m.hostLibraryId)
                .getResultList()) {
            LibraryRef ref = new LibraryRef(row.id(), row.name());
            if (m.hostLibraryId != null && ref.id() == m.hostLibraryId) {
                host = ref;
            }
            if (row.attends()) {
                attending.add(ref);
            }
        }
        List<NetworkMeetingView.IdeaView> ideas =
                em.createQuery(IDEAS, IdeaRow.class).setParameter("id", id).getResultList().stream()
                        .map(IdeaRow::view)
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

    /** The same for an input, normalised as {@link #apply} and {@link #writeParts} store it. */
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
                        .map(NetworkMeetingService::normalised)
                        .map(i -> idea(i.text(), i.proposer(), i.proposerLibraryId(), i.themeId()))
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

    /** An idea as it is stored: text stripped, a blank proposer null. */
    private static NetworkMeetingInput.IdeaInput normalised(NetworkMeetingInput.IdeaInput in) {
        return new NetworkMeetingInput.IdeaInput(
                in.text().strip(), blankToNull(in.proposer()), in.proposerLibraryId(), in.themeId());
    }

    private static String idea(String text, String proposer, Long library, Long theme) {
        return text
                + (proposer == null ? "" : " (" + proposer + ")")
                + (library == null ? "" : " [library " + library + "]")
                + (theme == null ? "" : " [theme " + theme + "]");
    }
}
