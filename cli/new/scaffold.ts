/**
 * Pure parts of `npm run new-deck`: name checks and the generated deck's markdown.
 * The CLI (cli/new/command.ts) does the file system work.
 */
import { basename, extname } from 'node:path'

const RE_SAFE_NAME = /^[a-z0-9][\w-]{0,63}$/i
const RE_WORD_SEPARATORS = /[-_]+/g
const RE_KEBAB_PART = /(?:^|-)([a-z0-9])/g
const WINDOWS_RESERVED = new Set(['con', 'prn', 'aux', 'nul', 'com1', 'com2', 'com3', 'lpt1', 'lpt2', 'lpt3'])

/** Returns why `name` is not a safe deck folder name, or undefined when it is fine. */
export function checkDeckName(name: string | undefined): string | undefined {
  if (!name)
    return 'Give the new deck a name: npm run new-deck -- <name>'
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

export interface NewDeckOptions {
  title: string
  /** Path from the new deck's folder to this repository (the theme), posix separators. */
  themePath: string
  samples: SampleSlide[]
}

/** The new deck's slides.md: a cover, one slide per component sample, a closing slide. */
export function renderNewDeck({ title, themePath, samples }: NewDeckOptions): string {
  const head = [
    '---',
    `theme: ${JSON.stringify(themePath)}`,
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
