#!/usr/bin/env node
// The `briefing` command: loads the TypeScript CLI (cli/index.ts) through tsx. On Node 22.1
// and newer, Node's module compile cache makes later starts faster.
import module from 'node:module'
import process from 'node:process'
import { register } from 'tsx/esm/api'

/** How long a finished command may take to let go of what it opened before it is made to exit. */
const LINGER_MS = 2000

module.enableCompileCache?.()
register()
let code
try {
  const { main } = await import('../cli/index.ts')
  code = await main(process.argv.slice(2))
}
catch (error) {
  // A failure no command turned into a message: say what it was, and where.
  console.error(`briefing: unexpected error: ${error?.stack ?? error}`)
  code = 1
}
process.exitCode = code
// The last guard: a command that has ended must not hang on a handle it left open (a
// server, a socket, a timer). Unref'd, this timer fires only when something else still
// holds the process; it then names what did, and exits.
setTimeout(() => {
  const open = process.getActiveResourcesInfo().filter(name => name !== 'Timeout')
  console.error(`briefing: the command ended, but ${open.join(', ') || 'something'} was still open after ${LINGER_MS / 1000} s; exiting (exit code ${code}).`)
  process.exit(code)
}, LINGER_MS).unref()
