import { createI18n, useI18n } from 'vue-i18n'

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

/**
 * Each language's texts are chunks of their own, loaded when first needed: a visitor downloads only
 * the language they read, and only what visitors see; what only staff see (staff/*.ts) comes when
 * someone signs in or opens a staff page (loadStaffTexts). Both languages hold every key
 * (locales.spec.ts checks it), so no language falls back to the other.
 */
const publicTexts: Record<AppLocale, () => Promise<{ default: PublicMessages }>> = {
  da: () => import('./da'),
  en: () => import('./en'),
}
const staffTexts: Record<AppLocale, () => Promise<{ default: StaffMessages }>> = {
  da: () => import('./staff/da'),
  en: () => import('./staff/en'),
}

/** What visitors see; en.ts must match da.ts (the loaders above make the compiler check it). */
export type PublicMessages = (typeof import('./da'))['default']
/** What only staff see; staff/en.ts must match staff/da.ts. */
export type StaffMessages = (typeof import('./staff/da'))['default']
export type Messages = PublicMessages & StaffMessages

export const i18n = createI18n<[Messages], AppLocale, false>({
  legacy: false,
  locale: initialLocale,
  fallbackLocale: false,
  messages: {} as Record<AppLocale, Messages>,
  // The build turns every text with placeholders into a function and leaves the message compiler out
  // (vite-plugins.ts, precompileTexts): what is left to "compile" is plain text, shown as it is.
  ...(import.meta.env.PROD ? { messageCompiler: (text: unknown) => () => text } : {}),
})

applyDocumentLang(initialLocale)

const loaded = new Set<string>()
let withStaffTexts = false

async function load(part: 'public' | 'staff', locale: AppLocale): Promise<void> {
  const key = `${part}:${locale}`
  if (loaded.has(key)) return
  const { default: messages } = await (part === 'public' ? publicTexts : staffTexts)[locale]()
  // The parts share no top-level key (locales.spec.ts), so they are joined as they are: mergeLocaleMessage would copy
  // every text first, a long task on a phone while the first page waits.
  i18n.global.setLocaleMessage(locale, { ...i18n.global.getLocaleMessage(locale), ...messages } as Messages)
  loaded.add(key)
}

function isLoaded(locale: AppLocale): boolean {
  return loaded.has(`public:${locale}`) && (!withStaffTexts || loaded.has(`staff:${locale}`))
}

/** Makes a language's texts available (once); the app waits for the first before it mounts. */
export async function loadLocale(locale: AppLocale): Promise<void> {
  await Promise.all([load('public', locale), ...(withStaffTexts ? [load('staff', locale)] : [])])
}

/** From now on the staff's texts are there too, in every language used (the router asks for them). */
export function loadStaffTexts(): Promise<void> {
  withStaffTexts = true
  return loadLocale(currentLocale())
}

/** For tests: texts given at once, as if loaded. */
export function provideTexts(locale: AppLocale, publicMessages: PublicMessages, staffMessages: StaffMessages): void {
  i18n.global.mergeLocaleMessage(locale, { ...publicMessages, ...staffMessages })
  loaded.add(`public:${locale}`)
  loaded.add(`staff:${locale}`)
}

/** The language the app starts in: the one chosen on an earlier visit, else Danish. */
export function loadInitialLocale(): Promise<void> {
  return loadLocale(initialLocale)
}

export function currentLocale(): AppLocale {
  return i18n.global.locale.value
}

function applyLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  writeStoredLocale(locale)
  applyDocumentLang(locale)
}

/**
 * Switches the UI language, remembers it and updates <html lang>: at once when its texts are
 * loaded, else as soon as they are.
 */
export function setLocale(locale: AppLocale): Promise<void> {
  if (isLoaded(locale)) {
    applyLocale(locale)
    return Promise.resolve()
  }
  return loadLocale(locale).then(() => applyLocale(locale))
}

/** Translate outside components (e.g. in the API error helper). */
export const translate: Translate = (key, named, plural) => {
  const { t } = i18n.global
  if (plural !== undefined) return t(key, named ?? {}, plural)
  return named ? t(key, named) : t(key)
}

/**
 * vue-i18n's t as the app's formatting helpers take it: a key, the named values and, for a text with
 * plural forms ("{count} tilmelding | {count} tilmeldinger"), the count that picks the form.
 */
export type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string

/** A component's t (from useI18n) as a Translate, for the helpers that write texts outside templates. */
export function useTranslate(): Translate {
  const { t } = useI18n()
  return (key, named, plural) => {
    if (plural !== undefined) return t(key, named ?? {}, plural)
    return named ? t(key, named) : t(key)
  }
}
