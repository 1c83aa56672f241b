import createClient, { type Middleware } from 'openapi-fetch'
import { csrfToken, expireSession, isSignedIn } from '@/shared/auth/session'
import { currentLocale, translate } from '@/i18n'
import type { components, paths } from './schema'

export type Problem = components['schemas']['Problem']
export type FieldError = components['schemas']['FieldError']

/**
 * The one API client. baseUrl '' keeps every call on the same origin (/api/...):
 * the backend serves both the SPA and the API, and the Vite dev server proxies /api.
 * fetch is looked up on each call so tests can replace globalThis.fetch.
 */
export const api = createClient<paths>({
  baseUrl: '',
  headers: { Accept: 'application/json, application/problem+json' },
  fetch: (request: Request) => globalThis.fetch(request),
})

// The API writes problem titles in the client's language: ask for the UI's language.
api.use({
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLocale())
    return request
  },
})

/** Methods that change something: the server wants the session's CSRF token with them. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export const CSRF_HEADER = 'X-CSRF-Token'

/**
 * Adds X-CSRF-Token to every POST, PUT, PATCH and DELETE while someone is signed in.
 * Reads (GET, HEAD) never carry it, so the token does not end up in caches or logs.
 */
export function csrfMiddleware(token: () => string | null): Middleware {
  return {
    onRequest({ request }) {
      const value = token()
      if (value && UNSAFE_METHODS.has(request.method.toUpperCase())) {
        request.headers.set(CSRF_HEADER, value)
      }
      return request
    },
  }
}

/** Auth calls whose 401 means "wrong credentials" or "already gone", not an expired session. */
const SESSION_NEUTRAL_PATHS = ['/api/auth/login', '/api/auth/logout', '/api/auth/session']

/**
 * A 401 while the app believes someone is signed in means the session has ended on the server
 * (idle timeout, signed out elsewhere, password changed): tell the session store.
 */
export function sessionExpiryMiddleware(signedIn: () => boolean, expire: () => void): Middleware {
  return {
    onResponse({ request, response }) {
      if (response.status !== 401 || !signedIn()) return undefined
      const path = new URL(request.url, 'http://localhost').pathname
      if (!SESSION_NEUTRAL_PATHS.includes(path)) expire()
      return undefined
    },
  }
}

api.use(csrfMiddleware(csrfToken))
api.use(sessionExpiryMiddleware(isSignedIn, expireSession))

/** Problem type used when the server could not be reached at all. */
export const NETWORK_PROBLEM_TYPE = 'urn:samspil:problem:network'
/** Problem type used when the server answered with something that is not readable. */
export const UNEXPECTED_PROBLEM_TYPE = 'urn:samspil:problem:unexpected'

/** An API call failed; `problem` holds the RFC 9457 problem details. */
export class ProblemError extends Error {
  readonly problem: Problem
  /** Seconds to wait before trying again (Retry-After of a 429), when the server said so. */
  readonly retryAfterSeconds: number | null

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title)
    this.name = 'ProblemError'
    this.problem = problem
    this.retryAfterSeconds = retryAfterSeconds
  }

  get status(): number {
    return this.problem.status
  }
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

function fieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined
  const errors = value
    .filter(isRecord)
    .filter((e) => typeof e.field === 'string' && typeof e.message === 'string')
    .map((e) => ({ field: e.field as string, message: e.message as string }))
  return errors.length > 0 ? errors : undefined
}

function references(value: unknown): Problem['references'] {
  if (!Array.isArray(value)) return undefined
  const refs = value
    .filter(isRecord)
    .filter((r) => typeof r.entity === 'string' && typeof r.count === 'number')
    .map((r) => ({ entity: r.entity as string, count: r.count as number }))
  return refs.length > 0 ? refs : undefined
}

/** Retry-After in seconds (the API sends a number; an HTTP date is accepted too). */
export function retryAfterSeconds(headers: Pick<Headers, 'get'>, now: number = Date.now()): number | null {
  const raw = headers.get('Retry-After')?.trim()
  if (!raw) return null
  if (/^\d+$/.test(raw)) return Number.parseInt(raw, 10)
  const at = Date.parse(raw)
  if (Number.isNaN(at)) return null
  return Math.max(0, Math.ceil((at - now) / 1000))
}

