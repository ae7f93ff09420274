import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built CLI and real git; a 2-core CI machine needs the headroom.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
