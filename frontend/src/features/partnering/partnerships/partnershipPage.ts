import { computed, type ComputedRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Crumb } from '@/shared/components/AppBreadcrumbs.vue'
import { loadKeys, type LoadKeys } from '@/shared/components/detailPage'
import type { AppLocale } from '@/i18n'
import { formatDate } from '@/i18n/format'
import { usePageHeading } from '@/shared/composables/pageTitle'
import { useCrumbs } from '@/shared/composables/useCrumbs'
import type { PartnershipView, Workbench } from './partnershipApi'
import { phaseItems, type PhaseItem } from './partnershipPhases'

/** "1. marts 2025 – 31. december 2025", "fra ...", "til ..."; null when neither date is set. */
export function periodText(p: Pick<PartnershipView, 'startsOn' | 'endsOn'>, t: (key: string, named: Record<string, string>) => string, loc: AppLocale): string | null {
  const from = formatDate(p.startsOn, loc)
  const to = formatDate(p.endsOn, loc)
  if (from && to) return t('partnerships.detail.periodRange', { from, to })
  if (from) return t('partnerships.detail.periodFrom', { from })
  if (to) return t('partnerships.detail.periodTo', { to })
  return null
}

export interface PartnershipSubpage {
  heading: ComputedRef<string>
  crumbs: ComputedRef<Crumb[]>
  /** The phases with the workbench's names. */
  phases: ComputedRef<PhaseItem[]>
  phaseName: (code: string) => string
  /** The texts while the partnership is not there (LoadStates). */
  keys: LoadKeys
}

/**
 * A page of one partnership beside its own (the workbench, the plan): "<view> for <title>" as
 * heading and document title, the breadcrumbs through the partnership, its phases by name, and
 * what it says while the partnership is not there.
 */
export function usePartnershipSubpage(
  view: 'workbench' | 'plan',
  partnership: Ref<Pick<PartnershipView, 'id' | 'title'> | null>,
  workbench: Ref<Workbench | null>,
  notFound: Ref<boolean>,
): PartnershipSubpage {
  const { t, locale } = useI18n()
  const heading = usePageHeading(
    () => (partnership.value ? t(`partnerships.${view}.heading`, { title: partnership.value.title }) : null),
    notFound,
    { notFound: 'partnerships.detail.notFoundTitle', loading: `partnerships.${view}.title` },
  )
  const crumbs = useCrumbs(() => [
    { label: t('partnerships.menu'), to: { name: 'partnerships' } },
    partnership.value && { label: partnership.value.title, to: { name: 'partnership', params: { id: String(partnership.value.id) } } },
    { label: t(`partnerships.${view}.title`) },
  ])
  const phases = computed(() => phaseItems(locale.value, workbench.value?.phases ?? null))
  const phaseName = (code: string) => phases.value.find((p) => p.code === code)?.name ?? code
  const keys = loadKeys('partnerships.detail', { loading: `partnerships.${view}.loading` })
  return { heading, crumbs, phases, phaseName, keys }
}
