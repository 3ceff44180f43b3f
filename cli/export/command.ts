/**
 * briefing export [deck.md] [--out dir] [--timeout seconds] [--pptx] [--lang xx|all] [--watch]
 * Writes <name>.pdf, <name>-handout.pdf and <name>-handout-3up.pdf into exports/; with
 * --pptx also <name>.pptx (editable PowerPoint, cli/export/export-pptx.ts) and fonts/, once the PDFs are done.
 * In another language than the deck's own: <name>.fr.pdf, <name>.fr-handout.pdf, …;
 * --lang all writes every language (one Chromium, one build each) and the bilingual handouts.
 */
import type { Browser } from 'playwright-core'
import type { PrintBuild } from '../shared/build'
import type { Deck } from '../shared/deck'
import { basename } from 'node:path'
import process from 'node:process'
import { deckEntry, parseCommand, secondsOption, UsageError } from '../shared/args'
import { BrowserNotFoundError, launchBrowser } from '../shared/browser'
import { startPrintBuild } from '../shared/build'
import { handleInterrupts, INTERRUPTED_EXIT } from '../shared/interrupt'
import { LANG_OPTION, langUsage, selectLanguages, useLanguage } from '../shared/lang'
import { requireOutputFolder } from '../shared/out-dir'
import { formatSeconds } from '../shared/progress'

const RE_PDF = /\.pdf$/

export const usage = `Usage: briefing export [deck.md] [options]

Writes the slides PDF and two A4 handouts (notes under each slide; three slides per page
with lines for notes) of the deck (default: slides.md) into exports/.

Options:
  --out <dir>          folder for the files (default: exports)
  --timeout <seconds>  longest wait for one step in Chromium (default: 60)
  --pptx               also an editable PowerPoint file, after the PDFs
${langUsage(23, true)}
                       all: every language, and per language a bilingual handout
                       (slides in it, notes in every language side by side)
  --force              write the files even when the deck has problems (each is
                       printed first): a draft to look at, not one to hand out
  --no-cache           build afresh: neither reuse a cached build of the same deck
                       state nor print from a running 'briefing dev' of the deck
  --watch              export, then again on every save of the deck, its data,
                       components or theme (notes only: handouts in about a second);
                       Ctrl-C stops; with --lang, of that one language
  -h, --help           this help`

const spec = {
  name: 'briefing export',
  usage,
  maxPositionals: 1,
  options: { 'out': { type: 'string' }, 'timeout': { type: 'string' }, 'pptx': { type: 'boolean' }, 'watch': { type: 'boolean' }, 'no-cache': { type: 'boolean' }, 'force': { type: 'boolean' }, ...LANG_OPTION },
} as const

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(spec, argv)
  if (args.help) {
    console.log(usage)
    return 0
  }
  const { values, positionals } = args
  const timeoutMs = secondsOption(spec.name, 'timeout', values.timeout, usage)
  const entry = deckEntry(spec.name, positionals[0], usage)
  // A folder that cannot be made (under /proc, under a file, no permission): said before building.
  requireOutputFolder(spec.name, '--out', values.out ?? 'exports')
  const began = Date.now()
  if (values.watch) {
    if (values.pptx)
      throw new UsageError(`${spec.name}: --watch writes the PDFs only; run --pptx on its own`, usage)
    if (values.force)
      throw new UsageError(`${spec.name}: --watch keeps the last good PDFs of a deck with problems; --force is for one export`, usage)
    if (values.lang === 'all')
      throw new UsageError(`${spec.name}: --watch exports one language; give --lang xx`, usage)
    // One language: the same file names as `export --lang xx`; the worker builds in it (BX_LANG).
    const [lang] = await selectLanguages(spec.name, entry, values.lang, usage)
    useLanguage(lang!)
    const { watchExport } = await import('./watch')
    return watchExport({ entry, lang, outDir: values.out, timeoutMs, alwaysRebuild: process.env.BRIEFING_WATCH_ALWAYS_REBUILD === '1' })
  }
  const langs = await selectLanguages(spec.name, entry, values.lang, usage, true)
  const all = values.lang === 'all' && langs.length > 1
  // Ctrl-C or SIGTERM: stop the build and Chromium, remove every temporary file, write nothing.
  const interrupts = handleInterrupts()
  // Start the build before loading the export pipeline's own modules (about a second).
  // The same deck state built before (check, an earlier export) is reused; a running
  // `briefing dev` of the deck and language is printed from.
  const buildOptions = { cache: !values['no-cache'], command: 'export', dev: true }
  let build: PrintBuild = startPrintBuild(entry, langs[0], buildOptions)
  let next: PrintBuild | undefined
  let browser: Browser | undefined
  let written = false
  let pdfsWritten = false
  try {
    const { exportDeck } = await import('./export-deck')
    // One Chromium for every language.
    if (langs.length > 1) {
      browser = await launchBrowser({ handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false })
      interrupts.signal.addEventListener('abort', () => void browser?.close().catch(() => undefined), { once: true })
    }
    const results = []
    // The PowerPoint file is of the first language, from the same build and Chromium.
    const pptx = async ({ browser, url, deck, slidesPdf }: { browser: Browser, url: string, deck: Deck, slidesPdf: string }) => {
      pdfsWritten = true
      const { exportPptx } = await import('./export-pptx')
      const target = slidesPdf.replace(RE_PDF, '.pptx')
      const started = Date.now()
      console.log(`[export] ${basename(target)}: editable PowerPoint…`)
      const done = await exportPptx({ browser, url, deck, target, timeoutMs, signal: interrupts.signal })
      console.log(`[export] ${basename(target)}: ${done.slides} slides (${formatSeconds(Date.now() - started)})`)
      console.log(`Wrote ${target}`)
      console.log(`Wrote ${done.fonts}/ (the fonts to install, see its README.txt)`)
    }
    for (const [i, lang] of langs.entries()) {
      next = undefined
      // The next language builds while this one prints.
      const onBuilt = () => {
        if (langs[i + 1])
          next = startPrintBuild(entry, langs[i + 1], buildOptions)
      }
      const bilingual = all ? [lang, ...langs.filter(l => l !== lang)] : undefined
      const afterPrint = values.pptx && i === 0 ? pptx : undefined
      const result = await exportDeck({ entry, build, lang, browser, bilingual, onBuilt, afterPrint, outDir: values.out, timeoutMs, force: values.force, signal: interrupts.signal })
      results.push(result)
      written = true
      for (const file of [...Object.values(result.files), ...(result.bilingual ? [result.bilingual] : [])])
        console.log(`Wrote ${file}`)
      if (next)
        build = next
    }
    const result = results[0]!
    console.log(`Done in ${formatSeconds(values.pptx || langs.length > 1 ? Date.now() - began : result.ms.total)}`)
    return 0
  }
  catch (error) {
    await Promise.all([build.dispose(), next?.dispose()])
    if (interrupts.received) {
      const what = !written && !pdfsWritten ? 'no file was written' : langs.length > 1 ? 'the PDFs of the languages already done were written' : 'the PDFs were written, the PPTX was not'
      console.error(`Export interrupted (${interrupts.received}): ${what}; temporary files removed.`)
      return INTERRUPTED_EXIT
    }
    console.error(error instanceof BrowserNotFoundError ? error.message : `Export failed: ${(error as Error).message}`)
    return 1
  }
  finally {
    await browser?.close().catch(() => undefined)
    interrupts.dispose()
  }
}
