import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Synthesizing the API stack bundles every function group with esbuild.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