/**
 * Turns the body of a non-ok response into a Problem. A problem+json body is kept
 * (missing parts are filled from the response); anything else becomes a generic,
 * translated problem carrying the HTTP status.
 */
export function problemFromResponse(body: unknown, response: Pick<Response, 'status' | 'headers'>): Problem {
  const status = response.status
  if (isRecord(body) && typeof body.title === 'string' && body.title.length > 0) {
    const problem: Problem = {
      type: optionalString(body.type) ?? 'about:blank',
      title: body.title,
      status: typeof body.status === 'number' ? body.status : status,
    }
    const detail = optionalString(body.detail)
    if (detail) problem.detail = detail
    const instance = optionalString(body.instance)
    if (instance) problem.instance = instance
    const correlationId = optionalString(body.correlationId) ?? optionalString(response.headers.get('X-Correlation-Id'))
    if (correlationId) problem.correlationId = correlationId
    const errors = fieldErrors(body.errors)
    if (errors) problem.errors = errors
    const refs = references(body.references)
    if (refs) problem.references = refs
    return problem
  }
  return {
    type: 'about:blank',
    title: translate('errors.http.title', { status }),
    status,
    detail: translate('errors.http.detail'),
  }
}

/** The server could not be reached (fetch rejected). */
export function networkProblem(): Problem {
  return {
    type: NETWORK_PROBLEM_TYPE,
    title: translate('errors.network.title'),
    status: 0,
    detail: translate('errors.network.detail'),
  }
}

/** The server answered, but not with something we could read (e.g. HTML instead of JSON). */
export function unexpectedProblem(): Problem {
  return {
    type: UNEXPECTED_PROBLEM_TYPE,
    title: translate('errors.unexpected.title'),
    status: 0,
    detail: translate('errors.unexpected.detail'),
  }
}

/** The problem a failed call is shown as: the API's own, or "unexpected" for anything else. */
export function problemOf(error: unknown): Problem {
  return isProblemError(error) ? error.problem : unexpectedProblem()
}

export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'AbortError') ||
    (isRecord(error) && (error as { name?: unknown }).name === 'AbortError')
  )
}

interface ApiResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws a ProblemError:
 * - non-ok response -> the server's problem (or a generic one for that status),
 * - network failure -> a translated "no connection" problem,
 * - unreadable success body -> a translated "unexpected" problem.
 * An aborted request rethrows the AbortError so callers can ignore it.
 */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  return (await unwrapWithETag(call)).data
}

/** A resource and the ETag it came with (send it back as If-Match when changing it). */
export interface Versioned<T> {
  data: T
  etag: string | null
}

/**
 * The ETag of a record's version: the API's ETag is "v" + the version (docs/api.md). For an
 * answer that carries the record but no ETag header (e.g. after an action on it).
 */
export function versionETag(version: number): string {
  return `"v${version}"`
}

async function settle<T>(call: Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  let result: ApiResult<T>
  try {
    result = await call
  } catch (error) {
    if (isAbortError(error)) throw error
    throw new ProblemError(error instanceof TypeError ? networkProblem() : unexpectedProblem())
  }
  const { error, response } = result
  if (!response.ok) {
    throw new ProblemError(problemFromResponse(error, response), retryAfterSeconds(response.headers))
  }
  return result
}

/** Like unwrap, and also returns the response's ETag. */
export async function unwrapWithETag<T>(call: Promise<ApiResult<T>>): Promise<Versioned<T>> {
  const { data, response } = await settle(call)
  if (data === undefined) {
    throw new ProblemError(unexpectedProblem())
  }
  return { data, etag: response.headers.get('ETag') }
}

/** For calls that answer either a body or 204 No Content: the body, or undefined for 204. */
export async function unwrapOptional<T>(call: Promise<ApiResult<T>>): Promise<T | undefined> {
  const { data, response } = await settle(call)
  if (response.status === 204) return undefined
  if (data === undefined) throw new ProblemError(unexpectedProblem())
  return data
}

/** For calls that answer 204 No Content: resolves when ok, throws a ProblemError otherwise. */
export async function unwrapNoContent(call: Promise<ApiResult<unknown>>): Promise<void> {
  await settle(call)
}
