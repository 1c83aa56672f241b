// For unit tests only: a component mounted as the app shows it, at a path of the app's own router.
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'
import { createMemoryHistory, type Router } from 'vue-router'
import { i18n } from '@/i18n'
import { createAppRouter } from './router'

export interface MountInAppOptions {
  props?: Record<string, unknown>
  /** In the document, for focus and for what is teleported or looked up by id (clear document.body after). */
  attach?: boolean
}

/** Navigates the app's router to `path`, mounts `component` with the texts and the router, and lets it load. */
export async function mountInApp(
  path: string,
  component: Component,
  { props = {}, attach = false }: MountInAppOptions = {},
): Promise<{ wrapper: VueWrapper; router: Router }> {
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, { props, global: { plugins: [i18n, router] }, ...(attach ? { attachTo: document.body } : {}) })
  await flushPromises()
  return { wrapper, router }
}
