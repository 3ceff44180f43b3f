/**
 * OrgChart data, validation and layout. The layout is computed here, not in the
 * template: d3-hierarchy places the tree (a forest hangs under a hidden root), boxes
 * get wrapped labels, connectors are orthogonal and extra relations are routed around
 * the boxes.
 */
import type { HierarchyPointNode } from 'd3-hierarchy'
import type { Point, Rect } from './orthogonal-route'
import type { Problems } from './validate'
import { stratify, tree } from 'd3-hierarchy'
import { labelPoint, routeRelation } from './orthogonal-route'
import { breakableParts, textWidth, wrapText } from './text-wrap'
import { describe, isNonEmptyString, isRecord, requireArray } from './validate'

export interface OrgNode {
  id: string
  label: string
  /** Id of the node above this one; roots have none (several roots make a forest). */
  parent?: string
  /** Key into the chart's `groups` (legend); sets the box colour. */
  group?: string
}

export interface OrgRelation {
  from: string
  to: string
  label?: string
}

/** The props of <OrgChart>. */
export interface OrgChartProps {
  nodes: OrgNode[]
  relations?: OrgRelation[]
  groups?: Record<string, string>
  /** Accessible name of the chart (the SVG's title). */
  title?: string
  /** Accessible description; a summary of the tree when absent. */
  description?: string
}

export interface OrgChartInput {
  nodes: unknown
  relations?: unknown
  groups?: unknown
}

/** Group colours, in the order groups are listed in the legend. */
export const GROUP_COLORS = ['var(--bx-primary)', 'var(--bx-teal)', 'var(--bx-accent)', 'var(--bx-muted)'] as const

export function validateOrgChart(input: OrgChartInput): Problems {
  const problems: Problems = []
  const groups = input.groups
  if (groups !== undefined && !isRecord(groups))
    problems.push(`"groups" must be an object of group → legend label, got ${describe(groups)}`)
  const groupKeys = isRecord(groups) ? Object.keys(groups) : []
  if (isRecord(groups)) {
    for (const [key, label] of Object.entries(groups)) {
      if (!isNonEmptyString(label))
        problems.push(`groups.${key}: legend label is missing or empty`)
    }
    if (groupKeys.length > GROUP_COLORS.length)
      problems.push(`"groups" has ${groupKeys.length} groups; at most ${GROUP_COLORS.length} have distinct colours`)
  }

  if (!requireArray(input.nodes, 'nodes', problems))
    return problems
  const parents = new Map<string, string | undefined>()
  input.nodes.forEach((node, i) => {
    const where = `nodes[${i}]`
    if (!isRecord(node)) {
      problems.push(`${where} must be an object, got ${describe(node)}`)
      return
    }
    const id = node.id
    if (!isNonEmptyString(id)) {
      problems.push(`${where}.id is missing or empty`)
      return
    }
    const name = `node "${id}"`
    if (parents.has(id))
      problems.push(`${name}: id is used more than once`)
    if (!isNonEmptyString(node.label))
      problems.push(`${name}: label is missing or empty`)
    if (node.parent !== undefined && !isNonEmptyString(node.parent))
      problems.push(`${name}: parent must be a node id, got ${describe(node.parent)}`)
    if (node.group !== undefined) {
      if (!isNonEmptyString(node.group))
        problems.push(`${name}: group must be text, got ${describe(node.group)}`)
      else if (!groupKeys.includes(node.group))
        problems.push(`${name}: group "${node.group}" is not in the legend (groups: ${groupKeys.join(', ') || 'none given'})`)
    }
    parents.set(id, isNonEmptyString(node.parent) ? node.parent : undefined)
  })

  for (const [id, parent] of parents) {
    if (parent !== undefined && !parents.has(parent))
      problems.push(`node "${id}": parent "${parent}" does not exist`)
  }
  const cyclic = new Set<string>()
  for (const start of parents.keys()) {
    const seen: string[] = []
    let at: string | undefined = start
    while (at !== undefined && parents.has(at) && !seen.includes(at)) {
      seen.push(at)
      at = parents.get(at)
    }
    if (at !== undefined && seen.includes(at)) {
      const loop = seen.slice(seen.indexOf(at))
      const key = [...loop].sort().join('|')
      if (!cyclic.has(key)) {
        cyclic.add(key)
        problems.push(`node "${at}": parents form a cycle (${[...loop, at].join(' → ')})`)
      }
    }
  }

  if (input.relations !== undefined) {
    if (!Array.isArray(input.relations)) {
      problems.push(`"relations" must be an array, got ${describe(input.relations)}`)
    }
    else {
      input.relations.forEach((rel, i) => {
        const where = `relations[${i}]`
        if (!isRecord(rel)) {
          problems.push(`${where} must be an object, got ${describe(rel)}`)
          return
        }
        for (const end of ['from', 'to'] as const) {
          const id = rel[end]
          if (!isNonEmptyString(id))
            problems.push(`${where}.${end} is missing or empty`)
          else if (!parents.has(id))
            problems.push(`${where}.${end}: node "${id}" does not exist`)
        }
        if (rel.from === rel.to && isNonEmptyString(rel.from))
          problems.push(`${where}: node "${rel.from}" relates to itself`)
        if (rel.label !== undefined && typeof rel.label !== 'string')
          problems.push(`${where}.label must be text, got ${describe(rel.label)}`)
      })
    }
  }
  return problems
}

