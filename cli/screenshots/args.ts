/** Command line of `npm run screenshots [-- deck.md] [-- --out dir] [-- --dist built-dir]`. */
export interface ScreenshotArgs {
  /** The deck to picture; the main deck when absent. */
  deck?: string
  /** Where the PNGs go; `screenshots/` when absent. */
  out?: string
  /** An existing `slidev build` output of the deck, to skip building. */
  dist?: string
}

export const SCREENSHOT_USAGE = 'Usage: npm run screenshots [-- deck.md] [-- --out dir] [-- --dist built-dir]'

export function parseScreenshotArgs(argv: string[]): ScreenshotArgs {
  const args: ScreenshotArgs = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--out' || arg === '--dist') {
      const value = argv[++i]
      if (!value || value.startsWith('--'))
        throw new Error(`${arg} needs a directory.\n${SCREENSHOT_USAGE}`)
      args[arg === '--out' ? 'out' : 'dist'] = value
    }
    else if (arg.startsWith('--')) {
      throw new Error(`Unknown option ${arg}.\n${SCREENSHOT_USAGE}`)
    }
    else if (args.deck) {
      throw new Error(`Only one deck at a time (got ${args.deck} and ${arg}).\n${SCREENSHOT_USAGE}`)
    }
    else {
      args.deck = arg
    }
  }
  return args
}

/** slide-01.png … slide-21.png: sorted by name is sorted by slide. */
export function screenshotName(no: number, total: number): string {
  return `slide-${String(no).padStart(Math.max(2, String(total).length), '0')}.png`
}
