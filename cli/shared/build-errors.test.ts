import { describe, expect, it } from 'vitest'
import { explainBuildError, lineOf, stripAnsi } from './build-errors'

const slides = [
  { no: 1, file: '/deck/slides.md', line: 1, raw: '---\ntitle: x\n---\n\n# Begin' },
  { no: 2, file: '/deck/slides.md', line: 16, raw: '---\n\n# Cijfers\n\n<script setup lang="ts">\nimport cijfers from \'./data/cijfers.json\'\nconst b = (a +\n</script>' },
]

describe('explainBuildError', () => {
  it('names the slide and line of an unresolved import', () => {
    const output = '\u001B[31m[UNRESOLVED_IMPORT] \u001B[0mCould not resolve \'./data/cijfers.json\' in deck/slides.md__slidev_2.md?vue&type=script&setup=true&lang.ts'
    expect(explainBuildError(output, slides)).toEqual({ slide: 2, text: expect.stringMatching(/^cannot import '\.\/data\/cijfers\.json' \(file or package not found\) \(.*slides\.md:21\)$/) })
  })

  it('names the slide and line of a syntax error in its script', () => {
    const output = [
      '[plugin vite:vue] /deck/slides.md__slidev_2.md:10:0',
      'SyntaxError: [vue/compiler-sfc] Unexpected token (10:0)',
      '',
      '17 |  const a = 1',
      '18 |  const b = (a +',
      '   |                 ^',
      '19 |  </script>',
    ].join('\n')
    expect(explainBuildError(output, slides)?.text).toMatch(/^syntax error in the slide's code: \[vue\/compiler-sfc\] Unexpected token in `const b = \(a \+` \(.*slides\.md:22\)$/)
  })

  it('leaves output that names no slide alone', () => {
    expect(explainBuildError('[UNRESOLVED_IMPORT] Could not resolve \'x\' in /theme/components/A.vue', slides)).toBeUndefined()
  })
})

describe('helpers', () => {
  it('strips colours and finds lines', () => {
    expect(stripAnsi('\u001B[38;5;246mx\u001B[0m')).toBe('x')
    expect(lineOf(slides[1]!, 'cijfers.json')).toBe(21)
    expect(lineOf(slides[1]!, 'nowhere')).toBeUndefined()
  })
})
