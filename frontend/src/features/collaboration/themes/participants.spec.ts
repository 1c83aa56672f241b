import { describe, expect, it } from 'vitest'
import { groupByRegion, participantCount } from './participants'
import type { ParticipationState, ParticipationView } from './themeApi'

const NORD = { code: 1081, name: 'Region Nordjylland' }
const HOVED = { code: 1084, name: 'Region Hovedstaden' }
const SJAEL = { code: 1085, name: 'Region Sjælland' }
const SYD = { code: 1083, name: 'Region Syddanmark' }

let nextId = 1
function signUp(libraryId: number, name: string, region: { code: number; name: string }, state: ParticipationState): ParticipationView {
  return {
    id: nextId++,
    theme: { id: 3, number: 5, title: 'Historier om Danmark', slug: 'historier-om-danmark' },
    library: { id: libraryId, name, region },
    state,
    channels: [],
    focusAreas: [],
    signedUpAt: '2016-12-01T10:00:00Z',
    version: 0,
  }
}

const shape = (groups: ReturnType<typeof groupByRegion>) =>
  groups.map((g) => ({ region: g.name, libraries: g.libraries.map((l) => `${l.name} (${l.state})`) }))

describe('groupByRegion', () => {
  it('groups libraries under their region, regions and libraries in alphabetical order', () => {
    const groups = groupByRegion(
      [
        signUp(1, 'Hjørring Bibliotekerne', NORD, 'CONFIRMED'),
        signUp(2, 'Gentofte Bibliotekerne', HOVED, 'SIGNED_UP'),
        signUp(3, 'Aalborg Bibliotekerne', NORD, 'SIGNED_UP'),
        signUp(4, 'Albertslund Bibliotekerne', HOVED, 'CONFIRMED'),
        signUp(5, 'Odense Bibliotekerne', SYD, 'CONFIRMED'),
        signUp(6, 'Roskilde Bibliotekerne', SJAEL, 'CONFIRMED'),
      ],
      'da',
    )
    expect(shape(groups)).toEqual([
      { region: 'Region Hovedstaden', libraries: ['Albertslund Bibliotekerne (CONFIRMED)', 'Gentofte Bibliotekerne (SIGNED_UP)'] },
      // Danish alphabetical order reads "Aa" as "Å", so Aalborg comes last (as in the API's own sort).
      { region: 'Region Nordjylland', libraries: ['Hjørring Bibliotekerne (CONFIRMED)', 'Aalborg Bibliotekerne (SIGNED_UP)'] },
      { region: 'Region Sjælland', libraries: ['Roskilde Bibliotekerne (CONFIRMED)'] },
      { region: 'Region Syddanmark', libraries: ['Odense Bibliotekerne (CONFIRMED)'] },
    ])
    expect(groups.map((g) => g.code)).toEqual([1084, 1081, 1085, 1083])
    expect(participantCount(groups)).toBe(6)
  })

  it('leaves out withdrawn sign-ups, and a region with only withdrawn ones', () => {
    const groups = groupByRegion(
      [
        signUp(1, 'Aalborg Bibliotekerne', NORD, 'WITHDRAWN'),
        signUp(2, 'Albertslund Bibliotekerne', HOVED, 'CONFIRMED'),
        signUp(3, 'Ballerup Bibliotekerne', HOVED, 'WITHDRAWN'),
      ],
      'da',
    )
    expect(shape(groups)).toEqual([{ region: 'Region Hovedstaden', libraries: ['Albertslund Bibliotekerne (CONFIRMED)'] }])
    expect(participantCount(groups)).toBe(1)
  })

  it('sorts Æ, Ø, Å and Aa after Z in Danish, and among the A words in English', () => {
    const signUps = [
      signUp(1, 'Århus Bibliotekerne', NORD, 'CONFIRMED'),
      signUp(2, 'Zealand Bibliotekerne', NORD, 'CONFIRMED'),
      signUp(3, 'Aalborg Bibliotekerne', NORD, 'CONFIRMED'),
      signUp(4, 'Ærø Bibliotekerne', NORD, 'CONFIRMED'),
      signUp(5, 'Ballerup Bibliotekerne', NORD, 'CONFIRMED'),
    ]
    expect(groupByRegion(signUps, 'da')[0]!.libraries.map((l) => l.name)).toEqual([
      'Ballerup Bibliotekerne',
      'Zealand Bibliotekerne',
      'Ærø Bibliotekerne',
      'Aalborg Bibliotekerne',
      'Århus Bibliotekerne',
    ])
    expect(groupByRegion(signUps, 'en')[0]!.libraries.map((l) => l.name).slice(0, 2)).toEqual([
      'Aalborg Bibliotekerne',
      'Ærø Bibliotekerne',
    ])
  })

  it('counts a library once even if the pages repeat it', () => {
    const groups = groupByRegion(
      [signUp(7, 'Aalborg Bibliotekerne', NORD, 'CONFIRMED'), signUp(7, 'Aalborg Bibliotekerne', NORD, 'CONFIRMED')],
      'da',
    )
    expect(participantCount(groups)).toBe(1)
  })

  it('gives no groups when no library takes part', () => {
    expect(groupByRegion([], 'da')).toEqual([])
  })
})
