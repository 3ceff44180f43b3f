/**
 * briefing dev [deck.md] [--port N] [--open] [--lang xx]
 * Slidev's dev server for a deck on this theme (presenter view at /presenter/), with the
 * deck's own Slidev. Ctrl-C stops it. Once the server answers, it is announced in a
 * state file (cli/shared/dev-state.ts) so that `briefing export` prints from it; the file
 * is removed when the server ends.
 */
import { spawn } from 'node:child_process'
import process from 'node:process'
import { deckEntry, parseCommand, UsageError } from '../shared/args'
import { endTree, endWithProcess } from '../shared/children'
import { servedDeck, writeDevState } from '../shared/dev-state'
import { handleInterrupts, INTERRUPTED_EXIT } from '../shared/interrupt'
import { LANG_OPTION, langUsage, selectLanguages, useLanguage } from '../shared/lang'
import { slidevFor } from '../shared/slidev.mjs'

export const usage = `Usage: briefing dev [deck.md] [options]

Presents the deck (default: slides.md) with hot reload on http://localhost:3030/;
presenter view at /presenter/.

Options:
  --port <n>   port (default: 3030)
  --open       open a browser
${langUsage(15)}
  -h, --help   this help`

const spec = {
  name: 'briefing dev',
  usage,
  maxPositionals: 1,
  options: { port: { type: 'string' }, open: { type: 'boolean' }, ...LANG_OPTION },
} as const

const RE_PORT = /^\d{1,5}$/
/** How long Slidev may take to stop after Ctrl-C before it is killed. */
const STOP_GRACE_MS = 2500

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(spec, argv)
  if (args.help) {
    console.log(usage)
    return 0
  }
  const { port, open } = args.values
  if (port !== undefined && (!RE_PORT.test(port) || Number(port) < 1 || Number(port) > 65535))
    throw new UsageError(`${spec.name}: --port takes a port number (1-65535), got "${port}"`, usage)
  const entry = deckEntry(spec.name, args.positionals[0], usage)
  const [lang] = await selectLanguages(spec.name, entry, args.values.lang, usage)
  useLanguage(lang!)
  const slidevArgs = [slidevFor(entry).bin, entry, '--port', port ?? '3030', ...(open ? ['--open'] : [])]
  // Ctrl-C and SIGTERM stop Slidev and every process it started (a second one at once,
  // cli/shared/interrupt.ts); whatever still runs when this process exits is killed.
  const interrupts = handleInterrupts()
  const child = endWithProcess(spawn(process.execPath, slidevArgs, { stdio: 'inherit' }), { tree: true, signal: 'SIGKILL' })
  let removeState = () => {}
  let ended = false
  // Announce the server once it serves this deck (Slidev loads for a few seconds first).
  void (async () => {
    // eslint-disable-next-line no-unmodified-loop-condition -- set by the child's exit handler
    while (!ended && child.pid) {
      if (await servedDeck(Number(port ?? 3030), 1000) === entry) {
        if (!ended)
          removeState = writeDevState({ pid: child.pid, owner: process.pid, port: Number(port ?? 3030), entry, lang: lang! })
        return
      }
      await new Promise(done => setTimeout(done, 300))
    }
  })()
  // A terminal's Ctrl-C reaches Slidev too; a SIGTERM to this process alone is passed on. A
  // Slidev that has not ended STOP_GRACE_MS later is killed, with what it started.
  const stopping = new Promise<void>(done => interrupts.signal.addEventListener('abort', () => {
    void endTree(child, interrupts.received, STOP_GRACE_MS).then(done)
  }, { once: true }))
  process.once('exit', () => removeState())
  try {
    return await new Promise<number>((done) => {
      child.once('error', (error) => {
        console.error(`${spec.name}: could not start Slidev: ${error.message}`)
        done(1)
      })
      child.once('exit', (code, signal) => {
        ended = true
        removeState()
        if (interrupts.received) {
          // Slidev's own processes go with it.
          void stopping.then(() => {
            console.error(`${spec.name}: stopped (${interrupts.received}).`)
            done(INTERRUPTED_EXIT)
          })
          return
        }
        done(signal ? INTERRUPTED_EXIT : (code ?? 1))
      })
    })
  }
  finally {
    interrupts.dispose()
  }
}
