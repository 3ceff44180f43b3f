import type { OrgNode, OrgRelation, Rect } from './org-chart'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fitOrgChart, layoutOrgChart, orgTree, validateOrgChart } from './org-chart'
import { segmentHitsRect } from './orthogonal-route'
import { textWidth } from './text-wrap'

/** The two real charts of the deck, read from the snippet files the gallery shows. */
function snippetChart(file: string) {
  const text = readFileSync(resolve(import.meta.dirname, '../snippets', file), 'utf8')
  const attr = (name: string) => {
    const match = text.match(new RegExp(`:${name}='([^']*)'`))
    return match ? JSON.parse(match[1]) : undefined
  }
  return { nodes: attr('nodes') as OrgNode[], relations: attr('relations') as OrgRelation[] | undefined, groups: attr('groups') as Record<string, string> }
}

const charts = {
  'Structuur van de Benelux': snippetChart('org-chart.md'),
  'Structuur van het Secretariaat-Generaal': snippetChart('org-chart-secretariaat.md'),
}

const n = (id: string, parent?: string, extra: Partial<OrgNode> = {}): OrgNode => ({ id, label: `Label ${id}`, parent, ...extra })

describe('validateOrgChart', () => {
  it.each(Object.entries(charts))('accepts the real chart "%s"', (_title, chart) => {
    expect(validateOrgChart(chart)).toEqual([])
  })

  it.each([
    ['no nodes', { nodes: [] }, ['"nodes" is empty']],
    ['nodes not an array', { nodes: 'a' }, ['"nodes" must be an array, got the text "a"']],
    ['duplicate id', { nodes: [n('a'), n('a')] }, ['node "a": id is used more than once']],
    ['missing id', { nodes: [{ label: 'x' }] }, ['nodes[0].id is missing or empty']],
    ['empty label', { nodes: [{ id: 'a', label: '  ' }] }, ['node "a": label is missing or empty']],
    ['unknown parent', { nodes: [n('a'), n('b', 'zz')] }, ['node "b": parent "zz" does not exist']],
    ['two-node cycle', { nodes: [n('a', 'b'), n('b', 'a')] }, ['node "a": parents form a cycle (a → b → a)']],
    ['self parent', { nodes: [n('a', 'a')] }, ['node "a": parents form a cycle (a → a)']],
    ['cycle below a root', { nodes: [n('r'), n('x', 'z'), n('y', 'x'), n('z', 'y')] }, ['node "x": parents form a cycle (x → z → y → x)']],
    ['group not in the legend', { nodes: [n('a', undefined, { group: 'staf' })], groups: { team: 'Teams' } }, ['node "a": group "staf" is not in the legend (groups: team)']],
    ['group without any legend', { nodes: [n('a', undefined, { group: 'staf' })] }, ['node "a": group "staf" is not in the legend (groups: none given)']],
    ['empty legend label', { nodes: [n('a')], groups: { team: '' } }, ['groups.team: legend label is missing or empty']],
    ['groups not an object', { nodes: [n('a')], groups: ['x'] }, ['"groups" must be an object of group → legend label, got an array']],
    ['relation to an unknown node', { nodes: [n('a')], relations: [{ from: 'a', to: 'q' }] }, ['relations[0].to: node "q" does not exist']],
    ['relation without from', { nodes: [n('a')], relations: [{ to: 'a' }] }, ['relations[0].from is missing or empty']],
    ['relation to itself', { nodes: [n('a')], relations: [{ from: 'a', to: 'a' }] }, ['relations[0]: node "a" relates to itself']],
    ['relations not an array', { nodes: [n('a')], relations: {} }, ['"relations" must be an array, got a object']],
  ])('reports %s', (_name, input, problems) => {
    expect(validateOrgChart(input)).toEqual(problems)
  })

  it('accepts a forest (several roots)', () => {
    expect(validateOrgChart({ nodes: [n('a'), n('b'), n('c', 'a')] })).toEqual([])
  })
})

function overlap(a: Rect, b: Rect) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

