/**
 * Serves a built deck (`slidev build` output) on 127.0.0.1 for tests, export and
 * benchmarks: static files, SPA fallback to index.html, optional sub-path base.
 */
import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/ or http://127.0.0.1:41234/briefing/ */
  url: string
  close: () => Promise<void>
}

const RE_EDGE_SLASHES = /^\/+|\/+$/g

/** Normalises a base path to the form `/x/y/` (or `/`). */
export function normaliseBase(base = '/'): string {
  const trimmed = base.replace(RE_EDGE_SLASHES, '')
  return trimmed ? `/${trimmed}/` : '/'
}

export async function serveDist(dir: string, base = '/'): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`No built deck in ${dir} (index.html missing): run the build first.`)
  const prefix = normaliseBase(base)
  const handler = sirv(dir, { single: true, dev: false, etag: true })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(prefix) && `${url}/` !== prefix) {
      res.statusCode = 404
      res.end(`Not under ${prefix}`)
      return
    }
    req.url = `/${url.slice(prefix.length)}`
    handler(req, res, () => {
      res.statusCode = 404
      res.end('Not found')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve())
      // Idle keep-alive sockets would hold close() open.
      server.closeAllConnections()
    }),
  }
}
