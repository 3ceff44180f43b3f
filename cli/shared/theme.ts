/**
 * Where the theme package is (this repository, or node_modules/slidev-theme-benelux in a
 * deck). The Slidev a command runs is the deck's own (cli/shared/slidev.mjs, slidevFor).
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The theme package's root folder (package.json, layouts/, components/, cli/). */
export const THEME_ROOT = resolve(import.meta.dirname, '../..')

interface PackageJson { name: string, version: string, dependencies?: Record<string, string>, engines?: Record<string, string> }

export const THEME_PACKAGE = JSON.parse(readFileSync(join(THEME_ROOT, 'package.json'), 'utf8')) as PackageJson
export const THEME_VERSION = THEME_PACKAGE.version
