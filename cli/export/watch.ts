/**
 * `briefing export --watch`: export once, then keep the print build (a warm worker process),
 * the server and Chromium running and export again on every save of the deck, its data
 * files, components or theme. A change to speaker notes only reprints the notes handout from
 * the page already open (notes are not part of the print page); any other change rebuilds
 * the deck and reprints all three PDFs. A failed update prints its error and leaves the last
 * good PDFs in place; Ctrl-C stops everything and leaves no temporary file behind.
 */
import type { Browser } from 'playwright-core'
import type { PrintBuildWorker } from '../shared/build'
import type { Deck } from '../shared/deck'
import type { StaticServer } from '../shared/serve'
import type { PrintPage, PrintRun } from './export-deck'
import type { ExportKind } from './export-names'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, watch } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { load } from '@slidev/parser/fs'
import { browserEnded, BrowserEndedError, BrowserLaunchError, BrowserNotFoundError, launchBrowser } from '../shared/browser'
import { startPrintBuildWorker } from '../shared/build'
import { buildFailureMessage } from '../shared/build-errors'
import { loadDeck } from '../shared/deck'
import { exitOnLateSignals } from '../shared/interrupt'
import { formatSeconds } from '../shared/progress'
import { serveDist } from '../shared/serve'
import { deckSourceProblems } from '../shared/source-problems'
import { THEME_ROOT } from '../shared/theme'
import { checkDeckSource, endPrintRun, ExportError, exportTargets, newPrintRun, printPdfs, renderPrintPage, stepError } from './export-deck'
import { EXPORT_KINDS } from './export-names'

export interface WatchOptions {
  entry: string
  outDir?: string
  timeoutMs?: number
  log?: (line: string) => void
  /**
   * The deck language to export, with the same file names as `export --lang` (default:
   * BX_LANG, else the headmatter's `lang`); the build worker builds in BX_LANG, which the
   * command sets to it (useLanguage).
   */
  lang?: string
  /** Always rebuild, even for a notes-only change (to compare the two paths in the bench). */
  alwaysRebuild?: boolean
  /** Resolves when the watcher should stop (default: SIGINT or SIGTERM). */
  stop?: Promise<unknown>
}

/** Folders of a deck or theme whose files end up in the build (each watched recursively). */
const WATCHED_DIRS = ['components', 'layouts', 'styles', 'setup', 'slides', 'pages', 'data', 'public', 'snippets', 'src', 'global']
const RE_EDITOR_TEMP = /(?:~|\.swp|\.swx|\.tmp(?:\.\w+)?|\.crswap)$|^\.#|^#.*#$|^4913$/

/** What a build renders of a deck's markdown: everything but the speaker notes. */
export interface DeckSource {
  /** Every markdown file of the deck (entry and `src:` imports), absolute. */
  files: string[]
  /** One string per slide of what the print page renders; equal strings, equal slides. */
  slides: string[]
  headmatter: string
  notes: string[]
}

export async function readDeckSource(entry: string): Promise<DeckSource> {
  const root = dirname(entry)
  const data = await load({ userRoot: root, roots: [root] }, entry)
  return {
    files: Object.keys(data.markdownFiles).map(file => resolve(file)),
    slides: data.slides.map(s => JSON.stringify([s.frontmatter, s.content, s.title, s.level])),
    headmatter: JSON.stringify(data.headmatter),
    notes: data.slides.map(s => (s.note ?? '').trim()),
  }
}

/** Slides (1-based, in source order) whose notes differ; undefined when anything else differs. */
export function notesOnlyChange(before: DeckSource, after: DeckSource): number[] | undefined {
  if (before.headmatter !== after.headmatter || before.slides.length !== after.slides.length)
    return undefined
  if (before.slides.some((s, i) => s !== after.slides[i]))
    return undefined
  return after.notes.flatMap((note, i) => (note === before.notes[i] ? [] : [i + 1]))
}

/** The folders to watch for a deck: its own folder and the theme's, top level and known sub-folders. */
export function watchedFolders(entry: string): { dir: string, recursive: boolean }[] {
  const roots = [...new Set([dirname(resolve(entry)), THEME_ROOT])]
  const folders: { dir: string, recursive: boolean }[] = []
  for (const root of roots) {
    folders.push({ dir: root, recursive: false })
    for (const name of WATCHED_DIRS) {
      const dir = join(root, name)
      if (existsSync(dir) && statSync(dir).isDirectory())
        folders.push({ dir, recursive: true })
    }
  }
  return folders
}

function describeChange(files: string[]): string {
  const names = files.map(file => relative(process.cwd(), file) || file)
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ')
}

interface Good {
  deck: Deck
  source: DeckSource
  dir: string
  server: StaticServer
  print: PrintPage
}

