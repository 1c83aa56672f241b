package dk.samspil.partnering.project;

import static dk.samspil.common.db.SqlValues.date;
import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.KnownIds;
import dk.samspil.common.http.ETags;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
import dk.samspil.common.text.Markdown;
import dk.samspil.common.text.Slugs;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.contact.ContactRef;
import dk.samspil.directory.partner.PartnerRef;
import dk.samspil.directory.partner.PartnerType;
import dk.samspil.partnering.partnership.PartnershipSummary.PartnerInPartnership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Projects: everyone reads them (private contacts only for those who may see them), coordinators write them. */
@ApplicationScoped
@SuppressWarnings("unchecked")
public class ProjectService {

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    KnownIds knownIds;

    /** All projects, newest first (there are few). */
    public List<ProjectViews.ProjectSummary> list() {
        return ((List<Object[]>) em.createNativeQuery("""
                        select p.id, p.slug, p.name, p.summary, p.starts_on, p.ends_on, p.funder,
                               (select count(*) from project_document d where d.project_id = p.id)
                        from project p order by p.starts_on desc nulls last, p.id desc""").getResultList())
                .stream()
                        .map(r -> new ProjectViews.ProjectSummary(
                                ((Number) r[0]).longValue(),
                                (String) r[1],
                                (String) r[2],
                                (String) r[3],
                                date(r[4]),
                                date(r[5]),
                                (String) r[6],
                                ((Number) r[7]).longValue()))
                        .toList();
    }

    public Optional<ProjectViews.ProjectView> get(long id) {
        return Optional.ofNullable(em.find(Project.class, id)).map(this::view);
    }

