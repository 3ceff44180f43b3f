/**
 * Lets a slide render a markdown snippet live: `import Demo from '../snippets/timeline.md?demo'`.
 *
 * Why not a plain `import Demo from '../snippets/timeline.md'`: Vue infers a component's
 * own name from its file name, so the compiled timeline.md would take its `<Timeline>`
 * tag for itself and render itself forever. With `?demo` the same file is loaded under
 * the id `timeline.demo.md` (name "Timeline.demo"), so `<Timeline>` resolves to the real
 * component. The text still comes from snippets/timeline.md, the file `<<<` shows as code.
 */
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

const DEMO_QUERY = '?demo'
const DEMO_SUFFIX = '.demo.md'
const RE_QUERY = /\?.*$/
const RE_MD_EXT = /\.md$/

/** '../snippets/timeline.md?demo' imported from /deck/gallery/x.md -> '/deck/snippets/timeline.demo.md' */
export function demoId(source: string, importer: string | undefined): string | undefined {
  if (!source.endsWith(`.md${DEMO_QUERY}`))
    return undefined
  const file = source.slice(0, -DEMO_QUERY.length)
  const absolute = importer && !file.startsWith('/') ? resolve(dirname(importer.replace(RE_QUERY, '')), file) : file
  return absolute.replaceAll('\\', '/').replace(RE_MD_EXT, DEMO_SUFFIX)
}

/** '/deck/snippets/timeline.demo.md' -> '/deck/snippets/timeline.md' */
export function snippetFile(id: string): string | undefined {
  return id.endsWith(DEMO_SUFFIX) ? `${id.slice(0, -DEMO_SUFFIX.length)}.md` : undefined
}

export function snippetDemo(): Plugin {
  return {
    name: 'bx-snippet-demo',
    enforce: 'pre',
    resolveId(source, importer) {
      return demoId(source, importer)
    },
    load(id) {
      const file = snippetFile(id)
      if (!file)
        return undefined
      this.addWatchFile(file)
      return readFileSync(file, 'utf8')
    },
  }
}
