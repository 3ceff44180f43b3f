/**
 * Helpers of the benchmark that touch processes and files: a command timed with the peak
 * memory of its whole process tree, a generated deck of N slides from the components'
 * snippets, and an edit of one slide's speaker notes.
 */
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'

const RE_PID = /^\d+$/
const RE_MD = /\.md$/

export interface Measured {
  ms: number
  /** Highest sum of resident memory of the process and all its descendants, sampled every 100 ms. */
  peakRssKiB: number
}

/** Resident set size (KiB) of a process tree, from /proc. */
export function treeRssKiB(root: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!RE_PID.test(name))
      continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // pid (comm) state ppid ... ; comm may hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ppid = Number(fields[1])
      const pages = Number(fields[21])
      const pid = Number(name)
      rss.set(pid, (pages * 4096) / 1024)
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
    }
    catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/** Runs a command to completion; rejects with its output's tail when it exits otherwise than `okCodes` (default 0). */
export function runMeasured(command: string, args: string[], options: { env?: NodeJS.ProcessEnv, what: string, okCodes?: number[] }): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let peak = 0
    child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)))
    child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)))
    const sample = () => {
      if (child.pid)
        peak = Math.max(peak, treeRssKiB(child.pid))
    }
    const timer = setInterval(sample, 100)
    child.once('error', fail)
    child.once('close', (code) => {
      clearInterval(timer)
      const ms = performance.now() - started
      if (!(options.okCodes ?? [0]).includes(code ?? -1))
        fail(new Error(`${options.what} failed (exit ${code}):\n${output}`))
      else
        done({ ms, peakRssKiB: Math.round(peak) })
    })
  })
}

/**
 * A deck of `count` slides cycling through the components' snippets (snippets/*.md), each
 * with a title and two paragraphs of speaker notes; `theme` is the theme path for its headmatter.
 */
export function scaleDeck(snippets: { name: string, body: string }[], count: number, theme: string): string {
  if (!snippets.length)
    throw new Error('scaleDeck: no snippets')
  const head = [
    '---',
    `theme: ${theme}`,
    `title: Schaaldeck ${count} dia's`,
    'lang: nl',
    'layout: cover',
    '---',
    '',
    `# Schaaldeck`,
    '',
    `${count} dia's uit de snippets van de componenten.`,
    '',
    '<!--',
    'Openingsdia van het schaaldeck.',
    '-->',
  ].join('\n')
  const slides = Array.from({ length: count - 1 }, (_, i) => {
    const snippet = snippets[i % snippets.length]!
    return [
      '',
      '---',
      '',
      `# Dia ${i + 2}: ${snippet.name}`,
      '',
      snippet.body.trim(),
      '',
      '<!--',
      `Notitie bij dia ${i + 2}: het component ${snippet.name} met de voorbeeldgegevens.`,
      '',
      `Tweede alinea bij dia ${i + 2}, zodat de hand-out ook lopende tekst toont.`,
      '-->',
    ].join('\n')
  })
  return `${head}\n${slides.join('\n')}\n`
}

export function readSnippets(dir: string): { name: string, body: string }[] {
  return readdirSync(dir).filter(f => f.endsWith('.md')).sort().map(f => ({ name: f.replace(RE_MD, ''), body: readFileSync(join(dir, f), 'utf8') }))
}

/** Replaces the one occurrence of `line` in a deck's source (an edit of one notes line). */
export function replaceLine(source: string, line: string, by: string): string {
  const at = source.indexOf(line)
  if (at < 0 || source.includes(line, at + 1))
    throw new Error(`replaceLine: "${line}" is not in the deck exactly once`)
  return source.slice(0, at) + by + source.slice(at + line.length)
}
