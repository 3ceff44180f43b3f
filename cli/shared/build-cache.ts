/**
 * The content-addressed cache of print builds: one build per deck state, shared by `check`,
 * `export` and `screenshots` (and the single file of `build --single-file`).
 *
 * An entry is a finished build plus its manifest: the files the build read, as the build
 * itself reported them (the bundler's module graph and watch files, Slidev's markdown and
 * snippet files, the vite.config files and their imports; print-build.mjs writes that list),
 * each with the hash of its content; the npm packages it used, by version; and the listing
 * of the roots' folders that Slidev picks files from by name (public/, components/,
 * layouts/, setup/, styles/, …), so that a file added there counts too. The slot an entry
 * goes in is keyed by what is known before building (kind, deck path, language, options,
 * the deck's own Slidev by version and folder, the theme's version, the builder's own
 * files); an entry is reused when every file, package and listing of its manifest is
 * unchanged. The theme's files count as the deck's: those the bundle imports and those of
 * its folders taken by name.
 *
 * Entries live in `<deck>/node_modules/.cache/briefing/builds/<key>/`; a build runs in
 * `tmp/<…>/` there and is renamed into place only once complete, so an interrupted or
 * failed build is never found. The cache keeps at most MAX_BYTES; least recently used
 * entries go first, never one that a running command is using.
 */
import type { Dirent } from 'node:fs'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { findSlidev } from './slidev.mjs'
import { THEME_ROOT, THEME_VERSION } from './theme'

/** Bytes the cache may hold (BRIEFING_CACHE_MB overrides); least recently used entries are removed beyond it. */
export const MAX_BYTES = Number(process.env.BRIEFING_CACHE_MB ?? 512) * 1024 * 1024

/** Folders of a root whose files Slidev takes by name (not only by import); data/ is <Chart src>'s glob (components/Chart.vue). */
export const ROOT_FOLDERS = ['public', 'components', 'layouts', 'setup', 'styles', 'snippets', 'data']
/** Files of a root that Slidev or the theme read by name. */
export const ROOT_FILES = ['package.json', 'index.html', 'uno.config.ts', 'uno.config.js', 'unocss.config.ts', 'vite.config.ts', 'vite.config.js', 'vite.config.mts', 'vite.config.mjs', 'slide-top.vue', 'slide-bottom.vue', 'global-top.vue', 'global-bottom.vue', 'custom-nav-controls.vue']
/** The builder's own sources: part of every key (a change to how we build rebuilds). */
const BUILDER_FILES = ['cli/shared/print-build.mjs', 'cli/shared/preparsers.mjs', 'cli/build/single-file.ts', 'cli/build/font-subsets.ts', 'cli/build/inline-check.ts', 'cli/build/presenter-notice.ts']

/** What kind of build: the print build (check, export, screenshots) or the single HTML file. */
export type BuildKind = 'print' | 'single-file'

/**
 * The Slidev that builds the deck `entry`: the deck's own (cli/shared/slidev.mjs), as
 * `version@folder`, so that another release or another install of it rebuilds.
 */
export function buildSlidevVersion(entry: string): string {
  // Not slidevFor's per-folder memo: an install between two builds of one process counts.
  const slidev = findSlidev(dirname(resolve(entry)))
  return `${slidev.version}@${slidev.root}`
}

const hash = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

/** `<deck>/node_modules/.cache/briefing`: the deck's folder, or the nearest folder above it with a package.json or node_modules. */
export function cacheRoot(entry: string): string {
  const start = dirname(resolve(entry))
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules')) || existsSync(join(dir, 'package.json')))
      return join(dir, 'node_modules', '.cache', 'briefing')
    if (dirname(dir) === dir)
      return join(start, 'node_modules', '.cache', 'briefing')
  }
}

export interface SlotInput {
  kind: BuildKind
  entry: string
  /** The deck language built (always given: the commands resolve the default first). */
  lang: string | undefined
  /** Options that change the output (none for the print build today). */
  options?: Record<string, unknown>
}

