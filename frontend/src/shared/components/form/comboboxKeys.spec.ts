import { describe, expect, it } from 'vitest'
import { keyAction, step, type ComboboxState } from './comboboxKeys'

const state = (over: Partial<ComboboxState> = {}): ComboboxState => ({ open: true, active: -1, count: 3, text: 'sans', ...over })

describe('the combobox keys', () => {
  it('Down goes to the first option, then the next, and from the last round to the first', () => {
    expect(keyAction('ArrowDown', state())).toEqual({ kind: 'move', active: 0 })
    expect(keyAction('ArrowDown', state({ active: 0 }))).toEqual({ kind: 'move', active: 1 })
    expect(keyAction('ArrowDown', state({ active: 2 }))).toEqual({ kind: 'move', active: 0 })
  })

  it('Up goes to the last option, then the one before, and from the first round to the last', () => {
    expect(keyAction('ArrowUp', state())).toEqual({ kind: 'move', active: 2 })
    expect(keyAction('ArrowUp', state({ active: 2 }))).toEqual({ kind: 'move', active: 1 })
    expect(keyAction('ArrowUp', state({ active: 0 }))).toEqual({ kind: 'move', active: 2 })
  })

  it('opens a closed list at its first (Down) or last (Up) option, whatever was highlighted before', () => {
    expect(keyAction('ArrowDown', state({ open: false, active: 1 }))).toEqual({ kind: 'move', active: 0 })
    expect(keyAction('ArrowUp', state({ open: false, active: 1 }))).toEqual({ kind: 'move', active: 2 })
  })

  it('leaves the arrows to the browser when there is nothing to choose', () => {
    expect(keyAction('ArrowDown', state({ count: 0 }))).toEqual({ kind: 'none' })
    expect(keyAction('ArrowUp', state({ count: 0, open: false }))).toEqual({ kind: 'none' })
  })

  it('Enter opens the highlighted option, or without one the results for the text', () => {
    expect(keyAction('Enter', state({ active: 1 }))).toEqual({ kind: 'choose', index: 1 })
    expect(keyAction('Enter', state({ text: '  biblioteker ' }))).toEqual({ kind: 'search', text: 'biblioteker' })
    // A highlight left over in a closed list does not count.
    expect(keyAction('Enter', state({ open: false, active: 1, text: 'x' }))).toEqual({ kind: 'search', text: 'x' })
  })

  it('Enter on an empty field does nothing', () => {
    expect(keyAction('Enter', state({ text: '   ', count: 0 }))).toEqual({ kind: 'none' })
  })

  it('Escape closes the list first, then clears the field, then does nothing', () => {
    expect(keyAction('Escape', state({ active: 1 }))).toEqual({ kind: 'close' })
    expect(keyAction('Escape', state({ open: false }))).toEqual({ kind: 'clear' })
    expect(keyAction('Escape', state({ open: false, text: '' }))).toEqual({ kind: 'none' })
  })

  it('leaves Tab and typing to the browser', () => {
    for (const key of ['Tab', 'a', '/', 'ArrowLeft', 'Home']) expect(keyAction(key, state({ active: 1 }))).toEqual({ kind: 'none' })
  })

  it('steps round within the options, and nowhere when there are none', () => {
    expect(step(-1, 0, 1)).toBe(-1)
    expect(step(7, 3, 1)).toBe(0)
    expect(step(7, 3, -1)).toBe(2)
  })
})
