import type {
  Channel,
  ParticipationInput,
  ParticipationState,
  ParticipationUpdate,
  ParticipationView,
} from '@/api/types'

/** Every channel, in the order the form lists them (the Record keeps the list complete). */
const CHANNEL_ORDER: Record<Channel, true> = {
  EVENTS: true,
  EXHIBITION: true,
  SOCIAL_MEDIA: true,
  NEWSLETTER: true,
  WEBSITE: true,
  PRESS: true,
  PARTNER_ACTIVITY: true,
  SCHOOL_SERVICE: true,
  OTHER: true,
}
export const CHANNELS = Object.keys(CHANNEL_ORDER) as Channel[]

const STATE_ORDER: Record<ParticipationState, true> = { SIGNED_UP: true, CONFIRMED: true, WITHDRAWN: true }
export const PARTICIPATION_STATES = Object.keys(STATE_ORDER) as ParticipationState[]

export function isParticipationState(value: unknown): value is ParticipationState {
  return typeof value === 'string' && (PARTICIPATION_STATES as string[]).includes(value)
}

/** What a sign-up form edits: the library (coordinators choose it), channels and focus areas. */
export interface SignupFormValues {
  /** Library id as the select holds it; '' before one is chosen. */
  libraryId: string
  channels: Channel[]
  /** Focus area codes, among the theme's. */
  focusAreas: string[]
  /** The network lead's contact id as the select holds it; '' for none. */
  networkLeadId: string
}

export const SIGNUP_FIELDS = ['libraryId', 'channels', 'focusAreas', 'networkLeadId'] as const

export function emptySignupValues(libraryId: number | null = null): SignupFormValues {
  return { libraryId: libraryId === null ? '' : String(libraryId), channels: [], focusAreas: [], networkLeadId: '' }
}

export function participationValues(view: ParticipationView): SignupFormValues {
  return {
    libraryId: String(view.library.id),
    channels: [...view.channels],
    focusAreas: [...view.focusAreas],
    networkLeadId: view.networkLead ? String(view.networkLead.id) : '',
  }
}

/** Only focus areas the theme offers are sent (a theme's areas can change after the sign-up). */
function keepOffered(chosen: string[], offered: readonly string[]): string[] {
  return chosen.filter((code) => offered.includes(code))
}

/** In the form's order, without repeats: the same choice always gives the same body. */
function orderedChannels(chosen: Channel[]): Channel[] {
  return CHANNELS.filter((c) => chosen.includes(c))
}

/** The library must have been chosen (missingLibrary) before this is called. */
export function toParticipationInput(values: SignupFormValues, offeredFocusAreas: readonly string[]): ParticipationInput {
  return {
    libraryId: Number(values.libraryId),
    channels: orderedChannels(values.channels),
    focusAreas: keepOffered(values.focusAreas, offeredFocusAreas),
    networkLeadId: leadId(values),
  }
}

function leadId(values: SignupFormValues): number | null {
  return /^\d+$/.test(values.networkLeadId) ? Number(values.networkLeadId) : null
}

export function missingLibrary(values: SignupFormValues): boolean {
  return !/^\d+$/.test(values.libraryId)
}

/**
 * The PUT body: PUT replaces the whole sign-up, so a change of state keeps the channels, focus
 * areas and network lead as they are, and a change of the choices keeps the state and the lead.
 * (A network lead left out would be removed; one the caller cannot see is not in the view, and
 * such a caller cannot change the sign-up anyway.)
 */
export function toParticipationUpdate(
  view: Pick<ParticipationView, 'state' | 'channels' | 'focusAreas' | 'networkLead'>,
  change: { state?: ParticipationState; values?: SignupFormValues; offeredFocusAreas?: readonly string[] } = {},
): ParticipationUpdate {
  const values = change.values
  if (values) {
    const lead = leadId(values)
    return {
      ...(lead !== null ? { networkLeadId: lead } : {}),
      state: change.state ?? view.state,
      channels: orderedChannels(values.channels),
      focusAreas: change.offeredFocusAreas ? keepOffered(values.focusAreas, change.offeredFocusAreas) : [...values.focusAreas],
    }
  }
  return {
    ...(view.networkLead ? { networkLeadId: view.networkLead.id } : {}),
    state: change.state ?? view.state,
    channels: [...view.channels],
    focusAreas: [...view.focusAreas],
  }
}

export type ParticipationAction = 'confirm' | 'unconfirm' | 'withdraw' | 'reinstate'

/** The state each action leads to. */
export const ACTION_TARGET: Record<ParticipationAction, ParticipationState> = {
  confirm: 'CONFIRMED',
  unconfirm: 'SIGNED_UP',
  withdraw: 'WITHDRAWN',
  reinstate: 'SIGNED_UP',
}

/**
 * What can be done with a sign-up in a given state. Coordinators confirm, undo a confirmation,
 * withdraw and reinstate; a library withdraws and signs up again (the API checks the deadline).
 */
export function actionsFor(state: ParticipationState, coordinator: boolean): ParticipationAction[] {
  if (coordinator) {
    if (state === 'SIGNED_UP') return ['confirm', 'withdraw']
    if (state === 'CONFIRMED') return ['unconfirm', 'withdraw']
    return ['reinstate']
  }
  return state === 'WITHDRAWN' ? ['reinstate'] : ['withdraw']
}

/** Is the deadline (yyyy-mm-dd, the last day to sign up) over on `today`? */
export function deadlinePassed(deadline: string, today: string): boolean {
  return today > deadline
}

/** A sign-up's channels by name ("ingen" when none). */
export function channelNames(t: (key: string) => string, item: Pick<ParticipationView, 'channels'>): string {
  return item.channels.length === 0 ? t('signup.none') : item.channels.map((c) => t(`signup.channels.${c}`)).join(', ')
}
