/** Helpers that turn a library's contact data into safe links. */

export interface ExternalLink {
  href: string
  label: string
}

/**
 * A website as an http(s) link. A bare host ("www.example.dk") gets https://.
 * Anything else (javascript:, mailto:, garbage) gives null, so it is shown as text only.
 */
export function externalUrl(raw: string): ExternalLink | null {
  const value = raw.trim()
  if (!value) return null
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (!url.hostname.includes('.')) return null
  return { href: url.href, label: value }
}

/** A phone number as a tel: link ("+45 99 31 44 00" -> "tel:+4599314400"); null when it has too few digits. */
export function telHref(raw: string): string | null {
  const compact = raw.trim().replace(/[\s().-]/g, '')
  if (!/^\+?\d{3,15}$/.test(compact)) return null
  return `tel:${compact}`
}
