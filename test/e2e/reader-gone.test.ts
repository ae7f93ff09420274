// `cqc status | head -1` is normal use: when whoever reads standard output stops, cqc says nothing
// about it (no EPIPE stack trace) and exits with the command's own code. No race: the pipe cqc
// writes to has no reader from the start (a FIFO whose only read end is closed before cqc runs).
import { spawnSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { cleanupRepos, tempDir } from '../git/helpers.js';
import { cleanupRepos as cleanupRuleRepos, validRepo, writeRepo } from '../rules/fixture.js';

afterAll(() => { cleanupRepos(); cleanupRuleRepos(); });

/** A write end whose reader has gone: every write to it fails with EPIPE. */
function pipeWithNoReader(): number {
  const fifo = join(tempDir('cqc-fifo-'), 'out');
  spawnSync('mkfifo', [fifo]);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(fifo, constants.O_WRONLY);
  closeSync(reader);
  return writer;
}

it.each([
  [['status', '--no-git', '--as-of', '2026-11-01'], 0],
  [['check', '--no-git', '--as-of', '2026-11-01'], 0],
  [['export', '--no-git', '--as-of', '2026-11-01'], 0],
])('cqc %s into a pipe nobody reads: no stack trace, the command\'s own exit code', (args, code) => {
  const { dir } = writeRepo(validRepo());
  const out = pipeWithNoReader();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', out, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  closeSync(out);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(code);
});
