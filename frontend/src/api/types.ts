import type { components, operations } from './schema'

type Schemas = components['schemas']

export type LibrarySummary = Schemas['LibrarySummary']
export type LibraryView = Schemas['LibraryView']
export type LibraryPage = Schemas['LibraryPage']
export type Region = Schemas['Region']
export type Municipality = Schemas['Municipality']

/** Query parameters of GET /api/libraries, as generated from the contract. */
export type LibraryListQuery = NonNullable<operations['listLibraries']['parameters']['query']>
