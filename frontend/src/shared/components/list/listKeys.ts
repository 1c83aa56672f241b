/** The texts of an admin list page, as i18n keys (see AdminList). */
export interface AdminListKeys {
  heading: string
  lead: string
  create: string
  searchLabel: string
  loading: string
  /** "{total} temaer". */
  count: string
  /** Said when there are no rows; nothing when null. */
  empty: string | null
  /** The pages' navigation; no pages when null (a short list the API gives whole). */
  paginationLabel: string | null
  caption: string
  /** The actions column (for screen readers) and each row's edit link. */
  actions: string
  edit: string
}

/** The keys the admin lists share (`<ns>.heading`, `<ns>.lead`, ...), with the page's own where it differs. */
export function adminListKeys(ns: string, own: Partial<AdminListKeys> = {}): AdminListKeys {
  return {
    heading: `${ns}.heading`,
    lead: `${ns}.lead`,
    create: `${ns}.create`,
    searchLabel: `${ns}.searchLabel`,
    loading: `${ns}.loading`,
    count: `${ns}.count`,
    empty: `${ns}.empty`,
    paginationLabel: `${ns}.paginationLabel`,
    caption: `${ns}.caption`,
    actions: `${ns}.actions`,
    edit: `${ns}.edit`,
    ...own,
  }
}

/** The texts of a public list's results, as i18n keys (see ListResults). */
export interface ListKeys {
  loading: string
  empty: string
  emptyHint: string
  paginationLabel: string
  /** "Viser {from}–{to} af {total}"; when null, `count` says how many in all. */
  showing: string | null
  /** "{total} værktøjer". */
  count: string
}

/** The keys the public lists share (`<ns>.loading`, `<ns>.showing`, ...), with the page's own where it differs. */
export function listKeys(ns: string, own: Partial<ListKeys> = {}): ListKeys {
  return {
    loading: `${ns}.loading`,
    empty: `${ns}.empty`,
    emptyHint: `${ns}.emptyHint`,
    paginationLabel: `${ns}.paginationLabel`,
    showing: `${ns}.showing`,
    count: `${ns}.count`,
    ...own,
  }
}
