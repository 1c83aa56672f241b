import { computed, readonly, ref, watchEffect, type ComputedRef } from 'vue'

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

/**
 * The heading of a page about one thing: its name once loaded, "not found" when there is no such
 * thing, a general title while it loads. The document title follows once the name or "not found"
 * is known.
 */
export function usePageHeading(
  name: () => string | null,
  notFound: () => boolean,
  notFoundTitle: () => string,
  loadingTitle: () => string,
): ComputedRef<string> {
  const heading = computed(() => name() ?? (notFound() ? notFoundTitle() : loadingTitle()))
  watchEffect(() => setPageTitle(name() !== null || notFound() ? heading.value : null))
  return heading
}
