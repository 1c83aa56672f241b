package dk.samspil.collaboration.theme;

/** Shared material for a theme. */
public enum MaterialKind {
    IDEA_CATALOGUE,
    GRAPHIC_PACKAGE,
    LINK,
    OTHER
}
