import Vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [Vue()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['{components,layouts,cli,scripts,bench,setup,styles,snippets}/**/*.test.ts', 'tests/support/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/{deck,tools,export}/**/*.e2e.test.ts'],
          exclude: ['tests/tools/package.e2e.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // The packed theme in a deck outside the repository; needs none of the e2e builds.
        test: {
          name: 'package',
          environment: 'node',
          include: ['tests/tools/package.e2e.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
