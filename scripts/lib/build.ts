/** Runs `slidev build` for a deck and reports failures with Slidev's own output. */
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..')
const SLIDEV_BIN = resolve(PROJECT_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs')

export interface BuildOptions {
  /** Sub-path the site will be served under, e.g. /briefing/ */
  base?: string
  cwd?: string
}

export async function buildDeck(entry: string, outDir: string, options: BuildOptions = {}): Promise<void> {
  const args = [SLIDEV_BIN, 'build', entry, '--out', resolve(outDir)]
  if (options.base)
    args.push('--base', options.base)
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail)
    child.once('close', done)
  })
  if (code !== 0)
    throw new Error(`slidev build ${entry} failed (exit ${code}):\n${output.slice(-4000)}`)
}
