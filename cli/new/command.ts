/**
 * npm run new-deck -- <name> [--dir <parent folder>]
 * Creates <parent>/<name>/slides.md (parent defaults to decks/): a deck that uses this
 * repository as its theme and shows every component with the sample data of snippets/.
 * The last line of output is the path of the new entry file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../shared/build'
import { checkDeckName, componentNameFromSnippet, renderNewDeck, titleFromName } from './scaffold'

function fail(message: string): never {
  console.error(`new-deck: ${message}`)
  process.exit(1)
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string', default: join(PROJECT_ROOT, 'decks') } },
})
const name = positionals[0]
const problem = checkDeckName(name)
if (problem || !name)
  fail(problem ?? 'missing name')

const parent = resolve(values.dir)
const target = join(parent, name)
if (existsSync(target))
  fail(`${target} already exists; choose another name or remove it first`)

const snippetDir = join(PROJECT_ROOT, 'snippets')
const snippetFiles = existsSync(snippetDir) ? readdirSync(snippetDir).filter(f => f.endsWith('.md')).sort() : []
if (snippetFiles.length === 0)
  fail(`no component samples found in ${snippetDir} (expected *.md files)`)

const samples = snippetFiles.map((file) => {
  const markdown = readFileSync(join(snippetDir, file), 'utf8')
  return { component: componentNameFromSnippet(file, markdown), markdown }
})
const themePath = relative(target, PROJECT_ROOT).split(sep).join('/') || '.'
const markdown = renderNewDeck({ title: titleFromName(name), themePath, samples })

mkdirSync(target, { recursive: true })
const entry = join(target, 'slides.md')
const temp = `${entry}.${process.pid}.tmp`
try {
  writeFileSync(temp, markdown)
  renameSync(temp, entry)
}
catch (error) {
  rmSync(temp, { force: true })
  fail(`could not write ${entry}: ${(error as Error).message}`)
}

console.log(`Created a deck with ${samples.length} component samples, using the theme at ${PROJECT_ROOT}.`)
console.log(`Present it: npx slidev ${relative(process.cwd(), entry)}`)
console.log(`Build it:   npx slidev build ${relative(process.cwd(), entry)}`)
console.log(entry)
