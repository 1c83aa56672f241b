import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>
type Violation = AxeResults['violations'][number]

/** The WCAG levels Samspil must meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa']

/** One readable block per violation: rule, impact, help link and each failing element. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n')
      return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}`
    })
    .join('\n\n')
}

/**
 * Runs axe on the current page and fails with a readable report if anything violates WCAG 2.1 A/AA.
 * Every rule of those levels runs; axe only skips building the details (selectors, HTML) of what
 * passed, which is most of its time on a large page and nothing this check reads.
 */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  // options() replaces what was set before it, so it comes before withTags().
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .analyze()
  const report = formatViolations(results.violations)
  expect(
    results.violations.length,
    `Accessibility violations on ${page.url()}:\n\n${report}`,
  ).toBe(0)
}
