import type { AppLocale } from '@/i18n'
import { FORMAT_LOCALES } from '@/i18n'
import { numberFormat } from '@/i18n/format'

const UNITS = ['B', 'kB', 'MB', 'GB'] as const

/** A file size for people: "774 B", "1,2 MB" (decimal units, as file managers show them). */
export function fileSizeLabel(bytes: number, locale: AppLocale): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit += 1
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  const number = numberFormat(FORMAT_LOCALES[locale], { maximumFractionDigits: digits }).format(value)
  return `${number} ${UNITS[unit]}`
}

const TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
}

/** The file type in a word ("PDF", "Word"); the file name's extension for types we do not name. */
export function fileTypeLabel(contentType: string, fileName: string): string {
  const known = TYPES[contentType.split(';')[0]!.trim().toLowerCase()]
  if (known) return known
  const ext = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]
  return ext ? ext.toUpperCase() : contentType
}
