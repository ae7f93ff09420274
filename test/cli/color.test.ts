// NO_COLOR is honoured only when it has a value (https://no-color.org): an empty NO_COLOR is as if
// it were unset. FORCE_COLOR follows Node: 0 or false off, anything else (empty included) on.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useColor } from '../../src/report/check/outputs.js';
import { cqc } from '../helpers/cli.js';

const ESC = '\u001b[';

describe('useColor', () => {
  it('treats an empty NO_COLOR as unset, and any value as "no colour"', () => {
    expect(useColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '0' })).toBe(false);
    expect(useColor({ isTTY: false }, { NO_COLOR: '', FORCE_COLOR: '1' })).toBe(true);
  });

  it('lets a non-empty NO_COLOR win over FORCE_COLOR', () => {
    expect(useColor({ isTTY: false }, { NO_COLOR: 'yes', FORCE_COLOR: '1' })).toBe(false);
  });

  it('reads FORCE_COLOR as Node does: empty means on', () => {
    expect(useColor({ isTTY: false }, { FORCE_COLOR: '' })).toBe(true);
    expect(useColor({ isTTY: false }, { FORCE_COLOR: 'true' })).toBe(true);
    expect(useColor({ isTTY: true }, { FORCE_COLOR: 'FALSE' })).toBe(false);
  });
});

describe('cqc check, run as a user would', () => {
  let repo: string;
  beforeAll(() => {
    repo = join(mkdtempSync(join(tmpdir(), 'cqc-color-')), 'repo');
    cpSync(join(import.meta.dirname, '..', '..', 'examples'), repo, { recursive: true });
  });

  // FORCE_COLOR stands in for a terminal; the example repo has a warning to colour.
  const check = (env: NodeJS.ProcessEnv) => cqc(['check', '--no-git', '--as-of', '2026-11-26'], { cwd: repo, env: { FORCE_COLOR: '1', ...env } });

  it('colours when NO_COLOR is empty', () => {
    const r = check({ NO_COLOR: '' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('warning');
    expect(r.stdout).toContain(ESC);
  });

  it('does not colour when NO_COLOR has a value', () => {
    const r = check({ NO_COLOR: '1' });
    expect(r.stdout).toContain('warning');
    expect(r.stdout).not.toContain(ESC);
  });
});
