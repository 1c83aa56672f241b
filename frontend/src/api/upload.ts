import { csrfToken, expireSession, isSignedIn } from '@/shared/auth/session'
import type { components } from './schema'
import { CSRF_HEADER, ProblemError, networkProblem, problemFromResponse, retryAfterSeconds } from './client'

export type AttachmentView = components['schemas']['AttachmentView']

/** What the server accepts (it checks the content itself; this only guides the file picker). */
export const ACCEPTED_FILE_TYPES = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx'
/** The server's limit: larger files are refused with 413. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

export interface UploadOptions {
  /** Called as the bytes go out: 0..1. */
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
}

/**
 * Uploads a file to POST /api/attachments (multipart, part "file"). XMLHttpRequest rather than fetch,
 * because only it reports upload progress. Resolves with the attachment (new, or the existing one for the
 * same content); rejects with a ProblemError (413 too large, 415 wrong type, ...), or an AbortError.
 */
export function uploadAttachment(file: File, options: UploadOptions = {}): Promise<AttachmentView> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', '/api/attachments')
    request.setRequestHeader('Accept', 'application/json, application/problem+json')
    const token = csrfToken()
    if (token) request.setRequestHeader(CSRF_HEADER, token)
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total)
    }
    request.onload = () => {
      let body: unknown
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null
      } catch {
        body = null
      }
      if (request.status >= 200 && request.status < 300 && body) {
        options.onProgress?.(1)
        resolve(body as AttachmentView)
        return
      }
      const headers = { get: (name: string) => request.getResponseHeader(name) }
      if (request.status === 401 && isSignedIn()) expireSession()
      reject(new ProblemError(problemFromResponse(body, { status: request.status, headers } as Response),
        retryAfterSeconds(headers)))
    }
    request.onerror = () => reject(new ProblemError(networkProblem()))
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'))
    options.signal?.addEventListener('abort', () => request.abort(), { once: true })
    const form = new FormData()
    form.append('file', file, file.name)
    request.send(form)
  })
}
