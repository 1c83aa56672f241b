import type { SearchKind, SearchSuggestion } from './searchApi'

/** Suggestions of one kind, under that kind's heading in the list. */
export interface SuggestionGroup {
  type: SearchKind
  /** Each option with its place in the whole list (the order the arrow keys go through). */
  options: { index: number; suggestion: SearchSuggestion }[]
}

/**
 * The suggestions grouped by kind, the groups in the order of their best suggestion (the API sends
 * the best first); numbered in the order they are shown, so Down always goes to the next one below.
 */
export function groupSuggestions(items: readonly SearchSuggestion[]): SuggestionGroup[] {
  const groups: SuggestionGroup[] = []
  for (const suggestion of items) {
    let group = groups.find((g) => g.type === suggestion.type)
    if (!group) {
      group = { type: suggestion.type, options: [] }
      groups.push(group)
    }
    group.options.push({ index: 0, suggestion })
  }
  let index = 0
  for (const group of groups) for (const option of group.options) option.index = index++
  return groups
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

/** Whether a key press is typed into something (a field, a select, editable text), so `/` is text there. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  // Checkboxes, radios and buttons take no text.
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image'].includes(target.type)
}

/** A modal dialog is shown (e.g. the menu on a phone): what lies behind it is out of reach. */
export function modalIsOpen(root: ParentNode = document): boolean {
  return Array.from(root.querySelectorAll<HTMLElement>('[aria-modal="true"]')).some((dialog) => dialog.getClientRects().length > 0)
}
