// @ts-check
/**
 * The deck's own Slidev. The theme declares `@slidev/cli` as a peer dependency, so a deck
 * installs exactly one Slidev and every `briefing` command runs that one: it is resolved
 * from the deck's folder (where Slidev itself looks for the theme), never from the theme's.
 * Plain JavaScript (type-checked through JSDoc, types in slidev.d.mts) because the print
 * build (print-build.mjs) runs without the TypeScript loader.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import semver from 'semver'

/** @type {{ version: string, engines: { node: string, slidev: string } }} */
const THEME = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'))

/** The Slidev releases the theme supports (`engines.slidev` of its package.json). */
export const SLIDEV_RANGE = THEME.engines.slidev

/**
 * The releases `briefing new` installs, newest first, each with the Node it needs: Slidev 53
 * needs Node 22.12 or newer; 52.20.1 runs on Node 20.19 too (Vite 8's floor).
 */
export const SLIDEV_RELEASES = /** @type {const} */ ([
  { version: '53.0.0', node: '>=22.12.0' },
  { version: '52.20.1', node: '^20.19.0 || >=22.12.0' },
])

/**
 * The Slidev release for a Node version, and why.
 * @param {string} nodeVersion e.g. process.version
 * @returns {{ version: string, reason: string }} the release and a sentence saying why
 */
export function pickSlidevRelease(nodeVersion) {
  const [newest, ...older] = SLIDEV_RELEASES
  const node = semver.clean(nodeVersion) ?? nodeVersion
  if (semver.satisfies(node, newest.node))
    return { version: newest.version, reason: `Node ${node} meets Slidev ${semver.major(newest.version)}'s ${newest.node}` }
  const below = `Node ${node} is below ${semver.minVersion(newest.node)}, which Slidev ${semver.major(newest.version)} needs`
  const fitting = older.find(release => semver.satisfies(node, release.node))
  if (fitting)
    return { version: fitting.version, reason: `${below}; Slidev ${fitting.version} runs on it` }
  const oldest = older.at(-1) ?? newest
  return { version: oldest.version, reason: `${below}, and Slidev ${oldest.version} needs Node ${oldest.node}: install Node ${semver.minVersion(newest.node)} or newer` }
}

/** A deck without Slidev, or with one the theme does not support: the message says what to install. */
export class SlidevError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message)
    this.name = 'SlidevError'
  }
}

/**
 * @typedef {object} Slidev
 * @property {string} root the @slidev/cli package folder
 * @property {string} version its package.json version
 * @property {string} bin its `slidev` executable script
 * @property {string} entryUrl file URL of its API (resolveOptions, ViteSlidevPlugin)
 */

/**
 * Why the Slidev `version` (with its `engines.node`) cannot run the theme under `nodeVersion`;
 * undefined when it can.
 * @param {string} version
 * @param {string | undefined} slidevNode the release's own engines.node
 * @param {string} nodeVersion
 * @returns {string | undefined} the problem, in a sentence
 */
export function slidevProblem(version, slidevNode, nodeVersion) {
  if (!semver.satisfies(version, SLIDEV_RANGE, { includePrerelease: true }))
    return `Slidev ${version} is outside the range the Benelux theme ${THEME.version} supports (${SLIDEV_RANGE})`
  const node = semver.clean(nodeVersion) ?? nodeVersion
  if (slidevNode && !semver.satisfies(node, slidevNode))
    return `Slidev ${version} needs Node ${slidevNode}; this is Node ${node}`
  return undefined
}

/**
 * The deck's Slidev: @slidev/cli as Node resolves it from the deck's folder (its
 * node_modules, or a folder above). Throws SlidevError when there is none or it does not fit.
 * @param {string} deckDir the folder of the deck's markdown file
 * @returns {Slidev} where it is and what it runs
 */
export function findSlidev(deckDir) {
  const dir = resolve(deckDir)
  const advice = () => {
    const pick = pickSlidevRelease(process.version)
    return `Install a supported release in the deck's folder: cd ${dir} && npm install @slidev/cli@${pick.version} (${pick.reason}).`
  }
  // Node's own lookup (node_modules of the folder and those above it), by the package's
  // folder rather than an export of it.
  const manifest = (createRequire(join(dir, 'package.json')).resolve.paths('@slidev/cli') ?? [])
    .map(folder => join(folder, '@slidev/cli/package.json'))
    .find(file => existsSync(file))
  if (!manifest) {
    throw new SlidevError(`No Slidev for the deck in ${dir}: @slidev/cli is not installed there or in a folder above. The Benelux theme runs with the deck's own Slidev (${SLIDEV_RANGE}). ${advice()}`)
  }
  const root = dirname(manifest)
  /** @type {{ version: string, engines?: { node?: string }, exports?: any }} */
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'))
  const problem = slidevProblem(pkg.version, pkg.engines?.node, process.version)
  if (problem)
    throw new SlidevError(`The deck in ${dir} has Slidev ${pkg.version} (${root}), which cannot run it: ${problem}. ${advice()}`)
  const api = pkg.exports?.['.']?.import ?? 'dist/index.mjs'
  return { root, version: pkg.version, bin: join(root, 'bin/slidev.mjs'), entryUrl: pathToFileURL(join(root, api)).href }
}

/** @type {Map<string, Slidev>} */
const found = new Map()

/**
 * The Slidev of the deck `entry` (a markdown file), looked up once per folder.
 * @param {string} entry
 * @returns {Slidev} as findSlidev
 */
export function slidevFor(entry) {
  const dir = dirname(resolve(entry))
  let slidev = found.get(dir)
  if (!slidev)
    found.set(dir, (slidev = findSlidev(dir)))
  return slidev
}

/**
 * Imports a package as the deck's Slidev sees it (vite, @slidev/parser/fs, jiti), so that
 * the theme's builds use the very modules Slidev does.
 * @param {Slidev} slidev
 * @param {string} specifier
 * @returns {Promise<any>} the module's namespace
 */
export async function importFromSlidev(slidev, specifier) {
  const file = createRequire(join(slidev.root, 'package.json')).resolve(specifier)
  return import(pathToFileURL(file).href)
}
