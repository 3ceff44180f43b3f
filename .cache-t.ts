import { loadDeck } from '/work/wt/links/cli/shared/deck'
const d = await loadDeck('/tmp/lk/a.md')
console.log(JSON.stringify(d.slides, null, 1))
