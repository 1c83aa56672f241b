/**
 * The keys of an editable combobox with a listbox popup (WAI-ARIA Authoring Practices), for the site
 * search and for fields that look an item up (LookupField): what each key does, as data.
 */

import { ref } from 'vue'

/**
 * The list half of a combobox: whether it is open, the highlighted option, the options' ids, and
 * `highlight`, which opens the list, marks an option and scrolls it into view (the `move` of a key).
 */
export function useComboboxList(idPrefix: () => string) {
  const open = ref(false)
  const active = ref(-1)
  const optionId = (index: number) => `${idPrefix()}-option-${index}`
  function highlight(index: number): void {
    open.value = true
    active.value = index
    document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' })
  }
  return { open, active, optionId, highlight }
}

/** Where the combobox is when a key is pressed. */
export interface ComboboxState {
  /** The list is shown. */
  open: boolean
  /** The highlighted option, -1 when none. */
  active: number
  /** How many options there are. */
  count: number
  /** What is typed in the field. */
  text: string
}

/**
 * What a key does (WAI-ARIA Authoring Practices, combobox with a listbox popup):
 * `move` highlights another option (and shows the list), `choose` opens the highlighted option,
 * `search` opens the results for the text, `close` hides the list, `clear` empties the field,
 * `none` leaves the key to the browser (typing, Tab).
 */
export type ComboboxAction =
  | { kind: 'move'; active: number }
  | { kind: 'choose'; index: number }
  | { kind: 'search'; text: string }
  | { kind: 'close' }
  | { kind: 'clear' }
  | { kind: 'none' }

/** The option after (+1) or before (-1) the highlighted one, going round at either end. */
export function step(active: number, count: number, direction: 1 | -1): number {
  if (count <= 0) return -1
  if (active < 0 || active >= count) return direction === 1 ? 0 : count - 1
  return (active + direction + count) % count
}

export function keyAction(key: string, state: ComboboxState): ComboboxAction {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (state.count === 0) return { kind: 'none' }
      const direction = key === 'ArrowDown' ? 1 : -1
      // A closed list opens at its first (Down) or last (Up) option.
      return { kind: 'move', active: step(state.open ? state.active : -1, state.count, direction) }
    }
    case 'Enter': {
      if (state.open && state.active >= 0 && state.active < state.count) return { kind: 'choose', index: state.active }
      const text = state.text.trim()
      return text ? { kind: 'search', text } : { kind: 'none' }
    }
    case 'Escape':
      if (state.open) return { kind: 'close' }
      return state.text ? { kind: 'clear' } : { kind: 'none' }
    default:
      return { kind: 'none' }
  }
}

/** What a combobox does for each action. Without `search`, Enter with nothing highlighted submits the form. */
export interface ComboboxHandlers {
  move: (active: number) => void
  choose: (index: number) => void
  close: () => void
  clear: () => void
  search?: (text: string) => void
  /** Enter with nothing to do is kept from the form (the site search: an empty field searches for nothing). */
  swallowEnter?: boolean
}

/** A key pressed in the field: its action done, and the browser's default prevented for each action taken. */
export function onComboboxKey(event: KeyboardEvent, state: ComboboxState, handlers: ComboboxHandlers): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return
  const action = keyAction(event.key, state)
  let taken = true
  switch (action.kind) {
    case 'move':
      handlers.move(action.active)
      break
    case 'choose':
      handlers.choose(action.index)
      break
    case 'close':
      handlers.close()
      break
    case 'clear':
      handlers.clear()
      break
    case 'search':
      if (handlers.search) handlers.search(action.text)
      else taken = false
      break
    case 'none':
      taken = event.key === 'Enter' && !!handlers.swallowEnter
  }
  if (taken) event.preventDefault()
}
