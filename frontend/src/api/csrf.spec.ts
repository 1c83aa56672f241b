import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearSession, resetSession, session } from '@/shared/auth/session'
import { CSRF_HEADER, ProblemError, api, csrfMiddleware, retryAfterSeconds, sessionExpiryMiddleware, unwrap, unwrapNoContent } from './client'
import { signInForTest } from '@/shared/auth/testSession'

function signIn(): void {
  signInForTest(['COORDINATOR'], {}, 'token-123')
}

/** Records every request the client sends and answers with `status`. */
function recordRequests(status = 200, body: unknown = {}) {
  const requests: Request[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      requests.push(request)
      if (status === 204) return new Response(null, { status })
      return new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
      })
    }),
  )
  return requests
}

beforeEach(() => resetSession())
afterEach(() => vi.unstubAllGlobals())

describe('CSRF middleware', () => {
  it('adds X-CSRF-Token to POST, PUT and DELETE, never to GET', async () => {
    signIn()
    const requests = recordRequests(204)
    await unwrapNoContent(api.POST('/api/auth/logout'))
    await unwrapNoContent(
      api.DELETE('/api/libraries/{id}', { params: { path: { id: 1 }, header: { 'If-Match': '"v1"' } } }),
    )
    const put = recordRequests(200, { id: 1 })
    await unwrap(
      api.PUT('/api/libraries/{id}', {
        params: { path: { id: 1 }, header: { 'If-Match': '"v1"' } },
        body: { name: 'X Bibliotek', municipalityCode: 851, libraryNumber: '785101' },
      }),
    )
    const get = recordRequests(200, { items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 })
    await unwrap(api.GET('/api/libraries', { params: { query: {} } }))

    expect(requests.map((r) => [r.method, r.headers.get(CSRF_HEADER)])).toEqual([
      ['POST', 'token-123'],
      ['DELETE', 'token-123'],
    ])
    expect(put[0]?.headers.get(CSRF_HEADER)).toBe('token-123')
    expect(put[0]?.headers.get('If-Match')).toBe('"v1"')
    expect(get[0]?.method).toBe('GET')
    expect(get[0]?.headers.has(CSRF_HEADER)).toBe(false)
  })

  it('sends no header while nobody is signed in', async () => {
    const requests = recordRequests(200, {})
    await api.POST('/api/auth/login', { body: { email: 'a@b.dk', password: 'x' } })
    expect(requests[0]?.headers.has(CSRF_HEADER)).toBe(false)
  })

  it('works for any method and token source (unit)', async () => {
    const middleware = csrfMiddleware(() => 'abc')
    const call = async (method: string) => {
      const request = new Request('http://localhost/api/x', { method })
      const result = await middleware.onRequest!({ request } as never)
      return (result as Request).headers.get(CSRF_HEADER)
    }
    expect(await call('POST')).toBe('abc')
    expect(await call('put')).toBe('abc')
    expect(await call('PATCH')).toBe('abc')
    expect(await call('DELETE')).toBe('abc')
    expect(await call('GET')).toBeNull()
    expect(await call('HEAD')).toBeNull()
    expect(await call('OPTIONS')).toBeNull()
  })
})

describe('session expiry middleware', () => {
  const problem401 = { type: '/problems/unauthorized', title: 'Ikke logget ind', status: 401 }

  it('ends the session when a call answers 401 while signed in', async () => {
    signIn()
    recordRequests(401, problem401)
    await expect(unwrap(api.GET('/api/users', { params: { query: {} } }))).rejects.toBeInstanceOf(ProblemError)
    expect(session.user).toBeNull()
    expect(session.notice).toBe('expired')
  })

  it('leaves a wrong login alone (401 from /api/auth/login)', async () => {
    signIn()
    recordRequests(401, problem401)
    await expect(unwrap(api.POST('/api/auth/login', { body: { email: 'a@b.dk', password: 'x' } }))).rejects.toThrow()
    expect(session.user).not.toBeNull()
  })

  it('does nothing when nobody is signed in, or for other statuses', async () => {
    const expire = vi.fn()
    const middleware = sessionExpiryMiddleware(() => false, expire)
    const request = new Request('http://localhost/api/users')
    await middleware.onResponse!({ request, response: new Response(null, { status: 401 }) } as never)
    const signedIn = sessionExpiryMiddleware(() => true, expire)
    await signedIn.onResponse!({ request, response: new Response(null, { status: 403 }) } as never)
    expect(expire).not.toHaveBeenCalled()
    await signedIn.onResponse!({ request, response: new Response(null, { status: 401 }) } as never)
    expect(expire).toHaveBeenCalledOnce()
    clearSession()
  })
})

describe('problem details', () => {
  it('keeps the references of a refused delete and the Retry-After of a 429', async () => {
    recordRequests(409, {
      type: '/problems/still-referenced',
      title: 'Er stadig i brug',
      status: 409,
      references: [{ entity: 'app_user', count: 1 }, { bogus: true }],
    })
    const error = await unwrapNoContent(
      api.DELETE('/api/libraries/{id}', { params: { path: { id: 1 }, header: { 'If-Match': '"v0"' } } }),
    ).catch((e: unknown) => e)
    expect((error as ProblemError).problem.references).toEqual([{ entity: 'app_user', count: 1 }])

    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ type: '/problems/too-many-requests', title: 'For mange', status: 429 }), {
            status: 429,
            headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '600' },
          }),
      ),
    )
    const tooMany = await unwrap(api.POST('/api/auth/login', { body: { email: 'a@b.dk', password: 'x' } })).catch(
      (e: unknown) => e,
    )
    expect((tooMany as ProblemError).status).toBe(429)
    expect((tooMany as ProblemError).retryAfterSeconds).toBe(600)
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T10:00:00Z')
    expect(retryAfterSeconds(new Headers({ 'Retry-After': '42' }), now)).toBe(42)
    expect(retryAfterSeconds(new Headers({ 'Retry-After': 'Thu, 01 Jan 2026 10:01:30 GMT' }), now)).toBe(90)
    expect(retryAfterSeconds(new Headers(), now)).toBeNull()
    expect(retryAfterSeconds(new Headers({ 'Retry-After': 'soon' }), now)).toBeNull()
  })
})
