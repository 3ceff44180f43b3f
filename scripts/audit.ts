/** Reads `npm audit --json` output into printable lines and the findings that must fail. */

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical'

export interface AuditVulnerability {
  name: string
  severity: Severity
  isDirect: boolean
  via: Array<string | { title?: string, url?: string }>
  fixAvailable: boolean | { name: string, version: string }
}

export interface AuditReport {
  vulnerabilities?: Record<string, AuditVulnerability>
  metadata?: { vulnerabilities?: Record<string, number> }
  message?: string
  error?: { summary?: string }
}

export interface AuditSummary {
  lines: string[]
  failing: AuditVulnerability[]
  /** Set when npm could not audit at all (no advisories fetched). */
  error?: string
}

const FAILING: ReadonlySet<Severity> = new Set(['high', 'critical'])

export function summariseAudit(report: AuditReport): AuditSummary {
  if (report.error)
    return { lines: [], failing: [], error: report.message || report.error.summary || JSON.stringify(report.error) }
  const findings = Object.values(report.vulnerabilities ?? {})
  const lines = findings.map((v) => {
    const via = v.via.map(x => (typeof x === 'string' ? `via ${x}` : `${x.title ?? ''} ${x.url ?? ''}`.trim())).join('; ')
    const fix = v.fixAvailable === false
      ? 'no fix available'
      : v.fixAvailable === true ? 'fix: npm audit fix' : `fix: ${v.fixAvailable.name}@${v.fixAvailable.version}`
    return `${v.severity.padEnd(8)} ${v.name}${v.isDirect ? ' (direct)' : ''} — ${via} — ${fix}`
  })
  const counts = Object.entries(report.metadata?.vulnerabilities ?? {}).map(([k, n]) => `${k} ${n}`).join(', ')
  lines.push(`production dependencies: ${counts || 'no counts in report'}`)
  return { lines, failing: findings.filter(v => FAILING.has(v.severity)) }
}
