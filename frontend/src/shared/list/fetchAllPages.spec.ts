import { describe, expect, it, vi } from 'vitest'
import { fetchAllPages, MAX_PAGE_SIZE } from './fetchAllPages'

/** A list of `total` numbers, served `size` a page. */
function pagesOf(total: number) {
  return vi.fn(async (page: number, size: number) => {
    const all = Array.from({ length: total }, (_, i) => i + 1)
    return { items: all.slice((page - 1) * size, page * size), totalPages: Math.ceil(total / size) }
  })
}

describe('fetchAllPages', () => {
  it('asks for the largest pages, from the first to the last, and gives every item in order', async () => {
    const fetchPage = pagesOf(230)
    const items = await fetchAllPages(fetchPage)
    expect(items).toEqual(Array.from({ length: 230 }, (_, i) => i + 1))
    expect(fetchPage.mock.calls).toEqual([
      [1, MAX_PAGE_SIZE],
      [2, MAX_PAGE_SIZE],
      [3, MAX_PAGE_SIZE],
    ])
  })

  it('makes one call for an empty list', async () => {
    const fetchPage = pagesOf(0)
    expect(await fetchAllPages(fetchPage)).toEqual([])
    expect(fetchPage).toHaveBeenCalledTimes(1)
  })

  it('stops at an empty page and at 50 pages, whatever the server says is left', async () => {
    const empty = vi.fn(async () => ({ items: [], totalPages: 9 }))
    expect(await fetchAllPages(empty)).toEqual([])
    expect(empty).toHaveBeenCalledTimes(1)

    const endless = vi.fn(async (page: number) => ({ items: [page], totalPages: 1_000 }))
    expect(await fetchAllPages(endless)).toHaveLength(50)
  })

  it('passes a failure on', async () => {
    await expect(fetchAllPages(async () => Promise.reject(new Error('down')))).rejects.toThrow('down')
  })
})
