/** The texts of a page about one thing (see DetailPageShell), as i18n keys. */
export interface DetailPageKeys {
  /** The list's name in the breadcrumbs, and the breadcrumbs' own label. */
  menu: string
  breadcrumbsLabel: string
  /** The link back to the list. */
  backToList: string
  loading: string
  /** Heading and text when there is no such thing; the heading while it loads. */
  notFoundTitle: string
  notFoundText: string
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
