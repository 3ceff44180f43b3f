/**
 * Where the theme package is (this repository, or node_modules/slidev-theme-benelux in a
 * deck) and the Slidev it runs with. Every command resolves Slidev from here, so that a
 * deck folder gets the Slidev release the theme was tested with.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

/** The theme package's root folder (package.json, layouts/, components/, cli/). */
export const THEME_ROOT = resolve(import.meta.dirname, '../..')

interface PackageJson { name: string, version: string, dependencies?: Record<string, string> }

export const THEME_PACKAGE = JSON.parse(readFileSync(join(THEME_ROOT, 'package.json'), 'utf8')) as PackageJson
export const THEME_VERSION = THEME_PACKAGE.version

const require = createRequire(join(THEME_ROOT, 'package.json'))
const SLIDEV_ROOT = dirname(require.resolve('@slidev/cli/package.json'))

/** The installed @slidev/cli: its version and its `slidev` executable script. */
export const SLIDEV_VERSION = (JSON.parse(readFileSync(join(SLIDEV_ROOT, 'package.json'), 'utf8')) as PackageJson).version
export const SLIDEV_BIN = join(SLIDEV_ROOT, 'bin/slidev.mjs')
