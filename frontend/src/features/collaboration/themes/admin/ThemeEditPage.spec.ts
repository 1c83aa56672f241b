import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import { resetSession } from '@/shared/auth/session'
import { setLocale } from '@/i18n'
import { deleteTheme, fetchThemeForEdit, updateTheme, type ThemeView } from './themeAdminApi'
import ThemeEditPage from './ThemeEditPage.vue'
import { signInForTest } from '@/shared/auth/testSession'
import { mountInApp } from '@/app/testMount'

vi.mock('./themeAdminApi', async (original) => ({
  ...(await original<typeof import('./themeAdminApi')>()),
  fetchThemeForEdit: vi.fn(),
  updateTheme: vi.fn(),
  deleteTheme: vi.fn(),
}))
vi.mock('@/shared/reference/focusAreas', async (original) => ({
  ...(await original<typeof import('@/shared/reference/focusAreas')>()),
  fetchFocusAreas: vi.fn(async () => [
    { code: 'DEBATE', nameDa: 'Debat', nameEn: 'Debate' },
    { code: 'LITERATURE', nameDa: 'Litteratur', nameEn: 'Literature' },
  ]),
}))
vi.mock('@/shared/reference/partnerOptions', () => ({
  fetchAllPartners: vi.fn(async () => [
    { id: 1, name: 'DR', type: 'MEDIA', national: true, createdAt: '', updatedAt: '', version: 0 },
  ]),
}))

const theme: ThemeView = {
  id: 8,
  number: 14,
  title: 'Klima og hverdag',
  slug: 'klima-og-hverdag',
  summary: 'Hvad kan vi selv gøre?',
  description: 'Tekst',
  descriptionHtml: '<p>Tekst</p>',
  season: 'SPRING',
  year: 2027,
  startWeek: { year: 2027, week: 11 },
  endWeek: { year: 2027, week: 16 },
  startDate: '2027-03-15',
  endDate: '2027-04-25',
  peakWeeks: [{ year: 2027, week: 14 }],
  signupOpensOn: null,
  signupDeadline: '2027-02-15',
  status: 'OPEN',
  focusAreas: [{ code: 'DEBATE', nameDa: 'Debat', nameEn: 'Debate' }],
  partners: [{ partner: { id: 1, name: 'DR', type: 'MEDIA', national: true }, role: 'Mediepartner' }],
  milestones: [
    { id: 1, kind: 'IDEA_WORKSHOP', title: 'Idéværksted', dueOn: '2026-11-23', week: { year: 2026, week: 48 }, description: null },
  ],
  materials: [],
  imageUrl: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 4,
}

async function mountEdit() {
  return mountInApp('/admin/temaer/8', ThemeEditPage, { props: { id: '8' }, attach: true })
}

beforeEach(() => {
  resetSession()
  setLocale('da')
  signInForTest(['COORDINATOR'])
  vi.mocked(fetchThemeForEdit).mockResolvedValue({ data: theme, etag: '"v4"' })
})
afterEach(() => {
  vi.mocked(updateTheme).mockReset()
  vi.mocked(deleteTheme).mockReset()
  vi.mocked(fetchThemeForEdit).mockReset()
  document.body.innerHTML = ''
})