/** The key of what decides a build before it runs (files aside): names the slot its entries go in. */
export function slotKey(input: SlotInput): string {
  const builder = BUILDER_FILES.map(file => existsSync(join(THEME_ROOT, file)) ? hash(readFileSync(join(THEME_ROOT, file))) : '-')
  return hash(JSON.stringify({
    v: 1,
    kind: input.kind,
    entry: resolve(input.entry),
    lang: input.lang ?? '',
    options: input.options ?? {},
    slidev: buildSlidevVersion(input.entry),
    theme: THEME_VERSION,
    builder,
  })).slice(0, 16)
}

/** What a build depended on, as recorded in its manifest. */
export interface Dependencies {
  /** Absolute path -> sha256 of its content ('' for a file that did not exist). */
  files: Record<string, string>
  /** Package folder -> `name@version`, for files inside node_modules. */
  packages: Record<string, string>
  /** The roots (deck folder, theme) whose ROOT_FOLDERS are listed. */
  roots: string[]
}

export interface Manifest extends Dependencies {
  slot: string
  key: string
  kind: BuildKind
  entry: string
  lang: string
  /** The command that made the build (check, export, …). */
  createdBy: string
  createdAt: number
  /** Size of the entry in bytes. */
  bytes: number
}

const RE_QUERY = /[?#].*$/
const RE_NODE_MODULES = /[\\/]node_modules[\\/]/

/** The files (not folders) under `dir`, recursively, skipping node_modules and dot folders. */
function filesUnder(dir: string): string[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  }
  catch {
    return []
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : filesUnder(path)
    return entry.isFile() ? [path] : []
  })
}

/** The files Slidev or the theme take from a root by name: ROOT_FILES and everything under ROOT_FOLDERS. */
export function rootFiles(roots: string[]): string[] {
  return [...new Set(roots.flatMap(root => [
    ...ROOT_FILES.map(file => join(root, file)).filter(existsSync),
    ...ROOT_FOLDERS.flatMap(folder => filesUnder(join(root, folder))),
  ]))].sort()
}

/** The package folder of a file inside node_modules (`…/node_modules/@scope/name`), or undefined. */
export function packageDir(file: string): string | undefined {
  const at = file.lastIndexOf(`${sep}node_modules${sep}`)
  if (at < 0)
    return undefined
  const rest = file.slice(at + '/node_modules/'.length).split(sep)
  const name = rest[0]!.startsWith('@') ? rest.slice(0, 2) : rest.slice(0, 1)
  return join(file.slice(0, at), 'node_modules', ...name)
}

function packageVersion(dir: string): string {
  try {
    const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string, version?: string }
    return `${name}@${version}`
  }
  catch {
    return '-'
  }
}

/** Hashes of file contents, each file read once per lookup. */
export class FileHashes {
  private readonly seen = new Map<string, string>()
  of(file: string): string {
    let value = this.seen.get(file)
    if (value === undefined) {
      try {
        value = hash(readFileSync(file))
      }
      catch {
        value = ''
      }
      this.seen.set(file, value)
    }
    return value
  }
}

/**
 * What a build depended on: `reported` (the files the build read, from print-build.mjs)
 * sorted into content-hashed files and versioned packages (a file inside node_modules,
 * unless it belongs to one of the roots, such as the theme installed in a deck), plus the
 * roots' files by name. Generated files (node_modules/.slidev, .cache) are left out: they
 * come from the rest.
 */
export function dependencies(reported: string[], roots: string[], hashes = new FileHashes()): Dependencies {
  const rootSet = new Set(roots.map(r => resolve(r)))
  const files: Record<string, string> = {}
  const packages: Record<string, string> = {}
  const all = [...reported.map(f => f.replace(RE_QUERY, '')), ...rootFiles([...rootSet])]
  for (const raw of all) {
    if (!raw || raw.startsWith('\0') || !raw.startsWith(sep))
      continue
    const file = resolve(raw)
    if (file.includes(`${sep}node_modules${sep}.`))
      continue
    const pkg = RE_NODE_MODULES.test(file) ? packageDir(file) : undefined
    if (pkg && !rootSet.has(pkg)) {
      packages[pkg] ??= packageVersion(pkg)
      continue
    }
    // Bundler ids of Slidev's virtual modules look like paths (slides.md__slidev_1.md).
    if (!existsSync(file) || !statSync(file).isFile())
      continue
    files[file] = hashes.of(file)
  }
  // npm rewrites it on every install that changes a package: the installed versions (also
  // of packages that only CSS imports, such as the fonts).
  for (const root of rootSet) {
    for (let dir = root; ; dir = dirname(dir)) {
      const lock = join(dir, 'node_modules', '.package-lock.json')
      if (existsSync(lock)) {
        files[lock] = hashes.of(lock)
        break
      }
      if (dirname(dir) === dir)
        break
    }
  }
  return { files, packages, roots: [...rootSet].sort() }
}

