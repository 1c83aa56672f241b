import { ref } from 'vue'
import { useRouter } from 'vue-router'
import { setFlash } from '@/shared/composables/flash'
import { logout as logoutCall } from './authApi'

/** Signs out, then shows the front page with a confirmation. */
export function useLogout() {
  const router = useRouter()
  const busy = ref(false)

  async function logout(): Promise<void> {
    if (busy.value) return
    busy.value = true
    try {
      await logoutCall()
    } finally {
      busy.value = false
      setFlash('/', 'userMenu.loggedOut')
      await router.push({ name: 'home' })
    }
  }

  return { logout, busy }
}
