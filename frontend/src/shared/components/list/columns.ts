/** A column of a DataTable. */
export interface Column {
  /** Names the slot that fills the column's cells. */
  key: string
  label: string
  /** The row's header cell (th scope=row), e.g. the name. */
  header?: boolean
  /** The label is for screen readers only (e.g. the actions). */
  hidden?: boolean
  /** A class for the column's cells, e.g. align-text-right for figures. */
  class?: string
  /** aria-sort of the column the list is sorted by. */
  sort?: 'ascending' | 'descending'
}

/**
 * A table's columns from their labels' i18n keys: each is `<prefix>.<key>`, or a whole key (with a
 * dot) whose last part is the column's key. `name!` marks the row's header, `figure>` a column
 * of figures (right-aligned), `actions?` one whose label only screen readers get.
 */
export function columnsOf(t: (key: string) => string, prefix: string, ...specs: string[]): Column[] {
  return specs.map((spec) => {
    const mark = /[!>?]$/.exec(spec)?.[0]
    const path = mark ? spec.slice(0, -1) : spec
    const key = path.split('.').at(-1) ?? path
    const column: Column = { key, label: t(path.includes('.') ? path : `${prefix}.${path}`) }
    if (mark === '!') column.header = true
    if (mark === '>') column.class = 'align-text-right'
    if (mark === '?') column.hidden = true
    return column
  })
}
