import createClient from 'openapi-fetch'
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

/** Problem type used when the server could not be reached at all. */
export const NETWORK_PROBLEM_TYPE = 'urn:samspil:problem:network'
/** Problem type used when the server answered with something that is not readable. */
export const UNEXPECTED_PROBLEM_TYPE = 'urn:samspil:problem:unexpected'

/** An API call failed; `problem` holds the RFC 9457 problem details. */
export class ProblemError extends Error {
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title)
    this.name = 'ProblemError'
    this.problem = problem
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
  let result: ApiResult<T>
  try {
    result = await call
  } catch (error) {
    if (isAbortError(error)) throw error
    throw new ProblemError(error instanceof TypeError ? networkProblem() : unexpectedProblem())
  }
  const { data, error, response } = result
  if (!response.ok) {
    throw new ProblemError(problemFromResponse(error, response))
  }
  if (data === undefined) {
    throw new ProblemError(unexpectedProblem())
  }
  return data
}
