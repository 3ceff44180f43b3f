/**
 * `--lang nl|fr|all` of the briefing commands: which of the deck's languages to build
 * (default: the headmatter's `lang`). The language reaches Slidev as BX_LANG
 * (setup/preparser.ts, vite.config.ts).
 */
import process from 'node:process'
import { deckLanguages } from '../../setup/bilingual'
import { UsageError } from './args'
import { readHeadmatter } from './deck'

export const LANG_OPTION = { lang: { type: 'string' } } as const

/** The help line of --lang, its text starting at `column` as the other options' do. */
export function langUsage(column: number, all = false): string {
  const head = '  --lang <xx>'.padEnd(column)
  return `${head}the deck language: one of the headmatter's \`languages\`${all ? ', or all' : ''}\n${' '.repeat(column)}(default: its \`lang\`)`
}

/**
 * The languages a command line selects: `--lang all` every declared language (lead first),
 * `--lang xx` that one, none the headmatter's `lang`. An undeclared language is a usage error.
 */
export async function selectLanguages(command: string, entry: string, value: string | undefined, usage: string, allowAll = false): Promise<string[]> {
  const headmatter = await readHeadmatter(entry)
  // The deck's own languages first: a `lang` it does not list is the deck's mistake, not the command line's.
  try {
    deckLanguages(headmatter)
  }
  catch (error) {
    throw new UsageError(`${command}: ${entry}: ${(error as Error).message}`)
  }
  if (value === 'all') {
    if (!allowAll)
      throw new UsageError(`${command}: --lang all is for export only; give one language`, usage)
    return deckLanguages(headmatter).languages
  }
  try {
    return [deckLanguages(headmatter, value).lang]
  }
  catch (error) {
    throw new UsageError(`${command}: --lang: ${(error as Error).message}`, usage)
  }
}

/** Sets BX_LANG for this process and the Slidev processes it starts. */
export function useLanguage(lang: string): void {
  process.env.BX_LANG = lang
}
