import type { TestProject } from 'vitest/node'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findBrowser } from '../../scripts/lib/browser'
import { buildDeck, PROJECT_ROOT } from '../../scripts/lib/build'

declare module 'vitest' {
  export interface ProvidedContext {
    mainDist: string
  }
}

// Builds the main deck once for every end-to-end file and hands its folder over.
export default async function setup(project: TestProject) {
  await findBrowser() // fail fast, with what to install, before building anything
  const dir = mkdtempSync(join(tmpdir(), 'bx-e2e-'))
  const mainDist = join(dir, 'main')
  await buildDeck(join(PROJECT_ROOT, 'slides.md'), mainDist)
  project.provide('mainDist', mainDist)
  return () => rmSync(dir, { recursive: true, force: true })
}