export interface LaidOutNode extends Rect {
  id: string
  label: string
  lines: string[]
  depth: number
  color?: string
  group?: string
}

export interface LaidOutRelation {
  from: string
  to: string
  label?: string
  points: Point[]
  labelAt: Point
}

export interface OrgLayout {
  /** SVG viewBox: x, y, width, height. */
  viewBox: [number, number, number, number]
  fontSize: number
  relationSize: number
  lineHeight: number
  boxes: LaidOutNode[]
  /** Orthogonal parent → child connectors as SVG path data. */
  links: string[]
  relations: LaidOutRelation[]
}

export interface OrgLayoutOptions {
  /** Width the chart should fill, in viewBox units (≈ CSS px at 1:1). */
  targetWidth?: number
  fontSize?: number
  /** Size of the relation labels; 0.8 of fontSize when absent. */
  relationSize?: number
  /**
   * Children in stacked columns (one column per group, boxes below each other) instead of
   * side by side. Default: when the boxes of the bottom row do not fit side by side in
   * targetWidth at fontSize, and every root has only leaf children.
   */
  stack?: boolean
}

const PAD_X = 9
const PAD_Y = 8
const GAP_X = 16
const GAP_Y = 44
const MARGIN = 4
const HIDDEN_ROOT = '\u0000root'
/** How far a relation label sits above its line. */
export const RELATION_LABEL_LIFT = 5

/** Lays out valid nodes (see validateOrgChart) as a top-down tree or forest. */
export function layoutOrgChart(
  nodes: OrgNode[],
  relations: OrgRelation[] = [],
  groups: Record<string, string> = {},
  options: OrgLayoutOptions = {},
): OrgLayout {
  const targetWidth = options.targetWidth ?? 880
  const fontSize = options.fontSize ?? 16
  const lineHeight = Math.round(fontSize * 1.22)
  const groupKeys = Object.keys(groups)

  const root = stratify<OrgNode>()
    .id(d => d.id)
    .parentId(d => d.id === HIDDEN_ROOT ? null : (d.parent ?? HIDDEN_ROOT))([{ id: HIDDEN_ROOT, label: '' }, ...nodes])
  const columns = root.leaves().length

  // Box width: share the target width between the leaf columns, but never narrower
  // than the longest single word of any label (words are not cut).
  const longestWord = Math.max(...root.children!.flatMap(top => top.descendants().flatMap(n =>
    breakableParts(n.data.label).map(w => textWidth(w, fontSize, n === top)))))
  const shared = (targetWidth - 2 * MARGIN - (columns - 1) * GAP_X) / columns
  const boxW = Math.ceil(Math.max(Math.min(shared, 230), longestWord + 2 * PAD_X, 90))

  // Side by side, the bottom row would need boxes wider than their share of the width.
  const tooWide = longestWord + 2 * PAD_X > shared
  const stackable = root.children!.every(top => (top.children ?? []).every(c => !c.children))
  if (options.stack ?? (stackable && tooWide))
    return finish(stackedBoxes(nodes, groupKeys, targetWidth, fontSize, lineHeight), fontSize, lineHeight, options.relationSize ?? fontSize * 0.8, relations)

  const laid = tree<OrgNode>()
    .nodeSize([boxW + GAP_X, 1])
    .separation((a, b) => a.parent === b.parent ? 1 : 1.12)(root)

  const visible = laid.descendants().filter(n => n.data.id !== HIDDEN_ROOT)
  // A parent may be wider than a leaf, up to the span of its children, so that a long
  // name ("College van secretarissen-generaal") needs fewer lines.
  const widthOf = new Map(visible.map((n) => {
    if (!n.children)
      return [n.data.id, boxW]
    const leaves = n.leaves().map(l => l.x)
    const span = Math.max(...leaves) - Math.min(...leaves) + boxW
    // Each of two neighbours in a row may take half the distance between them.
    const room = Math.min(...visible.filter(m => m !== n && m.depth === n.depth).map(m => Math.abs(m.x - n.x) - GAP_X))
    return [n.data.id, Math.round(Math.max(boxW, Math.min(span, boxW * 1.8, room)))]
  }))
  const linesOf = new Map(visible.map(n => [n.data.id, wrapText(n.data.label, widthOf.get(n.data.id)! - 2 * PAD_X, fontSize, n.depth === 1)]))
  const depths = Math.max(...visible.map(n => n.depth))
  const rowH: number[] = []
  for (let d = 1; d <= depths; d++)
    rowH[d] = Math.max(...visible.filter(n => n.depth === d).map(n => linesOf.get(n.data.id)!.length)) * lineHeight + 2 * PAD_Y
  const rowTop: number[] = []
  let y = 0
  for (let d = 1; d <= depths; d++) {
    rowTop[d] = y
    y += rowH[d] + GAP_Y
  }

  const boxOf = new Map<string, LaidOutNode>()
  const boxes = visible.map((n) => {
    const group = n.data.group
    const index = group ? groupKeys.indexOf(group) : -1
    const box: LaidOutNode = {
      id: n.data.id,
      label: n.data.label,
      lines: linesOf.get(n.data.id)!,
      depth: n.depth - 1,
      x: n.x - widthOf.get(n.data.id)! / 2,
      y: rowTop[n.depth],
      w: widthOf.get(n.data.id)!,
      h: rowH[n.depth],
      group,
      color: index >= 0 ? GROUP_COLORS[index] : undefined,
    }
    boxOf.set(box.id, box)
    return box
  })

  const links = visible
    .filter((n): n is HierarchyPointNode<OrgNode> & { parent: HierarchyPointNode<OrgNode> } => !!n.parent && n.parent.data.id !== HIDDEN_ROOT)
    .map((n) => {
      const p = boxOf.get(n.parent.data.id)!
      const c = boxOf.get(n.data.id)!
      const px = p.x + p.w / 2
      const cx = c.x + c.w / 2
      const midY = p.y + p.h + GAP_Y / 2
      return `M${px},${p.y + p.h}V${midY}H${cx}V${c.y}`
    })

  return finish({ boxes, links }, fontSize, lineHeight, options.relationSize ?? fontSize * 0.8, relations)
}

