import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import { setPageTitle } from '@/composables/pageTitle'
import HomePage from '@/features/home/HomePage.vue'
import LibraryDetailPage from '@/features/libraries/LibraryDetailPage.vue'
import LibraryListPage from '@/features/libraries/LibraryListPage.vue'
import NotFoundPage from '@/features/notfound/NotFoundPage.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (the document title is "<title> – Samspil"). */
    titleKey: string
  }
}

// Danish paths: they are what users see and share.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { titleKey: 'home.title' } },
  { path: '/biblioteker', name: 'libraries', component: LibraryListPage, meta: { titleKey: 'libraries.title' } },
  {
    path: '/biblioteker/:id',
    name: 'library',
    component: LibraryDetailPage,
    props: true,
    meta: { titleKey: 'library.titleFallback' },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { titleKey: 'notFound.title' } },
]

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, from, savedPosition) {
      if (savedPosition) return savedPosition
      if (to.path !== from.path) return { top: 0 }
      // Only the query changed (filters, paging): stay where the user is.
      return false
    },
  })

  router.beforeEach((to, from) => {
    if (to.path !== from.path) setPageTitle(null)
  })

  return router
}
