import { describe, expect, it } from 'vitest'
import type { ProjectView } from './projectAdminApi'
import { checkProjectValues, emptyProjectValues, newDocumentRow, newProjectPartnerRow, projectValues, toProjectInput } from './projectForm'

const view: ProjectView = {
  id: 1,
  slug: 'ud-af-boksen',
  name: 'Ud af boksen!',
  summary: 'Et projekt',
  description: 'Tekst',
  descriptionHtml: '<p>Tekst</p>',
  funder: 'Kulturstyrelsen',
  partners: [{ partner: { id: 4, name: 'DB', type: 'ASSOCIATION', national: true }, role: 'Sparring' }],
  contacts: [{ id: 12, name: 'Anna' }],
  documents: [
    { kind: 'REPORT', title: 'Rapport', attachmentId: 9, fileName: 'rapport.pdf', contentType: 'application/pdf', sizeBytes: 10, href: '/api/attachments/9' },
  ],
  updatedAt: '2026-11-23T10:00:00Z',
  version: 0,
}

describe('project form values', () => {
  it('come from a project and go back as the same input', () => {
    expect(toProjectInput(projectValues(view))).toEqual({
      name: 'Ud af boksen!',
      slug: 'ud-af-boksen',
      summary: 'Et projekt',
      description: 'Tekst',
      startsOn: null,
      endsOn: null,
      funder: 'Kulturstyrelsen',
      lead: null,
      partners: [{ partnerId: 4, role: 'Sparring' }],
      contactIds: [12],
      documents: [{ kind: 'REPORT', title: 'Rapport', attachmentId: 9 }],
    })
  })

  it('check that each partner row has a partner and each document a kind and a file', () => {
    const values = emptyProjectValues()
    values.partners.push(newProjectPartnerRow())
    values.documents.push(newDocumentRow())
    expect(checkProjectValues(values, (p) => p)).toEqual([
      { field: 'partners[0].partnerId', message: 'choose' },
      { field: 'documents[0].kind', message: 'choose' },
      { field: 'documents[0].attachmentId', message: 'file' },
    ])
  })
})
