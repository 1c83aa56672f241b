package dk.samspil.directory.partner;

import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.common.content.ContentService;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.search.SearchKind;
import dk.samspil.common.security.Caller;
import dk.samspil.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Partner organisations: everyone reads them and coordinators manage them. A library's editor may add a
 * local partner that is missing (for a partnership of theirs); national partners, changes and deletions
 * stay with the coordinators.
 */
@ApplicationScoped
public class PartnerService extends ContentService<Partner, PartnerInput, PartnerView> {

    public static final SortFields SORT =
            SortFields.of("name", "p.id asc", "name", "p.name", "type", "p.type", "updatedAt", "p.updatedAt");

    PartnerService() {
        super("partner", "problem.not-found.detail.partner", Partner::new, id -> Partner.findByIdOptional(id));
    }

    public PartnerPage list(PartnerType type, Boolean national, String q, Instant updatedSince, PageRequest page) {
        Filters where = new Filters()
                .and("p.type = :type", "type", type)
                .and("p.national = :national", "national", national)
                .updatedSince("p.updatedAt", updatedSince)
                .matches(q, SearchKind.PARTNER, "p.id");
        long total = where.count(em, "select count(p) from Partner p");
        List<PartnerView> items = where.page(em, """
                select new dk.samspil.directory.partner.PartnerView(p.id, p.name, p.type, p.website, p.national, p.description,
                    p.createdAt, p.updatedAt, p.version) from Partner p""", page, total, PartnerView.class);
        return new PartnerPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    @Override
    protected void requireWriter() {
        Caller caller = access.requireSignedIn();
        if (!caller.coordinates() && !(caller.roles().contains(Role.EDITOR) && caller.libraryId() != null)) {
            access.requireCoordinator();
        }
    }

    @Override
    protected void requireWriterOf(Partner partner, PartnerInput input) {
        Caller caller = access.caller();
        if (caller.coordinates()) {
            return;
        }
        if (partner != null || input == null || Boolean.TRUE.equals(input.national())) {
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.partner-local");
        }
    }

    @Override
    protected void apply(Partner partner, PartnerInput input) {
        String name = input.name().trim();
        long self = partner.id == null ? -1L : partner.id;
        if (Partner.count("lower(name) = ?1 and id <> ?2", name.toLowerCase(Locale.ROOT), self) > 0) {
            throw ApiException.conflictOnField("name", "problem.conflict.detail.partner-name", name);
        }
        partner.name = name;
        partner.type = input.type();
        partner.website = blankToNull(input.website());
        partner.national = Boolean.TRUE.equals(input.national());
        partner.description = blankToNull(input.description());
    }

    @Override
    protected PartnerView view(Partner partner) {
        return PartnerView.of(partner);
    }

    @Override
    protected Map<String, Object> fields(Partner p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", p.name);
        map.put("type", p.type);
        map.put("website", p.website);
        map.put("national", p.national);
        map.put("description", p.description);
        return map;
    }
}
