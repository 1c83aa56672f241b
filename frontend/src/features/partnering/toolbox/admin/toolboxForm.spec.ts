import { describe, expect, it } from 'vitest'
import type { AttachmentView } from '@/api/upload'
import { mapContentErrors, newAttachmentRow, parseTags } from '@/shared/components/form/contentForm'
import type { ToolboxItemView } from './toolboxAdminApi'
import {
  TOOLBOX_FIELDS,
  TOOLBOX_ROW_FIELDS,
  checkToolboxValues,
  emptyToolboxValues,
  newLinkRow,
  toToolboxInput,
  toolboxValues,
  type ToolboxFormValues,
} from './toolboxForm'

const pdf: AttachmentView = {
  id: 41,
  fileName: 'aftale.pdf',
  contentType: 'application/pdf',
  sizeBytes: 1234,
  sha256: 'abc',
  href: '/api/attachments/41',
  createdAt: '2026-11-23T10:00:00Z',
}

const item: ToolboxItemView = {
  id: 7,
  slug: 'skabelon-til-aftale',
  title: 'Skabelon til aftale',
  summary: 'En skabelon',
  body: '## Sådan\n\nTekst.',
  bodyHtml: '<h2>Sådan</h2>',
  kind: 'TEMPLATE',
  heading: 'PROFESSIONALISE',
  guideChapter: { id: 3, number: 3, title: 'Aftalen', slug: 'aftalen' },
  phases: ['AGREEMENT', 'NEED'],
  tags: ['aftale', 'skabelon'],
  attachments: [{ attachmentId: 41, title: 'Aftalen', fileName: 'aftale.pdf', contentType: 'application/pdf', sizeBytes: 1234, href: '/api/attachments/41' }],
  links: [{ title: 'DB', url: 'https://www.db.dk' }],
  source: 'Ud af boksen!',
  year: 2012,
  createdAt: '2026-11-23T10:00:00Z',
  updatedAt: '2026-11-23T10:00:00Z',
  version: 2,
}

const message = (problem: string) => `local:${problem}`

function validValues(): ToolboxFormValues {
  return { ...emptyToolboxValues(), kind: 'TOOL', title: 'Et værktøj', summary: 'Kort', heading: 'BE_STRATEGIC' }
}

describe('tags', () => {
  it('are split at commas, trimmed, lower-cased and without repeats or empties', () => {
    expect(parseTags(' Aftale, skabelon ,, AFTALE,  to   ord ')).toEqual(['aftale', 'skabelon', 'to ord'])
    expect(parseTags('')).toEqual([])
    expect(parseTags(' , ')).toEqual([])
  })
})

describe('toolbox form values', () => {
  it('come from an item and go back as the same input', () => {
    const values = toolboxValues(item)
    expect(values.tags).toBe('aftale, skabelon')
    expect(values.guideChapterId).toBe('3')
    expect(toToolboxInput(values)).toEqual({
      kind: 'TEMPLATE',
      title: 'Skabelon til aftale',
      slug: 'skabelon-til-aftale',
      summary: 'En skabelon',
      body: '## Sådan\n\nTekst.',
      heading: 'PROFESSIONALISE',
      guideChapterId: 3,
      // in the guide's order
      phases: ['NEED', 'AGREEMENT'],
      tags: ['aftale', 'skabelon'],
      attachments: [{ attachmentId: 41, title: 'Aftalen' }],
      links: [{ title: 'DB', url: 'https://www.db.dk' }],
      source: 'Ud af boksen!',
      year: 2012,
    })
  })

  it('send empty optional fields as null and rows as typed', () => {
    const values = validValues()
    values.attachments.push({ ...newAttachmentRow(), title: ' Fil ', file: pdf })
    values.links.push({ ...newLinkRow(), title: ' Link ', url: ' https://example.dk ' })
    const input = toToolboxInput(values)
    expect(input.slug).toBeNull()
    expect(input.body).toBeNull()
    expect(input.guideChapterId).toBeNull()
    expect(input.year).toBeNull()
    expect(input.source).toBeNull()
    expect(input.attachments).toEqual([{ attachmentId: 41, title: 'Fil' }])
    expect(input.links).toEqual([{ title: 'Link', url: 'https://example.dk' }])
  })

  it('are checked for choices, the year and a file in every file row', () => {
    const values = { ...emptyToolboxValues(), year: '20x2', attachments: [newAttachmentRow()] }
    expect(checkToolboxValues(values, message)).toEqual([
      { field: 'kind', message: 'local:choose' },
      { field: 'heading', message: 'local:choose' },
      { field: 'year', message: 'local:wholeNumber' },
      { field: 'attachments[0].attachmentId', message: 'local:file' },
    ])
    expect(checkToolboxValues(validValues(), message)).toEqual([])
  })
})

describe('toolbox field errors', () => {
  it('reach a row input in either path style, the list, or the summary only', () => {
    const mapped = mapContentErrors(
      {
        type: '/problems/validation',
        title: 'Ugyldige oplysninger',
        status: 400,
        errors: [
          { field: 'links.url[1]', message: 'skal være en webadresse' },
          { field: 'attachments[0].attachmentId', message: 'findes ikke' },
          { field: 'title', message: 'skal udfyldes' },
          { field: 'links', message: 'for mange' },
          { field: 'mystery', message: 'hvad?' },
        ],
      },
      TOOLBOX_FIELDS,
      TOOLBOX_ROW_FIELDS,
    )
    expect(Object.keys(mapped.fields)).toEqual(['title', 'attachments.0.attachmentId', 'links', 'links.1.url'])
    expect(mapped.fields['links.1.url']).toBe('Skal være en webadresse.')
    expect(mapped.other).toEqual([{ field: 'mystery', message: 'hvad?' }])
  })
})
