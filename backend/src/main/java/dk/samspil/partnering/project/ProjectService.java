package dk.samspil.partnering.project;

import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.common.content.ContentFiles;
import dk.samspil.common.content.ContentService;
import dk.samspil.common.db.ChildRows;
import dk.samspil.common.db.KnownIds;
import dk.samspil.common.db.Sql;
import dk.samspil.common.text.Markdown;
import dk.samspil.directory.contact.ContactRef;
import dk.samspil.directory.link.Linked;
import dk.samspil.partnering.partnership.PartnershipSummary.PartnerInPartnership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Projects: everyone reads them (private contacts only for those who may see them), coordinators write them. */
@ApplicationScoped
public class ProjectService extends ContentService<Project, ProjectInput, ProjectView> {

    /** A document as stored: in order, with its name when uploaded. */
    record StoredDocument(
            int position, ProjectInput.DocumentKind kind, String title, long attachmentId, String fileName) {}

    record DocumentRow(
            ProjectInput.DocumentKind kind,
            String title,
            long attachmentId,
            String fileName,
            String contentType,
            long sizeBytes) {}

    private static final ChildRows<Linked.PartnerWithRole> PARTNERS =
            ChildRows.of("project_partner", "project_id", "partner_id", Linked.PartnerWithRole.class);
    private static final ChildRows<Long> CONTACTS = ChildRows.links("project_contact", "project_id", "contact_id");
    private static final ChildRows<StoredDocument> DOCUMENTS =
            ChildRows.of("project_document", "project_id", "position", StoredDocument.class);

    @Inject
    KnownIds knownIds;

    /** All projects, newest first (there are few). */
    ProjectService() {
        super("project", "problem.not-found.detail.project", Project::new, id -> Project.findByIdOptional(id));
    }

    public List<ProjectSummary> list(Instant updatedSince) {
        Sql.Statement query = sql.select("""
                select p.id, p.slug, p.name, p.summary, p.starts_on, p.ends_on, p.funder,
                       (select count(*) from project_document d where d.project_id = p.id) as documents
                from project p""" + (updatedSince == null ? "" : " where p.updated_at >= :updatedSince")
                + " order by p.starts_on desc nulls last, p.id desc");
        if (updatedSince != null) {
            query.param("updatedSince", updatedSince);
        }
        return query.list(ProjectSummary.class);
    }

    @Override
    protected Optional<Project> findBySlug(String slug) {
        return Project.find("slug", slug).firstResultOptional();
    }

    @Override
    protected boolean touchesOnEveryUpdate() {
        return true;
    }

    @Override
    protected void apply(Project p, ProjectInput in) {
        String slug = uniqueSlug(p, in.slug(), in.name());
        requirePeriod(in.startsOn(), in.endsOn());
        knownIds.require(
                "partner",
                "partners",
                ".partnerId",
                orEmpty(in.partners()).stream()
                        .map(ProjectInput.PartnerRole::partnerId)
                        .toList(),
                false,
                "case.reference.unknown");
        knownIds.require("contact", "contactIds", "", orEmpty(in.contactIds()), false, "case.reference.unknown");
        // Documents may share a file.
        knownIds.require(
                "attachment",
                "documents",
                ".attachmentId",
                orEmpty(in.documents()).stream()
                        .map(ProjectInput.Document::attachmentId)
                        .toList(),
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

    @Override
    protected boolean writeParts(Project p, ProjectInput in, boolean created) {
        List<Linked.PartnerWithRole> partners = orEmpty(in.partners()).stream()
                .map(x -> new Linked.PartnerWithRole(x.partnerId(), x.role().trim()))
                .toList();
        List<ProjectInput.Document> documents = orEmpty(in.documents());
        Map<Long, String> names = ContentFiles.names(
                sql, documents.stream().map(ProjectInput.Document::attachmentId).toList());
        List<StoredDocument> stored = IntStream.range(0, documents.size())
                .mapToObj(i -> new StoredDocument(
                        i,
                        documents.get(i).kind(),
                        documents.get(i).title().trim(),
                        documents.get(i).attachmentId(),
                        names.get(documents.get(i).attachmentId())))
                .toList();
        boolean changed = PARTNERS.write(sql, p.id, partners, created);
        changed |= CONTACTS.write(sql, p.id, orEmpty(in.contactIds()), created);
        return DOCUMENTS.write(sql, p.id, stored, created) || changed;
    }

    /** A project's parts, aggregated by the database in one statement, each in a client's order. */
    private record Parts(List<PartnerInPartnership> partners, List<ContactRef> contacts, List<DocumentRow> documents) {}

    /** The contacts only those who read private details see are left out for the others. */
    private static final String PARTS = """
            select %s as partners,
              (select coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'title', c.title,
                                                          'email', c.email, 'phone', c.phone) order by c.name, c.id), '[]')
               from project_contact pc join contact c on c.id = pc.contact_id
               where pc.project_id = :id and (c.public or :private))::text as contacts,
              (select coalesce(json_agg(json_build_object('kind', d.kind, 'title', d.title, 'attachmentId', a.id,
                                                          'fileName', d.file_name, 'contentType', a.content_type,
                                                          'sizeBytes', a.size_bytes) order by d.position), '[]')
               from project_document d join attachment a on a.id = d.attachment_id
               where d.project_id = :id)::text as documents""".formatted(Linked.partnersWithRoles("project_partner", "project_id", ":id"));

    /** Two statements: the project, already read, and its parts. */
    @Override
    protected ProjectView view(Project p) {
        Parts parts = sql.select(PARTS)
                .param("id", p.id)
                .param("private", access.caller().readsPrivate())
                .one(Parts.class);
        List<DocumentView> documents = parts.documents().stream()
                .map(d -> new DocumentView(
                        d.kind(),
                        d.title(),
                        d.attachmentId(),
                        d.fileName(),
                        d.contentType(),
                        d.sizeBytes(),
                        ContentFiles.href(d.attachmentId(), d.fileName())))
                .toList();
        return new ProjectView(
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
                parts.partners(),
                parts.contacts(),
                documents,
                p.updatedAt,
                p.version);
    }

    @Override
    protected Map<String, Object> fields(Project p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", p.name);
        map.put("slug", p.slug);
        map.put("summary", p.summary);
        map.put("description", p.description);
        map.put("startsOn", p.startsOn);
        map.put("endsOn", p.endsOn);
        map.put("funder", p.funder);
        map.put("lead", p.lead);
        return map;
    }

    @Override
    protected Map<String, Object> parts(ProjectView v) {
        Map<String, Object> map = new LinkedHashMap<>();
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
