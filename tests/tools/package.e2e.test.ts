/**
 * The theme as a user gets it: `npm pack`, then in an empty folder outside the repository
 * `npx --package <tarball> briefing new my-deck`, `npm install`, and the deck's commands.
 * One run is one Node/Slidev pair (.ci/run runs each supported pair):
 * - BX_TEST_NODE_DIR: a folder holding another `node`, put first on PATH for every command;
 * - BX_PACKAGE_SLIDEV: the Slidev version for `briefing new --slidev` (default: what `new`
 *   picks for that Node);
 * - BX_PACKAGE_KEEP=<dir>: work there and keep the tarball (for the next pairs) and the decks;
 * - BX_PACKAGE_TARBALL: a tarball packed before, instead of packing again;
 * - BX_MERMAID_COMPARE=<dir>: write the test diagram's geometry there as mermaid-<major>.json
 *   and compare it with the other Slidev major's file when that exists (setup/mermaid.ts);
 * - BX_PACKAGE_PORT: the dev server's port (default: one from the process id);
 * - BX_PACKAGE_LIGHT=1: only what every pair must pass (new, install, build, check, export,
 *   single file), not the dev server (CI presents on the system pair and one Slidev 53 pair).
 */
import type { ChildProcess, SpawnSyncOptions } from 'node:child_process'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../cli/shared/browser'
import { serveDist } from '../../cli/shared/serve'
import { THEME_ROOT } from '../../cli/shared/theme'
import { checkPdfUaBytes } from '../support/pdfua'

const nodeDir = process.env.BX_TEST_NODE_DIR
const env = { ...process.env, PATH: nodeDir ? `${nodeDir}${delimiter}${process.env.PATH}` : process.env.PATH, CI: 'true' }
const keep = process.env.BX_PACKAGE_KEEP
const wantedSlidev = process.env.BX_PACKAGE_SLIDEV
const compareDir = process.env.BX_MERMAID_COMPARE
const nodeVersion = execFileSync('node', ['--version'], { env, encoding: 'utf8' }).trim()
const place = keep ? (mkdirSync(keep, { recursive: true }), keep) : mkdtempSync(join(tmpdir(), 'bx-package-'))
/** One folder per pair, so that the decks of several pairs can be kept side by side. */
const pairDir = join(place, `node${nodeVersion}-slidev${wantedSlidev ?? 'picked'}`)
const deckDir = join(pairDir, 'my-deck')
let tarball = ''
let tarFiles: string[] = []
let newOutput = ''

function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { cwd: deckDir, env, encoding: 'utf8', timeout: 300_000, ...options })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${output.slice(-3000)}`)
  return output
}

/** `npm pack --json` of the theme: the tarball's name and the files in it. */
function pack(): { filename: string, files: { path: string }[] } {
  const result = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', place], { cwd: THEME_ROOT, env, encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`npm pack exited ${result.status}:\n${result.stderr}`)
  return (JSON.parse(result.stdout) as { filename: string, files: { path: string }[] }[])[0]!
}

/** The deck's Slidev as installed: every @slidev/cli package in its node_modules. */
function installedSlidevs(): string[] {
  const found = execFileSync('find', [join(deckDir, 'node_modules'), '-path', '*/@slidev/cli/package.json'], { encoding: 'utf8' })
  return found.split('\n').filter(Boolean).map(file => `${JSON.parse(readFileSync(file, 'utf8')).version} ${file}`)
}

const MERMAID_DECK = `---
theme: benelux
title: Mermaid
---

# Mermaid

---

# Besluitvorming

\`\`\`mermaid
flowchart LR
  A[Comité van Ministers] --> B[Secretariaat-Generaal]
  B --> C{Raadgevende Interparlementaire Raad}
  C --> D[Werkgroepen]
  C --> E[Benelux-Gerechtshof]
\`\`\`
`

