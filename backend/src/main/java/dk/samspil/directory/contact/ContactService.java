package dk.samspil.directory.contact;

import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.ReferenceGuard;
import dk.samspil.common.db.Sql;
import dk.samspil.common.http.CrudService;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.Pages;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.search.SearchKind;
import dk.samspil.common.security.Access;
import dk.samspil.common.security.Caller;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.library.Library;
import dk.samspil.directory.partner.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Contact persons. Everyone sees the public ones, signed-in users and read-private tokens all of them.
 * Coordinators manage every contact; a library's editors manage the library's own.
 */
@ApplicationScoped
public class ContactService implements CrudService<ContactInput, ContactView> {

    public static final SortFields SORT =
            SortFields.of("name", "c.id asc", "name", "c.name", "updatedAt", "c.updatedAt");

    private static final String SELECT = """
            select new dk.samspil.directory.contact.ContactView(c.id, c.name, c.title, l.id, l.name, p.id, p.name, p.type,
                c.email, c.phone, c.isPublic, c.coordinator, c.createdAt, c.updatedAt, c.version)
            from Contact c left join Library l on l.id = c.libraryId left join Partner p on p.id = c.partnerId""";

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    ReferenceGuard referenceGuard;

    @Inject
    Sql sql;

    public ContactPage list(
            Long libraryId, Long partnerId, Boolean coordinator, String q, Instant updatedSince, PageRequest page) {
        Filters where = new Filters()
                .and("c.isPublic = true", !access.caller().readsPrivate())
                .and("c.libraryId = :library", "library", libraryId)
                .and("c.partnerId = :partner", "partner", partnerId)
                .and("c.coordinator = :coordinator", "coordinator", coordinator)
                .updatedSince("c.updatedAt", updatedSince)
                .matches(q, SearchKind.CONTACT, "c.id", access.caller().readsPrivate());
        return Pages.query(
                em, where, "select count(c) from Contact c", SELECT, page, ContactView.class, ContactPage::new);
    }

    /** A contact the caller may see (a private one is not found for anonymous callers). */
    @Override
    public ContactView get(long id) {
        return em.createQuery(SELECT + " where c.id = :id", ContactView.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .filter(c -> c.isPublic() || access.caller().readsPrivate())
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.contact", id));
    }

    @Transactional
    public ContactView create(ContactInput input) {
        Caller caller = requireManager(input.libraryId());
        Contact contact = new Contact();
        contact.createdAt = clock.now();
        contact.updatedAt = contact.createdAt;
        apply(contact, input, caller);
        contact.persistAndFlush();
        audit.created("contact", contact.id, snapshot(contact));
        return get(contact.id);
    }

    @Transactional
    public ContactView update(long id, String ifMatch, ContactInput input) {
        access.requireSignedIn();
        Contact contact = find(id);
        Caller caller = requireManager(contact.libraryId);
        requireManager(input.libraryId());
        ETags.requireMatch(ifMatch, contact.version);
        Map<String, Object> before = snapshot(contact);
        apply(contact, input, caller);
        Map<String, Object> after = snapshot(contact);
        if (!before.equals(after)) {
            contact.updatedAt = clock.now();
            Contact.flush();
            audit.updated("contact", id, before, after);
        }
        return get(id);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        access.requireSignedIn();
        Contact contact = find(id);
        requireManager(contact.libraryId);
        ETags.requireMatch(ifMatch, contact.version);
        Map<String, Object> before = snapshot(contact);
        referenceGuard.deleteUnreferenced("contact", id, contact);
        audit.deleted("contact", id, before);
    }

    /** A library's contacts are its editors' to manage; every other contact is the coordinators'. */
    private Caller requireManager(Long libraryId) {
        return libraryId == null ? access.requireCoordinator() : access.requireLibraryEditor(libraryId);
    }

    private Contact find(long id) {
        return Contact.<Contact>findByIdOptional(id)
                .filter(contact -> contact.isPublic || access.caller().readsPrivate())
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.contact", id));
    }

    private void apply(Contact contact, ContactInput in, Caller caller) {
        if (in.libraryId() != null && in.partnerId() != null) {
            throw ApiException.invalidField("partnerId", "contact.organisation.both");
        }
        if (in.libraryId() != null && Library.findById(in.libraryId()) == null) {
            throw ApiException.invalidField("libraryId", "contact.library.unknown");
        }
        if (in.partnerId() != null && Partner.findById(in.partnerId()) == null) {
            throw ApiException.invalidField("partnerId", "contact.partner.unknown");
        }
        boolean coordinator = Boolean.TRUE.equals(in.coordinator());
        if (coordinator != contact.coordinator && !caller.coordinates()) {
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.contact-coordinator");
        }
        if (contact.id != null && !Objects.equals(contact.libraryId, in.libraryId()) && leadsASignUp(contact.id)) {
            throw ApiException.invalidField("libraryId", "contact.library.leads");
        }
        contact.name = in.name().trim();
        contact.title = blankToNull(in.title());
        contact.libraryId = in.libraryId();
        contact.partnerId = in.partnerId();
        contact.email = blankToNull(in.email());
        contact.phone = blankToNull(in.phone());
        contact.isPublic = Boolean.TRUE.equals(in.isPublic());
        contact.coordinator = coordinator;
    }

    /**
     * Whether a sign-up names the person as its network lead. Sign-ups belong to the collaboration, which
     * the directory must not know (ArchitectureTest), so this asks their table, not their entity.
     */
    private boolean leadsASignUp(long contactId) {
        return sql.select("select exists (select 1 from participation p where p.network_lead_id = :contact)")
                .param("contact", contactId)
                .one(Boolean.class);
    }

    private static Map<String, Object> snapshot(Contact c) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", c.name);
        map.put("title", c.title);
        map.put("libraryId", c.libraryId);
        map.put("partnerId", c.partnerId);
        map.put("email", c.email);
        map.put("phone", c.phone);
        map.put("public", c.isPublic);
        map.put("coordinator", c.coordinator);
        return map;
    }
}
