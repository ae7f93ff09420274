// Runs once, before any test file: end-to-end tests run the built CLI (bin/cqc.js -> dist/), so
// dist/ must match src/ before the first of them starts, and must not change while they run.
import { ensureBuilt } from './meeting/built-cli.js';

export default function setup(): void {
  ensureBuilt();
}
