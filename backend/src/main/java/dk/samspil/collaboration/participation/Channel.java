package dk.samspil.collaboration.participation;

/** Ways a library communicates a theme (formidlingskanaler). */
public enum Channel {
    EVENTS,
    EXHIBITION,
    SOCIAL_MEDIA,
    NEWSLETTER,
    WEBSITE,
    PRESS,
    PARTNER_ACTIVITY,
    SCHOOL_SERVICE,
    OTHER
}