    public Optional<ProjectViews.ProjectView> bySlug(String slug) {
        return em.createQuery("select p from Project p where p.slug = :s", Project.class)
                .setParameter("s", slug)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    @Transactional
    public ProjectViews.ProjectView create(ProjectInput input) {
        access.requireCoordinator();
        Project p = new Project();
        p.createdAt = clock.now();
        p.updatedAt = p.createdAt;
        apply(p, input);
        em.persist(p);
        em.flush();
        replaceParts(p.id, input);
        ProjectViews.ProjectView view = view(p);
        audit.created("project", p.id, snapshot(view));
        return view;
    }

    @Transactional
    public ProjectViews.ProjectView update(long id, String ifMatch, ProjectInput input) {
        access.requireCoordinator();
        Project p = find(id);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = snapshot(view(p));
        apply(p, input);
        p.updatedAt = clock.now();
        em.flush();
        replaceParts(id, input);
        ProjectViews.ProjectView after = view(p);
        audit.updated("project", id, before, snapshot(after));
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        access.requireCoordinator();
        Project p = find(id);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = snapshot(view(p));
        em.remove(p);
        em.flush();
        audit.deleted("project", id, before);
    }

    private Project find(long id) {
        Project p = em.find(Project.class, id);
        if (p == null) {
            throw ApiException.notFound("problem.not-found.detail.project", id);
        }
        return p;
    }

    private void apply(Project p, ProjectInput in) {
        String slug = in.slug() == null || in.slug().isBlank() ? Slugs.of(in.name()) : in.slug();
        if (!em.createNativeQuery("select id from project where slug = :s and id <> :id")
                .setParameter("s", slug)
                .setParameter("id", p.id == null ? -1L : p.id)
                .getResultList()
                .isEmpty()) {
            throw ApiException.conflictOnField("slug", "problem.conflict.detail.slug-taken", slug);
        }
        if (in.startsOn() != null && in.endsOn() != null && in.endsOn().isBefore(in.startsOn())) {
            throw ApiException.invalidField("endsOn", "partnership.ends.before-start");
        }
        knownIds.require(
                "partner",
                "partners",
                ".partnerId",
                partners(in).stream().map(ProjectInput.PartnerRole::partnerId).toList(),
                false,
                "case.reference.unknown");
        knownIds.require("contact", "contactIds", "", contacts(in), false, "case.reference.unknown");
        // Documents may share a file.
        knownIds.require(
                "attachment",
                "documents",
                ".attachmentId",
                documents(in).stream().map(ProjectInput.Document::attachmentId).toList(),
                true,
                "case.reference.unknown");
        p.name = in.name().trim();
        p.slug = slug;
        p.summary = in.summary().strip();
        p.description = in.description() == null ? "" : in.description().strip();
        p.startsOn = in.startsOn();
        p.endsOn = in.endsOn();
        p.funder = blankToNull(in.funder());
        p.lead = blankToNull(in.lead());
    }

    private static List<ProjectInput.PartnerRole> partners(ProjectInput in) {
        return in.partners() == null ? List.of() : in.partners();
    }

    private static List<Long> contacts(ProjectInput in) {
        return in.contactIds() == null ? List.of() : in.contactIds();
    }

    private static List<ProjectInput.Document> documents(ProjectInput in) {
        return in.documents() == null ? List.of() : in.documents();
    }

    private void replaceParts(long id, ProjectInput in) {
        for (String table : List.of("project_partner", "project_contact", "project_document")) {
            em.createNativeQuery("delete from " + table + " where project_id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
        }
        for (ProjectInput.PartnerRole partner : partners(in)) {
            em.createNativeQuery("insert into project_partner (project_id, partner_id, role) values (:p, :x, :r)")
                    .setParameter("p", id)
                    .setParameter("x", partner.partnerId())
                    .setParameter("r", partner.role().trim())
                    .executeUpdate();
        }
        for (Long contact : new TreeSet<>(contacts(in))) {
            em.createNativeQuery("insert into project_contact (project_id, contact_id) values (:p, :c)")
                    .setParameter("p", id)
                    .setParameter("c", contact)
                    .executeUpdate();
        }
        int position = 0;
        for (ProjectInput.Document document : documents(in)) {
            em.createNativeQuery("""
                            insert into project_document (project_id, position, kind, title, attachment_id, file_name)
                            select :p, :pos, :kind, :title, a.id, a.file_name from attachment a where a.id = :a""")
                    .setParameter("p", id)
                    .setParameter("pos", position++)
                    .setParameter("kind", document.kind().name())
                    .setParameter("title", document.title().trim())
                    .setParameter("a", document.attachmentId())
                    .executeUpdate();
        }
    }

    private ProjectViews.ProjectView view(Project p) {
        List<PartnerInPartnership> partners = ((List<Object[]>)
                        em.createNativeQuery("""
                        select x.id, x.name, x.type, x.national, pp.role from project_partner pp
                        join partner x on x.id = pp.partner_id where pp.project_id = :id order by x.name, x.id""").setParameter("id", p.id).getResultList())
                .stream()
                        .map(r -> new PartnerInPartnership(
                                new PartnerRef(
                                        ((Number) r[0]).longValue(),
                                        (String) r[1],
                                        PartnerType.valueOf((String) r[2]),
                                        (Boolean) r[3]),
                                (String) r[4]))
                        .toList();
        List<ContactRef> contacts = ((List<Object[]>) em.createNativeQuery("""
                        select c.id, c.name, c.title, c.email, c.phone from project_contact pc
                        join contact c on c.id = pc.contact_id
                        where pc.project_id = :id and (c.public or :private) order by c.name, c.id""")
                        .setParameter("id", p.id)
                        .setParameter("private", access.caller().readsPrivate())
                        .getResultList())
                .stream()
                        .map(r -> new ContactRef(
                                ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String)
                                        r[4]))
                        .toList();
        List<ProjectViews.DocumentView> documents = ((List<Object[]>)
                        em.createNativeQuery("""
                        select d.kind, d.title, a.id, d.file_name, a.content_type, a.size_bytes from project_document d
                        join attachment a on a.id = d.attachment_id where d.project_id = :id order by d.position""").setParameter("id", p.id).getResultList())
                .stream()
                        .map(r -> new ProjectViews.DocumentView(
                                ProjectInput.DocumentKind.valueOf((String) r[0]),
                                (String) r[1],
                                ((Number) r[2]).longValue(),
                                (String) r[3],
                                (String) r[4],
                                ((Number) r[5]).longValue(),
                                "/api/attachments/" + r[2] + "?name="
                                        + URLEncoder.encode((String) r[3], StandardCharsets.UTF_8)))
                        .toList();
        return new ProjectViews.ProjectView(
                p.id,
                p.slug,
                p.name,
                p.summary,
                p.description,
                Markdown.toSafeHtml(p.description),
                p.startsOn,
                p.endsOn,
                p.funder,
                p.lead,
                partners,
                contacts,
                documents,
                p.updatedAt,
                p.version);
    }

    private static Map<String, Object> snapshot(ProjectViews.ProjectView v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", v.name());
        map.put("slug", v.slug());
        map.put("summary", v.summary());
        map.put("description", v.description());
        map.put("startsOn", v.startsOn());
        map.put("endsOn", v.endsOn());
        map.put("funder", v.funder());
        map.put("lead", v.lead());
        map.put(
                "partners",
                v.partners().stream()
                        .map(x -> x.partner().id() + ": " + x.role())
                        .toList());
        map.put(
                "documents",
                v.documents().stream()
                        .map(d -> d.kind() + " " + d.title() + " #" + d.attachmentId())
                        .toList());
        return map;
    }
}
