import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n'
import { ProblemError } from '@/api/client'
import { createPartner } from './partnershipApi'
import PartnerQuickAdd from './PartnerQuickAdd.vue'

vi.mock('./partnershipApi', async (original) => ({
  ...(await original<typeof import('./partnershipApi')>()),
  createPartner: vi.fn(),
}))

afterEach(() => vi.mocked(createPartner).mockReset())

const mountIt = () => mount(PartnerQuickAdd, { global: { plugins: [i18n] }, attachTo: document.body })

describe('PartnerQuickAdd', () => {
  it('adds a local partner and hands it to the form', async () => {
    const partner = { id: 77, name: 'Aftenskolen', type: 'EDUCATION', national: false } as never
    vi.mocked(createPartner).mockResolvedValue(partner)
    const wrapper = mountIt()
    await wrapper.get('#partner-quick-name').setValue('  Aftenskolen ')
    await wrapper.get('#partner-quick-type').setValue('EDUCATION')
    await wrapper.get('[data-testid="partner-quick-add-button"]').trigger('click')
    await flushPromises()
    expect(createPartner).toHaveBeenCalledWith({ name: 'Aftenskolen', type: 'EDUCATION', national: false })
    expect(wrapper.emitted('created')).toEqual([[partner]])
    expect((wrapper.get('#partner-quick-name').element as HTMLInputElement).value).toBe('')
    wrapper.unmount()
  })

  it('says what is missing before asking, and shows the API\'s answer at the field', async () => {
    const wrapper = mountIt()
    await wrapper.get('[data-testid="partner-quick-add-button"]').trigger('click')
    await flushPromises()
    expect(createPartner).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('Skal udfyldes.')
    expect(wrapper.text()).toContain('Vælg, hvilken type organisation partneren er.')

    vi.mocked(createPartner).mockRejectedValue(
      new ProblemError({ type: '/problems/conflict', title: 'Konflikt', status: 409, errors: [{ field: 'name', message: 'Der er allerede en partner, der hedder Aftenskolen.' }] }),
    )
    await wrapper.get('#partner-quick-name').setValue('Aftenskolen')
    await wrapper.get('#partner-quick-type').setValue('EDUCATION')
    await wrapper.get('[data-testid="partner-quick-add-button"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('#partner-quick-name-error').text()).toContain('Der er allerede en partner, der hedder Aftenskolen.')
    expect(wrapper.emitted('created')).toBeUndefined()
    // Said once, at the field: no second alert above it.
    expect(wrapper.find('[data-testid="problem-alert"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
