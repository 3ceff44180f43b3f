/**
 * briefing screenshots [deck.md] [--out dir] [--dist built-dir]
 * A 1280x720 PNG of every slide in its final click state, from a fresh `slidev build`
 * (or a given one), served on localhost and pictured with the project's Chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { deckEntry, parseCommand, UsageError } from '../shared/args'
import { browserEnded, BrowserNotFoundError, findBrowser } from '../shared/browser'
import { startPrintBuild } from '../shared/build'
import { loadDeck } from '../shared/deck'
import { inspectBuiltDeck } from '../shared/inspect'
import { handleInterrupts, INTERRUPTED_EXIT, untilAborted } from '../shared/interrupt'
import { LANG_OPTION, langUsage, selectLanguages } from '../shared/lang'
import { requireOutputFolder } from '../shared/out-dir'
import { formatSeconds } from '../shared/progress'
import { closeBrowser, serveAndLaunch } from '../shared/served-browser'
import { openSlide } from '../shared/slide-page'
import { deckSourceProblems } from '../shared/source-problems'
import { screenshotName } from './file-names'

export const usage = `Usage: briefing screenshots [deck.md] [options]

A 1280x720 PNG of every slide of the deck (default: slides.md) in its final click state.

Options:
  --out <dir>    folder for the PNGs (default: screenshots)
  --dist <dir>   an existing 'briefing build' of the deck, instead of building it
  --no-cache     build afresh (default: reuse the build of an unchanged deck, as
                 check and export made it, and keep this one)
${langUsage(17)}
  -h, --help     this help`

const spec = {
  name: 'briefing screenshots',
  usage,
  maxPositionals: 1,
  options: { 'out': { type: 'string' }, 'dist': { type: 'string' }, 'no-cache': { type: 'boolean' }, ...LANG_OPTION },
} as const

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(spec, argv)
  if (args.help) {
    console.log(usage)
    return 0
  }
  if (args.values.dist && !existsSync(join(args.values.dist, 'index.html')))
    throw new UsageError(`${spec.name}: --dist ${resolve(args.values.dist)} holds no built deck (no index.html)`, usage)
  const entry = deckEntry(spec.name, args.positionals[0], usage)
  const outDir = resolve(args.values.out ?? 'screenshots')
  requireOutputFolder(spec.name, '--out', args.values.out ?? 'screenshots', { beside: true })
  const [lang] = await selectLanguages(spec.name, entry, args.values.lang, usage)
  // Ctrl-C or SIGTERM: stop the build and Chromium; the PNGs are moved into --out only once all are taken.
  const interrupts = handleInterrupts()
  const { signal } = interrupts
  // The print build (its slide pages too), shared with check and export through the cache.
  const build = args.values.dist ? undefined : startPrintBuild(entry, lang, { cache: !args.values['no-cache'], command: 'screenshots' })
  let pictures: string | undefined
  try {
    await findBrowser() // no browser: say so before building
    const deck = await loadDeck(entry, lang)
    if (build) {
      await untilAborted(build.done, signal)
      console.log(`[screenshots] build: ${build.reused ?? `built in ${formatSeconds(Date.now() - build.started)}`}`)
    }
    const dist = args.values.dist ? resolve(args.values.dist) : build!.dir
    // The same verdict as check, export and build; the pictures are taken either way.
    const verdict = await inspectBuiltDeck(deck, dist, { label: 'screenshots', signal, extraProblems: await deckSourceProblems(entry) })
    for (const line of verdict.lines)
      (verdict.code === 0 ? console.log : console.error)(line)
    const { server, browser, close } = await serveAndLaunch(dist)
    const stop = () => void closeBrowser(browser)
    signal.addEventListener('abort', stop, { once: true })
    const taken: string[] = []
    try {
      signal.throwIfAborted()
      mkdirSync(dirname(outDir), { recursive: true })
      pictures = mkdtempSync(join(dirname(outDir), '.bx-screenshots-'))
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
      for (const slide of deck.slides) {
        await openSlide(page, server.url, slide.no)
        const name = screenshotName(slide.no, deck.slides.length)
        await page.screenshot({ path: join(pictures, name) })
        taken.push(name)
      }
    }
    catch (error) {
      signal.throwIfAborted()
      throw browserEnded(error, browser, 'taking the screenshots')
    }
    finally {
      signal.removeEventListener('abort', stop)
      await close()
    }
    signal.throwIfAborted()
    mkdirSync(outDir, { recursive: true })
    for (const [i, name] of taken.entries()) {
      renameSync(join(pictures, name), join(outDir, name))
      console.log(`${join(outDir, name)}  ${deck.slides[i]!.title}`)
    }
    return verdict.code
  }
  catch (error) {
    if (interrupts.received) {
      console.error(`Screenshots interrupted (${interrupts.received}): no picture was written.`)
      return INTERRUPTED_EXIT
    }
    console.error(error instanceof BrowserNotFoundError ? error.message : `Screenshots failed: ${(error as Error).message}`)
    return 1
  }
  finally {
    if (pictures)
      rmSync(pictures, { recursive: true, force: true })
    await build?.dispose()
    interrupts.dispose()
  }
}