/** The full key of an entry: its slot and everything it depended on. */
export function entryKey(slot: string, deps: Dependencies): string {
  const sorted = (record: Record<string, string>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1))
  return hash(JSON.stringify([slot, sorted(deps.files), sorted(deps.packages), deps.roots])).slice(0, 24)
}

/** Why an entry's manifest no longer matches the files, or undefined when it does. */
export function staleReason(manifest: Manifest, hashes = new FileHashes()): string | undefined {
  for (const [file, expected] of Object.entries(manifest.files)) {
    if (hashes.of(file) !== expected)
      return `${file} changed`
  }
  for (const [dir, expected] of Object.entries(manifest.packages)) {
    if (packageVersion(dir) !== expected)
      return `${expected} changed`
  }
  const known = new Set(Object.keys(manifest.files))
  const added = rootFiles(manifest.roots).find(file => !known.has(file))
  return added ? `${added} was added` : undefined
}

export interface CacheHit {
  dir: string
  manifest: Manifest
  /** Removes this command's mark on the entry (so that it may be evicted again). */
  release: () => void
}

function readManifest(dir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest
  }
  catch {
    return undefined
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const USE_PREFIX = '.in-use-'

/** Marks an entry as used by this process (eviction skips it) and records when it was last used. */
function markInUse(dir: string): () => void {
  const mark = join(dir, `${USE_PREFIX}${process.pid}-${randomBytes(3).toString('hex')}`)
  try {
    writeFileSync(mark, '')
  }
  catch {}
  return () => rmSync(mark, { force: true })
}

function inUse(dir: string): boolean {
  let names: string[]
  try {
    names = readdirSync(dir)
  }
  catch {
    return false
  }
  return names.some((name) => {
    if (!name.startsWith(USE_PREFIX))
      return false
    const pid = Number(name.slice(USE_PREFIX.length).split('-')[0])
    if (pidAlive(pid))
      return true
    rmSync(join(dir, name), { force: true })
    return false
  })
}

/** The newest entry of `slot` whose manifest still matches the files, marked in use. */
export function lookup(root: string, slot: string): CacheHit | undefined {
  const builds = join(root, 'builds')
  let names: string[]
  try {
    names = readdirSync(builds)
  }
  catch {
    return undefined
  }
  const hashes = new FileHashes()
  const candidates = names
    .map(name => ({ dir: join(builds, name), manifest: readManifest(join(builds, name)) }))
    .filter((c): c is { dir: string, manifest: Manifest } => c.manifest?.slot === slot)
    .sort((a, b) => b.manifest.createdAt - a.manifest.createdAt)
  for (const { dir, manifest } of candidates) {
    if (staleReason(manifest, hashes) === undefined) {
      const release = markInUse(dir)
      // Last use, for the eviction order.
      const now = new Date()
      try {
        utimesSync(join(dir, 'manifest.json'), now, now)
      }
      catch {}
      return { dir, manifest, release }
    }
  }
  return undefined
}

/** A build under way inside the cache folder: `dir` is where it writes; commit() moves it into place. */
export interface PendingEntry {
  /** The folder the build writes its output to. */
  dir: string
  /** The file print-build.mjs writes the list of files it read into. */
  depsFile: string
  /**
   * Records the manifest and renames the build into place: the entry's final folder (an
   * equal entry that another command committed first is used instead). Nothing is
   * committed when a dependency changed after `started` (the build may have read either
   * version): then the build stays usable for this command and is removed by abandon().
   */
  commit: (reported: string[], started: number) => CacheHit | undefined
  /** Removes the temporary folder (a failed or interrupted build, or one not committed). */
  abandon: () => void
}

/** Starts an entry: a fresh temporary folder under `root`/tmp, removed unless committed. */
export function pendingEntry(root: string, slot: string, info: { kind: BuildKind, entry: string, lang: string | undefined, createdBy: string }): PendingEntry {
  const tmp = join(root, 'tmp', `${slot}-${process.pid}-${randomBytes(4).toString('hex')}`)
  mkdirSync(tmp, { recursive: true })
  removeStaleTemps(root)
  const dir = join(tmp, 'out')
  const depsFile = join(tmp, 'deps.json')
  let committed = false
  return {
    dir,
    depsFile,
    commit(reported, started) {
      const deps = dependencies(reported, readDepsRoots(depsFile))
      const changed = Object.keys(deps.files).find((file) => {
        try {
          return statSync(file).mtimeMs >= started
        }
        catch {
          return false
        }
      })
      if (changed)
        return undefined
      const key = entryKey(slot, deps)
      const manifest: Manifest = { ...deps, slot, key, kind: info.kind, entry: resolve(info.entry), lang: info.lang ?? '', createdBy: info.createdBy, createdAt: Date.now(), bytes: sizeOf(tmp) }
      writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 1))
      const final = join(root, 'builds', key)
      mkdirSync(dirname(final), { recursive: true })
      try {
        renameSync(tmp, final)
        committed = true
      }
      catch {
        // Another command committed the same entry first: use that one.
        if (!readManifest(final))
          return undefined
      }
      evict(root, MAX_BYTES)
      const release = markInUse(final)
      return { dir: final, manifest: readManifest(final) ?? manifest, release }
    },
    abandon() {
      if (!committed)
        rmSync(tmp, { recursive: true, force: true })
    },
  }
}

