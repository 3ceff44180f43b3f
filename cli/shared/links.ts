/**
 * Links between slides (pure; used by `check`, `export` and `build` through
 * cli/shared/source-problems.ts). Slidev turns a markdown link whose target starts with `/`,
 * `.` or `#`, or is a bare number, into `<Link to>`; `<Link to="5">`, `<Link to="annex">`
 * and `<a href="/5">` are written by hand. A target is a slide number (`/5`, `5`, `#5`,
 * `/#/5`) or a slide's `routeAlias` (`/annex`); one the deck does not have leads nowhere:
 *   slide 2 "Structuur": link "de bijlage" to /99 leads to no slide: the deck has slides 1 to 3
 * Code (fenced blocks, inline code spans, <script> and <style>) and HTML comments other than
 * the notes hold no links; nor do a tag's attributes (a component's props: markdown never
 * reads `<Timeline :events="[{ label: 'zie [x](/9)' }]" />` as a link) and `{{ … }}`.
 */
import { fenceTracker } from '../../setup/bilingual'

export interface SlideLink {
  /** The link's text (or its markup, for a link without text). */
  text: string
  /** The target as written: `/99`, `annex`. */
  target: string
  /** How it is written: a markdown link, `<Link to>` or `<a href>`. */
  kind: 'markdown' | 'Link' | 'a'
}

/** Where a link goes: a slide number or a slide name; undefined for anything else (a file, a web page, Slidev's own pages). */
export type LinkTarget = { no: number } | { name: string }

export interface LinkedSlide {
  no: number
  /** The slide's markdown without frontmatter and notes. */
  content: string
  /** Its speaker notes (markdown). */
  note?: string
  /** Its frontmatter `routeAlias`. */
  alias?: string
}

/** Slidev's own pages and the theme's: not slides. */
const APP_ROUTES = new Set(['presenter', 'overview', 'print', 'export', 'notes', 'entry', 'bx-handout'])

