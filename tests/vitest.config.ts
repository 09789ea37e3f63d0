import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: files run in parallel, each against its own table of the one DynamoDB Local.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'integration', include: ['integration/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['e2e/**/*.test.ts'], maxWorkers: 1, testTimeout: 120_000 } },
    ],
  },
});
