/**
 * `briefing dev` announces itself to the other commands through a small state file beside
 * the build cache (`node_modules/.cache/briefing/dev-<deck and language>.json`): the
 * server's pid and port, the deck, its language, the theme's and Slidev's versions. It is
 * removed when the server ends. `briefing export` then prints from that server instead of
 * building the deck, but only after making sure it is what the file says: the process is
 * alive, the port answers, and the server serves this very deck file (Slidev's own
 * /__slidev/slides/1.json names it). A stale file never blocks an export.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { buildSlidevVersion, cacheRoot } from './build-cache'
import { THEME_VERSION } from './theme'

export interface DevState {
  /** The Slidev server process. */
  pid: number
  /** The `briefing dev` process that wrote the file. */
  owner: number
  port: number
  entry: string
  lang: string
  theme: string
  slidev: string
  startedAt: number
}

/** Where the state of a dev server of `entry` in `lang` is written. */
export function devStateFile(entry: string, lang: string | undefined): string {
  const id = createHash('sha256').update(`${resolve(entry)}\n${lang ?? ''}`).digest('hex').slice(0, 16)
  return join(cacheRoot(entry), `dev-${id}.json`)
}

/** Writes the state file (temporary file and rename); returns the function that removes it. */
export function writeDevState(state: Omit<DevState, 'theme' | 'slidev' | 'startedAt'>): () => void {
  const file = devStateFile(state.entry, state.lang)
  mkdirSync(join(file, '..'), { recursive: true })
  const full: DevState = { ...state, entry: resolve(state.entry), theme: THEME_VERSION, slidev: buildSlidevVersion(state.entry), startedAt: Date.now() }
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, JSON.stringify(full, null, 1))
  renameSync(temp, file)
  return () => {
    // Only our own file: a later dev server of the same deck may have replaced it.
    if (readState(file)?.owner === state.owner)
      rmSync(file, { force: true })
  }
}

function readState(file: string): DevState | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DevState
  }
  catch {
    return undefined
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The deck file a Slidev dev server on `port` serves, or undefined when none answers in time. */
export async function servedDeck(port: number, timeoutMs = 2000): Promise<string | undefined> {
  try {
    const response = await fetch(`http://localhost:${port}/__slidev/slides/1.json`, { signal: AbortSignal.timeout(timeoutMs) })
    if (!response.ok)
      return undefined
    const slide = await response.json() as { source?: { filepath?: string } }
    return slide.source?.filepath ? resolve(slide.source.filepath) : undefined
  }
  catch {
    return undefined
  }
}

/** Why a state file does not describe a usable server of `entry` in `lang` (undefined: it does). */
export async function staleDevReason(state: DevState | undefined, entry: string, lang: string | undefined): Promise<string | undefined> {
  if (!state)
    return 'no dev server'
  if (state.entry !== resolve(entry) || state.lang !== (lang ?? ''))
    return 'another deck or language'
  if (state.theme !== THEME_VERSION || state.slidev !== buildSlidevVersion(entry))
    return 'another theme or Slidev version'
  if (!alive(state.pid))
    return 'its process is gone'
  if (await servedDeck(state.port) !== resolve(entry))
    return `port ${state.port} does not serve this deck`
  return undefined
}

/** A running `briefing dev` of this deck and language, checked; a stale state file is removed. */
export async function findDevServer(entry: string, lang: string | undefined): Promise<{ url: string, pid: number } | undefined> {
  const file = devStateFile(entry, lang)
  const state = readState(file)
  if (!state)
    return undefined
  const reason = await staleDevReason(state, entry, lang)
  if (reason === undefined)
    return { url: `http://localhost:${state.port}/`, pid: state.pid }
  if (!alive(state.pid) || !alive(state.owner))
    rmSync(file, { force: true })
  return undefined
}
