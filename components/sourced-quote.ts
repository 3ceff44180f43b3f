/** Validation of <SourcedQuote>, and the text of its slot. */
import type { VNode } from 'vue'
import type { Problems } from './validate'
import { describe, isNonEmptyString } from './validate'

export interface SourcedQuoteProps {
  /** Who or what is quoted, e.g. 'Artikel 350 EU-Verdrag'. */
  source: string
  /** Optional URL of the source, for the blockquote's cite attribute and a link. */
  cite?: string
}

const RE_URL = /^https?:\/\/\S+$/

/** The plain text of rendered slot content (nested elements included). */
export function slotText(nodes: VNode[] | undefined): string {
  if (!nodes)
    return ''
  return nodes.map(nodeText).join('')
}

function nodeText(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number')
    return String(node)
  if (Array.isArray(node))
    return node.map(nodeText).join('')
  if (node && typeof node === 'object' && 'children' in node) {
    const children = (node as VNode).children
    if (typeof children === 'string')
      return children
    if (Array.isArray(children))
      return children.map(nodeText).join('')
    if (children && typeof children === 'object' && 'default' in children && typeof children.default === 'function')
      return nodeText((children.default as () => unknown)())
  }
  return ''
}

export function validateSourcedQuote(props: { source?: unknown, cite?: unknown, text: string }): Problems {
  const problems: Problems = []
  if (!isNonEmptyString(props.text))
    problems.push('the quotation is empty: put its text between <SourcedQuote> and </SourcedQuote>')
  if (!isNonEmptyString(props.source))
    problems.push(`"source" is missing or empty: say who or what is quoted (got ${describe(props.source)})`)
  if (props.cite !== undefined && !(typeof props.cite === 'string' && RE_URL.test(props.cite.trim())))
    problems.push(`"cite" must be a web address (https://…), got ${describe(props.cite)}`)
  return problems
}