describe('ThemeEditPage', () => {
  it('shows the theme and saves it whole with the ETag it was loaded with', async () => {
    vi.mocked(updateTheme).mockResolvedValue({ data: { ...theme, title: 'Klima', version: 5 }, etag: '"v5"' })
    const { wrapper, router } = await mountEdit()
    expect((wrapper.get('#theme-number').element as HTMLInputElement).value).toBe('14')
    expect((wrapper.get('#theme-partners-0-role').element as HTMLInputElement).value).toBe('Mediepartner')
    expect((wrapper.get('#theme-peak-2027-W14').element as HTMLInputElement).checked).toBe(true)
    // The span's six weeks are offered as peak weeks.
    expect(wrapper.findAll('[id^="theme-peak-"]')).toHaveLength(6)

    await wrapper.get('#theme-title').setValue('Klima')
    await wrapper.get('#theme-focusArea-LITERATURE').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(updateTheme).toHaveBeenCalledWith(
      8,
      expect.objectContaining({
        number: 14,
        title: 'Klima',
        peakWeeks: [{ year: 2027, week: 14 }],
        focusAreas: ['DEBATE', 'LITERATURE'],
        partners: [{ partnerId: 1, role: 'Mediepartner' }],
        milestones: [{ kind: 'IDEA_WORKSHOP', title: 'Idéværksted', dueOn: '2026-11-23', description: null }],
      }),
      '"v4"',
    )
    // The list page is loaded on demand: wait for the navigation to finish.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/admin/temaer'))
  })

  it('shows the errors of one row at that row’s inputs, and a list item’s error at its list', async () => {
    vi.mocked(updateTheme).mockRejectedValue(
      new ProblemError({
        type: '/problems/validation',
        title: 'Ugyldige oplysninger',
        status: 400,
        errors: [
          { field: 'milestones[0].dueOn', message: 'må ikke ligge efter temaets sidste uge' },
          { field: 'partners.role[0]', message: 'må ikke være blank' },
          { field: 'peakWeeks[0]', message: 'skal være en af temaets uger' },
        ],
      }),
    )
    const { wrapper } = await mountEdit()
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('#theme-milestones-0-dueOn-error').text()).toContain('Må ikke ligge efter temaets sidste uge.')
    expect(wrapper.get('#theme-milestones-0-dueOn').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#theme-partners-0-role-error').text()).toContain('Må ikke være blank.')
    expect(wrapper.get('#theme-peakWeeks').text()).toContain('Uge 14, 2027: skal være en af temaets uger.')
    const summary = wrapper.get('[data-testid="error-summary"]').text()
    expect(summary).toContain('Partner 1, Rolle: Må ikke være blank.')
    expect(summary).toContain('Milepæl 1, Dato: Må ikke ligge efter')
    expect(summary.indexOf('Spidsuger')).toBeLessThan(summary.indexOf('Partner 1'))
  })

  it('adds and removes rows; what cannot be sent is asked for first', async () => {
    const { wrapper } = await mountEdit()
    await wrapper.get('#theme-materials-add').trigger('click')
    expect(wrapper.find('#theme-materials-0-url').exists()).toBe(true)
    expect(document.activeElement?.id).toBe('theme-materials-0-kind')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(updateTheme).not.toHaveBeenCalled()
    expect(wrapper.get('#theme-materials-0-kind-error').text()).toContain('Vælg en af mulighederne')

    await wrapper.get('[data-testid="material-row-0"] button').trigger('click')
    expect(wrapper.find('#theme-materials-0-url').exists()).toBe(false)
  })

  it('after a 412 saving waits for the newest version', async () => {
    vi.mocked(updateTheme).mockRejectedValue(
      new ProblemError({ type: '/problems/precondition-failed', title: 'Ændret af en anden', status: 412 }),
    )
    const { wrapper } = await mountEdit()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-testid="stale-alert"]').text()).toContain('En anden har ændret oplysningerne')
    expect(wrapper.get('[data-testid="theme-save"]').attributes('disabled')).toBeDefined()
  })

  it('explains a refused delete with what refers to the theme', async () => {
    vi.mocked(deleteTheme).mockRejectedValue(
      new ProblemError({
        type: '/problems/still-referenced',
        title: 'Er stadig i brug',
        status: 409,
        references: [{ entity: 'participation', count: 41 }],
      }),
    )
    const { wrapper } = await mountEdit()
    await wrapper.get('[data-testid="delete-section"] button').trigger('click')
    await wrapper.get('[data-testid="delete-confirm"] .button-primary').trigger('click')
    await flushPromises()
    expect(deleteTheme).toHaveBeenCalledWith(8, '"v4"')
    expect(wrapper.get('[data-testid="delete-refused"]').text()).toContain('Tilmeldinger: 41')
  })
})
