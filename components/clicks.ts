/**
 * The `clicks` prop of the list-like components, as written in markdown:
 * `clicks` (empty string), `clicks="true"` or `:clicks="true"` switch one-by-one reveal on;
 * absent, `clicks="false"` or `:clicks="false"` leave every item visible.
 */
export type ClicksProp = boolean | string | undefined

export function clicksEnabled(value: ClicksProp): boolean {
  if (typeof value === 'boolean')
    return value
  if (typeof value === 'string')
    return value.trim() === '' || value.trim().toLowerCase() === 'true'
  return false
}

/** Problems with a `clicks` value that is neither boolean nor one of the accepted texts. */
export function validateClicks(value: unknown): string[] {
  if (value === undefined || typeof value === 'boolean')
    return []
  if (typeof value === 'string' && ['', 'true', 'false'].includes(value.trim().toLowerCase()))
    return []
  return [`"clicks" must be true or false, got ${typeof value === 'string' ? `the text "${value}"` : `a ${typeof value}`}`]
}
