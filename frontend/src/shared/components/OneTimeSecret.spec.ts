import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { i18n, setLocale } from '@/i18n'
import OneTimeSecret from './OneTimeSecret.vue'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'

function mountSecret() {
  return mount(OneTimeSecret, {
    props: { name: 'webhook', secret: SECRET, ns: 'tokenForm.secret', params: { name: 'Intranettet' } },
    slots: { default: () => h('p', { 'data-testid': 'after' }, 'Færdig') },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
}

function stubClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
}

beforeEach(() => setLocale('da'))
afterEach(() => {
  document.body.innerHTML = ''
})

describe('OneTimeSecret', () => {
  it('warns that the secret is shown once, shows it read-only and takes focus on its heading', async () => {
    const wrapper = mountSecret()
    await flushPromises()

    const heading = wrapper.get('#webhook-secret-heading')
    expect(heading.text()).toBe('Tokenet Intranettet er udstedt')
    expect(document.activeElement).toBe(heading.element)
    expect(wrapper.text()).toContain('Det bliver ikke vist igen.')
    const input = wrapper.get('[data-testid="webhook-secret-value"]').element as HTMLInputElement
    expect(input.value).toBe(SECRET)
    expect(input.readOnly).toBe(true)
    expect(wrapper.get('label[for="webhook-secret-value"]').text()).toBe('Token')
    expect(wrapper.get('[data-testid="after"]').text()).toBe('Færdig')
  })

  it('copies the secret and says so', async () => {
    const writeText = vi.fn(async () => undefined)
    stubClipboard(writeText)
    const wrapper = mountSecret()

    await wrapper.get('[data-testid="copy-secret"]').trigger('click')
    await flushPromises()

    expect(writeText).toHaveBeenCalledWith(SECRET)
    expect(wrapper.get('[role="status"]').text()).toBe('Tokenet er kopieret.')
  })

  it('selects the secret for the user to copy when the clipboard refuses', async () => {
    stubClipboard(async () => Promise.reject(new Error('denied')))
    const wrapper = mountSecret()
    const input = wrapper.get('[data-testid="webhook-secret-value"]').element as HTMLInputElement
    const select = vi.spyOn(input, 'select')

    await wrapper.get('[data-testid="copy-secret"]').trigger('click')
    await flushPromises()

    expect(select).toHaveBeenCalled()
    expect(wrapper.get('[role="status"]').text()).toContain('kunne ikke kopieres automatisk')
  })
})
