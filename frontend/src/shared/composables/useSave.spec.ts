import { describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import { setLocale } from '@/i18n'
import { localProblem, useSave } from './useSave'

describe('localProblem', () => {
  it('shapes errors found in the browser like an API validation problem, titled as the error summary', () => {
    setLocale('da')
    expect(localProblem([{ field: 'startsAt', message: 'Angiv starttidspunktet' }])).toEqual({
      type: 'about:blank',
      title: 'Der er fejl i formularen',
      status: 400,
      errors: [{ field: 'startsAt', message: 'Angiv starttidspunktet' }],
    })
  })
})

describe('useSave', () => {
  it('sends nothing while the local check finds errors, and shows them as the problem', async () => {
    setLocale('da')
    const { save, saveProblem, saving } = useSave()
    const run = vi.fn(async () => undefined)
    await save(run, () => [{ field: 'title', message: 'Skal udfyldes' }])
    expect(run).not.toHaveBeenCalled()
    expect(saving.value).toBe(false)
    expect(saveProblem.value?.errors).toEqual([{ field: 'title', message: 'Skal udfyldes' }])
  })

  it("shows what the API answered, and forgets it on reset", async () => {
    const { save, saveProblem, reset } = useSave()
    await save(async () => Promise.reject(new ProblemError({ type: 'about:blank', title: 'Konflikt', status: 409 })))
    expect(saveProblem.value?.title).toBe('Konflikt')
    reset()
    expect(saveProblem.value).toBeNull()
  })

  it('hands a 412 to onStale instead of showing it', async () => {
    const onStale = vi.fn()
    const { save, saveProblem } = useSave({ onStale })
    await save(async () => Promise.reject(new ProblemError({ type: 'about:blank', title: 'Forældet', status: 412 })))
    expect(onStale).toHaveBeenCalledOnce()
    expect(saveProblem.value).toBeNull()
  })

  it('keeps how long a 429 asks to wait, until the next save', async () => {
    const { save, saveProblem, retryAfter } = useSave()
    await save(async () => Promise.reject(new ProblemError({ type: 'about:blank', title: 'For mange', status: 429 }, 90)))
    expect(saveProblem.value?.status).toBe(429)
    expect(retryAfter.value).toBe(90)
    await save(async () => undefined)
    expect(retryAfter.value).toBeNull()
  })
})
