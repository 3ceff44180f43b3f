/**
 * The theme as a user gets it: `npm pack`, then in an empty folder outside the repository
 * `npx --package <tarball> briefing new my-deck`, `npm install`, and the deck's commands.
 * BX_TEST_NODE_DIR (a folder holding another `node`, put first on PATH) runs the flow
 * under that Node. BX_PACKAGE_KEEP=<dir> does the flow there and keeps it; BX_PACKAGE_DECK=
 * <dir>/my-deck then reuses that installed deck (scaffolding a second deck with its
 * `briefing new` instead of installing again): .ci/run does so under Node 22 and 24.
 */
import type { ChildProcess, SpawnSyncOptions } from 'node:child_process'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../cli/shared/browser'
import { THEME_ROOT } from '../../cli/shared/theme'

const nodeDir = process.env.BX_TEST_NODE_DIR
const env = { ...process.env, PATH: nodeDir ? `${nodeDir}${delimiter}${process.env.PATH}` : process.env.PATH, CI: 'true' }
const reuse = process.env.BX_PACKAGE_DECK
const keep = process.env.BX_PACKAGE_KEEP
const place = reuse ? dirname(reuse) : keep ? (mkdirSync(keep, { recursive: true }), keep) : mkdtempSync(join(tmpdir(), 'bx-package-'))
const deckDir = reuse ?? join(place, 'my-deck')
/** The deck whose scaffolding is checked: my-deck, or when reusing, one made by its own `briefing new`. */
let newDeckDir = deckDir
let tarball = ''
let tarFiles: string[] = []

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

beforeAll(() => {
  if (reuse) {
    tarball = JSON.parse(readFileSync(join(reuse, 'package.json'), 'utf8')).dependencies['slidev-theme-benelux'].replace(/^file:/, '')
    tarFiles = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map(f => f.replace(/^package\//, ''))
    newDeckDir = join(place, `second-deck-${process.pid}`)
    run('npx', ['briefing', 'new', newDeckDir, '--title', 'Proefbriefing'])
    return
  }
  const packed = pack()
  tarball = join(place, packed.filename)
  tarFiles = packed.files.map(f => f.path)
  rmSync(deckDir, { recursive: true, force: true })
  run('npx', ['--yes', '--package', tarball, 'briefing', 'new', 'my-deck', '--title', 'Proefbriefing'], { cwd: place })
  run('npm', ['install', '--no-audit', '--no-fund'])
}, 600_000)

afterAll(() => {
  if (reuse)
    rmSync(newDeckDir, { recursive: true, force: true })
  else if (!keep)
    rmSync(place, { recursive: true, force: true })
})

describe('the packed theme', () => {
  it('runs under the Node it is given', () => {
    const version = execFileSync('node', ['--version'], { env, encoding: 'utf8' }).trim()
    console.warn(`[package] node ${version}${nodeDir ? ` from ${nodeDir}` : ''}`)
    if (nodeDir)
      expect(join(nodeDir, 'node')).toBe(execFileSync('sh', ['-c', 'command -v node'], { env, encoding: 'utf8' }).trim())
  })

  it('holds the theme, the components and the CLI, and no tests, bench or example deck', () => {
    for (const needed of ['package.json', 'bin/briefing.mjs', 'cli/index.ts', 'layouts/cover.vue', 'components/Timeline.vue', 'styles/index.ts', 'setup/routes.ts', 'uno.config.ts', 'vite.config.ts', 'data/cities.csv', 'snippets/timeline.md', 'LICENSE', 'README.md'])
      expect(tarFiles, needed).toContain(needed)
    const unwanted = tarFiles.filter(f => /^(?:tests|bench|docs|gallery|slides)\/|^(?:slides|gallery)\.md$|\.test\.ts$|baselines/.test(f))
    expect(unwanted).toEqual([])
  })

  it('scaffolds a deck that depends on the tarball and on Slidev', () => {
    const pkg = JSON.parse(readFileSync(join(newDeckDir, 'package.json'), 'utf8'))
    expect(pkg.dependencies['slidev-theme-benelux']).toBe(`file:${tarball}`)
    expect(pkg.dependencies['@slidev/cli']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(pkg.scripts).toMatchObject({ dev: 'briefing dev', build: 'briefing build', export: 'briefing export' })
    const slides = readFileSync(join(newDeckDir, 'slides.md'), 'utf8')
    expect(slides).toMatch(/^theme: benelux$/m)
    expect(slides).toMatch(/^title: "Proefbriefing"$/m)
    for (const file of ['README.md', '.gitignore'])
      expect(existsSync(join(newDeckDir, file)), file).toBe(true)
  })

  it('builds with slidev build', () => {
    const dist = join(place, `dist-${process.pid}`)
    run('npx', ['slidev', 'build', '--out', dist])
    expect(existsSync(join(dist, 'index.html'))).toBe(true)
  })

  it('presents slide 1 from the dev server', async () => {
    const port = String(20_000 + (process.pid % 20_000))
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

  it('passes briefing check', () => {
    expect(run('npx', ['briefing', 'check'])).toMatch(/check: \d+ slides, no problems/)
  })

  it('exports the three PDFs with briefing export', () => {
    const out = join(place, `exports-${process.pid}`)
    run('npx', ['briefing', 'export', '--out', out])
    for (const file of ['my-deck.pdf', 'my-deck-handout.pdf', 'my-deck-handout-3up.pdf'])
      expect(existsSync(join(out, file)), file).toBe(true)
  })
})
