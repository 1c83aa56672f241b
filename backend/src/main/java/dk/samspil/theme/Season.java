package dk.samspil.theme;

/** Themes change every half-year. */
public enum Season { SPRING, AUTUMN }
