import { describe, expect, it } from 'vitest'
import { paginationItems, type PaginationItem } from './paginationItems'

const show = (items: PaginationItem[]) => items.map((i) => (i.kind === 'page' ? i.page : '...')).join(' ')

describe('paginationItems', () => {
  it('shows every page when there are seven or fewer', () => {
    expect(show(paginationItems(1, 5))).toBe('1 2 3 4 5')
    expect(show(paginationItems(3, 7))).toBe('1 2 3 4 5 6 7')
  })

  it('shows nothing without pages', () => {
    expect(paginationItems(1, 0)).toEqual([])
  })

  it('collapses the end near the start', () => {
    expect(show(paginationItems(1, 20))).toBe('1 2 3 4 5 ... 20')
    expect(show(paginationItems(4, 20))).toBe('1 2 3 4 5 ... 20')
  })

  it('collapses both sides in the middle', () => {
    expect(show(paginationItems(10, 20))).toBe('1 ... 9 10 11 ... 20')
  })

  it('collapses the start near the end', () => {
    expect(show(paginationItems(17, 20))).toBe('1 ... 16 17 18 19 20')
    expect(show(paginationItems(20, 20))).toBe('1 ... 16 17 18 19 20')
  })

  it('clamps an out-of-range current page', () => {
    expect(show(paginationItems(99, 5))).toBe('1 2 3 4 5')
  })
})
