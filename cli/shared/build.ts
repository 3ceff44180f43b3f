/** Runs `slidev build` (or the faster print-only build) for a deck and reports failures with the build's own output. */
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import module from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'

import { endWithProcess } from './children'
import { slidevFor } from './slidev.mjs'

const PRINT_BUILD = resolve(import.meta.dirname, 'print-build.mjs')
// Node >= 22.1: the compile cache bin/briefing.mjs enabled serves the build processes too
// (they load Slidev and Vite, most of the modules); Node 20 has none and ignores it.
const compileCache = (module as { getCompileCacheDir?: () => string | undefined }).getCompileCacheDir?.()

export interface BuildOptions {
  /** Sub-path the site will be served under, e.g. /briefing/ */
  base?: string
  cwd?: string
  /** The deck language to build (BX_LANG for setup/preparser.ts); default: the headmatter's `lang`. */
  lang?: string
}

/** The environment of a build in `lang` (none: the deck's own default). */
export function buildEnv(lang?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ...(compileCache ? { NODE_COMPILE_CACHE: compileCache } : {}) }
  if (lang)
    env.BX_LANG = lang
  else delete env.BX_LANG
  return env
}

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Stops the process, e.g. AbortSignal.timeout(ms); the rejection names the reason. */
  signal?: AbortSignal
}

/**
 * Runs a Node script in a plain Node process (no TypeScript loader); rejects with the
 * tail of its output when it fails or is stopped.
 */
export async function runNode(args: string[], what: string, options: RunOptions = {}): Promise<void> {
  const { signal } = options
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? process.cwd(),
    signal,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  endWithProcess(child)
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  const [code, killedBy] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    // Stopping by the signal also emits 'error'; 'close' still follows and reports it.
    child.once('error', error => (signal?.aborted ? undefined : fail(error)))
    child.once('close', (code, killed) => done([code, killed]))
  })
  if (signal?.aborted) {
    const reason = signal.reason instanceof Error ? signal.reason.message : String(signal.reason)
    throw new Error(`${what} was stopped (${reason}):\n${output.slice(-4000)}`)
  }
  // Ctrl-C in a terminal reaches the whole process group, this child included.
  if (killedBy)
    throw new Error(`${what} was interrupted (${killedBy})`)
  if (code !== 0)
    throw new Error(`${what} failed (exit ${code}):\n${output.slice(-4000)}`)
}

/** `slidev build`: the full, hostable site, exactly as `npm run build` makes it. */
export async function buildDeck(entry: string, outDir: string, options: BuildOptions & { signal?: AbortSignal } = {}): Promise<void> {
  const args = [slidevFor(entry).bin, 'build', entry, '--out', resolve(outDir)]
  if (options.base)
    args.push('--base', options.base)
  await runNode(args, `slidev build ${entry}${options.lang ? ` (${options.lang})` : ''}`, { cwd: options.cwd, env: buildEnv(options.lang), signal: options.signal })
}

/**
 * A throwaway build for printing (cli/shared/print-build.mjs): the same deck and print
 * page as `slidev build`, without what printing does not use. With `depsFile`, the build
 * writes the list of files it read there once it is complete (for the build cache).
 */
export async function buildForPrint(entry: string, outDir: string, signal?: AbortSignal, lang?: string, depsFile?: string): Promise<void> {
  slidevFor(entry) // a deck without a supported Slidev stops here, with the message that says so
  await runNode([PRINT_BUILD, entry, resolve(outDir), ...(depsFile ? [depsFile] : [])], `Building ${entry}${lang ? ` (${lang})` : ''}`, { env: buildEnv(lang), signal })
}

/** A print build under way, reused from the cache, or a running dev server to print from. */
export interface PrintBuild {
  /** The built site (known once `done` resolves). */
  readonly dir: string
  /** Date.now() when the build started. */
  started: number
  done: Promise<void>
  /** Set once `done` resolves, when no build ran: `reused (unchanged since check, 12 s ago)` or `from the dev server …`. */
  readonly reused?: string
  /** The address of a running `briefing dev` of the same deck to print from instead of `dir` (cli/shared/dev-state.ts). */
  readonly url?: string
  /** Stops the build if still running and removes its directory (a cached build stays). */
  dispose: () => Promise<void>
}

export interface PrintBuildOptions {
  /** Use the build cache (cli/shared/build-cache.ts) and a running dev server; false for --no-cache (always a fresh build). Default true. */
  cache?: boolean
  /** The command, named when a later one reuses the build: check, export, screenshots. */
  command?: string
  /** Print from a running `briefing dev` of the deck and language when there is one (export). */
  dev?: boolean
}

/**
 * Starts the print build of `entry` in `lang` at once, so that it runs while the caller
 * loads the rest; with the cache, a build of the same deck state is reused instead, and a
 * fresh one is kept for the next command.
 */
