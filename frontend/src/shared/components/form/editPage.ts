import { loadKeys, type LoadKeys } from '../detailPage'

/** The texts of an edit page, as i18n keys (see EditPageShell). */
export interface EditPageKeys extends LoadKeys {
  /** The heading once the record is loaded; gets the page's params ({name}, {title}). */
  heading: string
  /** The heading while the record loads. */
  title: string
  /** The heading when there is no such record. */
  notFoundHeading: string
  backToList: string
  lead: string
  save: string
  saving: string
  /** Where the delete section's texts are (`<delete>.heading`, `.intro`, ...); none, no delete section. */
  delete?: string
  /** A refused delete says what still refers to the record (`<delete>.refusedHeading`, `.references.*`, ...). */
  refused?: boolean
}

/**
 * The keys the admin forms share (`<ns>.editHeading`, `<ns>.notFound`, ..., `<ns>.delete.*`), with
 * the page's own where it says something else.
 */
export function editKeys(ns: string, own: Partial<EditPageKeys> = {}): EditPageKeys {
  return {
    heading: `${ns}.editHeading`,
    title: `${ns}.editTitle`,
    loading: `${ns}.loadingOne`,
    notFoundHeading: `${ns}.notFound`,
    notFoundText: `${ns}.notFoundText`,
    backToList: `${ns}.backToList`,
    lead: `${ns}.editLead`,
    save: `${ns}.save`,
    saving: `${ns}.saving`,
    delete: `${ns}.delete`,
    refused: true,
    ...own,
  }
}

/** Keys a page keeps in a namespace of its own under their own names (`<ns>.heading`, `<ns>.title`, ...). */
export function keysIn<K extends Exclude<keyof EditPageKeys, 'refused'>>(ns: string, ...names: K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, `${ns}.${name}`])) as Record<K, string>
}

/**
 * What an edit page says while the record is not there, in the words of the record's own page
 * (`<detail>.notFoundTitle`, `<detail>.notFoundText`, `<detail>.backToList`, `<detail>.loading`).
 */
export function detailPageTexts(detail: string, own: Partial<EditPageKeys> = {}): Partial<EditPageKeys> {
  return { ...loadKeys(detail), notFoundHeading: `${detail}.notFoundTitle`, ...own }
}

/** The texts of a create page, as i18n keys (see CreatePageShell). */
export interface CreatePageKeys {
  heading: string
  lead: string
  submit: string
  saving: string
}

/** The keys the admin forms share (`<ns>.createHeading`, `<ns>.createLead`, ...), with the page's own where it differs. */
export function createKeys(ns: string, own: Partial<CreatePageKeys> = {}): CreatePageKeys {
  return {
    heading: `${ns}.createHeading`,
    lead: `${ns}.createLead`,
    submit: `${ns}.createSubmit`,
    saving: `${ns}.saving`,
    ...own,
  }
}
