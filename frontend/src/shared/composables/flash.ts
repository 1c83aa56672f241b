import { readonly, ref } from 'vue'
import type { RouteLocationRaw, Router } from 'vue-router'

/**
 * A one-off confirmation for the page the user is sent to after an action ("Biblioteket er
 * gemt"). It belongs to one path and disappears when the user moves on to another page.
 */
export interface Flash {
  /** i18n key of the message. */
  key: string
  /** Named values for the message. */
  values?: Record<string, string>
  /** The path it is shown on. */
  path: string
}

const current = ref<Flash | null>(null)

export const flash = readonly(current)

export function setFlash(path: string, key: string, values?: Record<string, string>): void {
  current.value = { key, values, path }
}

/** Called on every navigation: a flash for another path is dropped. */
export function keepFlashFor(path: string): void {
  if (current.value && current.value.path !== path) current.value = null
}

export function clearFlash(): void {
  current.value = null
}

/** Goes to `to` and says there what was done ("Temaet er gemt"). */
export async function goWithFlash(router: Router, to: RouteLocationRaw, key: string, values?: Record<string, string>): Promise<void> {
  setFlash(router.resolve(to).path, key, values)
  await router.push(to)
}