/** A failure of the browser itself: no later save can succeed. */
function isBrowserFailure(error: unknown): boolean {
  return error instanceof BrowserLaunchError || error instanceof BrowserNotFoundError || error instanceof BrowserEndedError
}

/** Runs until stopped; returns the exit code (0 after a stop, 130 after Ctrl-C, 1 when the browser fails). */
export async function watchExport(options: WatchOptions): Promise<number> {
  const entry = resolve(options.entry)
  const log = options.log ?? (line => console.log(line))
  const timeout = options.timeoutMs ?? 60_000
  const outDir = resolve(options.outDir ?? 'exports')
  const worker: PrintBuildWorker = startPrintBuildWorker({ lang: options.lang })
  // Ctrl-C is ours to handle: Playwright's own handler would exit before the clean-up.
  const launching = launchBrowser({ handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false })
  launching.catch(() => undefined)
  const launchFailed = launching.then(() => new Promise<never>(() => {}))
  launchFailed.catch(() => undefined)
  const dirs = new Set<string>()
  let browser: Browser | undefined
  let good: Good | undefined
  let run: PrintRun | undefined
  let stopping = false
  // Aborted when the watch ends (Ctrl-C, a failed browser): stops a build or print under way.
  const ending = new AbortController()
  let exitCode = 0
  /** Ends the watch with `code` (the first code given stays); set below, once `stopped` exists. */
  let endWith: (code: number) => void = () => {}
  const watchers: ReturnType<typeof watch>[] = []
  const folders = watchedFolders(entry)

  const dropBuild = async (state: Good) => {
    await state.print.context.close().catch(() => undefined)
    await state.server.close().catch(() => undefined)
    rmSync(state.dir, { recursive: true, force: true })
    dirs.delete(state.dir)
  }

  /** Builds and prints everything; on success the new build becomes the good one. */
  const fullExport = async (current: PrintRun) => {
    const [deck, source, problems] = await Promise.all([loadDeck(entry, options.lang), readDeckSource(entry), deckSourceProblems(entry)])
    checkDeckSource(deck, problems)
    const dir = mkdtempSync(join(tmpdir(), 'bx-export-'))
    dirs.add(dir)
    const next: Partial<Good> = {}
    try {
      current.step = 'building the deck'
      // A browser that cannot start ends the watch at once, not after the build.
      const { ms } = await current.until(Promise.race([launchFailed, worker.build(entry, dir)])).catch((error: unknown) => {
        throw stopping || ending.signal.aborted || isBrowserFailure(error) ? error : new ExportError(`The build of ${deck.entry} failed:\n  ${buildFailureMessage(error, deck.slides)}`)
      })
      log(`[export] built ${deck.slides.length} slides in ${formatSeconds(ms)}`)
      browser ??= await current.until(launching)
      next.server = await serveDist(dir)
      next.print = await renderPrintPage(browser, next.server.url, deck, current, timeout)
      mkdirSync(outDir, { recursive: true })
      await printPdfs(next.print, deck, exportTargets(deck, outDir), current)
    }
    catch (error) {
      await next.print?.context.close().catch(() => undefined)
      await next.server?.close().catch(() => undefined)
      rmSync(dir, { recursive: true, force: true })
      dirs.delete(dir)
      throw error
    }
    const previous = good
    good = { deck, source, dir, server: next.server!, print: next.print! }
    if (previous)
      await dropBuild(previous)
  }

  /** Reprints the notes handout from the open page with the new notes. */
  const notesExport = async (current: PrintRun, from: Good, source: DeckSource) => {
    const [deck, problems] = await Promise.all([loadDeck(entry, options.lang), deckSourceProblems(entry)])
    checkDeckSource(deck, problems)
    await printPdfs(from.print, deck, exportTargets(deck, outDir), current, ['handout'])
    good = { ...from, deck, source }
  }

  const update = async (changed: string[]) => {
    const started = Date.now()
    // A notes-only update prints from the page already open, which reports into its own log.
    run = newPrintRun(log, ending.signal)
    if (good) {
      good.print.pageLog.errors.length = 0
      good.print.pageLog.offHost.length = 0
      good.print.checked = good.print.messages.length
    }
    let what = describeChange(changed)
    let kinds: readonly ExportKind[] = EXPORT_KINDS
    try {
      const from = good
      let notes: number[] | undefined
      let source: DeckSource | undefined
      if (from && !options.alwaysRebuild && changed.every(file => from.source.files.includes(file))) {
        source = await readDeckSource(entry)
        notes = notesOnlyChange(from.source, source)
      }
      if (from && source && notes && !notes.length) {
        log(`[watch] unchanged: ${what} (nothing the PDFs show)`)
        return
      }
      if (from && source && notes) {
        what += `: notes of slide ${notes.join(', ')}`
        // The 3-up handout shows slides and ruled lines, no notes: only the notes handout changes.
        kinds = ['handout']
        await notesExport(run, from, source)
      }
      else {
        await fullExport(run)
      }
      log(`[watch] updated in ${formatSeconds(Date.now() - started)}: ${what} (${kinds.length === 3 ? 'rebuilt, 3 PDFs' : 'notes handout reprinted'})`)
    }
    catch (error) {
      if (stopping)
        return
      const failure = browserEnded(error, browser, run.step)
      const message = (stepError(failure, run, timeout) as Error).message
      if (isBrowserFailure(failure)) {
        // Without a browser no save can succeed: the watch ends.
        log(`[watch] ${message}`)
        endWith(1)
        return
      }
      log(`[watch] failed after ${formatSeconds(Date.now() - started)}: ${what}\n${message}\n[watch] the last good PDFs stay in ${relative(process.cwd(), outDir) || '.'}; save again to retry`)
    }
    finally {
      await endPrintRun(run)
      run = undefined
    }
  }

  // Changes arrive in bursts (an editor writes, renames, touches); collect them for a moment.
  let pending = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let busy: Promise<void> | undefined
  const flush = async () => {
    if (busy || stopping || !pending.size)
      return
    // A file gone again at the top level of a folder was an editor's or sed's temporary file.
    const changed = [...pending].filter(file => existsSync(file)
      ? !statSync(file).isDirectory()
      : good?.source.files.includes(file) || folders.some(f => f.recursive && file.startsWith(`${f.dir}/`)))
    pending = new Set()
    if (!changed.length)
      return
    busy = update(changed)
    await busy
    busy = undefined
    if (pending.size)
      void flush()
  }
  const changedFile = (file: string) => {
    const name = file.split('/').at(-1) ?? ''
    if (RE_EDITOR_TEMP.test(name) || (name.startsWith('.') && file !== entry) || file === outDir || file.startsWith(`${outDir}/`) || file.includes('/node_modules/'))
      return
    pending.add(file)
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), 80)
  }

  // A second Ctrl-C while the watch stops (closing the build process and Chromium) exits at
  // once with 130; the temporary folders go with the process.
  const onSignal = () => {
    endWith(130)
    exitOnLateSignals()
  }
  const removeTemporary = () => {
    for (const dir of dirs)
      rmSync(dir, { recursive: true, force: true })
  }
  process.on('exit', removeTemporary)
  const stopped = new Promise<void>((done) => {
    endWith = (code) => {
      exitCode ||= code
      ending.abort(new Error('the watch was stopped'))
      done()
    }
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
    options.stop?.then(() => done(), () => done())
  })

  // The build process ending by itself (it crashed, or was killed) ends the watch: no save could build.
  void worker.ended.then((error) => {
    if (stopping)
      return
    log(`[watch] ${error.message.trim()}`)
    endWith(1)
  })

  try {
    const first = Date.now()
    run = newPrintRun(log, ending.signal)
    try {
      await fullExport(run)
      log(`[watch] exported in ${formatSeconds(Date.now() - first)}: ${Object.values(exportTargets(good!.deck, outDir).files).map(f => relative(process.cwd(), f)).join(', ')}`)
    }
    catch (error) {
      const failure = browserEnded(error, browser, run.step)
      if (isBrowserFailure(failure) || exitCode) {
        if (!exitCode)
          log(`[watch] export failed: ${(stepError(failure, run, timeout) as Error).message}`)
        return exitCode || 1
      }
      log(`[watch] export failed: ${(stepError(failure, run, timeout) as Error).message}\n[watch] save a fix to retry`)
    }
    finally {
      await endPrintRun(run)
      run = undefined
    }
    for (const { dir, recursive } of folders) {
      const watcher = watch(dir, { recursive }, (_event, name) => {
        if (name)
          changedFile(join(dir, name.toString()))
      })
      watcher.on('error', () => undefined)
      watchers.push(watcher)
    }
    log(`[watch] watching ${describeChange([entry])} and ${folders.length - 1} folders of the deck and theme; Ctrl-C stops`)
    await stopped
    return exitCode
  }
  finally {
    stopping = true
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    clearTimeout(timer)
    for (const watcher of watchers)
      watcher.close()
    // Stopping the build process and the browser ends an update under way at once.
    await Promise.allSettled([
      worker.close(),
      Promise.resolve(browser ?? launching).then(b => b.close()),
    ])
    await busy?.catch(() => undefined)
    if (run)
      await endPrintRun(run).catch(() => undefined)
    await good?.server.close().catch(() => undefined)
    removeTemporary()
    process.off('exit', removeTemporary)
    // A stop during an update: what it was writing is only ever a temporary file.
    for (const name of existsSync(outDir) ? readdirSync(outDir) : []) {
      if (name.startsWith('.') && name.includes(`.${process.pid}.tmp`))
        rmSync(join(outDir, name), { force: true })
    }
    log('[watch] stopped')
  }
}
