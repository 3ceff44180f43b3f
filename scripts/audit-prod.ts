/**
 * npm run audit:prod — `npm audit --omit=dev` for the production dependencies, printed as
 * one line per vulnerable package. Exit 1: a high or critical finding; exit 2: no audit result
 * (registry's advisory endpoint unreachable). Needs the network, so it is not part of `npm test`.
 */
import type { AuditReport } from './audit'
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { summariseAudit } from './audit'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', shell: process.platform === 'win32' })
let report: AuditReport
try {
  report = JSON.parse(run.stdout) as AuditReport
}
catch {
  console.error(`npm audit gave no JSON report (exit ${run.status}); is the registry reachable?\n${run.stderr.slice(-2000)}`)
  process.exit(2)
}

const summary = summariseAudit(report)
if (summary.error) {
  // e.g. a registry mirror or proxy that only allows GET answers the advisory endpoint with 405
  console.error(`npm audit could not get advisories: ${summary.error}`)
  console.error('No result: run this where the registry\'s audit endpoint (POST /-/npm/v1/security/advisories/bulk) is reachable.')
  process.exit(2)
}
summary.lines.forEach(line => console.log(line))
if (summary.failing.length) {
  console.error(`${summary.failing.length} high/critical finding(s) in production dependencies: see README "Dependencies".`)
  process.exit(1)
}