export function startPrintBuild(entry: string, lang?: string, options: PrintBuildOptions = {}): PrintBuild {
  const started = Date.now()
  slidevFor(entry) // thrown at once, not from the build process
  const stop = new AbortController()
  const useCache = options.cache ?? true
  let dir = ''
  let reused: string | undefined
  let url: string | undefined
  let cleanup = () => {}
  const done = (async () => {
    const cache = await import('./build-cache')
    const root = cache.cacheRoot(entry)
    const slot = useCache ? cache.slotKey({ kind: 'print', entry, lang }) : ''
    // A build of this very deck state first: it prints sooner than a dev server, which
    // serves its modules one by one.
    const hit = useCache ? cache.lookup(root, slot) : undefined
    if (hit) {
      dir = join(hit.dir, 'out')
      reused = cache.describeReuse(hit.manifest)
      cleanup = hit.release
      return
    }
    if (options.dev && useCache) {
      const { findDevServer } = await import('./dev-state')
      const dev = await findDevServer(entry, lang)
      if (dev) {
        url = dev.url
        reused = `printed from the running dev server (${dev.url}, pid ${dev.pid})`
        return
      }
    }
    if (!useCache) {
      dir = mkdtempSync(join(tmpdir(), 'bx-export-'))
      cleanup = () => rmSync(dir, { recursive: true, force: true })
      await buildForPrint(resolve(entry), dir, stop.signal, lang)
      return
    }
    const pending = cache.pendingEntry(root, slot, { kind: 'print', entry, lang, createdBy: options.command ?? 'a build' })
    dir = pending.dir
    cleanup = pending.abandon
    await buildForPrint(resolve(entry), pending.dir, stop.signal, lang, pending.depsFile)
    const reported = cache.readReported(pending.depsFile)
    const entryHit = reported && pending.commit(reported, started)
    if (entryHit) {
      dir = join(entryHit.dir, 'out')
      cleanup = entryHit.release
    }
  })()
  done.catch(() => undefined)
  // A command that exits at once (a second Ctrl-C) leaves no build folder either.
  const cleanupOnExit = () => {
    try {
      cleanup()
    }
    catch {}
  }
  process.on('exit', cleanupOnExit)
  return {
    get dir() {
      return dir
    },
    started,
    done,
    get reused() {
      return reused
    },
    get url() {
      return url
    },
    async dispose() {
      stop.abort()
      await done.catch(() => undefined)
      process.off('exit', cleanupOnExit)
      cleanup()
    },
  }
}

/** A print-build process kept warm (Slidev and Vite loaded) that builds on request. */
export interface PrintBuildWorker {
  /** Builds the deck into `outDir` (emptied first); rejects with the build's error and output. */
  build: (entry: string, outDir: string) => Promise<{ ms: number }>
  /** Stops the process (also when a build is under way). */
  close: () => Promise<void>
  /** Resolves when the process has ended, for any reason, with what ended it and its last output. */
  ended: Promise<Error>
}

interface WorkerReply { id: number, ok: boolean, ms: number, error?: string }

/**
 * Starts `print-build.mjs --worker` in a plain Node process with an IPC channel; it builds
 * the deck in `lang` (default: BX_LANG, which `--lang` sets, else the headmatter's `lang`).
 */
export function startPrintBuildWorker(options: { cwd?: string, lang?: string } = {}): PrintBuildWorker {
  const child = spawn(process.execPath, [PRINT_BUILD, '--worker'], {
    cwd: options.cwd ?? process.cwd(),
    env: buildEnv(options.lang ?? process.env.BX_LANG),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  endWithProcess(child)
  let output = ''
  const collect = (d: Buffer) => {
    output = (output + d.toString()).slice(-8000)
  }
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  const waiting = new Map<number, { done: (r: WorkerReply) => void, fail: (e: Error) => void }>()
  let exited: Error | undefined
  const ready = new Promise<void>((done, fail) => {
    waiting.set(0, { done: () => done(), fail })
  })
  ready.catch(() => undefined)
  child.on('message', (reply: WorkerReply) => {
    const job = waiting.get(reply.id)
    waiting.delete(reply.id)
    job?.done(reply)
  })
  const closed = new Promise<void>(done => child.once('close', (code, signal) => {
    exited = new Error(`The print-build process ended (${signal ?? `exit ${code}`}):\n${output.slice(-4000)}`)
    for (const job of waiting.values())
      job.fail(exited)
    waiting.clear()
    done()
  }))
  child.once('error', error => (exited ??= error))
  let next = 1
  return {
    async build(entry, outDir) {
      await ready
      if (exited)
        throw exited
      const id = next++
      output = ''
      const reply = await new Promise<WorkerReply>((done, fail) => {
        waiting.set(id, { done, fail })
        child.send({ id, entry: resolve(entry), outDir: resolve(outDir) })
      })
      if (!reply.ok)
        throw new Error(`Building ${entry} failed:\n${output.trim() ? `${output.slice(-3000)}\n` : ''}${reply.error ?? ''}`.slice(-5000))
      return { ms: reply.ms }
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null)
        child.kill('SIGTERM')
      await closed
    },
    ended: closed.then(() => exited!),
  }
}
