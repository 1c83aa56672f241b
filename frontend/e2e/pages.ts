import type { APIRequestContext } from '@playwright/test'

// The pages anyone may open, one of each kind (a representative slug where the path has one).
export const PUBLIC_PAGES = [
  '/',
  '/biblioteker',
  '/temaer',
  '/temaer/historier-om-danmark',
  '/netvaerksmoeder',
  '/byg-partnerskaber',
  '/partnerskaber',
  '/vaerktoejskassen',
  '/guide',
  '/gode-eksempler',
  '/projekter',
  '/partnere',
  '/log-ind',
]

type Item = { id: number; slug?: string }

/** One detail page of each kind, with an id or slug read from the API (demo content). */
export async function detailPages(request: APIRequestContext): Promise<string[]> {
  const first = async (path: string): Promise<Item> => {
    const body = await (await request.get(path)).json()
    return (Array.isArray(body) ? body[0] : body.items[0]) as Item
  }
  const [library, meeting, item, example, project, partner, partnership, chapter] = await Promise.all([
    first('/api/libraries?size=1'),
    first('/api/network-meetings?size=1'),
    first('/api/toolbox?size=1'),
    first('/api/cases?size=1'),
    first('/api/projects'),
    first('/api/partners?size=1'),
    first('/api/partnerships?size=1'),
    request.get('/api/guide').then(async (r) => ((await r.json()).chapters as Item[])[0]!),
  ])
  return [
    `/biblioteker/${library.id}`,
    `/netvaerksmoeder/${meeting.id}`,
    `/vaerktoejskassen/${item.slug}`,
    `/gode-eksempler/${example.slug}`,
    `/projekter/${project.slug}`,
    `/partnere/${partner.id}`,
    `/partnerskaber/${partnership.id}`,
    `/guide/${chapter.slug}`,
    '/soeg?q=biblioteker',
  ]
}
