import '@dkfds/css/dkfds.min.css'
import './styles/app.css'

import { createApp } from 'vue'
import App from './App.vue'
import { i18n } from './i18n'
import { createAppRouter } from './router'

createApp(App).use(i18n).use(createAppRouter()).mount('#app')
