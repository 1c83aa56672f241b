// The pages anyone may open, one of each kind, for the checks that walk them all: the browser tests
// (e2e/pages.ts) and Lighthouse (scripts/lighthouse.mjs). Where a path names a record, a
// representative one is read from the running app's API (the demo content).

/** The public pages whose path names no record. */
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
  '/glemt-adgangskode',
]

/**
 * One detail page of each kind, and a search, with an id or slug from the API.
 * @param {(path: string) => Promise<unknown>} getJson reads a path of the API as JSON (fails on an error status)
 * @returns {Promise<string[]>}
 */
export async function detailPages(getJson) {
  const first = async (path) => {
    const body = await getJson(path)
    return Array.isArray(body) ? body[0] : body.items[0]
  }
  const [theme, library, meeting, item, example, project, partner, partnership, chapter] = await Promise.all([
    getJson('/api/themes/current'),
    first('/api/libraries?size=1'),
    first('/api/network-meetings?size=1'),
    first('/api/toolbox?size=1'),
    first('/api/cases?size=1'),
    first('/api/projects'),
    first('/api/partners?size=1'),
    first('/api/partnerships?size=1'),
    getJson('/api/guide').then((guide) => guide.chapters[0]),
  ])
  return [
    `/temaer/${theme.slug}`,
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
