import { describe, expect, it } from 'vitest'
import { deadLinks, findSlideLinks, linkTarget } from './links'

describe('findSlideLinks', () => {
  it('finds markdown links that Slidev makes slide links, <Link> and <a href>', () => {
    const md = [
      'Zie [de bijlage](/99) en [**slide** 2](2 "titel").',
      'Een [site](https://benelux.int) en een ![kaart](/images/map.svg).',
      '<Link to="annex">de annex</Link> <Link :to="5" title="Vijf" /> <Link :to="\'slot\'">slot</Link>',
      '<a href="/7" class="x">zeven</a>',
    ].join('\n')
    expect(findSlideLinks(md)).toEqual([
      { text: 'de bijlage', target: '/99', kind: 'markdown' },
      { text: 'slide 2', target: '2', kind: 'markdown' },
      { text: 'de annex', target: 'annex', kind: 'Link' },
      { text: 'Vijf', target: '5', kind: 'Link' },
      { text: 'slot', target: 'slot', kind: 'Link' },
      { text: 'zeven', target: '/7', kind: 'a' },
    ])
  })

  it('reads no link in fenced code, inline code, scripts, styles or comments', () => {
    const md = [
      '```md',
      '[in code](/98)',
      '```',
      '~~~',
      '<Link to="97">x</Link>',
      '~~~',
      'Schrijf `[tekst](/96)` of ``[a](/95)``.',
      '<!-- [weg](/94) -->',
      '<script setup>',
      'const s = "[a](/93)"',
      '</script>',
      '[echt](/3)',
    ].join('\n')
    expect(findSlideLinks(md)).toEqual([{ text: 'echt', target: '/3', kind: 'markdown' }])
  })

  it('reads no link in a component\'s props, on its line or over several lines, but the text beside it', () => {
    const md = [
      '<Timeline :events="[{ date: \'1985\', label: \'Zie [de bijlage](/9)\' }]" /> Zie ook [het slot](/3).',
      '<ThemeCards',
      '  :themes="[{ title: \'[a](2)\', text: \'x > y\' }]"',
      '/>',
      'Tekst [terug](/1) en {{ fns[0](4) }}.',
    ].join('\n')
    expect(findSlideLinks(md)).toEqual([
      { text: 'het slot', target: '/3', kind: 'markdown' },
      { text: 'terug', target: '/1', kind: 'markdown' },
    ])
  })

  it('leaves a dynamic :to alone', () => {
    expect(findSlideLinks('<Link :to="next">verder</Link>')).toEqual([])
  })
})

describe('linkTarget', () => {
  it('reads slide numbers and names', () => {
    expect(linkTarget('/5')).toEqual({ no: 5 })
    expect(linkTarget('5')).toEqual({ no: 5 })
    expect(linkTarget('#5')).toEqual({ no: 5 })
    expect(linkTarget('/#/5')).toEqual({ no: 5 })
    expect(linkTarget('./5')).toEqual({ no: 5 })
    expect(linkTarget('/5?clicks=2')).toEqual({ no: 5 })
    expect(linkTarget('/annex')).toEqual({ name: 'annex' })
    expect(linkTarget('#/annex')).toEqual({ name: 'annex' })
    expect(linkTarget('annex', true)).toEqual({ name: 'annex' })
  })

  it('is undefined for files, anchors, other sites and Slidev\'s own pages', () => {
    for (const target of ['/images/map.svg', './notes.md', '/docs/a', '#sectie', 'annex', 'https://benelux.int', '/presenter', '/print', '/overview'])
      expect(linkTarget(target), target).toBeUndefined()
  })
})

describe('deadLinks', () => {
  const slides = [
    { no: 1, content: '# Begin\n\n[de bijlage](/99) en [twee](/2)', note: 'Zie [slot](/slot).' },
    { no: 2, content: '# Midden\n\n<Link to="annex">annex</Link> <Link to="3">drie</Link>', alias: 'midden' },
    { no: 3, content: '# Slot\n\n[nul](/0) `[code](/42)` [midden](/midden)', alias: 'slot' },
  ]

  it('names the slide, the link and its target for each number and name the deck lacks', () => {
    expect(deadLinks(slides)).toEqual([
      { slide: 1, text: 'link "de bijlage" to /99 leads to no slide: the deck has slides 1 to 3' },
      { slide: 2, text: 'link "annex" to annex leads to no slide: no slide has `routeAlias: annex` (the deck\'s: midden, slot)' },
      { slide: 3, text: 'link "nul" to /0 leads to no slide: the deck has slides 1 to 3' },
    ])
  })

  it('a link beside a component is checked; one in its props is none', () => {
    const content = '# Tijdlijn\n\n<Timeline :events="[{ date: \'1985\', label: \'[x](/9)\' }]" /> [verder](/99) [terug](/1)'
    expect(deadLinks([{ no: 1, content }, { no: 2, content: '# B' }, { no: 3, content: '# C' }])).toEqual([
      { slide: 1, text: 'link "verder" to /99 leads to no slide: the deck has slides 1 to 3' },
    ])
  })

  it('checks the notes too', () => {
    expect(deadLinks([{ no: 1, content: '# A', note: '[verder](/2)' }])).toEqual([
      { slide: 1, text: 'link "verder" in the notes to /2 leads to no slide: the deck has 1 slide' },
    ])
  })
})
