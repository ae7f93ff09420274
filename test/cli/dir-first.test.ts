// `cqc -C <dir> <command>`, git's order, finds the repo as `cqc <command> -C <dir>` does.
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { hoistLeadingDir } from '../../src/cli/index.js';
import { cqc } from '../helpers/cli.js';
import { OPEN_ACTION, writeRepo } from '../helpers/repo.js';

describe('-C before the command', () => {
  it('moves a leading -C / --dir to the command, before any "--"', () => {
    expect(hoistLeadingDir(['-C', 'repo', 'check', '--format', 'json'])).toEqual(['check', '--format', 'json', '-C', 'repo']);
    expect(hoistLeadingDir(['--dir=repo', 'evidence', 'add', 'MH-001'])).toEqual(['evidence', 'add', 'MH-001', '--dir=repo']);
    expect(hoistLeadingDir(['-Crepo', 'check', '--', 'x'])).toEqual(['check', '-Crepo', '--', 'x']);
    expect(hoistLeadingDir(['check', '-C', 'repo'])).toEqual(['check', '-C', 'repo']);
    expect(hoistLeadingDir(['-C'])).toEqual(['-C']);
  });

  it('checks the repo it names, from anywhere', () => {
    const dir = writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION });
    const first = cqc(['-C', dir, 'check', '--no-git', '--as-of', '2026-11-26', '--format', 'json'], { cwd: tmpdir() });
    const after = cqc(['check', '--no-git', '--as-of', '2026-11-26', '--format', 'json', '-C', dir], { cwd: tmpdir() });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(after.code);
    expect(first.stdout).toBe(after.stdout);
    expect((JSON.parse(first.stdout) as { summary: { actions: number } }).summary.actions).toBe(1);
  });

  it('is still a usage error for a command that takes no -C', () => {
    const r = cqc(['-C', tmpdir(), 'demo'], { cwd: tmpdir() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