const RE_MD_LINK = /(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*<?([^\s)>]+)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g
const RE_LINK_TAG = /<Link\b([^>]*?)(?:\/>|>([\s\S]*?)<\/Link>)/g
const RE_ANCHOR_TAG = /<a\b([^>]*)>([\s\S]*?)<\/a>/g
const RE_TO_ATTR = /(?:^|\s)(:?)to\s*=\s*(?:"([^"]*)"|'([^']*)')/
const RE_HREF_ATTR = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)')/
const RE_TITLE_ATTR = /(?:^|\s)title\s*=\s*(?:"([^"]*)"|'([^']*)')/
const RE_QUOTED = /^\s*(["'`])(.*)\1\s*$/
const RE_INLINE_CODE = /(`+)[\s\S]*?\1/g
const RE_COMMENT = /<!--[\s\S]*?-->/g
const RE_CODE_ELEMENT = /<(script|style)\b[\s\S]*?<\/\1>/gi
const RE_TAGS = /<[^>]+>|\*+/g
/** An opening or self-closing tag with its attributes, quoted values holding `>` or line breaks included. */
const RE_OPEN_TAG = /<[a-z][\w.:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi
const RE_INTERPOLATION = /\{\{[\s\S]*?\}\}/g
const RE_SPACES = /\s+/g
const RE_DIGITS = /^\d+$/
const RE_NAME = /^[\w-]+$/
const RE_QUERY = /[?#].*$/
const RE_NEWLINE = /\n/g
const RE_NOT_NEWLINE = /[^\n]/g
const RE_LINES = /\r?\n/

/** Replaces code and comments by spaces of the same length, so that nothing in them is read as a link. */
export function linkableText(markdown: string): string {
  const blank = (s: string) => s.replace(RE_NOT_NEWLINE, ' ')
  const inFence = fenceTracker()
  const lines = markdown.split(RE_LINES).map(line => (inFence(line) ? blank(line) : line))
  return lines.join('\n')
    .replace(RE_CODE_ELEMENT, blank)
    .replace(RE_COMMENT, blank)
    .replace(RE_INLINE_CODE, blank)
}

function label(text: string, fallback: string): string {
  const words = text.replace(RE_TAGS, '').replace(RE_SPACES, ' ').trim()
  return words || fallback.replace(RE_NEWLINE, ' ')
}

/** `text` with every tag's markup and every `{{ … }}` blanked: where markdown reads links (the text between tags). */
export function markdownText(text: string): string {
  const blank = (s: string) => s.replace(RE_NOT_NEWLINE, ' ')
  return text.replace(RE_OPEN_TAG, blank).replace(RE_INTERPOLATION, blank)
}

/** The slide links of one slide's markdown (its content, or its notes), in the order written. */
export function findSlideLinks(markdown: string): SlideLink[] {
  const text = linkableText(markdown)
  const found: { at: number, link: SlideLink }[] = []
  for (const m of markdownText(text).matchAll(RE_MD_LINK)) {
    const [whole, image, inner, target] = m
    // An image is not a link; Slidev converts only targets starting with / . # or a bare number.
    if (image || !('./#'.includes(target![0]!) || RE_DIGITS.test(target!)))
      continue
    found.push({ at: m.index, link: { text: label(inner!, whole), target: target!, kind: 'markdown' } })
  }
  for (const m of text.matchAll(RE_LINK_TAG)) {
    const to = m[1]!.match(RE_TO_ATTR)
    if (!to)
      continue
    let target = to[2] ?? to[3]!
    if (to[1]) {
      // :to="5" or :to="'annex'"; any other expression is left to Vue.
      const quoted = target.match(RE_QUOTED)
      if (quoted)
        target = quoted[2]!
      else if (!RE_DIGITS.test(target.trim()))
        continue
      target = target.trim()
    }
    const title = m[1]!.match(RE_TITLE_ATTR)
    found.push({ at: m.index, link: { text: label(m[2] ?? title?.[1] ?? title?.[2] ?? '', m[0]), target, kind: 'Link' } })
  }
  for (const m of text.matchAll(RE_ANCHOR_TAG)) {
    const href = m[1]!.match(RE_HREF_ATTR)
    if (href)
      found.push({ at: m.index, link: { text: label(m[2]!, m[0]), target: href[1] ?? href[2]!, kind: 'a' } })
  }
  return found.sort((a, b) => a.at - b.at).map(f => f.link)
}

/**
 * Where a link target goes within the deck: `/5`, `5`, `#5`, `/#/5` a slide number,
 * `/annex`, `#/annex` a slide name (`bareName`, for `<Link to>`: also `annex`); undefined for a
 * file (`/images/map.svg`, `./notes.md`), another site, an anchor or Slidev's own pages.
 */
export function linkTarget(target: string, bareName = false): LinkTarget | undefined {
  let path = target.trim()
  if (path.startsWith('/#/'))
    path = path.slice(3)
  else if (path.startsWith('#/'))
    path = path.slice(2)
  else if (path.startsWith('/'))
    path = path.slice(1)
  else if (path.startsWith('./'))
    path = path.slice(2)
  else if (path.startsWith('#'))
    path = path.slice(1)
  else if (!bareName && !RE_DIGITS.test(path))
    return undefined
  path = path.replace(RE_QUERY, '')
  if (path.endsWith('/'))
    path = path.slice(0, -1)
  if (RE_DIGITS.test(path))
    return { no: Number(path) }
  // An anchor on the page (`#section`) is no slide name; `/#/name` and `/name` are.
  if (target.startsWith('#') && !target.startsWith('#/'))
    return undefined
  if (!RE_NAME.test(path) || APP_ROUTES.has(path))
    return undefined
  return { name: path }
}

/** The slides' links that lead to no slide of the deck, as problem texts by slide. */
export function deadLinks(slides: LinkedSlide[]): { slide: number, text: string }[] {
  const count = slides.length
  const names = new Set(slides.map(s => s.alias).filter((a): a is string => !!a))
  const has = count === 1 ? 'the deck has 1 slide' : `the deck has slides 1 to ${count}`
  const problems: { slide: number, text: string }[] = []
  for (const slide of slides) {
    const links = [
      ...findSlideLinks(slide.content).map(link => ({ link, where: '' })),
      ...findSlideLinks(slide.note ?? '').map(link => ({ link, where: ' in the notes' })),
    ]
    for (const { link, where } of links) {
      const to = linkTarget(link.target, link.kind === 'Link')
      if (!to)
        continue
      if ('no' in to && (to.no < 1 || to.no > count))
        problems.push({ slide: slide.no, text: `link "${link.text}"${where} to ${link.target} leads to no slide: ${has}` })
      else if ('name' in to && !names.has(to.name))
        problems.push({ slide: slide.no, text: `link "${link.text}"${where} to ${link.target} leads to no slide: no slide has \`routeAlias: ${to.name}\`${names.size ? ` (the deck's: ${[...names].join(', ')})` : ''}` })
    }
  }
  return problems
}
