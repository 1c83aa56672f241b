package dk.samspil.collaboration.participation;

/** A sign-up's life: signed up by the library, confirmed by a coordinator, or withdrawn. */
public enum ParticipationState {
    SIGNED_UP,
    CONFIRMED,
    WITHDRAWN
}