describe('layoutOrgChart on the real charts', () => {
  it.each(Object.entries(charts))('"%s": boxes do not overlap and hold their text', (_title, chart) => {
    const layout = layoutOrgChart(chart.nodes, chart.relations, chart.groups)
    expect(layout.boxes).toHaveLength(chart.nodes.length)
    for (const [i, a] of layout.boxes.entries()) {
      for (const b of layout.boxes.slice(i + 1))
        expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false)
      for (const line of a.lines)
        expect(textWidth(line, layout.fontSize, a.depth === 0), `"${line}" is wider than box ${a.id}`).toBeLessThanOrEqual(a.w - 2 * 9)
      expect(a.lines.length * layout.lineHeight).toBeLessThanOrEqual(a.h)
      expect(a.lines.join(' ').replace(/- /g, '-')).toBe(a.label)
    }
  })

  it.each(Object.entries(charts))('"%s": fits a 16:9 content box and the view box holds everything', (_title, chart) => {
    const layout = layoutOrgChart(chart.nodes, chart.relations, chart.groups)
    const [x, y, w, h] = layout.viewBox
    // Drawn 880 CSS px wide, text must stay at least 12 px: at most ~1170 units wide.
    expect(w * (12 / layout.fontSize)).toBeLessThanOrEqual(880)
    expect(w / h).toBeGreaterThan(880 / 330 / 1.6)
    for (const b of layout.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(x)
      expect(b.y).toBeGreaterThanOrEqual(y)
      expect(b.x + b.w).toBeLessThanOrEqual(x + w)
      expect(b.y + b.h).toBeLessThanOrEqual(y + h)
    }
  })

  it.each(Object.entries(charts))('"%s" side by side: connectors run from parent bottom to child top', (_title, chart) => {
    const layout = layoutOrgChart(chart.nodes, chart.relations, chart.groups, { stack: false })
    const box = (id: string) => layout.boxes.find(b => b.id === id)!
    const children = chart.nodes.filter(node => node.parent)
    expect(layout.links).toHaveLength(children.length)
    for (const [i, child] of children.entries()) {
      const p = box(child.parent!)
      const c = box(child.id)
      expect(layout.links[i]).toBe(`M${p.x + p.w / 2},${p.y + p.h}V${p.y + p.h + 22}H${c.x + c.w / 2}V${c.y}`)
    }
  })

  it('stacks children in a column per group when they do not fit side by side', () => {
    const chart = charts['Structuur van het Secretariaat-Generaal']
    const layout = layoutOrgChart(chart.nodes, chart.relations, chart.groups, { targetWidth: 878, fontSize: 20 })
    const box = (id: string) => layout.boxes.find(b => b.id === id)!
    // The chart keeps its size: 1 unit is 1 px on an 878 px body, so the text stays 20 px.
    expect(layout.viewBox[2]).toBeLessThanOrEqual(878)
    const teams = ['jbz', 'do', 'markt'].map(box)
    expect(new Set(teams.map(b => b.x)).size).toBe(1)
    expect(teams[1]!.y).toBeGreaterThan(teams[0]!.y + teams[0]!.h)
    expect(box('taal').x).toBeGreaterThan(teams[0]!.x + teams[0]!.w)
    for (const child of chart.nodes.filter(n => n.parent)) {
      const b = box(child.id)
      expect(b.y).toBeGreaterThan(box(child.parent!).y + box(child.parent!).h)
      expect(layout.links.some(d => d.endsWith(`,${b.y + b.h / 2}H${b.x}`)), `${child.id} hangs from a spine`).toBe(true)
    }
    for (const a of layout.boxes) {
      for (const b of layout.boxes.filter(x => x !== a))
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y, `${a.id} overlaps ${b.id}`).toBe(true)
    }
  })

  it('fitOrgChart takes the largest label size that fits the room, else the smallest', () => {
    const chart = charts['Structuur van de Benelux']
    const roomy = fitOrgChart(chart.nodes, chart.relations, chart.groups, { width: 1200, height: 600 }, [26, 24, 22, 20], 18)
    expect(roomy.fontSize).toBe(26)
    const low = fitOrgChart(chart.nodes, chart.relations, chart.groups, { width: 878, height: 200 }, [26, 24, 22, 20], 18)
    expect(low.fontSize).toBeLessThan(26)
    expect(low.viewBox[3] <= 200 || low.fontSize === 20).toBe(true)
    const none = fitOrgChart(chart.nodes, chart.relations, chart.groups, { width: 300, height: 100 }, [26, 24, 22, 20], 18)
    expect(none.fontSize).toBe(20)
    expect(none.relationSize).toBe(18)
  })

  it('keeps a chart whose bottom row fits side by side', () => {
    const chart = charts['Structuur van de Benelux']
    const layout = layoutOrgChart(chart.nodes, chart.relations, chart.groups, { targetWidth: 878, fontSize: 20 })
    const raad = layout.boxes.find(b => b.id === 'raad')!
    const sg = layout.boxes.find(b => b.id === 'sg')!
    expect(sg.y).toBe(raad.y)
    expect(sg.x).toBeGreaterThan(raad.x + raad.w)
  })

  it('routes the Benelux relations around the other boxes, with room for their labels', () => {
    const chart = charts['Structuur van de Benelux']
    const layout = layoutOrgChart(chart.nodes, chart.relations, chart.groups)
    expect(layout.relations).toHaveLength(2)
    for (const rel of layout.relations) {
      const others = layout.boxes.filter(b => b.id !== rel.from && b.id !== rel.to)
      for (let i = 1; i < rel.points.length; i++) {
        for (const b of others)
          expect(segmentHitsRect(rel.points[i - 1], rel.points[i], b), `${rel.from}→${rel.to} crosses ${b.id}`).toBe(false)
      }
      const labelW = textWidth(rel.label!, layout.relationSize)
      for (const b of layout.boxes) {
        const labelBox = { x: rel.labelAt.x - labelW / 2, y: rel.labelAt.y - 5 - layout.relationSize, w: labelW, h: layout.relationSize }
        expect(overlap(labelBox, b), `label "${rel.label}" overlaps ${b.id}`).toBe(false)
      }
    }
  })

  it('puts forest roots in the top row, children below their parent', () => {
    const chart = charts['Structuur van de Benelux']
    const layout = layoutOrgChart(chart.nodes, chart.relations, chart.groups)
    const box = (id: string) => layout.boxes.find(b => b.id === id)!
    expect(new Set(['cvm', 'parlement', 'hof', 'boip'].map(id => box(id).y)).size).toBe(1)
    expect(box('raad').y).toBeGreaterThan(box('cvm').y + box('cvm').h)
    expect(box('cvm').color).toBe('var(--bx-primary)')
    expect(box('sg').color).toBe('var(--bx-teal)')
    expect(box('hof').color).toBe('var(--bx-accent)')
  })
})

