import { describe, expect, it } from 'vitest'
import { dropLocalImagePreloads, findExternalReferences, isInline } from './inline-check'

describe('isInline', () => {
  it.each([
    ['data:font/woff2;base64,AAAA', true],
    ['blob:file:///x', true],
    ['#clip', true],
    ['', true],
    ['./assets/a.js', false],
    ['https://fonts.example/x.css', false],
    ['/favicon.svg', false],
  ])('%s -> %s', (ref, inline) => {
    expect(isInline(ref)).toBe(inline)
  })
})

describe('findExternalReferences', () => {
  it('finds nothing in a page that holds everything', () => {
    const html = `<!doctype html><html><head><link rel="icon" href="data:image/svg+xml,%3Csvg%3E">
<style>@font-face{src:url(data:font/woff2;base64,AAAA) format("woff2")} .m{mask:url(#m)}</style>
<script type="module">const s = '<img src="x.png">'; fetch("./data.json"); const u = "url(x.png)"</script>
</head><body><a href="https://www.benelux.int">web</a><div id="app"></div></body></html>`
    expect(findExternalReferences(html)).toEqual([])
  })

  it('names each script, stylesheet, image and CSS url that would be loaded', () => {
    const html = `<html><head><script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="stylesheet" href="./assets/index.css"><link rel="canonical" href="https://x.example/">
<style>@import "theme.css"; .a{background:url('./bg.png')}</style></head>
<body><img src=logo.png srcset="a.png 1x, data:image/png;base64,AA 2x"><div style="background-image: url(/p.jpg)"></div></body></html>`
    expect(findExternalReferences(html)).toEqual([
      '<script src="./assets/index-abc.js">',
      '<link href="./assets/index.css">',
      '<img src="logo.png">',
      '<img srcset="a.png">',
      'url(./bg.png)',
      'url(theme.css)',
      'url(/p.jpg)',
    ])
  })
})

describe('dropLocalImagePreloads', () => {
  it('drops the preloads of local images and keeps those of web addresses and other links', () => {
    const html = '<head><link rel="preload" as="image" href="/logo.png">\n<link rel="preload" as="image" href="https://x.example/a.png"><link rel="icon" href="data:,"><link rel="preload" as="font" href="/f.woff2"></head>'
    expect(dropLocalImagePreloads(html)).toBe('<head><link rel="preload" as="image" href="https://x.example/a.png"><link rel="icon" href="data:,"><link rel="preload" as="font" href="/f.woff2"></head>')
  })
})
