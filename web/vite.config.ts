import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  build: {
    rolldownOptions: {
      output: {
        // Svelte's runtime and SvelteKit's client are needed by every page: one file instead of a dozen
        // small ones, each of which costs a phone on HTTP/1.1 a round trip. Route code stays split.
        codeSplitting: {
          groups: [{ name: 'framework', test: /node_modules[\\/](svelte|@sveltejs|esm-env|devalue|clsx)[\\/]/ }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
