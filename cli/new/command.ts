import type { SampleSlide } from './scaffold'
/**
 * briefing new <dir> [--title "…"] [--theme <npm spec>] [--slidev <version>]
 * Creates a deck folder: package.json (this theme and Slidev, the briefing commands as
 * scripts), slides.md with one sample slide per component, README.md and .gitignore.
 * The Slidev release is the newest that runs on this Node (cli/shared/slidev.mjs), unless
 * --slidev names one. The last line of output is the path of the new slides.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseCommand, UsageError } from '../shared/args'
import { requireOutputFolder } from '../shared/out-dir'
import { pickSlidevRelease, SLIDEV_RANGE } from '../shared/slidev.mjs'
import { THEME_PACKAGE, THEME_ROOT, THEME_VERSION } from '../shared/theme'
import { checkDeckName, checkSlidevVersion, componentNameFromSnippet, GITIGNORE, renderNewDeck, renderPackageJson, renderReadme, sampleDataFiles, themeDependency, titleFromName } from './scaffold'

export const usage = `Usage: briefing new <dir> [options]

Creates the folder <dir> with a deck on the Benelux theme: slides.md with one sample slide
per component, the data/ files its chart samples read, package.json (dev, build, export,
check scripts), README.md, .gitignore.

Options:
  --title <text>   the deck's title (default: from the folder name)
  --theme <spec>   npm spec of the theme dependency (default: the theme this command runs from)
  --slidev <ver>   the deck's @slidev/cli version, within ${SLIDEV_RANGE} (default: 53.0.0 on
                   Node 22.12 or newer, 52.20.1 on older Node)
  -h, --help       this help`

const spec = {
  name: 'briefing new',
  usage,
  maxPositionals: 1,
  options: { title: { type: 'string' }, theme: { type: 'string' }, slidev: { type: 'string' } },
} as const

/** `resolved` of the theme in the lock of the install it sits in (npx writes one), if any. */
function lockResolved(): string | undefined {
  const lock = join(THEME_ROOT, '..', '.package-lock.json')
  try {
    const packages = (JSON.parse(readFileSync(lock, 'utf8')) as { packages?: Record<string, { resolved?: string }> }).packages ?? {}
    return packages[`node_modules/${THEME_PACKAGE.name}`]?.resolved
  }
  catch {
    return undefined
  }
}

/** The theme's component samples (snippets/*.md), one sample slide each. */
export function readSamples(snippetDir = join(THEME_ROOT, 'snippets')): SampleSlide[] {
  const files = existsSync(snippetDir) ? readdirSync(snippetDir).filter(f => f.endsWith('.md')).sort() : []
  return files.map((file) => {
    const markdown = readFileSync(join(snippetDir, file), 'utf8')
    return { component: componentNameFromSnippet(file, markdown), markdown }
  })
}

/**
 * Copies the theme's data files that the samples read (data/population.csv…) into the new
 * deck's data/ folder, where <Chart src> finds them. Throws naming a file the theme lacks.
 */
export function writeSampleData(samples: SampleSlide[], target: string, themeRoot = THEME_ROOT): string[] {
  const files = sampleDataFiles(samples)
  for (const file of files) {
    const from = join(themeRoot, file)
    if (!existsSync(from))
      throw new Error(`a sample reads ${file}, which the theme does not have (${from})`)
    mkdirSync(dirname(join(target, file)), { recursive: true })
    writeAtomic(join(target, file), readFileSync(from, 'utf8'))
  }
  return files
}

function writeAtomic(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temp, text)
    renameSync(temp, file)
  }
  finally {
    rmSync(temp, { force: true })
  }
}

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(spec, argv)
  if (args.help) {
    console.log(usage)
    return 0
  }
  const dir = args.positionals[0]
  if (!dir)
    throw new UsageError(`${spec.name}: give the new deck a folder, e.g. briefing new my-briefing`, usage)
  const target = resolve(dir)
  const name = basename(target)
  const problem = checkDeckName(name)
  if (problem)
    throw new UsageError(`${spec.name}: ${problem}`, usage)
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
    console.error(`${spec.name}: ${target} already exists and is not an empty folder; choose another name or remove it first`)
    return 1
  }
  // Under /proc, under a file, no permission: said before anything is made (mkdir would loop under /proc).
  requireOutputFolder(spec.name, 'the folder', dir)

  const samples = readSamples()
  if (samples.length === 0) {
    console.error(`${spec.name}: no component samples found in ${join(THEME_ROOT, 'snippets')} (expected *.md files); is the theme installed completely?`)
    return 1
  }
  const slidevProblem = args.values.slidev === undefined ? undefined : checkSlidevVersion(args.values.slidev, SLIDEV_RANGE)
  if (slidevProblem)
    throw new UsageError(`${spec.name}: --slidev ${slidevProblem}`, usage)
  const slidev = args.values.slidev === undefined ? pickSlidevRelease(process.version) : { version: args.values.slidev, reason: 'given with --slidev' }
  const title = args.values.title?.trim() || titleFromName(name)
  const themeSpec = args.values.theme ?? themeDependency(THEME_ROOT, THEME_VERSION, lockResolved())

  mkdirSync(target, { recursive: true })
  try {
    writeAtomic(join(target, 'package.json'), renderPackageJson({ name, themeSpec, slidevVersion: slidev.version }))
    writeAtomic(join(target, 'README.md'), renderReadme(title))
    writeAtomic(join(target, '.gitignore'), GITIGNORE)
    writeAtomic(join(target, 'slides.md'), renderNewDeck({ title, themePath: 'benelux', samples }))
    writeSampleData(samples, target)
  }
  catch (error) {
    console.error(`${spec.name}: could not write into ${target}: ${(error as Error).message}`)
    return 1
  }
  const shown = relative(process.cwd(), target) || '.'
  console.log(`Created ${shown}: a deck with ${samples.length} component samples on slidev-theme-benelux (${themeSpec}).`)
  console.log(`Slidev ${slidev.version}: ${slidev.reason}.`)
  console.log(`Next: cd ${shown} && npm install && npm run dev`)
  console.log(join(target, 'slides.md'))
  return 0
}