/** The roots print-build.mjs reported beside the files. */
function readDepsRoots(depsFile: string): string[] {
  try {
    return (JSON.parse(readFileSync(depsFile, 'utf8')) as { roots: string[] }).roots
  }
  catch {
    return []
  }
}

/** The files print-build.mjs reported (none when it wrote no list). */
export function readReported(depsFile: string): string[] | undefined {
  try {
    return (JSON.parse(readFileSync(depsFile, 'utf8')) as { files: string[] }).files
  }
  catch {
    return undefined
  }
}

/** Temporary build folders of processes that are gone (killed halfway). */
function removeStaleTemps(root: string): void {
  const tmp = join(root, 'tmp')
  for (const name of safeList(tmp)) {
    const pid = Number(name.split('-')[1])
    if (Number.isInteger(pid) && !pidAlive(pid))
      rmSync(join(tmp, name), { recursive: true, force: true })
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir)
  }
  catch {
    return []
  }
}

function sizeOf(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      total += statSync(join(entry.parentPath, entry.name)).size
  }
  return total
}

/** Removes least recently used entries until the cache holds at most `maxBytes`; never one in use. */
export function evict(root: string, maxBytes: number): string[] {
  const builds = join(root, 'builds')
  const entries = safeList(builds).map((name) => {
    const dir = join(builds, name)
    const manifest = readManifest(dir)
    let used = 0
    try {
      used = statSync(join(dir, 'manifest.json')).mtimeMs
    }
    catch {}
    return { dir, bytes: manifest?.bytes ?? 0, used, valid: !!manifest }
  })
  let total = entries.reduce((sum, e) => sum + e.bytes, 0)
  const removed: string[] = []
  for (const entry of entries.sort((a, b) => a.used - b.used)) {
    if (entry.valid && total <= maxBytes)
      break
    if (inUse(entry.dir))
      continue
    rmSync(entry.dir, { recursive: true, force: true })
    total -= entry.bytes
    removed.push(entry.dir)
  }
  return removed
}

/** `reused (unchanged since check, 12 s ago)` */
export function describeReuse(manifest: Manifest, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - manifest.createdAt) / 1000))
  const ago = s < 90 ? `${s} s` : s < 90 * 60 ? `${Math.round(s / 60)} min` : s < 36 * 3600 ? `${Math.round(s / 3600)} h` : `${Math.round(s / 86400)} d`
  return `reused (unchanged since ${manifest.createdBy}, ${ago} ago)`
}

/** For messages: a path relative to the current folder. */
export function shortPath(path: string): string {
  return relative(process.cwd(), path) || path
}

/** Removes a file if it exists. */
export function removeFile(file: string): void {
  try {
    unlinkSync(file)
  }
  catch {}
}