describe('layoutOrgChart on other shapes', () => {
  it.each([
    ['three levels', [n('a'), n('b', 'a'), n('c', 'a'), n('d', 'b'), n('e', 'b'), n('f', 'c')]],
    ['a forest of lone roots', [n('a'), n('b'), n('c')]],
    ['one very long word', [n('a', undefined, { label: 'Benelux-Bureau-voor-de-Intellectuele-Eigendom-en-meer' }), n('b', 'a')]],
  ])('%s: boxes apart, children below parents, text inside', (_name, nodes) => {
    const layout = layoutOrgChart(nodes)
    const box = (id: string) => layout.boxes.find(b => b.id === id)!
    for (const [i, a] of layout.boxes.entries()) {
      for (const b of layout.boxes.slice(i + 1))
        expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false)
      for (const line of a.lines)
        expect(textWidth(line, layout.fontSize, a.depth === 0)).toBeLessThanOrEqual(a.w - 2 * 9)
    }
    for (const node of nodes.filter(node => node.parent))
      expect(box(node.id).y).toBeGreaterThan(box(node.parent!).y + box(node.parent!).h)
  })
})

describe('orgTree', () => {
  it('nests nodes under their parents, roots in order', () => {
    expect(orgTree([n('a'), n('b', 'a'), n('c'), n('d', 'b')])).toEqual([
      { id: 'a', label: 'Label a', children: [{ id: 'b', label: 'Label b', children: [{ id: 'd', label: 'Label d', children: [] }] }] },
      { id: 'c', label: 'Label c', children: [] },
    ])
  })
})
