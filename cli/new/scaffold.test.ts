import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { checkDeckName, checkSlidevVersion, componentNameFromSnippet, renderNewDeck, renderPackageJson, sampleDataFiles, themeDependency, titleFromName } from './scaffold'

describe('checkDeckName', () => {
  it.each(['my-deck', 'Briefing_2026', 'a', 'x'.repeat(64)])('accepts %j', (name) => {
    expect(checkDeckName(name)).toBeUndefined()
  })

  it.each([
    [undefined, /Give the new deck a folder/],
    ['', /Give the new deck a folder/],
    ['../evil', /not a safe deck name/],
    ['a/b', /not a safe deck name/],
    ['-flag', /not a safe deck name/],
    ['has space', /not a safe deck name/],
    ['x'.repeat(65), /not a safe deck name/],
    ['.hidden', /not a safe deck name/],
    ['CON', /reserved file name/],
  ])('refuses %j', (name, message) => {
    expect(checkDeckName(name)).toMatch(message)
  })
})

describe('names', () => {
  it.each([
    ['eu-briefing_2026', 'Eu briefing 2026'],
    ['deck', 'Deck'],
  ])('titleFromName(%j) = %j', (name, title) => {
    expect(titleFromName(name)).toBe(title)
  })

  it.each([
    ['snippets/org-chart.md', 'OrgChart'],
    ['timeline.md', 'Timeline'],
    ['stakeholder-panel.md', 'StakeholderPanel'],
  ])('componentNameFromSnippet(%j) = %j', (file, name) => {
    expect(componentNameFromSnippet(file)).toBe(name)
  })

  it('prefers the first component tag in the snippet', () => {
    expect(componentNameFromSnippet('org-chart-secretariaat.md', '<OrgChart :nodes="[]" />')).toBe('OrgChart')
    expect(componentNameFromSnippet('x.md', '<div>\n<CityMap />\n</div>')).toBe('CityMap')
  })
})

describe('renderNewDeck', () => {
  const markdown = renderNewDeck({
    title: 'Test briefing',
    themePath: 'benelux',
    samples: [
      { component: 'Timeline', markdown: '<Timeline :events="[{ date: \'1985\', label: \'Schengen\' }]" />' },
      { component: 'Comparison', markdown: '<Comparison :columns="[]" />\n' },
    ],
  })
  const deck = parseSync(markdown, 'slides.md')

  it('uses the installed theme and sets the language', () => {
    expect(deck.slides[0]!.frontmatter).toMatchObject({ theme: 'benelux', title: 'Test briefing', lang: 'nl', layout: 'cover' })
  })

  it('has a cover, one titled slide with notes per sample, and an end slide', () => {
    expect(deck.slides.map(s => s.title)).toEqual(['Test briefing', 'Timeline', 'Comparison', 'Dank u'])
    expect(deck.slides.every(s => (s.note ?? '').trim().length > 0)).toBe(true)
    expect(deck.slides[1]!.content).toContain('<Timeline')
    expect(deck.slides.at(-1)!.frontmatter.layout).toBe('end')
  })
})

describe('sampleDataFiles', () => {
  it('lists the data files the samples read, once each, in order; nothing else named src', () => {
    expect(sampleDataFiles([
      { component: 'Chart', markdown: '<Chart type="line" src="data/population.csv" x="jaar" />' },
      { component: 'Chart', markdown: '<Chart src="./data/regions.csv" />\n<Chart src="data/population.csv" />' },
      { component: 'Image', markdown: '<img src="/images/logo.png">' },
    ])).toEqual(['data/population.csv', 'data/regions.csv'])
    expect(sampleDataFiles([{ component: 'Timeline', markdown: '<Timeline />' }])).toEqual([])
  })
})

describe('renderPackageJson', () => {
  it('depends on the theme and Slidev and runs the briefing commands', () => {
    const pkg = JSON.parse(renderPackageJson({ name: 'My-Deck', themeSpec: 'file:/t/theme.tgz', slidevVersion: '52.20.1' }))
    expect(pkg).toMatchObject({
      name: 'my-deck',
      private: true,
      scripts: { dev: 'briefing dev', build: 'briefing build', export: 'briefing export', check: 'briefing check' },
      dependencies: { '@slidev/cli': '52.20.1', 'slidev-theme-benelux': 'file:/t/theme.tgz' },
      allowScripts: { esbuild: true },
    })
  })
})

describe('themeDependency', () => {
  it.each([
    ['a checkout is linked', '/work/theme', undefined, 'file:/work/theme'],
    ['a tarball install points at the tarball', '/c/_npx/ab/node_modules/slidev-theme-benelux', 'file:../../../tmp/t.tgz', 'file:/tmp/t.tgz'],
    ['an absolute tarball path stays', '/c/_npx/ab/node_modules/slidev-theme-benelux', 'file:/tmp/t.tgz', 'file:/tmp/t.tgz'],
    ['a registry install takes the version', '/d/node_modules/slidev-theme-benelux', 'https://example.invalid/t.tgz', '^0.3.0'],
    ['no lock takes the version', '/d/node_modules/slidev-theme-benelux', undefined, '^0.3.0'],
  ])('%s', (_, root, resolved, expected) => {
    expect(themeDependency(root, '0.3.0', resolved)).toBe(expected)
  })
})

describe('checkSlidevVersion', () => {
  it.each(['52.20.1', '53.0.0', '53.2.0'])('accepts %s', (version) => {
    expect(checkSlidevVersion(version, '>=52.20.0 <54')).toBeUndefined()
  })

  it.each([
    ['^53.0.0', /takes an exact Slidev version/],
    ['latest', /takes an exact Slidev version/],
    ['52.19.0', /outside the Slidev releases the theme supports \(>=52\.20\.0 <54\)/],
    ['54.0.0', /outside/],
  ])('refuses %s', (version, message) => {
    expect(checkSlidevVersion(version, '>=52.20.0 <54')).toMatch(message)
  })
})
