#!/usr/bin/env node
// The `briefing` command: loads the TypeScript CLI (cli/index.ts) through tsx. On Node 22.1
// and newer, Node's module compile cache makes later starts faster.
import module from 'node:module'
import process from 'node:process'
import { register } from 'tsx/esm/api'

module.enableCompileCache?.()
register()
const { main } = await import('../cli/index.ts')
process.exitCode = await main(process.argv.slice(2))
