import { join } from 'node:path'
import process from 'node:process'
import { defineConfig } from 'vite'
import { snippetDemo } from './setup/snippet-demo.ts'

// Slidev auto-imports every .vue and .ts file under components/ by its PascalCase name,
// so a logic module such as components/timeline.ts would compete with Timeline.vue for
// the name "Timeline" (which one wins depends on directory order). Components here are
// .vue only. Slidev reads this file for every deck that uses this folder as its theme.
const components = join(import.meta.dirname, 'components').replaceAll('\\', '/')

export default defineConfig({
  plugins: [
    snippetDemo(),
    // The deck's language (components/i18n.ts). A hook, not a plain define: it is read once
    // the preparser (setup/preparser.ts) has set BX_LANG from --lang or the headmatter.
    { name: 'benelux:lang', config: () => ({ define: { __BX_LANG__: JSON.stringify(process.env.BX_LANG ?? '') } }) },
  ],
  slidev: {
    components: {
      globsExclude: [`${components}/**/*.ts`],
    },
  },
})