/** Relations routed around the boxes, and the view box around everything. */
function finish(
  { boxes, links }: { boxes: LaidOutNode[], links: string[] },
  fontSize: number,
  lineHeight: number,
  relationSize: number,
  relations: OrgRelation[],
): OrgLayout {
  const boxOf = new Map(boxes.map(b => [b.id, b]))
  const routed = relations.map((rel) => {
    const a = boxOf.get(rel.from)!
    const b = boxOf.get(rel.to)!
    const room = rel.label ? textWidth(rel.label, relationSize) + 12 : 0
    const points = routeRelation(a, b, boxes.filter(x => x !== a && x !== b), GAP_Y, room)
    return { ...rel, points, labelAt: labelPoint(points) }
  })

  // The view box holds every box, route and relation label, plus a margin.
  const xs = [...boxes.flatMap(b => [b.x, b.x + b.w]), ...routed.flatMap(r => r.points.map(p => p.x))]
  const ys = [...boxes.flatMap(b => [b.y, b.y + b.h]), ...routed.flatMap(r => r.points.map(p => p.y))]
  for (const r of routed.filter(r => r.label)) {
    const w = textWidth(r.label!, relationSize)
    xs.push(r.labelAt.x - w / 2, r.labelAt.x + w / 2)
    ys.push(r.labelAt.y - RELATION_LABEL_LIFT - relationSize)
  }
  const minX = Math.min(...xs) - MARGIN
  const minY = Math.min(...ys) - MARGIN
  const viewBox = [minX, minY, Math.max(...xs) + MARGIN - minX, Math.max(...ys) + MARGIN - minY].map(n => Math.round(n * 10) / 10) as [number, number, number, number]

  return { viewBox, fontSize, lineHeight, relationSize, boxes, links, relations: routed }
}

const STACK_INDENT = 18
const STACK_GAP = 12

/**
 * The stacked layout: roots side by side on the top row; under a root its children in one
 * column per group (in the order they come), each box below the previous one, hanging from
 * a spine on the column's left. Used where the children would be too narrow side by side.
 */
