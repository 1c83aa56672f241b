import '@dkfds/css/dkfds.min.css'
import '@/styles/fonts.css'
import '@/styles/app.css'

import { createApp } from 'vue'
import App from './App.vue'
import { ensureSessionLoaded } from '@/features/access/auth/authApi'
import { i18n, loadInitialLocale, loadStaffTexts } from '@/i18n'
import { isSignedIn } from '@/shared/auth/session'
import { createAppRouter } from './router'

// Who is signed in is asked once at start; protected routes wait for the answer. Staff get their
// texts too (the pages they may open, and the parts of public pages only they see).
const sessionAndTexts = ensureSessionLoaded().then(() => (isSignedIn() ? loadStaffTexts() : undefined))

// The router starts its first navigation as it is installed, so the first page's chunk loads while
// the texts of the language in use do. The app shows once the texts are there: nothing appears in the
// wrong words. Should they fail to load, it still starts (it shows the texts' keys; a reload tries again).
const app = createApp(App).use(i18n).use(createAppRouter())
void Promise.all([loadInitialLocale(), sessionAndTexts])
  .catch(() => undefined)
  .then(() => app.mount('#app'))
