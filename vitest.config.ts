import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build dist/ once before any file runs, never while the built CLI is in use.
    globalSetup: ['test/global-setup.ts'],
    // End-to-end tests spawn the built CLI and real git; a 2-core CI machine needs the headroom.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
