/**
 * Orthogonal routes between boxes that avoid other boxes, for the dashed extra
 * relations of an OrgChart, and where to put a route's label.
 */

export interface Point { x: number, y: number }
export interface Rect { x: number, y: number, w: number, h: number }

/** Whether the segment p–q (horizontal or vertical, or any line) touches rectangle r. */
export function segmentHitsRect(p: Point, q: Point, r: Rect, inflate = 3): boolean {
  const x0 = r.x - inflate
  const x1 = r.x + r.w + inflate
  const y0 = r.y - inflate
  const y1 = r.y + r.h + inflate
  // Liang–Barsky clipping: does any part of the segment fall inside the rectangle?
  let t0 = 0
  let t1 = 1
  const dx = q.x - p.x
  const dy = q.y - p.y
  const checks: [number, number][] = [[-dx, p.x - x0], [dx, x1 - p.x], [-dy, p.y - y0], [dy, y1 - p.y]]
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq < 0)
        return false
      continue
    }
    const t = qq / pp
    if (pp < 0)
      t0 = Math.max(t0, t)
    else
      t1 = Math.min(t1, t)
    if (t0 > t1)
      return false
  }
  return true
}

function pathIsClear(points: Point[], obstacles: Rect[]): boolean {
  for (let i = 1; i < points.length; i++) {
    if (obstacles.some(r => segmentHitsRect(points[i - 1], points[i], r)))
      return false
  }
  return true
}

/**
 * An orthogonal route from box a to box b that avoids the other boxes: a straight
 * line when the boxes share a row, else an elbow (sideways then up/down, or the
 * reverse), else a detour through the gap between rows or over the row. Routes whose
 * longest segment is shorter than `labelRoom` are taken only when nothing else is
 * clear. Falls back to a straight line.
 */
export function routeRelation(a: Rect, b: Rect, obstacles: Rect[], gap: number, labelRoom = 0): Point[] {
  const acx = a.x + a.w / 2
  const acy = a.y + a.h / 2
  const bcx = b.x + b.w / 2
  const bcy = b.y + b.h / 2
  const right = bcx > acx
  const below = bcy > acy
  const aSide = right ? a.x + a.w : a.x
  const bSide = right ? b.x : b.x + b.w
  const candidates: Point[][] = []

  const top = Math.max(a.y, b.y)
  const bottom = Math.min(a.y + a.h, b.y + b.h)
  if (bottom - top > 8) {
    const y = (top + bottom) / 2
    candidates.push([{ x: aSide, y }, { x: bSide, y }])
  }
  if (Math.abs(acy - bcy) > 1) {
    const bEdge = below ? b.y : b.y + b.h
    const aEdge = below ? a.y + a.h : a.y
    candidates.push([{ x: aSide, y: acy }, { x: bcx, y: acy }, { x: bcx, y: bEdge }])
    candidates.push([{ x: acx, y: aEdge }, { x: acx, y: bcy }, { x: bSide, y: bcy }])
    const channel = below ? a.y + a.h + gap / 2 : a.y - gap / 2
    candidates.push([{ x: acx, y: aEdge }, { x: acx, y: channel }, { x: bcx, y: channel }, { x: bcx, y: bEdge }])
  }
  // Same row but blocked: over the top of the row.
  const over = Math.min(a.y, b.y) - gap / 3
  candidates.push([{ x: acx, y: a.y }, { x: acx, y: over }, { x: bcx, y: over }, { x: bcx, y: b.y }])

  return candidates.find(c => pathIsClear(c, obstacles) && longestSegment(c) >= labelRoom)
    ?? candidates.find(c => pathIsClear(c, obstacles))
    ?? [{ x: acx, y: acy }, { x: bcx, y: bcy }]
}

function longestSegment(points: Point[]): number {
  let longest = 0
  for (let i = 1; i < points.length; i++)
    longest = Math.max(longest, Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y))
  return longest
}

/** Middle of the longest segment: where a relation's label goes. */
export function labelPoint(points: Point[]): Point {
  let best = { len: -1, at: points[0] }
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]
    const q = points[i]
    const len = Math.hypot(q.x - p.x, q.y - p.y)
    if (len > best.len)
      best = { len, at: { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 } }
  }
  return best.at
}
