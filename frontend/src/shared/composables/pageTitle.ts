import { readonly, ref } from 'vue'

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
