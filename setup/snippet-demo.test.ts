import { describe, expect, it } from 'vitest'
import { demoId, snippetFile } from './snippet-demo'

describe('demoId', () => {
  it.each([
    ['../snippets/timeline.md?demo', '/deck/gallery/timeline.md__slidev_2.md', '/deck/snippets/timeline.demo.md'],
    ['/deck/snippets/org-chart.md?demo', undefined, '/deck/snippets/org-chart.demo.md'],
    ['../snippets/timeline.md', '/deck/gallery/timeline.md', undefined],
    ['./x.ts?demo', '/deck/a.md', undefined],
  ])('%s from %s -> %s', (source, importer, expected) => {
    expect(demoId(source, importer)).toBe(expected)
  })
})

describe('snippetFile', () => {
  it.each([
    ['/deck/snippets/timeline.demo.md', '/deck/snippets/timeline.md'],
    ['/deck/snippets/timeline.md', undefined],
  ])('%s -> %s', (id, file) => {
    expect(snippetFile(id)).toBe(file)
  })
})
