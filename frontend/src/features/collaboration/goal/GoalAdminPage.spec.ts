import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { createMemoryHistory } from 'vue-router'
import { ProblemError } from '@/api/client'
import FlashMessage from '@/shared/components/FlashMessage.vue'
import { clearFlash } from '@/shared/composables/flash'
import { i18n, setLocale } from '@/i18n'
import { createAppRouter } from '@/app/router'
import { resetSession } from '@/shared/auth/session'
import { fetchGoalForEdit, updateGoal, type GoalView } from './goalApi'
import GoalAdminPage from './GoalAdminPage.vue'
import { signInForTest } from '@/shared/auth/testSession'

vi.mock('./goalApi', () => ({ fetchGoalForEdit: vi.fn(), updateGoal: vi.fn() }))

const goal: GoalView = { targetLibraries: 90, targetDate: '2017-12-31', updatedAt: '2026-11-23T03:54:45Z', version: 0 }

async function mountPage() {
  const router = createAppRouter(createMemoryHistory())
  await router.push('/admin/maal')
  await router.isReady()
  const wrapper = mount(
    { render: () => [h(FlashMessage), h(GoalAdminPage)] },
    { global: { plugins: [i18n, router] }, attachTo: document.body },
  )
  await flushPromises()
  return wrapper
}

const value = (wrapper: Awaited<ReturnType<typeof mountPage>>, selector: string) =>
  (wrapper.get(selector).element as HTMLInputElement).value

beforeEach(() => {
  resetSession()
  signInForTest(['COORDINATOR'])
  setLocale('da')
  clearFlash()
  vi.mocked(fetchGoalForEdit).mockResolvedValue({ data: goal, etag: '"v0"' })
})
afterEach(() => {
  vi.mocked(updateGoal).mockReset()
  vi.mocked(fetchGoalForEdit).mockReset()
  document.body.innerHTML = ''
})

describe('GoalAdminPage', () => {
  it('asks for a new goal when the deadline has passed, and not otherwise', async () => {
    let wrapper = await mountPage()
    expect(wrapper.get('[data-testid="goal-overdue"]').text()).toBe('Fristen 31. december 2017 er overskredet. Sæt et nyt mål: antal og dato.')

    vi.mocked(fetchGoalForEdit).mockResolvedValue({ data: { ...goal, targetDate: '2999-12-31' }, etag: '"v0"' })
    wrapper = await mountPage()
    expect(wrapper.find('[data-testid="goal-overdue"]').exists()).toBe(false)
  })

  it('saves the goal with If-Match and keeps the new ETag for the next save', async () => {
    vi.mocked(updateGoal).mockResolvedValue({ data: { ...goal, targetLibraries: 95, version: 1 }, etag: '"v1"' })
    const wrapper = await mountPage()
    expect(value(wrapper, '#goal-targetLibraries')).toBe('90')
    expect(value(wrapper, '#goal-targetDate')).toBe('2017-12-31')

    await wrapper.get('#goal-targetLibraries').setValue(' 95 ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(updateGoal).toHaveBeenCalledWith({ targetLibraries: 95, targetDate: '2017-12-31' }, '"v0"')
    expect(wrapper.get('[data-testid="flash-message"]').text()).toBe('Målet er gemt.')

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(vi.mocked(updateGoal).mock.lastCall?.[1]).toBe('"v1"')
  })

  it('shows the API\'s validation messages at the fields', async () => {
    vi.mocked(updateGoal).mockRejectedValue(
      new ProblemError({
        type: '/problems/validation',
        title: 'Ugyldige oplysninger',
        status: 400,
        errors: [{ field: 'targetLibraries', message: 'skal være mindre end eller lig med 1000' }],
      }),
    )
    const wrapper = await mountPage()
    await wrapper.get('#goal-targetLibraries').setValue('5000')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#goal-targetLibraries-error').text()).toContain('Skal være mindre end eller lig med 1000.')
    expect(wrapper.get('[data-testid="error-summary"]').text()).toContain('Antal biblioteker')
  })

  it('does not send what is not a number', async () => {
    const wrapper = await mountPage()
    await wrapper.get('#goal-targetLibraries').setValue('halvfems')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(updateGoal).not.toHaveBeenCalled()
    expect(wrapper.get('#goal-targetLibraries-error').text()).toContain('Skriv et helt tal')
  })

  it('after a 412 offers the newest version and saves with its ETag', async () => {
    vi.mocked(updateGoal).mockRejectedValue(
      new ProblemError({ type: '/problems/precondition-failed', title: 'Ændret af en anden', status: 412 }),
    )
    const wrapper = await mountPage()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="stale-alert"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="goal-save"]').attributes('disabled')).toBeDefined()

    vi.mocked(fetchGoalForEdit).mockResolvedValue({ data: { ...goal, targetLibraries: 80, version: 4 }, etag: '"v4"' })
    await wrapper.get('[data-testid="stale-alert"] button').trigger('click')
    await flushPromises()
    expect(value(wrapper, '#goal-targetLibraries')).toBe('80')
    vi.mocked(updateGoal).mockResolvedValue({ data: goal, etag: '"v5"' })
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(vi.mocked(updateGoal).mock.lastCall?.[1]).toBe('"v4"')
  })
})
