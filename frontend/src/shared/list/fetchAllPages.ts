/** The largest page the API serves (openapi.yaml: size maximum 100). */
export const MAX_PAGE_SIZE = 100

/** Stops paging through a list when a misbehaving server keeps answering "more". */
const MAX_PAGES = 50

/** One page of a list as the API pages it. */
export interface PageOf<T> {
  items: T[]
  totalPages: number
}

/**
 * Every item of a paged list: asks for the largest pages, from the first, until the last one (or
 * an empty one). `fetchPage` gets the page number and the page size to ask for.
 */
export async function fetchAllPages<T>(fetchPage: (page: number, size: number) => Promise<PageOf<T>>): Promise<T[]> {
  const items: T[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await fetchPage(page, MAX_PAGE_SIZE)
    items.push(...result.items)
    if (page >= result.totalPages || result.items.length === 0) break
  }
  return items
}
