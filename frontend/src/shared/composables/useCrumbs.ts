import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Crumb } from '@/shared/components/AppBreadcrumbs.vue'

/** A crumb, or nothing (e.g. the parent page while it is not loaded yet). */
export type MaybeCrumb = Crumb | null | undefined | false

/** A page's breadcrumbs: the front page first, then the page's own (those that are nothing left out). */
export function useCrumbs(crumbs: () => MaybeCrumb[]): ComputedRef<Crumb[]> {
  const { t } = useI18n()
  return computed(() => [{ label: t('nav.home'), to: { name: 'home' } }, ...crumbs().filter((crumb): crumb is Crumb => !!crumb)])
}
