import '@dkfds/css/dkfds.min.css'
import '@/styles/fonts.css'
import '@/styles/app.css'

import { createApp } from 'vue'
import App from './App.vue'
import { ensureSessionLoaded } from '@/features/access/auth/authApi'
import { i18n, loadInitialLocale, loadStaffTexts } from '@/i18n'
import { isSignedIn } from '@/shared/auth/session'
import { addAdminRoutes, createAppRouter } from './router'

const router = createAppRouter()

// Who is signed in is asked once at start; protected routes wait for the answer. Staff get their
// texts and the administration's pages too (the pages they may open, and the parts of public pages
// only they see, such as links to those pages).
const sessionAndTexts = ensureSessionLoaded().then(() =>
  isSignedIn() ? Promise.all([loadStaffTexts(), addAdminRoutes(router)]) : undefined,
)

// The router starts its first navigation as it is installed, so the first page's chunk loads while
// the texts of the language in use do. The app shows once the texts are there: nothing appears in the
// wrong words. Should they fail to load, it still starts (it shows the texts' keys; a reload tries again).
const app = createApp(App).use(i18n).use(router)
void Promise.all([loadInitialLocale(), sessionAndTexts])
  .catch(() => undefined)
  .then(() => app.mount('#app'))
