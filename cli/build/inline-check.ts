/**
 * What in a built page would make the browser load something from outside the page:
 * a script, stylesheet, icon, image or frame by address, or a CSS url()/@import that is
 * not a data: URL. Script bodies are not read (a string in code is not a request); the
 * end-to-end test opens the file with every request blocked for that.
 */

const RE_SCRIPT_BODY = /(<script\b[^>]*>)[\s\S]*?<\/script>/gi
const RE_STYLE_BODY = /<style\b[^>]*>([\s\S]*?)<\/style>/gi
const RE_RESOURCE_TAG = /<(script|link|img|source|video|audio|iframe|embed|object|track|input)\b([^>]*)>/gi
const RE_ATTR = /\s(src|href|srcset|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi
const RE_STYLE_ATTR = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi
const RE_CSS_URL = /url\(\s*(["']?)([^"')\s]+)\1\s*\)/gi
const RE_INLINE_SCHEME = /^(?:data|blob|javascript|about):/i
const RE_SPACE = /\s+/
/** Between srcset candidates: a comma and white space (a data: URL has commas without). */
const RE_SRCSET_SPLIT = /,\s+/
const RE_CSS_IMPORT = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/gi
const RE_REL = /\srel\s*=\s*["']?([^"'\s>]+)/i

const RE_IMAGE_PRELOAD = /<link\s[^>]*rel="preload"[^>]*>\s*/gi
const RE_AS_IMAGE = /\bas="image"/i
const RE_WEB_HREF = /\bhref="(?:https?:)?\/\//i

/** Link relations that do not load anything by themselves. */
const INERT_RELS = new Set(['canonical', 'author', 'license', 'alternate', 'help', 'next', 'prev', 'search', 'bookmark', 'external', 'nofollow', 'noopener', 'noreferrer'])

/** True for a reference that stays inside the page: data:, blob:, a fragment, nothing. */
export function isInline(ref: string): boolean {
  const value = ref.trim()
  return value === '' || value.startsWith('#') || RE_INLINE_SCHEME.test(value)
}

function cssReferences(css: string): string[] {
  const refs: string[] = []
  for (const m of css.matchAll(RE_CSS_URL))
    refs.push(m[2]!)
  for (const m of css.matchAll(RE_CSS_IMPORT))
    refs.push(m[1]!)
  return refs.filter(ref => !isInline(ref))
}

/** Every reference in `html` that would leave the page, as `<tag attr="value">` or `url(value)`, unique. */
export function findExternalReferences(html: string): string[] {
  const markup = html.replace(RE_SCRIPT_BODY, '$1</script>')
  const found: string[] = []
  for (const [, tag, attrs] of markup.matchAll(RE_RESOURCE_TAG)) {
    const name = tag!.toLowerCase()
    if (name === 'link' && INERT_RELS.has(RE_REL.exec(attrs!)?.[1]?.toLowerCase() ?? ''))
      continue
    for (const m of attrs!.matchAll(RE_ATTR)) {
      const attr = m[1]!.toLowerCase()
      const value = m[2] ?? m[3] ?? m[4] ?? ''
      const values = attr === 'srcset' ? value.split(RE_SRCSET_SPLIT).map(s => s.trim().split(RE_SPACE)[0] ?? '') : [value]
      for (const v of values.filter(v => !isInline(v)))
        found.push(`<${name} ${attr}="${v}">`)
    }
  }
  for (const m of markup.matchAll(RE_STYLE_BODY))
    found.push(...cssReferences(m[1]!).map(ref => `url(${ref})`))
  for (const m of markup.matchAll(RE_STYLE_ATTR))
    found.push(...cssReferences(m[1] ?? m[2] ?? '').map(ref => `url(${ref})`))
  return [...new Set(found)]
}

/**
 * Without the `<link rel="preload" as="image">` tags of local images (Slidev adds one per
 * image of the deck); those of web addresses stay, for findExternalReferences to report.
 */
export function dropLocalImagePreloads(html: string): string {
  return html.replace(RE_IMAGE_PRELOAD, tag => (RE_AS_IMAGE.test(tag) && !RE_WEB_HREF.test(tag) ? '' : tag))
}
