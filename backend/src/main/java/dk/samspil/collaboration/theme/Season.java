package dk.samspil.collaboration.theme;

/** Themes change every half-year. */
public enum Season {
    SPRING,
    AUTUMN
}
