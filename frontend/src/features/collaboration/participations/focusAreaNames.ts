import { onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ParticipationView } from '@/api/types'
import { fetchFocusAreas, type FocusArea, focusAreaName } from '@/shared/reference/focusAreas'

/** A sign-up's focus areas by name, in the UI's language. */
export type FocusAreaNames = (item: Pick<ParticipationView, 'focusAreas'>) => string

/**
 * The focus areas' names for a page's sign-ups, fetched as the page opens. Until they come (or
 * when they cannot be fetched) a focus area shows as its code.
 */
export function useFocusAreaNames(): FocusAreaNames {
  const { t, locale } = useI18n()
  const focusAreas = ref<FocusArea[]>([])
  onMounted(() => {
    fetchFocusAreas().then(
      (list) => (focusAreas.value = list),
      () => undefined,
    )
  })
  return (item) =>
    item.focusAreas.length === 0
      ? t('signup.none')
      : item.focusAreas
          .map((code) => {
            const area = focusAreas.value.find((f) => f.code === code)
            return area ? focusAreaName(area, locale.value) : code
          })
          .join(', ')
}
