import { createI18n } from 'vue-i18n'
import da, { type Messages } from './da'
import en from './en'

export const SUPPORTED_LOCALES = ['da', 'en'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]

export const DEFAULT_LOCALE: AppLocale = 'da'
export const LOCALE_STORAGE_KEY = 'samspil.locale'

/** BCP 47 tags used for number and date formatting. */
export const FORMAT_LOCALES: Record<AppLocale, string> = {
  da: 'da-DK',
  en: 'en-GB',
}

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

function readStoredLocale(): AppLocale | null {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY)
    return isAppLocale(stored) ? stored : null
  } catch {
    // Storage can be unavailable (privacy settings); fall back to the default.
    return null
  }
}

function writeStoredLocale(locale: AppLocale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Ignore: the choice then only lasts for this visit.
  }
}

function applyDocumentLang(locale: AppLocale): void {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale
  }
}

const initialLocale = readStoredLocale() ?? DEFAULT_LOCALE

export const i18n = createI18n<[Messages], AppLocale, false>({
  legacy: false,
  locale: initialLocale,
  fallbackLocale: DEFAULT_LOCALE,
  messages: { da, en },
})

applyDocumentLang(initialLocale)

export function currentLocale(): AppLocale {
  return i18n.global.locale.value
}

/** Switches the UI language, remembers it and updates <html lang>. */
export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  writeStoredLocale(locale)
  applyDocumentLang(locale)
}

/** Translate outside components (e.g. in the API error helper). */
export function translate(key: string, named?: Record<string, unknown>): string {
  return named ? i18n.global.t(key, named) : i18n.global.t(key)
}
