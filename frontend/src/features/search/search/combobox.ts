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
