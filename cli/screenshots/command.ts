/**
 * briefing screenshots [deck.md] [--out dir] [--dist built-dir]
 * A 1280x720 PNG of every slide in its final click state, from a fresh `slidev build`
 * (or a given one), served on localhost and pictured with the project's Chromium.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { deckEntry, parseCommand, UsageError } from '../shared/args'
import { launchBrowser } from '../shared/browser'
import { startPrintBuild } from '../shared/build'
import { loadDeck } from '../shared/deck'
import { inspectBuiltDeck } from '../shared/inspect'
import { LANG_OPTION, langUsage, selectLanguages } from '../shared/lang'
import { formatSeconds } from '../shared/progress'
import { serveDist } from '../shared/serve'
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
  const [lang] = await selectLanguages(spec.name, entry, args.values.lang, usage)
  // The print build (its slide pages too), shared with check and export through the cache.
  const build = args.values.dist ? undefined : startPrintBuild(entry, lang, { cache: !args.values['no-cache'], command: 'screenshots' })
  try {
    const deck = await loadDeck(entry, lang)
    if (build) {
      await build.done
      console.log(`[screenshots] build: ${build.reused ?? `built in ${formatSeconds(Date.now() - build.started)}`}`)
    }
    const dist = args.values.dist ? resolve(args.values.dist) : build!.dir
    // The same verdict as check, export and build; the pictures are taken either way.
    const verdict = await inspectBuiltDeck(deck, dist, { label: 'screenshots', extraProblems: await deckSourceProblems(entry) })
    for (const line of verdict.lines)
      (verdict.code === 0 ? console.log : console.error)(line)
    const server = await serveDist(dist)
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
      mkdirSync(outDir, { recursive: true })
      for (const slide of deck.slides) {
        await openSlide(page, server.url, slide.no)
        const file = join(outDir, screenshotName(slide.no, deck.slides.length))
        await page.screenshot({ path: file })
        console.log(`${file}  ${slide.title}`)
      }
    }
    finally {
      await browser.close()
      await server.close()
    }
    return verdict.code
  }
  catch (error) {
    console.error(`Screenshots failed: ${(error as Error).message}`)
    return 1
  }
  finally {
    await build?.dispose()
  }
}
