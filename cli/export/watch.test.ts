import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { notesOnlyChange, readDeckSource } from './watch'

const dir = mkdtempSync(join(tmpdir(), 'bx-watch-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const DECK = `---
title: Test
---

# Een

<!--
Notitie een.
-->

---
layout: section
---

# Twee

<!--
Notitie twee.
-->
`

async function source(text: string) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.md`)
  writeFileSync(file, text)
  return readDeckSource(file)
}

describe('notesOnlyChange', () => {
  it('names the slides whose notes changed when nothing else did', async () => {
    const before = await source(DECK)
    expect(notesOnlyChange(before, await source(DECK.replace('Notitie twee.', 'Andere notitie.')))).toEqual([2])
    expect(notesOnlyChange(before, await source(DECK.replace('Notitie een.', 'Nieuw.').replace('Notitie twee.', 'Ook nieuw.')))).toEqual([1, 2])
    expect(notesOnlyChange(before, await source(DECK))).toEqual([])
  })

  it.each([
    ['slide content', DECK.replace('# Twee', '# Drie')],
    ['a slide\'s frontmatter', DECK.replace('layout: section', 'layout: default')],
    ['the headmatter', DECK.replace('title: Test', 'title: Anders')],
    ['the number of slides', `${DECK}\n---\n\n# Vier\n`],
    ['content and notes at once', DECK.replace('# Twee', '# Drie').replace('Notitie twee.', 'Anders.')],
  ])('is undefined after a change of %s', async (_what, after) => {
    expect(notesOnlyChange(await source(DECK), await source(after))).toBeUndefined()
  })

  it('lists the deck\'s markdown files', async () => {
    const read = await source(DECK)
    expect(read.files).toHaveLength(1)
    expect(read.notes).toEqual(['Notitie een.', 'Notitie twee.'])
  })
})
