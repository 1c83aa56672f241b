package dk.samspil.directory.partner;

/** What kind of organisation a partner is. */
public enum PartnerType {
    MEDIA,
    MUSEUM,
    ARCHIVE,
    SCHOOL,
    EDUCATION,
    ASSOCIATION,
    BUSINESS,
    THEATRE,
    PUBLIC_AUTHORITY,
    OTHER
}
