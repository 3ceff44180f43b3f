/**
 * Runs axe-core in a Playwright page without @axe-core/playwright (its current release needs
 * Node 22): the bundled axe.min.js is injected as a script and axe.run() is called in the page.
 */
import type { Page } from 'playwright-chromium'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
let source: string | undefined
const RE_SPACES = /\s+/g

export interface AxeFinding {
  rule: string
  impact: string
  help: string
  targets: string[]
  /** axe's explanation for the first node, e.g. the measured contrast ratio. */
  detail: string
}

/** WCAG 2.0–2.2 A and AA rules; best-practice rules are left out (they assume a whole page). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export interface AxeRunOptions {
  /** CSS selectors the check is limited to. */
  include: string[]
  /** CSS selectors inside `include` to leave out. */
  exclude?: string[]
  /** Rule ids instead of WCAG_TAGS. */
  rules?: string[]
}

/** Violations of the given impacts (default serious and critical) inside the given part of the page. */
export async function axeViolations(page: Page, options: AxeRunOptions, impacts = ['serious', 'critical']): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
    await page.addScriptTag({ content: source })
  }
  const findings = await page.evaluate(async ({ include, exclude, rules, tags }) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
    const result = await axe.run(
      { include: include.map(s => [s]), exclude: exclude.map(s => [s]) },
      {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      },
    )
    return result.violations.map(v => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map(n => n.target.join(' ')),
      detail: v.nodes[0]?.failureSummary ?? '',
    }))
  }, { include: options.include, exclude: options.exclude ?? [], rules: options.rules, tags: WCAG_TAGS })
  return findings
    .filter(f => impacts.includes(f.impact))
    .map(f => ({ ...f, detail: f.detail.replace(RE_SPACES, ' ').slice(0, 300) }))
}

export function formatFindings(where: string, findings: AxeFinding[]): string[] {
  return findings.map(f => `${where}: [${f.impact}] ${f.rule} (${f.help}) at ${f.targets.join(', ')} — ${f.detail}`)
}
