import type { RouteRecordRaw } from 'vue-router'
import { describe, expect, it } from 'vitest'
import setupRoutes, { HANDOUT_PREVIEW_PATH } from './routes'

function slidevRoutes(...extra: RouteRecordRaw[]): RouteRecordRaw[] {
  return [
    ...extra,
    { name: 'play', path: '/:no', component: {} },
  ]
}

describe('setup/routes', () => {
  it('adds the handout preview under the theme\'s own path', () => {
    const preview = setupRoutes(slidevRoutes()).find(route => route.name === 'bx-handout')
    expect(preview?.path).toBe('/bx-handout')
    expect(HANDOUT_PREVIEW_PATH).toMatch(/^\/bx-/)
  })

  it('leaves a /handout route of Slidev\'s own as it is, and no two routes share a path', () => {
    const own: RouteRecordRaw = { name: 'handout', path: '/handout', component: {} }
    const routes = setupRoutes(slidevRoutes(own))
    expect(routes).toContain(own)
    const paths = routes.map(route => route.path)
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('adds /print only when Slidev has none', () => {
    expect(setupRoutes(slidevRoutes()).filter(route => route.path === '/print')).toHaveLength(1)
    const print: RouteRecordRaw = { name: 'print', path: '/print', component: {} }
    expect(setupRoutes(slidevRoutes(print)).filter(route => route.path === '/print')).toEqual([print])
  })
})
