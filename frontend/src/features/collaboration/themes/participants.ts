import { FORMAT_LOCALES, type AppLocale } from '@/i18n'
import type { ParticipationState, ParticipationView } from './themeApi'
import { collator as makeCollator } from '@/i18n/format'

/** A library taking part in a theme. */
export interface Participant {
  libraryId: number
  name: string
  state: Exclude<ParticipationState, 'WITHDRAWN'>
}

/** The participating libraries of one region. */
export interface RegionGroup {
  code: number
  name: string
  libraries: Participant[]
}

/**
 * The libraries taking part in a theme, by region: withdrawn sign-ups left out, regions and
 * libraries in alphabetical order for the language (Danish puts Æ, Ø and Å last).
 */
export function groupByRegion(participations: readonly ParticipationView[], locale: AppLocale): RegionGroup[] {
  const collator = makeCollator(FORMAT_LOCALES[locale])
  const groups = new Map<number, RegionGroup>()
  const seen = new Set<number>()
  for (const p of participations) {
    if (p.state === 'WITHDRAWN') continue
    // One sign-up per library and theme; a library repeated across pages must not count twice.
    if (seen.has(p.library.id)) continue
    seen.add(p.library.id)
    const { region } = p.library
    let group = groups.get(region.code)
    if (!group) {
      group = { code: region.code, name: region.name, libraries: [] }
      groups.set(region.code, group)
    }
    group.libraries.push({ libraryId: p.library.id, name: p.library.name, state: p.state })
  }
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.name, b.name))
  for (const group of sorted) group.libraries.sort((a, b) => collator.compare(a.name, b.name))
  return sorted
}

/** How many libraries take part in all. */
export function participantCount(groups: readonly RegionGroup[]): number {
  return groups.reduce((sum, group) => sum + group.libraries.length, 0)
}
