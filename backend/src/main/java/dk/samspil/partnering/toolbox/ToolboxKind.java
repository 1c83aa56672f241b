package dk.samspil.partnering.toolbox;

/** What kind of thing a toolbox item is. */
public enum ToolboxKind {
    TOOL,
    TEMPLATE,
    CHECKLIST,
    GAME,
    MODEL,
    FILM,
    REPORT,
    DOCUMENT
}
