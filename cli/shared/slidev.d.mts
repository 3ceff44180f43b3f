/** The deck's own Slidev (see slidev.mjs). */
export const SLIDEV_RANGE: string
export const SLIDEV_RELEASES: readonly [{ readonly version: '53.0.0', readonly node: '>=22.12.0' }, { readonly version: '52.20.1', readonly node: '^20.19.0 || >=22.12.0' }]
export function pickSlidevRelease(nodeVersion: string): { version: string, reason: string }
export class SlidevError extends Error {}
export interface Slidev {
  /** The @slidev/cli package folder. */
  root: string
  version: string
  /** Its `slidev` executable script. */
  bin: string
  /** File URL of its API (resolveOptions, ViteSlidevPlugin). */
  entryUrl: string
}
export function slidevProblem(version: string, slidevNode: string | undefined, nodeVersion: string): string | undefined
export function findSlidev(deckDir: string): Slidev
export function slidevFor(entry: string): Slidev
export function importFromSlidev(slidev: Slidev, specifier: string): Promise<any>
