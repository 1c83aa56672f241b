import '@dkfds/css/dkfds.min.css'
import '@/styles/fonts.css'
import '@/styles/app.css'

import { createApp } from 'vue'
import App from './App.vue'
import { ensureSessionLoaded } from '@/features/access/auth/authApi'
import { i18n, loadInitialLocale } from '@/i18n'
import { createAppRouter } from './router'

// Who is signed in is asked once at start; protected routes wait for the answer.
void ensureSessionLoaded()

// The texts of the language in use come first: nothing is shown in the wrong words.
// Should they fail to load, the app still starts (it shows the texts' keys; a reload tries again).
void loadInitialLocale()
  .catch(() => undefined)
  .then(() => createApp(App).use(i18n).use(createAppRouter()).mount('#app'))
