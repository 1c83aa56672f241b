import '@dkfds/css/dkfds.min.css'
import '@/styles/app.css'

import { createApp } from 'vue'
import App from './App.vue'
import { ensureSessionLoaded } from '@/features/access/auth/authApi'
import { i18n } from '@/i18n'
import { createAppRouter } from './router'

// Who is signed in is asked once at start; protected routes wait for the answer.
void ensureSessionLoaded()

createApp(App).use(i18n).use(createAppRouter()).mount('#app')
