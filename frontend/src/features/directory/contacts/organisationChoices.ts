import { computed } from 'vue'
import { byName } from '@/shared/components/form/choices'
import { useFetched } from '@/shared/composables/useFetched'
import { fetchLibraryOptions } from '@/shared/reference/libraryOptions'
import { fetchPartnerOptions } from '@/shared/reference/partnerOptions'

/**
 * The libraries and partners a contact person can belong to, for a coordinator's choices (the
 * form's and the list's filters). Nothing is asked for while `choosing` is false (an editor's
 * organisation is fixed).
 */
export function useOrganisationChoices(choosing: () => boolean) {
  const { data, problem } = useFetched(
    choosing,
    async (_, signal) => {
      const [libraryPage, partnerPage] = await Promise.all([fetchLibraryOptions(signal), fetchPartnerOptions(signal)])
      return { libraries: libraryPage.items, partners: partnerPage.items }
    },
    { valid: (yes) => yes, notFound: false },
  )
  return {
    libraryOptions: computed(() => (data.value?.libraries ?? []).map(byName)),
    partnerOptions: computed(() => (data.value?.partners ?? []).map(byName)),
    /** They could not be loaded: the choices offer nothing. */
    failed: computed(() => problem.value !== null),
  }
}
