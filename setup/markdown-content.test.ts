import { createMarkdownExit } from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { briefingMarkdown, isNumericCell } from './markdown-content'

const md = createMarkdownExit({ html: true })
md.use(briefingMarkdown)

describe('isNumericCell', () => {
  it('takes numbers as Dutch, French and English slides write them', () => {
    for (const text of ['2012', '1.234,5', '12 345', '€ 12,3 mln', '-4,5 %', '+0,8', '−3', '29,3 miljoen', '2 586 km²'])
      expect(isNumericCell(text), text).toBe(true)
  })
  it('leaves words, dates written out and mixed text alone', () => {
    for (const text of ['', 'België', 'n.v.t.', '17 juni 2008', 'Artikel 3', '2008 – 2012 Verdrag'])
      expect(isNumericCell(text), text).toBe(false)
  })
})

describe('briefingMarkdown', () => {
  const table = `| Land | Inwoners | Bron |
| --- | --- | --- |
| België | 11,0 mln | Statbel |
| Nederland | 16,7 mln | CBS |
`

  it('right-aligns a column whose body cells are all numbers, header included', () => {
    const html = md.render(table)
    expect(html).toContain('<th class="bx-num">Inwoners</th>')
    expect(html).toContain('<td class="bx-num">11,0 mln</td>')
    expect(html).toContain('<th>Land</th>')
    expect(html).toContain('<td>Statbel</td>')
  })

  it('keeps an alignment the author wrote', () => {
    const html = md.render(table.replace('| --- | --- | --- |', '| --- | :---: | --- |'))
    expect(html).not.toContain('bx-num')
  })

  it('makes a "Tabel:" paragraph after a table its caption, and no other paragraph', () => {
    const html = md.render(`${table}\nTabel: Inwoners per land, 2012 (voorbeeld)\n`)
    expect(html).toMatch(/<table>\s*<caption>Inwoners per land, 2012 \(voorbeeld\)<\/caption>/)
    expect(html).not.toContain('<p>Tabel:')
    const plain = md.render(`${table}\nGewone alinea na de tabel.\n`)
    expect(plain).not.toContain('<caption>')
    expect(plain).toContain('<p>Gewone alinea na de tabel.</p>')
  })

  it('turns an image with a title alone in its paragraph into a figure with a caption', () => {
    const html = md.render('![Kaart van de Benelux](/images/kaart.svg "De drie landen")\n')
    expect(html).toMatch(/<figure><img src="\/images\/kaart.svg" alt="Kaart van de Benelux"\s*\/?>\s*<figcaption>De drie landen<\/figcaption><\/figure>/)
    expect(md.render('![Kaart](/k.svg)\n')).toContain('<p><img')
    expect(md.render('Tekst ![Kaart](/k.svg "titel") en meer\n')).toContain('<p>Tekst')
  })
})
