import { computed, readonly, ref, toValue, watchEffect, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'

const override = ref<string | null>(null)

/**
 * The title part a page sets itself (e.g. a library's name). When null, App uses the
 * route's translated meta.titleKey. The router clears it on every path change.
 */
export const pageTitleOverride = readonly(override)

export function setPageTitle(title: string | null): void {
  override.value = title
}

/** "<page> – Samspil"; the front page is just "Samspil". */
export function documentTitle(pageTitle: string, siteName: string): string {
  return !pageTitle || pageTitle === siteName ? siteName : `${pageTitle} – ${siteName}`
}

/** The i18n keys of a page's heading while there is no name: when there is no such thing, and while it loads. */
export interface HeadingKeys {
  notFound: string
  loading: string
}

/**
 * The heading of a page about one thing: its name once loaded, "not found" when there is no such
 * thing, a general title while it loads. The document title follows once the name or "not found"
 * is known.
 */
export function usePageHeading(name: () => string | null, notFound: MaybeRefOrGetter<boolean>, keys: HeadingKeys): ComputedRef<string> {
  const { t } = useI18n()
  const heading = computed(() => name() ?? t(toValue(notFound) ? keys.notFound : keys.loading))
  watchEffect(() => setPageTitle(name() !== null || toValue(notFound) ? heading.value : null))
  return heading
}
