import { FORMAT_LOCALES, type AppLocale } from '@/i18n'
import type { CoverageRow, RegionCoverage } from './themeApi'
import { collator as makeCollator, numberFormat } from '@/i18n/format'

/** One row of the coverage table: a region, or the whole country (code null). */
export interface CoverageLine {
  code: number | null
  name: string
  /** Municipalities with a participating library. */
  participating: number
  municipalities: number
  libraries: number
  /** participating / municipalities, 0..1. */
  share: number
  /** The share as the language writes a percentage ("91 %"). */
  percent: string
}

/**
 * A share (0..1) as a whole percentage in the language's format: "91 %" in Danish, "91%" in
 * English. Rounding never claims all or none when that is not so: 0.996 is "99 %", 0.004 "1 %".
 */
export function formatShare(share: number, locale: AppLocale): string {
  const value = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0
  let shown = Math.round(value * 100) / 100
  if (value < 1 && shown >= 1) shown = 0.99
  if (value > 0 && shown <= 0) shown = 0.01
  return numberFormat(FORMAT_LOCALES[locale], { style: 'percent', maximumFractionDigits: 0 }).format(shown)
}

function line(row: CoverageRow, code: number | null, name: string, locale: AppLocale): CoverageLine {
  const share = Number.isFinite(row.share) ? Math.min(1, Math.max(0, row.share)) : 0
  return {
    code,
    name,
    participating: row.participating,
    municipalities: row.municipalities,
    libraries: row.libraries,
    share,
    percent: formatShare(share, locale),
  }
}

/**
 * The coverage table's rows: the regions in alphabetical order for the language (the same order
 * as the groups of participating libraries below the table), and the whole country.
 */
export function coverageLines(
  coverage: RegionCoverage,
  locale: AppLocale,
  countryName: string,
): { regions: CoverageLine[]; total: CoverageLine } {
  const collator = makeCollator(FORMAT_LOCALES[locale])
  const regions = coverage.regions
    .filter((row): row is CoverageRow & { region: NonNullable<CoverageRow['region']> } => !!row.region)
    .map((row) => line(row, row.region.code, row.region.name, locale))
    .sort((a, b) => collator.compare(a.name, b.name))
  return { regions, total: line(coverage.total, null, countryName, locale) }
}

/** The coverage of each region by its code, for the headings of the region groups. */
export function coverageByRegion(coverage: RegionCoverage | null): Map<number, CoverageRow> {
  const byCode = new Map<number, CoverageRow>()
  for (const row of coverage?.regions ?? []) {
    if (row.region) byCode.set(row.region.code, row)
  }
  return byCode
}
