/**
 * npm run export: the slides PDF of the main deck, through `slidev export` with the
 * browser that scripts/lib/browser.ts resolves. Writes to a temporary file, then renames.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { BrowserNotFoundError, findBrowser } from './lib/browser'
import { PROJECT_ROOT } from './lib/build'

const entry = resolve(process.argv[2] ?? join(PROJECT_ROOT, 'slides.md'))
const outDir = join(PROJECT_ROOT, 'exports')
const target = join(outDir, 'benelux-briefing.pdf')
const temp = join(outDir, `.benelux-briefing.${process.pid}.tmp.pdf`)

try {
  const browser = await findBrowser()
  mkdirSync(outDir, { recursive: true })
  const result = spawnSync(process.execPath, [
    join(PROJECT_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs'),
    'export',
    entry,
    '--output',
    temp,
    '--executable-path',
    browser.executablePath,
    '--timeout',
    '60000',
  ], { stdio: 'inherit', cwd: PROJECT_ROOT })
  if (result.status !== 0)
    throw new Error(`slidev export failed (exit ${result.status})`)
  renameSync(temp, target)
  console.log(`Wrote ${target}`)
}
catch (error) {
  rmSync(temp, { force: true })
  console.error(error instanceof BrowserNotFoundError ? error.message : `Export failed: ${(error as Error).message}`)
  process.exit(1)
}
