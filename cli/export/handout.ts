/**
 * What both handouts are made of, shared by the PDF export (cli/export/export-deck.ts, in
 * Node, which hands the result to `layoutHandout` in Chromium) and the live preview of the
 * dev server (setup/HandoutPreview.vue, in the deck's own page): the speaker notes rendered
 * to HTML and the arguments of `layoutHandout`. Browser-safe: no Node imports.
 */
import type { HandoutKind, Size } from './handout-layout'
import type { HandoutArgs, HandoutSlide } from './handout-page'
import { createMarkdownExit } from 'markdown-exit'
import { handoutGeometry } from './handout-layout'
import { HANDOUT_CSS, HANDOUT_LABELS } from './handout-page'
import { stripClickMarkers } from './note-text'

/** The two handouts, by export kind and the layout each uses. */
export const HANDOUTS = [['handout', 'notes'], ['handout-3up', 'three-up']] as const

let notesMd: ReturnType<typeof createMarkdownExit> | undefined

/** Speaker notes (markdown, as @slidev/parser returns them) as the handout shows them. */
export function renderHandoutNotes(note: string | undefined): string {
  const text = (note ?? '').trim()
  if (!text)
    return ''
  notesMd ??= createMarkdownExit({ html: true, linkify: true, breaks: false })
  return notesMd.render(stripClickMarkers(text))
}

/** The handout's slides, from a deck's slides (cli/shared/deck.ts or Slidev's slide infos). */
export function handoutSlides(slides: { no: number, title?: string, note?: string }[]): HandoutSlide[] {
  return slides.map(s => ({ no: s.no, title: (s.title ?? '').trim(), notesHtml: renderHandoutNotes(s.note) }))
}

/**
 * Everything `layoutHandout` needs for one handout of a deck whose slides measure `canvas`;
 * `labels` in the deck's language (`ui(deck.lang).handout`), `css` extra rules after the handout's.
 */
export function handoutArgs(kind: HandoutKind, canvas: Size, slides: HandoutSlide[], deckTitle: string, labels: HandoutArgs['labels'] = HANDOUT_LABELS, css = ''): HandoutArgs {
  return { geometry: handoutGeometry(kind, canvas), canvas, slides, deckTitle, labels, css: HANDOUT_CSS + css }
}

/**
 * Runs in the browser once every slide is mounted: waits for fonts and images and two
 * frames, so that what is measured and printed next is final. Must not reference anything
 * outside its own body (the export passes it to page.evaluate).
 */
export async function settlePrintPage(): Promise<void> {
  await document.fonts.ready
  await Promise.all(Array.from(document.images, img => img.decode().catch(() => undefined)))
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
}
