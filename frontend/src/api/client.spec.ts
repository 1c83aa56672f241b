import { afterEach, describe, expect, it, vi } from 'vitest'
import { setLocale } from '@/i18n'
import {
  NETWORK_PROBLEM_TYPE,
  ProblemError,
  UNEXPECTED_PROBLEM_TYPE,
  api,
  isProblemError,
  problemFromResponse,
  unwrap,
} from './client'

function jsonResponse(body: unknown, status: number, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the promise to reject')
}

afterEach(() => {
  vi.unstubAllGlobals()
  setLocale('da')
})

describe('problemFromResponse', () => {
  it('keeps a problem+json body, including field errors and correlation id', () => {
    const body = {
      type: 'https://samspil.dk/problems/validation',
      title: 'Ugyldig forespørgsel',
      status: 400,
      detail: 'size skal være mellem 1 og 100',
      correlationId: 'abc-123',
      errors: [{ field: 'size', message: 'skal være højst 100' }, { nonsense: true }],
    }
    expect(problemFromResponse(body, new Response(null, { status: 400 }))).toEqual({
      type: 'https://samspil.dk/problems/validation',
      title: 'Ugyldig forespørgsel',
      status: 400,
      detail: 'size skal være mellem 1 og 100',
      correlationId: 'abc-123',
      errors: [{ field: 'size', message: 'skal være højst 100' }],
    })
  })

  it('fills type and status from the response when the body lacks them', () => {
    const problem = problemFromResponse({ title: 'Ikke fundet' }, new Response(null, { status: 404 }))
    expect(problem).toEqual({ type: 'about:blank', title: 'Ikke fundet', status: 404 })
  })

  it('makes a translated problem from a body that is not a problem', () => {
    const problem = problemFromResponse('<html>Bad gateway</html>', new Response(null, { status: 502 }))
    expect(problem.status).toBe(502)
    expect(problem.title).toBe('Serveren svarede med fejl 502')
    expect(problem.detail).toBeTruthy()
  })
})

describe('unwrap', () => {
  it('returns the data of an ok response', async () => {
    const data = { code: 1081, name: 'Region Nordjylland' }
    await expect(unwrap(Promise.resolve({ data, response: new Response(null, { status: 200 }) }))).resolves.toBe(data)
  })

  it('throws a ProblemError carrying the server problem', async () => {
    const error = await caught(
      unwrap(
        Promise.resolve({
          error: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'Library 999 does not exist' },
          response: new Response(null, { status: 404 }),
        }),
      ),
    )
    expect(isProblemError(error)).toBe(true)
    const problem = (error as ProblemError).problem
    expect(problem.status).toBe(404)
    expect(problem.detail).toBe('Library 999 does not exist')
    expect((error as ProblemError).status).toBe(404)
  })

  it('turns a network failure into a translated problem', async () => {
    const error = await caught(unwrap(Promise.reject(new TypeError('Failed to fetch'))))
    expect(error).toBeInstanceOf(ProblemError)
    expect((error as ProblemError).problem).toMatchObject({
      type: NETWORK_PROBLEM_TYPE,
      status: 0,
      title: 'Der er ingen forbindelse til Samspil',
    })
  })

  it('translates the network problem into English when English is chosen', async () => {
    setLocale('en')
    const error = await caught(unwrap(Promise.reject(new TypeError('Failed to fetch'))))
    expect((error as ProblemError).problem.title).toBe('There is no connection to Samspil')
  })

  it('turns an unreadable body into an "unexpected" problem', async () => {
    const error = await caught(unwrap(Promise.reject(new SyntaxError('Unexpected token <'))))
    expect((error as ProblemError).problem.type).toBe(UNEXPECTED_PROBLEM_TYPE)
  })

  it('lets an abort through unchanged', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError')
    await expect(unwrap(Promise.reject(abort))).rejects.toBe(abort)
  })
})

describe('api client', () => {
  it('calls the same origin and turns problem+json into a ProblemError', async () => {
    const fetchMock = vi.fn(async (request: Request) => {
      expect(new URL(request.url).pathname).toBe('/api/libraries/999')
      expect(request.headers.get('Accept-Language')).toBe('da')
      return jsonResponse(
        { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No library with id 999' },
        404,
        'application/problem+json',
      )
    })
    vi.stubGlobal('fetch', fetchMock)
    const error = await caught(unwrap(api.GET('/api/libraries/{id}', { params: { path: { id: 999 } } })))
    expect(fetchMock).toHaveBeenCalledOnce()
    expect((error as ProblemError).problem).toMatchObject({ status: 404, detail: 'No library with id 999' })
  })

  it('serialises list parameters into the query string', async () => {
    const fetchMock = vi.fn(async (request: Request) => {
      const url = new URL(request.url)
      expect(url.pathname).toBe('/api/libraries')
      expect(Object.fromEntries(url.searchParams)).toEqual({ page: '2', size: '20', sort: '-name', region: '1081' })
      return jsonResponse({ items: [], page: 2, size: 20, totalItems: 0, totalPages: 0 }, 200)
    })
    vi.stubGlobal('fetch', fetchMock)
    const page = await unwrap(
      api.GET('/api/libraries', { params: { query: { page: 2, size: 20, sort: '-name', region: 1081 } } }),
    )
    expect(page.totalItems).toBe(0)
  })
})
