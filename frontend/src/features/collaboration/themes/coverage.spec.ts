import { describe, expect, it } from 'vitest'
import { coverageByRegion, coverageLines, formatShare } from './coverage'
import type { RegionCoverage } from './themeApi'

/** Intl puts a (narrow) no-break space before the Danish percent sign; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

const coverage: RegionCoverage = {
  theme: { id: 7, number: 13, title: 'Demokrati i hverdagen', slug: 'demokrati-i-hverdagen' },
  regions: [
    { region: { code: 1081, name: 'Region Nordjylland' }, municipalities: 11, participating: 8, libraries: 9, share: 0.727 },
    { region: { code: 1082, name: 'Region Midtjylland' }, municipalities: 19, participating: 0, libraries: 0, share: 0 },
    { region: { code: 1084, name: 'Region Hovedstaden' }, municipalities: 29, participating: 29, libraries: 29, share: 1 },
  ],
  total: { municipalities: 59, participating: 37, libraries: 38, share: 0.627 },
}

describe('formatShare', () => {
  it('writes a whole percentage the way each language does', () => {
    expect(plain(formatShare(0.909, 'da'))).toBe('91 %')
    expect(formatShare(0.909, 'en')).toBe('91%')
    expect(plain(formatShare(0.5, 'da'))).toBe('50 %')
    expect(plain(formatShare(1, 'da'))).toBe('100 %')
    expect(plain(formatShare(0, 'da'))).toBe('0 %')
  })

  it('never rounds to all or none when that is not so', () => {
    expect(plain(formatShare(0.996, 'da'))).toBe('99 %')
    expect(plain(formatShare(0.004, 'da'))).toBe('1 %')
  })

  it('keeps a share the server got wrong within 0-100 %', () => {
    expect(plain(formatShare(1.2, 'da'))).toBe('100 %')
    expect(plain(formatShare(-0.1, 'da'))).toBe('0 %')
    expect(plain(formatShare(Number.NaN, 'da'))).toBe('0 %')
  })
})

describe('coverageLines', () => {
  it('puts the regions in alphabetical order, like the groups of libraries, and the country last', () => {
    const { regions, total } = coverageLines(coverage, 'da', 'Hele landet')
    expect(regions.map((r) => [r.code, r.name, r.participating, r.municipalities, r.libraries, plain(r.percent)])).toEqual([
      [1084, 'Region Hovedstaden', 29, 29, 29, '100 %'],
      [1082, 'Region Midtjylland', 0, 19, 0, '0 %'],
      [1081, 'Region Nordjylland', 8, 11, 9, '73 %'],
    ])
    expect(total).toMatchObject({ code: null, name: 'Hele landet', participating: 37, municipalities: 59, share: 0.627 })
    expect(plain(total.percent)).toBe('63 %')
  })

  it('keeps the share for the bars within 0..1', () => {
    const odd: RegionCoverage = { ...coverage, regions: [{ ...coverage.regions[0]!, share: 1.5 }] }
    expect(coverageLines(odd, 'da', 'Hele landet').regions[0]!.share).toBe(1)
  })
})

describe('coverageByRegion', () => {
  it('finds a region by its code, and nothing without coverage', () => {
    const byCode = coverageByRegion(coverage)
    expect(byCode.get(1081)).toMatchObject({ participating: 8, municipalities: 11 })
    expect(byCode.get(1085)).toBeUndefined()
    expect(coverageByRegion(null).size).toBe(0)
  })
})
