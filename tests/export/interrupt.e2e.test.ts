/**
 * Ctrl-C during an export (SIGINT to the whole process group, as a terminal sends it):
 * the previous set of PDFs stays as it was, no temporary file or folder is left, the
 * command says it was interrupted and exits 130.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { THEME_ROOT } from '../../cli/shared/theme'
import { startBriefing } from '../support/cli'
import { writeFixture } from '../support/export-fixtures'

const OLD_SET = ['clicks.pdf', 'clicks-handout.pdf', 'clicks-handout-3up.pdf']
const RE_LEFTOVER = /^(?:bx-|playwright)/

/** Starts `briefing export` in its own process group with its own temp folder; Ctrl-C once `when` shows. */
async function interruptExport(when: (output: string, tmp: string) => boolean) {
  const tmp = mkdtempSync(join(tmpdir(), 'bx-int-test-'))
  const out = join(THEME_ROOT, '.cache/export-e2e/out/interrupt')
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  for (const file of OLD_SET)
    writeFileSync(join(out, file), `previous ${file}`)
  const cli = startBriefing(['export', writeFixture('clicks'), '--out', out, '--no-cache'], { env: { ...process.env, TMPDIR: tmp }, timeoutMs: 180_000 })
  let sent = false
  const poll = setInterval(() => {
    if (!sent && when(cli.output(), tmp)) {
      sent = true
      cli.interrupt()
    }
  }, 20)
  const { status: code, output } = await cli.ended
  clearInterval(poll)
  const leftovers = readdirSync(tmp).filter(name => RE_LEFTOVER.test(name))
  rmSync(tmp, { recursive: true, force: true })
  const files = readdirSync(out).sort()
  const contents = files.map(file => readFileSync(join(out, file), 'utf8'))
  return { code, output, sent, leftovers, files, contents }
}

describe('ctrl-C during an export', () => {
  it('while Chromium prints: the previous set stays whole, nothing is left behind, exit 130', async () => {
    // The slides PDF is done (its temp file written), the handouts are still printing.
    const run = await interruptExport(output => output.includes('clicks.pdf: 2/2 pages'))
    expect(run.sent, run.output).toBe(true)
    expect(run.output).not.toContain('Wrote ')
    expect(run.files).toEqual([...OLD_SET].sort())
    expect(run.contents, 'the previous set, untouched').toEqual([...OLD_SET].sort().map(file => `previous ${file}`))
    expect(run.leftovers, 'build folder or Chromium profile left in the temp folder').toEqual([])
    expect(run.output).toContain('Export interrupted (SIGINT): no file was written; temporary files removed.')
    expect(run.code).toBe(130)
  })

  it('while the deck builds: says it was interrupted, not that the build failed', async () => {
    const run = await interruptExport((_, tmp) => readdirSync(tmp).some(name => name.startsWith('bx-export-')))
    expect(run.output).toContain('Export interrupted (SIGINT): no file was written')
    expect(run.output).not.toMatch(/failed|exit null/)
    expect(run.code).toBe(130)
    expect(run.files).toEqual([...OLD_SET].sort())
    expect(run.leftovers).toEqual([])
  })
})
