/**
 * Pure parts of `briefing new`: name checks and the files of a new deck folder.
 * The command (cli/new/command.ts) does the file system work.
 */
import { basename, extname, isAbsolute, join } from 'node:path'
import semver from 'semver'

const RE_SAFE_NAME = /^[a-z0-9][\w-]{0,63}$/i
/** Why `version` cannot be the new deck's @slidev/cli (an exact version within `range`); undefined when it can. */
export function checkSlidevVersion(version: string, range: string): string | undefined {
  if (!semver.valid(version))
    return `takes an exact Slidev version such as 53.0.0, got "${version}"`
  if (!semver.satisfies(version, range, { includePrerelease: true }))
    return `${version} is outside the Slidev releases the theme supports (${range})`
  return undefined
}

const RE_WORD_SEPARATORS = /[-_]+/g
const RE_KEBAB_PART = /(?:^|-)([a-z0-9])/g
const WINDOWS_RESERVED = new Set(['con', 'prn', 'aux', 'nul', 'com1', 'com2', 'com3', 'lpt1', 'lpt2', 'lpt3'])

/** Returns why `name` is not a safe deck folder name, or undefined when it is fine. */
export function checkDeckName(name: string | undefined): string | undefined {
  if (!name)
    return 'Give the new deck a folder: briefing new <dir>'
  if (!RE_SAFE_NAME.test(name))
    return `"${name}" is not a safe deck name: use letters, digits, "-" or "_" (at most 64, starting with a letter or digit)`
  if (WINDOWS_RESERVED.has(name.toLowerCase()))
    return `"${name}" is a reserved file name on Windows; choose another`
  return undefined
}

/** "eu-briefing_2026" -> "Eu briefing 2026" */
export function titleFromName(name: string): string {
  const words = name.replace(RE_WORD_SEPARATORS, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const RE_FIRST_COMPONENT = /<([A-Z]\w*)/

/** The component a snippet shows: its first PascalCase tag, else the file name ("org-chart.md" -> "OrgChart"). */
export function componentNameFromSnippet(file: string, markdown = ''): string {
  const tag = RE_FIRST_COMPONENT.exec(markdown)?.[1]
  if (tag)
    return tag
  const stem = basename(file, extname(file)).toLowerCase()
  return stem.replace(RE_KEBAB_PART, (_, c: string) => c.toUpperCase())
}

export interface SampleSlide {
  /** Component name, used as the slide title. */
  component: string
  /** The snippet's markdown: the component with sample data. */
  markdown: string
}

const RE_DATA_SRC = /\bsrc="(?:\.\/)?(data\/[^"]+)"/g

/** The data files the samples read (`<Chart src="data/population.csv">`), which the new deck gets beside slides.md. */
export function sampleDataFiles(samples: SampleSlide[]): string[] {
  const files = new Set(samples.flatMap(s => Array.from(s.markdown.matchAll(RE_DATA_SRC), m => m[1]!)))
  return [...files].sort()
}

export interface NewDeckOptions {
  title: string
  /** The `theme:` of the headmatter: `benelux` (the installed package) or a path to the theme. */
  themePath: string
  samples: SampleSlide[]
}

/** The new deck's slides.md: a cover, one slide per component sample, a closing slide. */
export function renderNewDeck({ title, themePath, samples }: NewDeckOptions): string {
  const head = [
    '---',
    `theme: ${themePath}`,
    `title: ${JSON.stringify(title)}`,
    'author: Benelux',
    'lang: nl',
    'info: Nieuwe briefing op basis van het Benelux-thema en de briefingcomponenten.',
    'layout: cover',
    '---',
    '',
    `# ${title}`,
    '',
    '## Nieuwe briefing',
    '',
    '<!--',
    'Sprekersnotities staan in een HTML-commentaar aan het einde van elke slide.',
    '-->',
  ].join('\n')
  const body = samples.map(sample => [
    '---',
    '',
    `# ${sample.component}`,
    '',
    sample.markdown.trim(),
    '',
    '<!--',
    `Voorbeeld van de component ${sample.component}; vervang de gegevens door die van uw briefing.`,
    '-->',
  ].join('\n'))
  const end = ['---', 'layout: end', '---', '', '# Dank u', '', '<!--', 'Afsluiting en vragen.', '-->'].join('\n')
  return `${[head, ...body, end].join('\n\n')}\n`
}

export interface DeckPackageOptions {
  name: string
  /** npm spec of the theme: a version range, or file: a tarball or checkout. */
  themeSpec: string
  slidevVersion: string
}

/** package.json of a new deck folder: the theme and Slidev, and the briefing commands as scripts. */
export function renderPackageJson({ name, themeSpec, slidevVersion }: DeckPackageOptions): string {
  const pkg = {
    name: name.toLowerCase(),
    private: true,
    type: 'module',
    scripts: {
      dev: 'briefing dev',
      build: 'briefing build',
      export: 'briefing export',
      check: 'briefing check',
      screenshots: 'briefing screenshots',
    },
    dependencies: {
      '@slidev/cli': slidevVersion,
      'slidev-theme-benelux': themeSpec,
    },
    // npm 11's install-script review (advisory until npm 12): Slidev's esbuild checks its
    // binary after install; nothing else in the deck, the theme included, has a script.
    allowScripts: { esbuild: true },
  }
  return `${JSON.stringify(pkg, null, 2)}\n`
}

export function renderReadme(title: string): string {
  return [
    `# ${title}`,
    '',
    'A briefing on the Benelux Slidev theme (`slidev-theme-benelux`). Edit `slides.md`.',
    '',
    'Install and present (presenter view at http://localhost:3030/presenter/):',
    '',
    '```sh',
    'npm install && npm run dev',
    '```',
    '',
    'Slides PDF and A4 handouts into `exports/` (needs Chromium or Chrome):',
    '',
    '```sh',
    'npm run export',
    '```',
    '',
    '`npm run check` renders every slide and lists every problem; `npx briefing --help` lists all commands.',
    '',
  ].join('\n')
}

export const GITIGNORE = ['node_modules', 'dist', 'exports', 'screenshots', '.slidev', ''].join('\n')

const RE_NODE_MODULES_PACKAGE = /[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+$/

/**
 * Which theme the new deck depends on: the one `briefing new` runs from. A checkout is
 * linked as `file:<folder>`; a copy installed from a tarball (as `npx --package x.tgz`
 * does) points at that tarball, which npm's lock of that install names; a copy from the
 * registry gets `^version`. `lockResolved` is that lock's `resolved` for the theme.
 */
export function themeDependency(themeRoot: string, version: string, lockResolved?: string): string {
  if (!RE_NODE_MODULES_PACKAGE.test(themeRoot))
    return `file:${themeRoot}`
  if (lockResolved?.startsWith('file:')) {
    const path = lockResolved.slice('file:'.length)
    const installRoot = themeRoot.replace(RE_NODE_MODULES_PACKAGE, '')
    return `file:${isAbsolute(path) ? path : join(installRoot, path)}`
  }
  return `^${version}`
}
