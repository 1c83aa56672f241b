import { request as httpRequest } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'

// How the app's files are cached and compressed, read with a plain HTTP client (browsers hide both).

interface Raw {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

function get(path: string, acceptEncoding?: string): Promise<Raw> {
  const url = new URL(path, test.info().project.use.baseURL)
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

test('pages are revalidated on every visit, so a deploy shows at once', async () => {
  for (const path of ['/', '/index.html', '/temaer', '/favicon.svg']) {
    const page = await get(path)
    expect(page.status, path).toBe(200)
    expect(page.headers['cache-control'], path).toBe('no-cache')
  }
})

test('hashed assets are cached for a year and sent pre-compressed as the client accepts', async () => {
  const index = (await get('/')).body.toString('utf-8')
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1]
  expect(script).toBeTruthy()

  const plain = await get(script!)
  expect(plain.status).toBe(200)
  expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.headers['vary']).toMatch(/accept-encoding/i)

  const br = await get(script!, 'gzip, deflate, br')
  expect(br.headers['content-encoding']).toBe('br')
  expect(br.headers['content-type']).toMatch(/^text\/javascript/)
  expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(br.body.length).toBeLessThan(plain.body.length / 2)
  expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true)

  const madeUp = await get('/assets/no-such-file-123.js', 'br')
  expect(madeUp.status).toBe(404)
  expect(madeUp.headers['content-encoding']).toBeUndefined()

  const gzip = await get(script!, 'gzip')
  expect(gzip.headers['content-encoding']).toBe('gzip')
  expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true)
})

test('the API keeps its own caching', async () => {
  const api = await get('/api/regions')
  expect(api.status).toBe(200)
  expect(api.headers['cache-control']).toMatch(/max-age=\d+/)
  expect(api.headers['cache-control']).not.toMatch(/immutable/)
})
