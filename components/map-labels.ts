/**
 * Greedy label placement for map points: each label tries positions around its point,
 * nearest first, and takes the first that stays on the map and overlaps no placed label,
 * no point and no fixed obstacle. Far positions get a leader line. Several orders are
 * tried (most crowded point first, west to east, …) and the cleanest result is kept.
 */

export interface Rect { x: number, y: number, w: number, h: number }

export interface LabelRequest {
  id: string
  /** The point being labelled. */
  x: number
  y: number
  /** Label size (estimated text width and line height). */
  w: number
  h: number
}

export interface PlacedLabel {
  id: string
  /** Box of the label text. */
  box: Rect
  /** Where the text goes: x of its anchor, y of its middle. */
  textX: number
  textY: number
  anchor: 'start' | 'middle' | 'end'
  /** From the point towards the label, when the label sits away from its point. */
  leader?: { x1: number, y1: number, x2: number, y2: number }
  /** False only when no candidate was free; the label then overlaps something. */
  clear: boolean
}

export interface PlacementOptions {
  bounds: Rect
  /** Half size of the square kept free around every point (its marker). */
  pointRadius?: number
  obstacles?: Rect[]
  /** Distances from the point tried in turn; beyond the first a leader line is drawn. */
  rings?: number[]
}

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
}

function inside(r: Rect, bounds: Rect): boolean {
  return r.x >= bounds.x && r.y >= bounds.y && r.x + r.w <= bounds.x + bounds.w && r.y + r.h <= bounds.y + bounds.h
}

/** Directions around a point, in order of preference (right, left, above, below, diagonals). */
const DIRECTIONS: [number, number][] = [[1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [-1, -1], [1, 1], [-1, 1]]

function candidate(p: LabelRequest, dx: number, dy: number, d: number): Omit<PlacedLabel, 'id' | 'clear'> {
  // Diagonal offsets are shortened so every ring keeps roughly the same distance.
  const k = dx && dy ? d * 0.75 : d
  const cx = p.x + dx * k
  const cy = p.y + dy * k
  const x = dx > 0 ? cx : dx < 0 ? cx - p.w : cx - p.w / 2
  const y = dy > 0 ? cy : dy < 0 ? cy - p.h : cy - p.h / 2
  const anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle'
  return { box: { x, y, w: p.w, h: p.h }, textX: dx > 0 ? x : dx < 0 ? x + p.w : x + p.w / 2, textY: y + p.h / 2, anchor }
}

/** Nearest point on rectangle r to (x, y): where a leader line ends. */
function nearestOnRect(r: Rect, x: number, y: number) {
  return { x: Math.min(Math.max(x, r.x), r.x + r.w), y: Math.min(Math.max(y, r.y), r.y + r.h) }
}

/** The first candidate, nearest ring first, that is inside and touches nothing. */
function firstFree(p: LabelRequest, rings: number[], fixed: Rect[], placed: Rect[], bounds: Rect) {
  let rank = 0
  for (const [ring, d] of rings.entries()) {
    for (const [dx, dy] of DIRECTIONS) {
      rank++
      const c = candidate(p, dx, dy, d)
      if (!inside(c.box, bounds) || fixed.some(f => overlaps(c.box, f)) || placed.some(f => overlaps(c.box, f, 1)))
        continue
      const end = nearestOnRect(c.box, p.x, p.y)
      const leader = ring > 0 ? { leader: { x1: p.x, y1: p.y, x2: end.x, y2: end.y } } : {}
      return { rank, label: { id: p.id, ...c, clear: true, ...leader } as PlacedLabel }
    }
  }
  return undefined
}

function placeInOrder(points: LabelRequest[], order: number[], options: PlacementOptions): { labels: PlacedLabel[], cost: number } {
  const r = options.pointRadius ?? 4
  const rings = options.rings ?? [r + 3, r + 12, r + 24, r + 38]
  const pointBoxes = points.map(p => ({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r }))
  const fixed = [...(options.obstacles ?? []), ...pointBoxes]
  const placed: Rect[] = []
  const labels: PlacedLabel[] = Array.from({ length: points.length })
  let cost = 0
  for (const i of order) {
    const p = points[i]
    const found = firstFree(p, rings, fixed, placed, options.bounds)
    let chosen = found?.label
    cost += found?.rank ?? 0
    if (!chosen) {
      // Nothing free: keep the default spot and say so (tests and the caller see `clear: false`).
      cost += 10_000
      chosen = { id: p.id, ...candidate(p, 1, 0, rings[0]), clear: false }
    }
    placed.push(chosen.box)
    labels[i] = chosen
  }
  return { labels, cost }
}

/** Places one label per point; labels come back in the order of `points`. */
export function placeLabels(points: LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const index = points.map((_, i) => i)
  const crowd = (i: number) => points.filter(q => Math.hypot(q.x - points[i].x, q.y - points[i].y) < 60).length
  const orders = [
    [...index].sort((a, b) => crowd(b) - crowd(a) || points[a].x - points[b].x),
    [...index].sort((a, b) => points[a].x - points[b].x),
    [...index].sort((a, b) => points[b].x - points[a].x),
    [...index].sort((a, b) => points[a].y - points[b].y),
    index,
  ]
  let best: { labels: PlacedLabel[], cost: number } | undefined
  for (const order of orders) {
    const result = placeInOrder(points, order, options)
    if (!best || result.cost < best.cost)
      best = result
  }
  return best!.labels
}