export function stackedBoxes(nodes: OrgNode[], groupKeys: string[], targetWidth: number, fontSize: number, lineHeight: number): { boxes: LaidOutNode[], links: string[] } {
  const roots = nodes.filter(n => !n.parent)
  const childrenOf = (id: string) => nodes.filter(n => n.parent === id)
  // Consecutive children of one group share a column.
  const columnsOf = new Map(roots.map((r) => {
    const cols: OrgNode[][] = []
    for (const child of childrenOf(r.id)) {
      const last = cols.at(-1)
      if (last && last[0]!.group === child.group)
        last.push(child)
      else
        cols.push([child])
    }
    return [r.id, cols]
  }))
  const colCount = roots.reduce((sum, r) => sum + Math.max(1, columnsOf.get(r.id)!.length), 0)
  const blockGaps = (roots.length - 1) * GAP_X * 2
  const innerGaps = roots.reduce((sum, r) => sum + Math.max(0, columnsOf.get(r.id)!.length - 1), 0) * GAP_X
  const longestWord = Math.max(...nodes.flatMap(n => breakableParts(n.label).map(w => textWidth(w, fontSize, !n.parent))))
  const colW = Math.floor(Math.max((targetWidth - 2 * MARGIN - blockGaps - innerGaps) / colCount, longestWord + 2 * PAD_X + STACK_INDENT))
  const heightOf = (lines: string[]) => lines.length * lineHeight + 2 * PAD_Y
  const colorOf = (group?: string) => {
    const i = group ? groupKeys.indexOf(group) : -1
    return i >= 0 ? GROUP_COLORS[i] : undefined
  }

  const boxes: LaidOutNode[] = []
  const links: string[] = []
  const rootLines = roots.map((r) => {
    const cols = Math.max(1, columnsOf.get(r.id)!.length)
    const blockW = cols * colW + (cols - 1) * GAP_X
    const w = Math.min(blockW, Math.round(colW * 1.6))
    return { w, blockW, lines: wrapText(r.label, w - 2 * PAD_X, fontSize, true) }
  })
  const topH = Math.max(...rootLines.map(r => heightOf(r.lines)))
  let x = MARGIN
  roots.forEach((r, i) => {
    const { w, blockW, lines } = rootLines[i]!
    const parent: LaidOutNode = { id: r.id, label: r.label, lines, depth: 0, x: x + (blockW - w) / 2, y: 0, w, h: topH, group: r.group, color: colorOf(r.group) }
    boxes.push(parent)
    const cols = columnsOf.get(r.id)!
    const busY = topH + GAP_Y / 2
    const spines = cols.map((_, c) => x + c * (colW + GAP_X) + STACK_INDENT / 2)
    if (cols.length) {
      const px = parent.x + parent.w / 2
      links.push(`M${px},${topH}V${busY}`)
      links.push(`M${Math.min(px, ...spines)},${busY}H${Math.max(px, ...spines)}`)
    }
    cols.forEach((col, c) => {
      const colX = x + c * (colW + GAP_X)
      let y = topH + GAP_Y
      let lastMid = busY
      for (const child of col) {
        const w = colW - STACK_INDENT
        const childLines = wrapText(child.label, w - 2 * PAD_X, fontSize)
        const box: LaidOutNode = { id: child.id, label: child.label, lines: childLines, depth: 1, x: colX + STACK_INDENT, y, w, h: heightOf(childLines), group: child.group, color: colorOf(child.group) }
        boxes.push(box)
        lastMid = y + box.h / 2
        links.push(`M${spines[c]},${lastMid}H${box.x}`)
        y += box.h + STACK_GAP
      }
      links.push(`M${spines[c]},${busY}V${lastMid}`)
    })
    x += blockW + GAP_X * 2
  })
  return { boxes, links }
}

/**
 * The chart at the largest of `sizes` (box label sizes, largest first) whose view box fits
 * `width` x `height` drawn 1:1; the smallest size when none fits (the caller says so).
 * Relation labels stay `relationSize`.
 */
export function fitOrgChart(
  nodes: OrgNode[],
  relations: OrgRelation[] | undefined,
  groups: Record<string, string> | undefined,
  room: { width: number, height?: number },
  sizes: number[],
  relationSize: number,
): OrgLayout {
  let layout: OrgLayout | undefined
  for (const fontSize of sizes) {
    layout = layoutOrgChart(nodes, relations, groups, { targetWidth: room.width, fontSize, relationSize: Math.max(relationSize, fontSize * 0.8) })
    if (layout.viewBox[2] <= room.width + 0.5 && (room.height === undefined || layout.viewBox[3] <= room.height + 0.5))
      return layout
  }
  return layout!
}

/** Nodes as a nested list for screen readers: roots first, children under them. */
export interface OrgTreeItem { id: string, label: string, children: OrgTreeItem[] }

export function orgTree(nodes: OrgNode[]): OrgTreeItem[] {
  const items = new Map(nodes.map(n => [n.id, { id: n.id, label: n.label, children: [] as OrgTreeItem[] }]))
  const roots: OrgTreeItem[] = []
  for (const n of nodes) {
    const item = items.get(n.id)!
    const parent = n.parent ? items.get(n.parent) : undefined
    if (parent)
      parent.children.push(item)
    else
      roots.push(item)
  }
  return roots
}

export type { Point, Rect }
