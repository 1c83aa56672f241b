/** The texts of a list's results, as i18n keys (see PagedResults). */
export interface PagedKeys {
  loading: string
  /** "{count} tema | {count} temaer"; no count line when null. */
  count: string | null
  /** Said when there are no rows; nothing when null. */
  empty: string | null
  /** The pages' navigation; no pages when null. */
  paginationLabel: string | null
}

/** The keys a list's results usually have (`<ns>.loading`, `<ns>.count`, ...), with the page's own where it differs. */
export function pagedKeys(ns: string, own: Partial<PagedKeys> = {}): PagedKeys {
  return {
    loading: `${ns}.loading`,
    count: `${ns}.count`,
    empty: `${ns}.empty`,
    paginationLabel: `${ns}.paginationLabel`,
    ...own,
  }
}

/** A list page's heading, lead and "create" button, as i18n keys (see ListHeading). */
export interface HeadingKeys {
  heading: string
  lead: string
  create: string
}

/** The heading keys of a list (`<ns>.heading`, `<ns>.lead`, `<ns>.create`), with the page's own where it differs. */
export function headingKeys(ns: string, own: Partial<HeadingKeys> = {}): HeadingKeys {
  return { heading: `${ns}.heading`, lead: `${ns}.lead`, create: `${ns}.create`, ...own }
}

/** The texts of an admin list page, as i18n keys (see AdminList). */
export interface AdminListKeys extends PagedKeys, HeadingKeys {
  searchLabel: string
  /** "{count} tema | {count} temaer". */
  count: string
  caption: string
  /** The actions column (for screen readers) and each row's edit link. */
  actions: string
  edit: string
}

/** The keys the admin lists share (`<ns>.heading`, `<ns>.lead`, ...), with the page's own where it differs. */
export function adminListKeys(ns: string, own: Partial<AdminListKeys> = {}): AdminListKeys {
  return {
    ...pagedKeys(ns),
    ...headingKeys(ns),
    count: `${ns}.count`,
    searchLabel: `${ns}.searchLabel`,
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
  /** "{count} værktøj | {count} værktøjer": the form the number asks for (countText). */
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
