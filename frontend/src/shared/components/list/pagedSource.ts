import type { Ref } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import type { Problem } from '@/api/client'

/** What a list page shows of its results. */
export interface ResultPage {
  items: readonly unknown[]
  /** How many there are in all, on every page; a list the API gives whole has only its items. */
  totalItems?: number
  page?: number
  totalPages?: number
}

/** A list's results as they load, as useListPage (or a list loaded whole) holds them. */
export interface PagedSource<P extends ResultPage = ResultPage> {
  loading: Readonly<Ref<boolean>>
  problem: Readonly<Ref<Problem | null>>
  result: Readonly<Ref<P | null>>
  reload: () => unknown
  /** The pages' links; none for a list the API gives whole. */
  pageLink?: (page: number) => RouteLocationRaw
}
