export type PaginationItem = { kind: 'page'; page: number } | { kind: 'gap'; key: string }

const page = (n: number): PaginationItem => ({ kind: 'page', page: n })

/**
 * The page buttons to show, dkfds style: at most seven slots. With more than seven pages
 * the first and last page are always shown and hidden runs become a gap ("...").
 */
export function paginationItems(current: number, total: number): PaginationItem[] {
  if (total < 1) return []
  const c = Math.min(Math.max(1, current), total)
  if (total <= 7) {
    return Array.from({ length: total }, (_, i) => page(i + 1))
  }
  if (c < 5) {
    return [page(1), page(2), page(3), page(4), page(5), { kind: 'gap', key: 'end' }, page(total)]
  }
  if (c + 4 > total) {
    return [
      page(1),
      { kind: 'gap', key: 'start' },
      ...Array.from({ length: 5 }, (_, i) => page(total - 4 + i)),
    ]
  }
  return [
    page(1),
    { kind: 'gap', key: 'start' },
    page(c - 1),
    page(c),
    page(c + 1),
    { kind: 'gap', key: 'end' },
    page(total),
  ]
}
