import { afterEach, describe, expect, it, vi } from 'vitest'
import { ProblemError } from '@/api/client'
import { fetchActivityTotals, fetchAllParticipations, fetchRegionCoverage, fetchThemeYears } from './themeApi'

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

function signUp(id: number) {
  return {
    id,
    theme: { id: 3, number: 5, title: 'Historier om Danmark', slug: 'historier-om-danmark' },
    library: { id, name: `Bibliotek ${id}`, region: { code: 1081, name: 'Region Nordjylland' } },
    state: 'CONFIRMED',
    channels: [],
    focusAreas: [],
    signedUpAt: '2016-12-01T10:00:00Z',
    version: 0,
  }
}

/** A fake API: GET .../participations?page=n answers page n of `total` sign-ups, 100 a page. */
function stubParticipations(total: number) {
  const urls: URL[] = []
  const fetch = vi.fn(async (request: Request) => {
    const url = new URL(request.url)
    urls.push(url)
    const page = Number(url.searchParams.get('page'))
    const size = Number(url.searchParams.get('size'))
    const ids = Array.from({ length: total }, (_, i) => i + 1).slice((page - 1) * size, page * size)
    return jsonResponse({ items: ids.map(signUp), page, size, totalItems: total, totalPages: Math.ceil(total / size) })
  })
  vi.stubGlobal('fetch', fetch)
  return urls
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('fetchAllParticipations', () => {
  it('asks for the largest pages and follows them to the last one', async () => {
    const urls = stubParticipations(230)
    const items = await fetchAllParticipations(3)

    expect(items).toHaveLength(230)
    expect(new Set(items.map((p) => p.id)).size).toBe(230)
    expect(urls.map((u) => u.pathname)).toEqual([
      '/api/themes/3/participations',
      '/api/themes/3/participations',
      '/api/themes/3/participations',
    ])
    expect(urls.map((u) => u.searchParams.get('page'))).toEqual(['1', '2', '3'])
    expect(urls.every((u) => u.searchParams.get('size') === '100')).toBe(true)
  })

  it('makes one call when everything fits on a page, and none more for an empty theme', async () => {
    const urls = stubParticipations(77)
    expect(await fetchAllParticipations(3)).toHaveLength(77)
    expect(urls).toHaveLength(1)

    const emptyUrls = stubParticipations(0)
    expect(await fetchAllParticipations(3)).toEqual([])
    expect(emptyUrls).toHaveLength(1)
  })

  it('turns an error into a ProblemError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ type: 'about:blank', title: 'Ikke fundet', status: 404 }, 404)),
    )
    await expect(fetchAllParticipations(999)).rejects.toBeInstanceOf(ProblemError)
  })
})

describe('fetchThemeYears', () => {
  it('gives each year with themes once, newest first', async () => {
    const fetch = vi.fn(async () =>
      jsonResponse({
        items: [{ year: 2018 }, { year: 2026 }, { year: 2018 }, { year: 2027 }],
        page: 1,
        size: 100,
        totalItems: 4,
        totalPages: 1,
      }),
    )
    vi.stubGlobal('fetch', fetch)
    expect(await fetchThemeYears()).toEqual([2027, 2026, 2018])
    const url = new URL((fetch.mock.calls[0] as unknown as [Request])[0].url)
    expect(url.searchParams.get('size')).toBe('100')
  })
})

describe('fetchRegionCoverage and fetchActivityTotals', () => {
  it("ask for the theme's statistics", async () => {
    const fetch = vi.fn(async () => jsonResponse({}))
    vi.stubGlobal('fetch', fetch)
    await fetchRegionCoverage(7)
    await fetchActivityTotals(7)
    const urls = fetch.mock.calls.map((call) => new URL((call as unknown as [Request])[0].url))
    expect(urls.map((u) => u.pathname + u.search)).toEqual(['/api/stats/themes/7/regions', '/api/stats/activities?themeId=7'])
  })
})
