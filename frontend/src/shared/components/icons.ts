// dkfds icons, inlined from the package's SVG files at build time (no sprite, no network).
import check from '@dkfds/img/svg-icons/check.svg?raw'
import chevronDown from '@dkfds/img/svg-icons/chevron-down.svg?raw'
import chevronLeft from '@dkfds/img/svg-icons/chevron-left.svg?raw'
import chevronRight from '@dkfds/img/svg-icons/chevron-right.svg?raw'
import close from '@dkfds/img/svg-icons/close.svg?raw'
import copy from '@dkfds/img/svg-icons/copy.svg?raw'
import deleteIcon from '@dkfds/img/svg-icons/delete.svg?raw'
import edit from '@dkfds/img/svg-icons/edit.svg?raw'
import error from '@dkfds/img/svg-icons/error.svg?raw'
import info from '@dkfds/img/svg-icons/info.svg?raw'
import language from '@dkfds/img/svg-icons/language.svg?raw'
import lock from '@dkfds/img/svg-icons/lock.svg?raw'
import menu from '@dkfds/img/svg-icons/menu.svg?raw'
import openInNew from '@dkfds/img/svg-icons/open-in-new.svg?raw'
import person from '@dkfds/img/svg-icons/person.svg?raw'
import plus from '@dkfds/img/svg-icons/plus.svg?raw'
import refresh from '@dkfds/img/svg-icons/refresh.svg?raw'
import search from '@dkfds/img/svg-icons/search.svg?raw'
import success from '@dkfds/img/svg-icons/success.svg?raw'
import warning from '@dkfds/img/svg-icons/warning.svg?raw'

export interface IconData {
  viewBox: string
  body: string
}

/** Splits an SVG file into its viewBox and inner markup. */
export function parseSvg(source: string): IconData {
  const viewBox = /viewBox="([^"]+)"/.exec(source)?.[1] ?? '0 0 24 24'
  const start = source.indexOf('>', source.indexOf('<svg'))
  const end = source.lastIndexOf('</svg>')
  const body = start >= 0 && end > start ? source.slice(start + 1, end) : ''
  return { viewBox, body }
}

const sources = {
  check,
  'chevron-down': chevronDown,
  'chevron-left': chevronLeft,
  'chevron-right': chevronRight,
  close,
  copy,
  delete: deleteIcon,
  edit,
  error,
  info,
  language,
  lock,
  menu,
  'open-in-new': openInNew,
  person,
  plus,
  refresh,
  search,
  success,
  warning,
} as const

export type IconName = keyof typeof sources

export const ICONS: Record<IconName, IconData> = Object.fromEntries(
  Object.entries(sources).map(([name, source]) => [name, parseSvg(source)]),
) as Record<IconName, IconData>
