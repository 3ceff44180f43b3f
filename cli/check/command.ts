/**
 * npm run check [-- path/to/deck.md]
 * Builds the deck, shows every slide in Chromium and prints one line per problem
 * (component error boxes, unknown elements such as a misspelt component, console
 * warnings and errors). Exit 0 when clean, 1 otherwise.
 */
import process from 'node:process'
import { checkDeck } from './check-deck'
import { parseCheckArgs } from './findings'

const args = parseCheckArgs(process.argv.slice(2))
if ('error' in args) {
  console.error(args.error)
  process.exit(1)
}
try {
  const { lines, code } = await checkDeck(args.entry)
  for (const line of lines)
    (code === 0 ? console.log : console.error)(line)
  process.exit(code)
}
catch (error) {
  console.error(`check: ${(error as Error).message}`)
  process.exit(1)
}
