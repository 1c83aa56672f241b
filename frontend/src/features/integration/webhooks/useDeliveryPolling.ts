import { onBeforeUnmount, watch } from 'vue'
import type { WebhookDelivery } from '@/api/types'
import { attemptDueSoon } from './webhookStatus'

/** How often the log looks again while an attempt is due, and for how many rounds at most. */
export const POLL_INTERVAL_MS = 2_500
export const POLL_ROUNDS = 12

/**
 * Loads the delivery log again shortly while one of its deliveries is about to be attempted (a
 * test just sent, a redelivery, a retry due), so its outcome appears by itself. It gives up after
 * POLL_ROUNDS rounds (e.g. deliveries that wait because the subscription is switched off);
 * `restart` (after the user sends something) allows as many again.
 */
export function useDeliveryPolling(
  deliveries: () => readonly WebhookDelivery[] | null,
  reload: () => Promise<unknown>,
  now: () => number = Date.now,
) {
  let rounds = 0
  let timer: ReturnType<typeof setTimeout> | null = null

  function stop(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  function schedule(items: readonly WebhookDelivery[] | null): void {
    stop()
    if (!items || rounds >= POLL_ROUNDS || !attemptDueSoon(items, now())) return
    rounds++
    timer = setTimeout(() => {
      timer = null
      void reload()
    }, POLL_INTERVAL_MS)
  }

  watch(deliveries, schedule, { immediate: true })
  onBeforeUnmount(stop)

  return {
    /** Allows a full round of looking again, from the list as it is now. */
    restart: () => {
      rounds = 0
      schedule(deliveries())
    },
    stop,
  }
}
