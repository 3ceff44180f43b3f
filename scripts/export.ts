/**
 * npm run export [-- path/to/deck.md] [--out dir] [--timeout seconds]
 * Writes <name>.pdf, <name>-handout.pdf and <name>-handout-3up.pdf into exports/.
 */
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { BrowserNotFoundError } from './lib/browser'
import { PROJECT_ROOT, startPrintBuild } from './lib/build'
import { formatSeconds } from './lib/progress'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, timeout: { type: 'string' } },
})

const entry = resolve(positionals[0] ?? join(PROJECT_ROOT, 'slides.md'))
// Start the build before loading the export pipeline's own modules (about a second).
const build = startPrintBuild(entry)

try {
  const { exportDeck } = await import('./lib/export-deck')
  const result = await exportDeck({
    entry,
    build,
    outDir: values.out,
    timeoutMs: values.timeout ? Number(values.timeout) * 1000 : undefined,
  })
  for (const file of Object.values(result.files))
    console.log(`Wrote ${file}`)
  console.log(`Done in ${formatSeconds(result.ms.total)}`)
}
catch (error) {
  const message = error instanceof BrowserNotFoundError ? error.message : `Export failed: ${(error as Error).message}`
  console.error(message)
  await build.dispose()
  process.exit(1)
}
