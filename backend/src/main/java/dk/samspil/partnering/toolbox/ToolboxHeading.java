package dk.samspil.partnering.toolbox;

/** The toolbox's four headings: Professionalisér!, Fokuser biblioteket!, Vær strategisk!, Vælg partnere med omhu! */
public enum ToolboxHeading {
    PROFESSIONALISE,
    FOCUS_LIBRARY,
    BE_STRATEGIC,
    CHOOSE_PARTNERS
}
