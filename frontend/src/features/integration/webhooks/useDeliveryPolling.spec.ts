import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, shallowRef } from 'vue'
import type { WebhookDelivery } from '@/api/types'
import { POLL_INTERVAL_MS, POLL_ROUNDS, useDeliveryPolling } from './useDeliveryPolling'

const NOW = Date.parse('2026-03-01T10:00:00Z')
const pending = { id: 1, state: 'pending', attempts: 0, lastAttemptAt: null, nextAttemptAt: '2026-03-01T10:00:00Z' } as WebhookDelivery
const delivered = { ...pending, state: 'delivered', attempts: 1, nextAttemptAt: null } as WebhookDelivery

function mountPolling(items: readonly WebhookDelivery[]) {
  const list = shallowRef<readonly WebhookDelivery[] | null>(items)
  const reload = vi.fn(async () => undefined)
  let polling!: ReturnType<typeof useDeliveryPolling>
  const wrapper = mount(
    defineComponent({
      setup() {
        polling = useDeliveryPolling(() => list.value, reload, () => NOW)
        return () => h('div')
      },
    }),
  )
  return { list, reload, wrapper, polling: () => polling }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('useDeliveryPolling', () => {
  it('looks again shortly while a delivery waits for its attempt, and stops once it has an outcome', async () => {
    const { list, reload } = mountPolling([pending])
    expect(reload).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS)
    expect(reload).toHaveBeenCalledTimes(1)

    list.value = [delivered]
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 3)
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('does not look again when nothing waits', async () => {
    const { reload } = mountPolling([delivered])
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 3)
    expect(reload).not.toHaveBeenCalled()
  })

  it('gives up after a while, and starts again when asked', async () => {
    const { list, reload, polling } = mountPolling([pending])
    for (let round = 0; round < POLL_ROUNDS + 3; round++) {
      await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS)
      list.value = [{ ...pending }] // every load gives a new list, still waiting
    }
    expect(reload).toHaveBeenCalledTimes(POLL_ROUNDS)

    polling().restart()
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS)
    expect(reload).toHaveBeenCalledTimes(POLL_ROUNDS + 1)
  })

  it('stops when the page goes away', async () => {
    const { reload, wrapper } = mountPolling([pending])
    wrapper.unmount()
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 2)
    expect(reload).not.toHaveBeenCalled()
  })
})