beforeAll(() => {
  if (process.env.BX_PACKAGE_TARBALL) {
    tarball = process.env.BX_PACKAGE_TARBALL
    tarFiles = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map(f => f.replace(/^package\//, ''))
  }
  else {
    const packed = pack()
    tarball = join(place, packed.filename)
    tarFiles = packed.files.map(f => f.path)
  }
  rmSync(pairDir, { recursive: true, force: true })
  mkdirSync(pairDir, { recursive: true })
  newOutput = run('npx', ['--yes', '--package', tarball, 'briefing', 'new', 'my-deck', '--title', 'Proefbriefing', ...(wantedSlidev ? ['--slidev', wantedSlidev] : [])], { cwd: pairDir })
  // --prefer-offline: the npm cache of the earlier pairs serves the install without asking the registry again.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'])
}, 600_000)

afterAll(() => {
  if (!keep)
    rmSync(place, { recursive: true, force: true })
})

describe(`the packed theme (Node ${nodeVersion}, Slidev ${wantedSlidev ?? 'picked by briefing new'})`, () => {
  it('runs under the Node it is given', () => {
    console.warn(`[package] node ${nodeVersion}${nodeDir ? ` from ${nodeDir}` : ''}`)
    if (nodeDir)
      expect(join(nodeDir, 'node')).toBe(execFileSync('sh', ['-c', 'command -v node'], { env, encoding: 'utf8' }).trim())
  })

  it('holds the theme, the components and the CLI, and no tests, bench or example deck', () => {
    for (const needed of ['package.json', 'bin/briefing.mjs', 'cli/index.ts', 'layouts/cover.vue', 'components/Timeline.vue', 'styles/index.ts', 'setup/routes.ts', 'setup/mermaid.ts', 'uno.config.ts', 'vite.config.ts', 'data/cities.csv', 'snippets/timeline.md', 'LICENSE', 'README.md'])
      expect(tarFiles, needed).toContain(needed)
    const unwanted = tarFiles.filter(f => /^(?:tests|bench|docs|gallery|slides)\/|^(?:slides|gallery)\.md$|\.test\.ts$|baselines/.test(f))
    expect(unwanted).toEqual([])
    // Nothing runs when a deck installs the theme.
    const pkg = JSON.parse(execFileSync('tar', ['xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }))
    expect(Object.keys(pkg.scripts ?? {}).filter(name => /^(?:pre|post)?(?:install|prepare)$/.test(name))).toEqual([])
    expect(pkg.peerDependencies['@slidev/cli']).toBe(pkg.engines.slidev)
    expect(pkg.dependencies['@slidev/cli']).toBeUndefined()
  })

  it('scaffolds a deck that depends on the tarball and on the Slidev for this Node, and says why', () => {
    const pkg = JSON.parse(readFileSync(join(deckDir, 'package.json'), 'utf8'))
    expect(pkg.dependencies['slidev-theme-benelux']).toBe(`file:${tarball}`)
    const [major, minor] = nodeVersion.slice(1).split('.').map(Number) as [number, number]
    const expected = wantedSlidev ?? (major > 22 || (major === 22 && minor >= 12) ? '53.0.0' : '52.20.1')
    expect(pkg.dependencies['@slidev/cli']).toBe(expected)
    expect(newOutput).toContain(`Slidev ${expected}: `)
    expect(pkg.scripts).toMatchObject({ dev: 'briefing dev', build: 'briefing build', export: 'briefing export' })
    const slides = readFileSync(join(deckDir, 'slides.md'), 'utf8')
    expect(slides).toMatch(/^theme: benelux$/m)
    expect(slides).toMatch(/^title: "Proefbriefing"$/m)
    for (const file of ['README.md', '.gitignore'])
      expect(existsSync(join(deckDir, file)), file).toBe(true)
  })

  it('installs exactly one Slidev, the deck\'s own', () => {
    const slidevs = installedSlidevs()
    expect(slidevs, slidevs.join('\n')).toHaveLength(1)
    expect(slidevs[0]).toMatch(new RegExp(`^${JSON.parse(readFileSync(join(deckDir, 'package.json'), 'utf8')).dependencies['@slidev/cli'].replaceAll('.', '\\.')} `))
  })

  it.skipIf(process.env.BX_PACKAGE_LIGHT === '1')('presents slide 1 from the dev server', async () => {
    const port = process.env.BX_PACKAGE_PORT ?? String(20_000 + (process.pid % 20_000))
    const server: ChildProcess = spawn('npx', ['briefing', 'dev', '--port', port], { cwd: deckDir, env, stdio: 'pipe', detached: true })
    let log = ''
    server.stdout!.on('data', d => (log += d))
    server.stderr!.on('data', d => (log += d))
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      const url = `http://localhost:${port}/1`
      const deadline = Date.now() + 90_000
      for (;;) {
        const response = await page.goto(url).catch(() => null)
        if (response?.ok())
          break
        if (Date.now() > deadline || server.exitCode !== null)
          throw new Error(`the dev server did not answer on ${url}:\n${log.slice(-2000)}`)
        await new Promise(r => setTimeout(r, 1000))
      }
      const title = page.locator('#slide-content [data-slidev-no="1"] .slidev-layout.cover h1')
      await title.waitFor({ state: 'visible', timeout: 60_000 })
      expect(await title.textContent()).toContain('Proefbriefing')
    }
    finally {
      await browser.close()
      process.kill(-server.pid!, 'SIGTERM')
    }
  })

  it('builds with briefing build (the deck\'s `slidev build`, then the inspection)', () => {
    const dist = join(pairDir, 'dist')
    run('npx', ['briefing', 'build', '--out', dist])
    expect(existsSync(join(dist, 'index.html'))).toBe(true)
  })

  it('passes briefing check', () => {
    expect(run('npx', ['briefing', 'check'])).toMatch(/check: \d+ slides, no problems/)
  })

  it('exports the three PDFs with briefing export, each PDF/UA-1 as tested', async () => {
    const out = join(pairDir, 'exports')
    run('npx', ['briefing', 'export', '--out', out])
    for (const file of ['my-deck.pdf', 'my-deck-handout.pdf', 'my-deck-handout-3up.pdf']) {
      expect(existsSync(join(out, file)), file).toBe(true)
      const report = await checkPdfUaBytes(readFileSync(join(out, file)))
      expect(Object.entries(report).filter(([, problems]) => problems.length > 0), file).toEqual([])
    }
  })

  it('builds one offline HTML file with briefing build --single-file', () => {
    const file = join(pairDir, 'my-deck.html')
    run('npx', ['briefing', 'build', '--single-file', '--out', file])
    expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>/i)
  })

  it.runIf(compareDir)('draws a mermaid diagram the same way on each Slidev release (setup/mermaid.ts)', async () => {
    const slidev = JSON.parse(readFileSync(join(deckDir, 'node_modules/@slidev/cli/package.json'), 'utf8')).version as string
    writeFileSync(join(deckDir, 'mermaid.md'), MERMAID_DECK)
    const dist = join(pairDir, 'dist-mermaid')
    run('npx', ['slidev', 'build', 'mermaid.md', '--out', dist])
    const geometry = await diagramGeometry(dist, join(compareDir!, `mermaid-${slidev}.png`))
    // The house style on this release: the palette and the theme's face.
    expect(geometry.fonts.every(font => font.startsWith('"Source Sans 3"')), geometry.fonts.join(', ')).toBe(true)
    expect(new Set(geometry.nodes.map(node => node.fill))).toEqual(new Set(['rgb(238, 242, 247)']))
    mkdirSync(compareDir!, { recursive: true })
    const major = slidev.split('.')[0]!
    // Written whole, then renamed: CI runs two pairs at once, and the other may be reading it.
    const mine = join(compareDir!, `mermaid-${major}.json`)
    writeFileSync(`${mine}.${process.pid}.partial`, `${JSON.stringify({ slidev, ...geometry }, null, 2)}\n`)
    renameSync(`${mine}.${process.pid}.partial`, mine)
    const other = readdirSync(compareDir!).find(name => /^mermaid-\d+\.json$/.test(name) && name !== `mermaid-${major}.json`)
    if (!other)
      return
    const theirs = JSON.parse(readFileSync(join(compareDir!, other), 'utf8')) as DiagramGeometry & { slidev: string }
    expect(geometry.nodes.map(node => node.label), `labels against Slidev ${theirs.slidev}`).toEqual(theirs.nodes.map(node => node.label))
    expect(geometry.edges, `edges against Slidev ${theirs.slidev}`).toBe(theirs.edges)
    for (const [i, node] of geometry.nodes.entries()) {
      const their = theirs.nodes[i]!
      for (const key of ['x', 'y', 'width', 'height'] as const)
        expect(Math.abs(node[key] - their[key]), `${node.label} ${key}: ${node[key]} here, ${their[key]} on Slidev ${theirs.slidev}`).toBeLessThanOrEqual(4)
      expect(node.fill, node.label).toBe(their.fill)
    }
  })
})

interface DiagramGeometry {
  /** Each node: its label and its box in the SVG's own units, relative to the diagram's top left. */
  nodes: { label: string, x: number, y: number, width: number, height: number, fill: string }[]
  edges: number
  fonts: string[]
}

/** The rendered diagram of mermaid.md's slide 2 (a content slide; 1 is the cover): node boxes, edge count, label fonts; and a screenshot. */
async function diagramGeometry(dist: string, screenshot: string): Promise<DiagramGeometry> {
  const server = await serveDist(dist)
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${server.url}2`)
    const svg = page.locator('svg[aria-roledescription]').first()
    await svg.locator('g.node').first().waitFor({ timeout: 60_000 })
    await page.evaluate(() => document.fonts.ready)
    mkdirSync(join(screenshot, '..'), { recursive: true })
    await svg.screenshot({ path: screenshot })
    return await svg.evaluate((root: SVGSVGElement) => {
      const origin = root.getBoundingClientRect()
      const scale = root.viewBox.baseVal.width ? root.viewBox.baseVal.width / origin.width : 1
      const nodes = Array.from(root.querySelectorAll<SVGGElement>('g.node'), (node) => {
        const box = node.getBoundingClientRect()
        const shape = node.querySelector('rect, polygon, path')
        const round = (n: number) => Math.round(n * scale * 10) / 10
        return { label: node.textContent!.trim(), x: round(box.left - origin.left), y: round(box.top - origin.top), width: round(box.width), height: round(box.height), fill: shape ? getComputedStyle(shape).fill : '' }
      })
      nodes.sort((a, b) => a.label.localeCompare(b.label))
      const labels = [...root.querySelectorAll<HTMLElement>('g.node .nodeLabel, g.node text')]
      return {
        nodes,
        edges: root.querySelectorAll('.edgePaths path, path.flowchart-link').length,
        fonts: [...new Set(labels.map(label => getComputedStyle(label).fontFamily))],
      }
    })
  }
  finally {
    await browser.close()
    await server.close()
  }
}
