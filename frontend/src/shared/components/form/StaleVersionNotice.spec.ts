import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/i18n'
import StaleVersionNotice from './StaleVersionNotice.vue'

beforeEach(() => setLocale('da'))

describe('StaleVersionNotice', () => {
  it('offers the newest version or to keep editing', async () => {
    const wrapper = mount(StaleVersionNotice, { props: { dismissed: false }, global: { plugins: [i18n] } })
    const [reload, keep] = wrapper.get('[data-testid="stale-alert"]').findAll('button')
    await reload?.trigger('click')
    await keep?.trigger('click')
    expect(wrapper.emitted('reload')).toHaveLength(1)
    expect(wrapper.emitted('dismiss')).toHaveLength(1)
    expect(wrapper.find('[data-testid="stale-reminder"]').exists()).toBe(false)
  })

  it('once dismissed, keeps a reminder with the way to the newest version', async () => {
    const wrapper = mount(StaleVersionNotice, { props: { dismissed: true }, global: { plugins: [i18n] } })
    expect(wrapper.find('[data-testid="stale-alert"]').exists()).toBe(false)
    const reminder = wrapper.get('[data-testid="stale-reminder"]')
    await reminder.get('button').trigger('click')
    expect(reminder.get('button').text()).toBe('Hent den nyeste udgave')
    expect(wrapper.emitted('reload')).toHaveLength(1)
  })
})
