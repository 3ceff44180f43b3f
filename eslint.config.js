import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  formatters: false,
  ignores: ['dist', 'exports', '.cache', 'test-results', '**/*.md', 'decks/**/dist'],
}, {
  // The bench is a command like those in scripts/ and cli/, which the shared config already allows to print.
  files: ['bench/**/*.ts'],
  rules: { 'no-console': 'off', 'antfu/no-top-level-await': 'off' },
}, {
  files: ['bin/*.mjs'],
  rules: { 'antfu/no-top-level-await': 'off' },
}, {
  // npm applies the "files" list in order: the "!…" exclusions must follow what they exclude from.
  files: ['package.json'],
  rules: { 'jsonc/sort-array-values': 'off' },
})
