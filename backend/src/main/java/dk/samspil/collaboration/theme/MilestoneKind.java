package dk.samspil.collaboration.theme;

/** Steps in a theme's timeline. */
public enum MilestoneKind {
    IDEA_WORKSHOP,
    IDEA_CATALOGUE,
    GRAPHIC_PACKAGE,
    NETWORK_MEETING,
    SIGNUP,
    EVALUATION,
    OTHER
}
