/** Checks a slide's heading outline: exactly one h1, first, and no skipped level going down. */
export function headingProblems(levels: number[]): string[] {
  const problems: string[] = []
  const h1s = levels.filter(l => l === 1).length
  if (h1s !== 1)
    problems.push(`has ${h1s} h1 headings (expected exactly one)`)
  if (levels.length && levels[0] !== 1)
    problems.push(`starts with h${levels[0]} instead of h1`)
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1]! + 1)
      problems.push(`skips from h${levels[i - 1]} to h${level}`)
  })
  return problems
}
