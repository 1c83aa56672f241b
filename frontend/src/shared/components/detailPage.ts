/** The texts of a page about one thing while it is not there (see LoadStates), as i18n keys. */
export interface LoadKeys {
  loading: string
  /** Said when there is no such thing. */
  notFoundText: string
  /** The link back to the list; none when the page has no list to go back to. */
  backToList?: string
}

/** The keys most pages about one thing have (`<ns>.loading`, `<ns>.notFoundText`, `<ns>.backToList`), with the page's own. */
export function loadKeys(ns: string, own: Partial<LoadKeys> = {}): LoadKeys {
  return { loading: `${ns}.loading`, notFoundText: `${ns}.notFoundText`, backToList: `${ns}.backToList`, ...own }
}

/** The texts of a page about one thing (see DetailPageShell), as i18n keys. */
export interface DetailPageKeys extends LoadKeys {
  /** The list's name in the breadcrumbs, and the breadcrumbs' own label. */
  menu: string
  breadcrumbsLabel: string
  /** The link back to the list. */
  backToList: string
  /** The heading when there is no such thing, and while it loads. */
  notFoundTitle: string
  titleFallback: string
}

/**
 * The keys the public pages share (`<ns>.menu`, `<ns>.backToList`, `<detail>.loading`,
 * `<detail>.notFoundText`, ...), with the page's own where it says something else.
 */
export function detailKeys(ns: string, detail: string, own: Partial<DetailPageKeys> = {}): DetailPageKeys {
  return {
    menu: `${ns}.menu`,
    breadcrumbsLabel: `${ns}.breadcrumbsLabel`,
    backToList: `${ns}.backToList`,
    loading: `${detail}.loading`,
    notFoundTitle: `${detail}.notFoundTitle`,
    notFoundText: `${detail}.notFoundText`,
    titleFallback: `${detail}.titleFallback`,
    ...own,
  }
}
