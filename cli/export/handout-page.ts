/**
 * Turns Slidev's print page (/print, every slide rendered once as live HTML) into A4
 * handout sheets in the browser: the rendered slides are moved into scaled frames, so
 * their text stays vector and selectable. `layoutHandout` runs inside the page via
 * page.evaluate, so it must not reference anything outside its own body.
 */
import type { HandoutGeometry } from './handout-layout'
import { UI } from '../../components/i18n'
import { CHART_TABLE_HANDOUT_CSS } from './chart-tables'

export interface HandoutSlide {
  no: number
  title: string
  /** Speaker notes, already rendered to HTML; empty for none. */
  notesHtml: string
}

export interface HandoutArgs {
  geometry: HandoutGeometry
  canvas: { width: number, height: number }
  slides: HandoutSlide[]
  deckTitle: string
  labels: { slide: string, of: string, notes: string, page: string, ownNotes: string, continued: string }
  css: string
}

export interface HandoutResult {
  pages: number
  /** 0-based page on which each slide (in the order given) starts. */
  starts: number[]
  /** Slides whose notes hold a block too tall for a whole sheet. */
  overflowing: number[]
}

/** The Dutch labels; every language's are in components/i18n.ts (`ui(lang).handout`). */
export const HANDOUT_LABELS: HandoutArgs['labels'] = UI.nl.handout

export const HANDOUT_CSS = `
@page { size: 210mm 297mm; margin: 0; }
html.bx-handout, html.bx-handout body { background: var(--bx-paper) !important; height: auto !important; overflow: visible !important; }
html.bx-handout #app { display: none !important; }
#bx-handout { color: var(--bx-ink); font-family: 'Source Sans 3', sans-serif; }
#bx-handout .bx-sheet { box-sizing: border-box; position: relative; width: 210mm; height: 296.5mm; overflow: hidden; break-after: page; display: flex; flex-direction: column; }
#bx-handout .bx-sheet:last-child { break-after: auto; }
#bx-handout .bx-head { display: flex; justify-content: space-between; align-items: baseline; height: 7mm; font-size: 9pt; letter-spacing: 0.02em; color: var(--bx-muted); }
#bx-handout .bx-head strong { color: var(--bx-primary); font-weight: 600; }
/* contain: strict keeps the 980 px wide slide inside (scaled with a transform) out of the print
   layout's width; without it Chromium shrank every handout page to 81 %. */
#bx-handout .bx-frame { position: relative; flex: none; overflow: hidden; contain: strict; box-sizing: content-box; border: 0.5pt solid var(--bx-muted); background: var(--bx-paper); }
#bx-handout .bx-scale { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
#bx-handout .print-slide-container { break-after: auto !important; break-inside: avoid; }
#bx-handout .bx-notes { flex: 1; min-height: 0; overflow: hidden; margin-top: 6mm; font-size: 10.5pt; line-height: 1.45; max-width: 165mm; }
#bx-handout .bx-notes.bx-tight { font-size: 9.5pt; line-height: 1.35; }
#bx-handout .bx-notes h2 { font-size: 8.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.08em; color: var(--bx-primary); margin: 0 0 2.5mm; padding-bottom: 1.5mm; border-bottom: 0.5pt solid var(--bx-line); }
#bx-handout .bx-notes p { margin: 0 0 0.6em; }
#bx-handout .bx-notes ul, #bx-handout .bx-notes ol { margin: 0 0 0.6em; padding-left: 1.3em; }
#bx-handout .bx-notes ul { list-style: disc; }
#bx-handout .bx-notes ol { list-style: decimal; }
#bx-handout .bx-notes li { margin: 0.15em 0; }
#bx-handout .bx-notes strong { font-weight: 700; }
#bx-handout .bx-notes em { font-style: italic; }
#bx-handout .bx-notes a { color: var(--bx-primary); text-decoration: underline; }
#bx-handout .bx-notes h3, #bx-handout .bx-notes h4 { font-size: 1em; font-weight: 700; margin: 0.8em 0 0.3em; }
#bx-handout .bx-rules { flex: 1; min-width: 0; }
#bx-handout .bx-rules p { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.08em; color: var(--bx-muted); margin: 0; }
#bx-handout .bx-rule { border-bottom: 0.5pt solid var(--bx-line); }
#bx-handout .bx-row { display: flex; gap: 8mm; align-items: flex-start; flex: none; }
#bx-handout .bx-caption { font-size: 8.5pt; color: var(--bx-muted); margin-top: 1.5mm; }
#bx-handout .bx-foot { position: absolute; left: 18mm; right: 18mm; bottom: 10mm; display: flex; justify-content: space-between; font-size: 8.5pt; color: var(--bx-muted); border-top: 0.5pt solid var(--bx-line); padding-top: 2mm; }
${CHART_TABLE_HANDOUT_CSS}`

