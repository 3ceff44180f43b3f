import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { join } from 'node:path'
import process from 'node:process'
import { defineConfig } from 'vite'
import { briefingMarkdown } from './setup/markdown-content.ts'
import { snippetDemo } from './setup/snippet-demo.ts'

// Slidev auto-imports every .vue and .ts file under components/ by its PascalCase name,
// so a logic module such as components/timeline.ts would compete with Timeline.vue for
// the name "Timeline" (which one wins depends on directory order). Components here are
// .vue only. Slidev reads this file for every deck that uses this folder as its theme.
const RE_SLIDE_REQUEST = /^\/__slidev\/slides\/\d+\.json$/

/**
 * The dev server holds a multi-language deck in one language only (setup/preparser.ts):
 * Slidev's in-browser editing (notes in the presenter view, the side editor) would write the
 * file back in that language and drop the others, so it is refused with a message.
 */
function keepOtherLanguages(): Plugin {
  return {
    name: 'benelux:keep-other-languages',
    configureServer(server) {
      if (!process.env.BX_LANGUAGES?.includes(','))
        return
      // Before Slidev's own handler of these requests.
      server.middlewares.stack.unshift({
        route: '',
        handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if (req.method !== 'POST' || !RE_SLIDE_REQUEST.test(req.url ?? ''))
            return next()
          res.statusCode = 409
          res.end(`This deck is written in ${process.env.BX_LANGUAGES}; edit slides.md itself, not the ${process.env.BX_LANG} view of it.`)
        },
      })
    },
  }
}

const components = join(import.meta.dirname, 'components').replaceAll('\\', '/')

export default defineConfig({
  plugins: [
    snippetDemo(),
    // The deck's language (components/i18n.ts). A hook, not a plain define: it is read once
    // the preparser (setup/preparser.ts) has set BX_LANG from --lang or the headmatter.
    { name: 'benelux:lang', config: () => ({ define: { __BX_LANG__: JSON.stringify(process.env.BX_LANG ?? '') } }) },
    keepOtherLanguages(),
  ],
  slidev: {
    // Numeric table columns, table captions, image figures (styles/content.css styles them).
    markdown: { markdownSetup: briefingMarkdown },
    components: {
      globsExclude: [`${components}/**/*.ts`],
    },
  },
})
