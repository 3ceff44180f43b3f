/** The findings of `check` now live in cli/shared/findings.ts (one verdict for every command). */
export * from '../shared/findings'
