import { describe, expect, it } from 'vitest'
import type { PartnershipView } from './partnershipApi'
import {
  checkPartnershipValues,
  emptyPartnershipValues,
  mapPartnershipErrors,
  newPartnerRow,
  partnershipErrorKey,
  partnershipFieldId,
  partnershipFilesErrors,
  partnershipValues,
  toPartnershipFilesInput,
  toPartnershipInput,
} from './partnershipForm'
import { attachmentRows, newAttachmentRow, uploadedFile } from '@/shared/components/form/contentForm'

const view: PartnershipView = {
  id: 2,
  title: 'Fortællinger fra byens museum',
  purpose: 'Fortællinger med museet.',
  status: 'PLANNING',
  phase: { code: 'EXPECTATIONS', position: 5, nameDa: 'Forventningsafstemning', nameEn: 'Aligning expectations', status: 'PLANNING' },
  libraries: [{ id: 97, name: 'Aalborg Bibliotekerne' }],
  partners: [{ partner: { id: 11, name: 'Byens Museum', type: 'MUSEUM', national: false }, role: 'Vært' }],
  themes: [{ id: 3, number: 14, title: 'Klima', slug: 'klima' }],
  startsOn: '2026-01-01',
  lead: { id: 40, name: 'Lise Leder' },
  goals: '- Flere brugere  \n',
  goalsHtml: '<ul><li>Flere brugere</li></ul>',
  outcomes: '',
  outcomesHtml: '',
  evaluation: '',
  evaluationHtml: '',
  agreement: { attachmentId: 7, fileName: 'aftale.pdf', href: '/api/attachments/7', contentType: 'application/pdf', sizeBytes: 2048 },
  files: [],
  transitions: [],
  allowedTransitions: ['IDEA', 'AGREED', 'CANCELLED'],
  checklistDone: 0,
  checklistTotal: 10,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
}

const message = (p: string) => `local:${p}`

describe('partnership form values', () => {
  it('come from a partnership and go back as the same input (a PUT without edits changes nothing)', () => {
    const values = partnershipValues(view)
    expect(values.libraryIds).toEqual(['97'])
    expect(values.agreement?.id).toBe(7)
    expect(values.agreement?.sizeBytes).toBe(2048)
    expect(checkPartnershipValues(values, message)).toEqual([])
    expect(toPartnershipInput(values)).toEqual({
      title: 'Fortællinger fra byens museum',
      purpose: 'Fortællinger med museet.',
      libraryIds: [97],
      partners: [{ partnerId: 11, role: 'Vært' }],
      themeIds: [3],
      phase: 'EXPECTATIONS',
      startsOn: '2026-01-01',
      endsOn: null,
      leadContactId: 40,
      goals: '- Flere brugere  \n',
      outcomes: null,
      evaluation: null,
      agreementAttachmentId: 7,
    })
  })

  it("always keeps an editor's own library among the libraries", () => {
    const values = { ...emptyPartnershipValues(97), libraryIds: ['30'] }
    values.partners = []
    expect(toPartnershipInput(values, 97).libraryIds).toEqual([97, 30])
    expect(emptyPartnershipValues(97).libraryIds).toEqual(['97'])
  })

  it('sends no agreement, no lead and no dates when none are given', () => {
    const values = { ...emptyPartnershipValues(), title: ' T ', purpose: ' P ', libraryIds: ['1', '1'] }
    values.partners = []
    const input = toPartnershipInput(values)
    expect(input).toMatchObject({ title: 'T', purpose: 'P', libraryIds: [1], partners: [], phase: 'NEED' })
    expect(input.agreementAttachmentId).toBeNull()
    expect(input.leadContactId).toBeNull()
    expect(input.startsOn).toBeNull()
  })

  it('asks for a library and a partner in every row before sending', () => {
    const values = emptyPartnershipValues()
    values.partners = [newPartnerRow(), { ...newPartnerRow(), partnerId: '3' }]
    expect(checkPartnershipValues(values, message)).toEqual([
      { field: 'libraryIds', message: 'local:chooseLibrary' },
      { field: 'partners[0].partnerId', message: 'local:choose' },
    ])
    expect(checkPartnershipValues({ ...values, partners: [] }, message, 97)).toEqual([])
  })
})

describe("the workbench's agreement and files", () => {
  const minutes = { attachmentId: 8, title: 'Referat', fileName: 'referat.pdf', href: '/api/attachments/8?name=referat.pdf', contentType: 'application/pdf', sizeBytes: 10 }
  const withFiles = { ...view, files: [minutes] }
  const t = (key: string) => key

  it('send the partnership as it is, with the agreement and the files chosen, in order', () => {
    const rows = [...attachmentRows(withFiles.files), { ...newAttachmentRow(), title: ' Plan ', file: uploadedFile({ ...minutes, attachmentId: 9 }) }]
    const input = toPartnershipFilesInput(withFiles, null, rows)
    expect(input).toEqual({ ...toPartnershipInput(partnershipValues(view)), agreementAttachmentId: null, files: [
      { attachmentId: 8, title: 'Referat' },
      { attachmentId: 9, title: 'Plan' },
    ] })
    expect(partnershipFilesErrors(withFiles, null, rows, t)).toEqual([])
  })

  it('flag a row without a file, and its empty title beside it', () => {
    const rows = [...attachmentRows(withFiles.files), newAttachmentRow()]
    expect(partnershipFilesErrors(withFiles, uploadedFile(view.agreement!), rows, t)).toEqual([
      { field: 'files[1].attachmentId', message: 'partnershipFiles.local.file' },
      { field: 'files[1].title', message: 'validation.required' },
    ])
    // A row without a file above one without a title: each error names its own row.
    const untitled = [newAttachmentRow(), { ...attachmentRows(withFiles.files)[0]!, title: ' ' }]
    expect(partnershipFilesErrors(withFiles, null, untitled, t)).toEqual([
      { field: 'files[0].attachmentId', message: 'partnershipFiles.local.file' },
      { field: 'files[0].title', message: 'validation.required' },
      { field: 'files[1].title', message: 'validation.required' },
    ])
  })

  it('leave the files out of the edit form, so saving it keeps them', () => {
    expect(toPartnershipInput(partnershipValues(withFiles))).not.toHaveProperty('files')
  })
})

describe('partnership field errors', () => {
  it('put a row error at its input, in both ways the API writes it', () => {
    expect(partnershipErrorKey('partners[1].partnerId')).toBe('partners.1.partnerId')
    expect(partnershipErrorKey('partners.role[0]')).toBe('partners.0.role')
    expect(partnershipErrorKey('partners')).toBe('partners')
    expect(partnershipErrorKey('libraryIds[0]')).toBe('libraryIds')
    expect(partnershipErrorKey('whatever')).toBeNull()
    expect(partnershipFieldId('partners.1.partnerId')).toBe('partnership-partners-1-partnerId')
  })

  it('keep the form order and leave unknown fields to the summary', () => {
    const mapped = mapPartnershipErrors({
      type: '/problems/validation',
      title: 'Ugyldige oplysninger',
      status: 400,
      errors: [
        { field: 'partners[1].partnerId', message: 'findes ikke' },
        { field: 'title', message: 'må ikke være blank' },
        { field: 'mystery', message: 'nej' },
      ],
    })
    expect(Object.keys(mapped.fields)).toEqual(['title', 'partners.1.partnerId'])
    expect(mapped.fields['partners.1.partnerId']).toBe('Findes ikke.')
    expect(mapped.other).toEqual([{ field: 'mystery', message: 'nej' }])
  })
})
