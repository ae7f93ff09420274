// The pre-commit hook `cqc init` writes refuses a commit that would put personal data into the
// history, before it is ever committed: real git, the real hook, the built CLI on the PATH.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, git, tempDir, testGitEnv } from '../git/helpers.js';
import { BIN, cqc } from '../helpers/cli.js';
import { spaced, withCheckDigit } from '../personal-data/fixture.js';
import { validRepo } from '../rules/fixture.js';

afterAll(cleanupRepos);

const NHS = withCheckDigit('736481902');
const E03 = 'evidence/MH-001/MH-001-E03.yaml';

/** A folder holding a `cqc` that runs the built CLI, as an installed cqc would be found. */
function cqcOnPath(): string {
  const bin = tempDir('cqc-bin-');
  writeFileSync(join(bin, 'cqc'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'cqc'), 0o755);
  return bin;
}

function commit(dir: string, bin: string, message: string): { code: number; output: string } {
  const at = '2026-10-21T10:00:00Z';
  const env = testGitEnv({
    PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1',
    GIT_AUTHOR_NAME: 'Priya Patel', GIT_AUTHOR_EMAIL: 'priya.patel@example.org', GIT_AUTHOR_DATE: at,
    GIT_COMMITTER_NAME: 'Priya Patel', GIT_COMMITTER_EMAIL: 'priya.patel@example.org', GIT_COMMITTER_DATE: at,
  });
  git(dir, ['add', '-A']);
  const r = spawnSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], { cwd: dir, env, encoding: 'utf8' });
  return { code: r.status ?? -1, output: r.stdout + r.stderr };
}

describe('the pre-commit hook from cqc init', () => {
  it('lets clean records through and refuses a commit with an NHS number, without echoing it', () => {
    const dir = tempDir('cqc-hook-');
    expect(cqc(['init', dir], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, '.githooks/pre-commit'), 'utf8')).toContain('cqc check --no-git');
    // The records of a valid closed action, in place of the starter files.
    const spec = validRepo();
    const files: Record<string, string> = {
      'cqc.yaml': stringify(spec.config), 'people.yaml': stringify({ people: spec.people }),
      'actions/MH-001.yaml': stringify(spec.actions['MH-001']),
      ...Object.fromEntries(Object.values(spec.evidence).map((e) => [`evidence/${e.action}/${e.id}.yaml`, stringify(e)])),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['config', 'core.hooksPath', '.githooks']);
    const bin = cqcOnPath();

    const clean = commit(dir, bin, 'Start the assurance repo');
    expect(clean.code, clean.output).toBe(0);

    writeFileSync(join(dir, E03), stringify({ ...spec.evidence['MH-001-E03'], summary: `Observed transfers for NHS ${spaced(NHS)}.` }));
    const refused = commit(dir, bin, 'Add the observation detail');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('personal-data');
    expect(refused.output).toContain('what looks like an NHS number');
    expect(refused.output).not.toContain(spaced(NHS));
    // Nothing reached the history: one commit, and no version of the file holds the number.
    expect(git(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('1');
    expect(git(dir, ['log', '-p', '--all'])).not.toContain(spaced(NHS));
  });
});
