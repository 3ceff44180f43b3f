/**
 * npm run export [-- path/to/deck.md] [--out dir] [--timeout seconds] [--pptx]
 * Writes <name>.pdf, <name>-handout.pdf and <name>-handout-3up.pdf into exports/; with
 * --pptx also <name>.pptx (Slidev's editable PowerPoint export), once the PDFs are done.
 */
import { basename, join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { BrowserNotFoundError } from '../shared/browser'
import { PROJECT_ROOT, startPrintBuild } from '../shared/build'
import { formatSeconds } from '../shared/progress'

const RE_PDF = /\.pdf$/

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, timeout: { type: 'string' }, pptx: { type: 'boolean' } },
})

const entry = resolve(positionals[0] ?? join(PROJECT_ROOT, 'slides.md'))
// Start the build before loading the export pipeline's own modules (about a second).
const build = startPrintBuild(entry)

try {
  const { exportDeck } = await import('./export-deck')
  const result = await exportDeck({
    entry,
    build,
    outDir: values.out,
    timeoutMs: values.timeout ? Number(values.timeout) * 1000 : undefined,
  })
  for (const file of Object.values(result.files))
    console.log(`Wrote ${file}`)
  if (values.pptx) {
    // Only for a deck that has just printed without a problem: Slidev's exporter itself
    // exports a failing slide without complaint.
    const [{ exportPptx }, { findBrowser }] = await Promise.all([import('./export-pptx'), import('../shared/browser')])
    const target = result.files.slides.replace(RE_PDF, '.pptx')
    const started = Date.now()
    console.log(`[export] ${basename(target)}: Slidev's editable PPTX export (about 15 s for 20 slides)…`)
    await exportPptx({ entry, target, executablePath: (await findBrowser()).executablePath })
    console.log(`[export] ${basename(target)}: done (${formatSeconds(Date.now() - started)})`)
    console.log(`Wrote ${target}`)
  }
  console.log(`Done in ${formatSeconds(values.pptx ? Date.now() - build.started : result.ms.total)}`)
}
catch (error) {
  const message = error instanceof BrowserNotFoundError ? error.message : `Export failed: ${(error as Error).message}`
  console.error(message)
  await build.dispose()
  process.exit(1)
}
