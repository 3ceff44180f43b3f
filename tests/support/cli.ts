/** Runs the `briefing` command line (bin/briefing.mjs) in a child Node process, as a user would. */
import type { SpawnSyncOptions } from 'node:child_process'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { THEME_ROOT } from '../../cli/shared/theme'

export const BRIEFING_BIN = join(THEME_ROOT, 'bin/briefing.mjs')

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
  /** stdout and stderr together */
  output: string
}

export function briefing(args: string[], options: SpawnSyncOptions & { node?: string } = {}): CliRun {
  const { node = process.execPath, ...spawnOptions } = options
  const run = spawnSync(node, [BRIEFING_BIN, ...args], { cwd: THEME_ROOT, encoding: 'utf8', timeout: 240_000, ...spawnOptions })
  const stdout = String(run.stdout ?? '')
  const stderr = String(run.stderr ?? '')
  return { status: run.status, stdout, stderr, output: `${stdout}${stderr}` }
}
