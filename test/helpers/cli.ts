// Run the built CLI (bin/cqc.js -> dist/) as a user would. `npm test` builds dist/ first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/cqc.js', import.meta.url));

export interface CliResult { code: number; stdout: string; stderr: string }

export function cqc(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): CliResult {
  // The test run's own CI settings must not leak into the CLI under test; a test may set its own.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.GITHUB_STEP_SUMMARY;
  Object.assign(env, opts.env);
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd, env, encoding: 'utf8', input: opts.input ?? '' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
