import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CQC_VERSION } from '../../src/version.js';

describe('CQC_VERSION', () => {
  it('matches package.json, so SARIF logs name the release that made them', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(CQC_VERSION).toBe(pkg.version);
  });
});
