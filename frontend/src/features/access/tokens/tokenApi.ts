import { api, unwrap, unwrapNoContent, unwrapWithETag } from '@/api/client'
import type { TokenCreated, TokenInput, TokenListQuery, TokenPage } from '@/api/types'

export function fetchTokens(query: TokenListQuery, signal?: AbortSignal): Promise<TokenPage> {
  return unwrap(api.GET('/api/tokens', { params: { query }, signal }))
}

/** Issues a token. The answer holds the secret: it is shown once and never again. */
export async function issueToken(input: TokenInput): Promise<TokenCreated> {
  return unwrap(api.POST('/api/tokens', { body: input }))
}

/**
 * Revokes a token. DELETE needs the token's ETag, which the list does not carry, so the
 * token is read first (GET /api/tokens/{id}) and revoked with the ETag of that version.
 */
export async function revokeToken(id: number): Promise<void> {
  const { etag } = await unwrapWithETag(api.GET('/api/tokens/{id}', { params: { path: { id } } }))
  await unwrapNoContent(api.DELETE('/api/tokens/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '*' } } }))
}

/**
 * The chosen expiry day as an instant: the token works to the end of that day in the browser's
 * time zone. An empty field means "until revoked" (null).
 */
export function expiryInstant(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim())
  if (!match) return null
  const [, y, m, d] = match
  const endOfDay = new Date(Number(y), Number(m) - 1, Number(d), 23, 59, 59)
  return Number.isNaN(endOfDay.getTime()) ? null : endOfDay.toISOString()
}
