/**
 * briefing export [deck.md] [--out dir] [--timeout seconds] [--pptx] [--watch]
 * Writes <name>.pdf, <name>-handout.pdf and <name>-handout-3up.pdf into exports/; with
 * --pptx also <name>.pptx (Slidev's editable PowerPoint export), once the PDFs are done.
 */
import { basename } from 'node:path'
import process from 'node:process'
import { deckEntry, parseCommand, secondsOption, UsageError } from '../shared/args'
import { BrowserNotFoundError } from '../shared/browser'
import { startPrintBuild } from '../shared/build'
import { formatSeconds } from '../shared/progress'

const RE_PDF = /\.pdf$/

export const usage = `Usage: briefing export [deck.md] [options]

Writes the slides PDF and two A4 handouts (notes under each slide; three slides per page
with lines for notes) of the deck (default: slides.md) into exports/.

Options:
  --out <dir>          folder for the files (default: exports)
  --timeout <seconds>  longest wait for one step in Chromium (default: 60)
  --pptx               also an editable PowerPoint file, after the PDFs
  --watch              export, then again on every save of the deck, its data,
                       components or theme (notes only: handouts in about a second);
                       Ctrl-C stops
  -h, --help           this help`

const spec = {
  name: 'briefing export',
  usage,
  maxPositionals: 1,
  options: { out: { type: 'string' }, timeout: { type: 'string' }, pptx: { type: 'boolean' }, watch: { type: 'boolean' } },
} as const

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(spec, argv)
  if (args.help) {
    console.log(usage)
    return 0
  }
  const { values, positionals } = args
  const entry = deckEntry(spec.name, positionals[0], usage)
  const timeoutMs = secondsOption(spec.name, 'timeout', values.timeout, usage)
  if (values.watch) {
    if (values.pptx)
      throw new UsageError(`${spec.name}: --watch writes the PDFs only; run --pptx on its own`, usage)
    const { watchExport } = await import('./watch')
    return watchExport({ entry, outDir: values.out, timeoutMs, alwaysRebuild: process.env.BRIEFING_WATCH_ALWAYS_REBUILD === '1' })
  }
  // Start the build before loading the export pipeline's own modules (about a second).
  const build = startPrintBuild(entry)
  try {
    const { exportDeck } = await import('./export-deck')
    const result = await exportDeck({ entry, build, outDir: values.out, timeoutMs })
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
    return 0
  }
  catch (error) {
    console.error(error instanceof BrowserNotFoundError ? error.message : `Export failed: ${(error as Error).message}`)
    await build.dispose()
    return 1
  }
}
