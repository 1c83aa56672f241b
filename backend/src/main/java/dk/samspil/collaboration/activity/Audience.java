package dk.samspil.collaboration.activity;

/** Who an activity is for (målgruppe). */
public enum Audience {
    CHILDREN,
    YOUNG_PEOPLE,
    FAMILIES,
    ADULTS,
    SENIORS,
    SCHOOLS,
    PROFESSIONALS,
    EVERYONE
}
