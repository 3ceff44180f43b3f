import { describe, expect, it } from 'vitest'
import { isLocalUrl } from './guard'

describe('isLocalUrl', () => {
  it.each([
    ['http://127.0.0.1:4173/print', true],
    ['http://localhost/x', true],
    ['ws://[::1]:3030/', true],
    ['data:image/png;base64,AA', true],
    ['blob:http://127.0.0.1/1', true],
    ['https://fonts.googleapis.com/css', false],
    ['http://127.0.0.1.evil.com/', false],
    ['http://localhost.example/', false],
  ])('%s -> %s', (url, expected) => {
    expect(isLocalUrl(url)).toBe(expected)
  })
})
