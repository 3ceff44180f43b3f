import { describe, expect, it } from 'vitest'
import { summariseAudit } from './audit'

describe('summariseAudit', () => {
  it('lists each vulnerable package and fails on high and critical only', () => {
    const summary = summariseAudit({
      vulnerabilities: {
        a: { name: 'a', severity: 'moderate', isDirect: false, via: ['b'], fixAvailable: true },
        b: { name: 'b', severity: 'high', isDirect: true, via: [{ title: 'ReDoS', url: 'https://gh/adv/1' }], fixAvailable: { name: 'b', version: '2.0.0' } },
        c: { name: 'c', severity: 'critical', isDirect: false, via: [{ title: 'RCE' }], fixAvailable: false },
      },
      metadata: { vulnerabilities: { moderate: 1, high: 1, critical: 1 } },
    })
    expect(summary.lines).toEqual([
      'moderate a — via b — fix: npm audit fix',
      'high     b (direct) — ReDoS https://gh/adv/1 — fix: b@2.0.0',
      'critical c — RCE — no fix available',
      'production dependencies: moderate 1, high 1, critical 1',
    ])
    expect(summary.failing.map(v => v.name)).toEqual(['b', 'c'])
    expect(summary.error).toBeUndefined()
  })

  it('passes a clean report', () => {
    expect(summariseAudit({ vulnerabilities: {}, metadata: { vulnerabilities: { high: 0 } } }))
      .toEqual({ lines: ['production dependencies: high 0'], failing: [] })
  })

  it('reports when npm could not audit at all', () => {
    expect(summariseAudit({ message: '405 Method Not Allowed', error: { summary: '' } }).error).toBe('405 Method Not Allowed')
  })
})
