/**
 * Greedy label placement for map points: each label tries positions around its point
 * and takes the nearest that stays on the map, overlaps no placed label, no point and
 * no fixed obstacle, and does not look like another point's label. Far positions get a
 * leader line. Several orders are tried (most crowded point first, west to east, …, then
 * fixed-seed shuffles) and the cleanest result is kept.
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

/** Distance from point q to the segment a–b. */
export function distanceToSegment(q: { x: number, y: number }, a: { x: number, y: number }, b: { x: number, y: number }): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const t = dx || dy ? Math.max(0, Math.min(1, ((q.x - a.x) * dx + (q.y - a.y) * dy) / (dx * dx + dy * dy))) : 0
  return Math.hypot(q.x - (a.x + t * dx), q.y - (a.y + t * dy))
}

/**
 * How clearly a label belongs to its point: the distance from the label's near end
 * (the spot a reader's eye joins to a dot) to the nearest other point, divided by the
 * distance to its own point. Below about 2 a reader may pair it with the wrong dot.
 */
export function clarity(box: Rect, own: { x: number, y: number }, others: { x: number, y: number }[]): number {
  const end = nearestOnRect(box, own.x, own.y)
  const mine = Math.hypot(end.x - own.x, end.y - own.y) || 1
  const nearest = Math.min(...others.map(q => Math.hypot(end.x - q.x, end.y - q.y)))
  return nearest / mine
}

/**
 * The best free candidate: inside the map and touching nothing, preferring near rings
 * and the order of DIRECTIONS, and strongly avoiding spots that look like another
 * point's label (for labels beside their point; a leader line needs no such care).
 */
function bestFree(p: LabelRequest, others: LabelRequest[], rings: number[], pointRadius: number, fixed: Rect[], placed: Rect[], bounds: Rect) {
  let best: { score: number, label: PlacedLabel } | undefined
  let rank = 0
  for (const [ring, d] of rings.entries()) {
    for (const [dx, dy] of DIRECTIONS) {
      rank++
      const c = candidate(p, dx, dy, d)
      if (!inside(c.box, bounds) || fixed.some(f => overlaps(c.box, f)) || placed.some(f => overlaps(c.box, f, 1)))
        continue
      const end = nearestOnRect(c.box, p.x, p.y)
      // A leader line ties a label to its point; it must not run past another point.
      if (ring > 0 && others.some(q => distanceToSegment(q, p, end) < pointRadius + 1))
        continue
      const ratio = ring === 0 && others.length ? clarity(c.box, p, others) : Infinity
      // Another dot right against the text reads as part of it.
      const crowded = others.some((q) => {
        const e = nearestOnRect(c.box, q.x, q.y)
        return Math.hypot(e.x - q.x, e.y - q.y) < pointRadius + 4
      })
      const score = rank + (ratio < 2 ? 40 : 0) + (ratio < 1.2 ? 200 : 0) + (crowded ? 30 : 0)
      if (best && best.score <= score)
        continue
      const leader = ring > 0 ? { leader: { x1: p.x, y1: p.y, x2: end.x, y2: end.y } } : {}
      best = { score, label: { id: p.id, ...c, clear: true, ...leader } as PlacedLabel }
    }
  }
  return best
}

function placeInOrder(points: LabelRequest[], order: number[], options: PlacementOptions): { labels: PlacedLabel[], cost: number } {
  const r = options.pointRadius ?? 4
  const rings = options.rings ?? [r + 1, r + 10, r + 22, r + 36, r + 54, r + 76]
  const pointBoxes = points.map(p => ({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r }))
  const fixed = [...(options.obstacles ?? []), ...pointBoxes]
  const placed: Rect[] = []
  const labels: PlacedLabel[] = Array.from({ length: points.length })
  let cost = 0
  for (const i of order) {
    const p = points[i]
    const found = bestFree(p, points.filter(q => q !== p), rings, r, fixed, placed, options.bounds)
    let chosen = found?.label
    cost += found?.score ?? 0
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

/** `count` reproducible shuffles of `items` (a fixed-seed generator: same input, same map). */
function shuffles<T>(items: T[], count: number): T[][] {
  let seed = 20120327
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  return Array.from({ length: count }, () => {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]]
    }
    return out
  })
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
    ...shuffles(index, 40),
  ]
  let best: { labels: PlacedLabel[], cost: number } | undefined
  for (const order of orders) {
    const result = placeInOrder(points, order, options)
    if (!best || result.cost < best.cost)
      best = result
  }
  return best!.labels
}
