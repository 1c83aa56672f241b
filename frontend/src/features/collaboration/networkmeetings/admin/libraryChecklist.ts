import { collator } from '@/i18n/format'
/** What the library checklist needs of a library. */
export interface NamedLibrary {
  id: number
  name: string
}

/** Lower case without accents, so "aeroe" is not needed to find "Ærø" and "kobenhavn" finds "København". */
export function searchKey(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
}

/**
 * The libraries whose name contains every word of the search (in any order, ignoring case and
 * Danish letters written as ae/oe/aa), by name. An empty search keeps them all.
 */
export function filterLibraries<T extends NamedLibrary>(libraries: readonly T[], search: string): T[] {
  const words = searchKey(search).split(/\s+/).filter(Boolean)
  const matches = words.length === 0 ? [...libraries] : libraries.filter((l) => words.every((w) => searchKey(l.name).includes(w)))
  return matches.sort((a, b) => collator('da').compare(a.name, b.name))
}

/** Ticks (appends) or unticks a library; the order of the others is kept. */
export function toggleLibrary(ids: readonly number[], id: number, on: boolean): number[] {
  if (on) return ids.includes(id) ? [...ids] : [...ids, id]
  return ids.filter((other) => other !== id)
}
