import type { APIRequestContext } from '@playwright/test'
import { detailPages as detailPagesFrom } from '../scripts/publicRoutes.mjs'

// The public pages, one of each kind: the same list Lighthouse walks (scripts/publicRoutes.mjs).
export { PUBLIC_PAGES } from '../scripts/publicRoutes.mjs'

/** One detail page of each kind, with an id or slug read from the API (demo content). */
export function detailPages(request: APIRequestContext): Promise<string[]> {
  return detailPagesFrom(async (path) => {
    const response = await request.get(path)
    if (!response.ok()) throw new Error(`${path}: ${response.status()}`)
    return response.json()
  })
}