/**
 * Runs in the browser. Lays out the handout sheets; speaker notes too long for their
 * slide's sheet flow onto continuation sheets. Returns the page count, the 0-based page
 * each slide starts on, and the slides whose notes cannot be laid out (one paragraph
 * longer than a whole sheet).
 */
export function layoutHandout(args: HandoutArgs): HandoutResult {
  const { geometry: g, canvas, slides, labels } = args
  const px = (n: number) => `${n}px`
  const make = (tag: string, className = '', text = '') => {
    const el = document.createElement(tag)
    if (className)
      el.className = className
    if (text)
      el.textContent = text
    return el
  }
  const containers = new Map<number, HTMLElement>()
  document.querySelectorAll<HTMLElement>('.print-slide-container').forEach((el) => {
    containers.set(Number(el.id.split('-')[0]), el)
  })

  document.getElementById('bx-handout')?.remove()
  let style = document.getElementById('bx-handout-style')
  if (!style) {
    style = make('style')
    style.id = 'bx-handout-style'
    document.head.append(style)
  }
  style.textContent = args.css
  document.documentElement.classList.add('bx-handout')

  const root = make('div')
  root.id = 'bx-handout'
  root.dataset.kind = g.kind
  document.body.append(root)
  const overflowing: number[] = []
  const starts: number[] = []
  const footers: HTMLElement[] = []

  // Running headers and footers are pagination artifacts in the tagged PDF (aria-hidden:
  // Chromium leaves them out of the structure tree, pdf-finish marks them /Artifact); a
  // slide's first sheet keeps "Dia N van M" as text, before the slide.
  const hidden = (el: HTMLElement) => {
    el.setAttribute('aria-hidden', 'true')
    return el
  }
  const newSheet = (heading: string, continued = false) => {
    const sheet = make('section', 'bx-sheet')
    sheet.style.padding = `${g.margin.top}mm ${g.margin.side}mm ${g.margin.bottom + g.footer}mm`
    const head = make('header', 'bx-head')
    head.append(hidden(make('strong', '', args.deckTitle)))
    const label = make('span', '', heading)
    head.append(continued ? hidden(label) : label)
    sheet.append(head)
    root.append(sheet)
    return sheet
  }
  const addFooter = (sheet: HTMLElement) => {
    const foot = hidden(make('footer', 'bx-foot'))
    foot.append(make('span', '', args.deckTitle))
    foot.append(make('span'))
    sheet.append(foot)
    footers.push(foot)
  }
  const slideFrame = (no: number) => {
    const frame = make('div', 'bx-frame')
    frame.style.width = px(g.slideBox.width)
    frame.style.height = px(g.slideBox.height)
    const scaler = make('div', 'bx-scale')
    scaler.style.width = px(canvas.width)
    scaler.style.height = px(canvas.height)
    scaler.style.transform = `scale(${g.scale})`
    const container = containers.get(no)
    if (container)
      scaler.append(container)
    frame.append(scaler)
    return frame
  }
  // The data tables of the slide's charts (components/Chart.vue), as text under the slide
  // picture; the copies inside the picture are clipped again (CHART_TABLE_HANDOUT_CSS).
  const dataTables = (frame: HTMLElement) => {
    const tables = Array.from(frame.querySelectorAll('.bx-chart-data > table'), table => table.cloneNode(true) as HTMLElement)
    if (!tables.length)
      return undefined
    const box = make('div', 'bx-data')
    box.append(...tables)
    return box
  }
  const overflows = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1
  const notesBlock = (heading: string, tight: boolean) => {
    const notes = make('div', tight ? 'bx-notes bx-tight' : 'bx-notes')
    notes.append(make('h2', '', heading))
    const body = make('div')
    notes.append(body)
    return { notes, body }
  }
  /** Moves trailing content of `body` to the front of `rest` until `notes` fits; splits lists by item. */
  const spill = (notes: HTMLElement, body: HTMLElement, rest: HTMLElement) => {
    let split: { from: HTMLOListElement | HTMLUListElement, to: HTMLOListElement | HTMLUListElement } | undefined
    while (overflows(notes) && body.lastChild) {
      const last = body.lastChild
      if ((last instanceof HTMLUListElement || last instanceof HTMLOListElement) && last.children.length > 1) {
        if (split?.from !== last) {
          split = { from: last, to: last.cloneNode(false) as HTMLOListElement | HTMLUListElement }
          rest.prepend(split.to)
        }
        split.to.prepend(last.lastElementChild!)
      }
      else {
        rest.prepend(last)
      }
    }
    if (split?.from instanceof HTMLOListElement && split.to instanceof HTMLOListElement)
      split.to.start = (split.from.start || 1) + split.from.children.length
  }

  if (g.kind === 'notes') {
    for (const slide of slides) {
      starts.push(root.children.length)
      const sheet = newSheet(`${labels.slide} ${slide.no} ${labels.of} ${slides.length}`)
      const frame = slideFrame(slide.no)
      sheet.append(frame)
      const data = dataTables(frame)
      if (data)
        sheet.append(data)
      let { notes, body } = notesBlock(slide.notesHtml ? labels.notes : labels.ownNotes, false)
      body.innerHTML = slide.notesHtml
      if (!slide.notesHtml) {
        for (let i = 0; i < 12; i++) {
          const rule = hidden(make('div', 'bx-rule'))
          rule.style.height = '8mm'
          notes.append(rule)
        }
      }
      sheet.append(notes)
      addFooter(sheet)
      // Ruled lines for own notes: as many as fit beside what the sheet holds (data tables).
      while (!slide.notesHtml && overflows(notes) && notes.lastElementChild?.classList.contains('bx-rule'))
        notes.lastElementChild.remove()
      const tight = overflows(notes)
      notes.classList.toggle('bx-tight', tight)
      let continued = false
      while (overflows(notes)) {
        const rest = make('div')
        spill(notes, body, rest)
        // A block too tall for the notes under the slide goes whole to the next sheet;
        // one too tall for a whole sheet cannot be laid out.
        if (!body.childNodes.length && continued) {
          body.append(...rest.childNodes)
          overflowing.push(slide.no)
          break
        }
        const next = newSheet(`${labels.slide} ${slide.no} ${labels.of} ${slides.length} (${labels.continued})`, true);
        ({ notes, body } = notesBlock(`${labels.notes} (${labels.continued})`, tight))
        body.append(...rest.childNodes)
        next.append(notes)
        addFooter(next)
        continued = true
      }
    }
  }
  else {
    for (let first = 0; first < slides.length; first += g.slidesPerPage) {
      const onPage = slides.slice(first, first + g.slidesPerPage)
      const sheet = newSheet(`${labels.slide} ${onPage[0]!.no}–${onPage.at(-1)!.no} ${labels.of} ${slides.length}`)
      for (const slide of onPage) {
        starts.push(root.children.length - 1)
        const row = make('div', 'bx-row')
        row.style.height = px(g.rowHeight)
        const left = make('div')
        left.append(slideFrame(slide.no))
        left.append(make('p', 'bx-caption', `${labels.slide} ${slide.no}`))
        row.append(left)
        const rules = make('div', 'bx-rules')
        rules.setAttribute('aria-hidden', 'true')
        for (let i = 0; i < g.lines; i++) {
          const rule = make('div', 'bx-rule')
          rule.style.height = px(g.lineGap)
          rules.append(rule)
        }
        row.append(rules)
        sheet.append(row)
      }
      addFooter(sheet)
    }
  }

  footers.forEach((foot, i) => {
    foot.lastElementChild!.textContent = `${labels.page} ${i + 1} ${labels.of} ${footers.length}`
  })
  return { pages: root.children.length, starts, overflowing }
}
