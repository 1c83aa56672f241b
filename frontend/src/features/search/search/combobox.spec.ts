import { describe, expect, it } from 'vitest'
import { groupSuggestions, isTypingTarget } from './combobox'
import type { SearchSuggestion } from './searchApi'

describe('groupSuggestions', () => {
  const s = (type: SearchSuggestion['type'], id: number, title: string): SearchSuggestion => ({
    type,
    id,
    title,
    href: `/api/x/${id}`,
    route: `/x/${id}`,
  })

  it('groups by kind in the order of each kind\'s best suggestion and numbers the options as they are shown', () => {
    const groups = groupSuggestions([s('GOOD_EXAMPLE', 1, 'Sansefortællingen'), s('LIBRARY', 2, 'Sønderborg'), s('GOOD_EXAMPLE', 3, 'Sanselig')])
    expect(groups.map((g) => g.type)).toEqual(['GOOD_EXAMPLE', 'LIBRARY'])
    expect(groups.flatMap((g) => g.options.map((o) => [o.index, o.suggestion.title]))).toEqual([
      [0, 'Sansefortællingen'],
      [1, 'Sanselig'],
      [2, 'Sønderborg'],
    ])
  })

  it('has no groups without suggestions', () => {
    expect(groupSuggestions([])).toEqual([])
  })
})

describe('isTypingTarget', () => {
  it('is true for text fields, text areas, selects and editable text, false for the rest', () => {
    const make = (html: string) => {
      const host = document.createElement('div')
      host.innerHTML = html
      return host.firstElementChild
    }
    expect(isTypingTarget(make('<input type="text">'))).toBe(true)
    expect(isTypingTarget(make('<input type="search">'))).toBe(true)
    expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true)
    expect(isTypingTarget(make('<select></select>'))).toBe(true)
    expect(isTypingTarget(make('<input type="checkbox">'))).toBe(false)
    expect(isTypingTarget(make('<a href="/">x</a>'))).toBe(false)
    expect(isTypingTarget(document.body)).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})
