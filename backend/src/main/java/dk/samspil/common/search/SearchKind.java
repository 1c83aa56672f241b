package dk.samspil.common.search;

/**
 * What a search hit is: one kind per searchable resource, as stored in search_document.kind (the
 * migration V11 lists what each contributes). The API path is the resource's own GET.
 */
public enum SearchKind {
    LIBRARY("/api/libraries/"),
    THEME("/api/themes/"),
    ACTIVITY("/api/activities/"),
    PARTNER("/api/partners/"),
    PARTNERSHIP("/api/partnerships/"),
    TOOLBOX_ITEM("/api/toolbox/"),
    GUIDE_CHAPTER("/api/guide/chapters/"),
    GOOD_EXAMPLE("/api/cases/"),
    PROJECT("/api/projects/"),
    NETWORK_MEETING("/api/network-meetings/"),
    CONTACT("/api/contacts/");

    private final String apiPath;

    SearchKind(String apiPath) {
        this.apiPath = apiPath;
    }

    /** The resource's address in the API. */
    public String href(long id) {
        return apiPath + id;
    }
}
