// The suite must give the same answer every time, on a loaded two-core machine as on a fast one:
// no test (or helper) reads the clock, sleeps, polls against a deadline or switches itself off.
// A test that needs to wait for something waits for the thing itself (a FIFO, a process exit).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/browser.js';

const TEST_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

const FORBIDDEN: [RegExp, string][] = [
  [/\.(skip|skipIf|runIf|todo|only)\s*\(/, 'a test that skips itself, or runs alone'],
  [/\bDate\.now\s*\(|\bperformance\.now\s*\(|\bprocess\.hrtime\b/, 'a clock read'],
  [/\bset(Timeout|Interval)\s*\(|\bAtomics\.wait\b|\bsleep\s*\(/, 'a sleep or timer'],
  [/\bexpect\.poll\s*\(|\bvi\.waitFor\s*\(/, 'polling against a deadline'],
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    // Benchmarks measure time by design; they are not part of the suite.
    return e.name.endsWith('.ts') && !e.name.endsWith('.bench.ts') && path !== SELF ? [path] : [];
  });
}

describe('the test suite', () => {
  it('has no test or helper that depends on timing or skips itself', () => {
    const offences = sources(TEST_ROOT).flatMap((file) => readFileSync(file, 'utf8').split('\n').flatMap((line, i) =>
      FORBIDDEN.filter(([pattern]) => pattern.test(line)).map(([, what]) => `${relative(TEST_ROOT, file)}:${i + 1}: ${what}: ${line.trim()}`)));
    expect(offences).toEqual([]);
  });
});

describe('the browser tests', () => {
  it('fail with what to run when chromium is missing, instead of skipping', () => {
    expect(() => requireChromium('/nonexistent/chromium')).toThrow(/\/nonexistent\/chromium is missing.*Run \.ci\/install-browser/);
  });
});
