// Run the built CLI (bin/cqc.js -> dist/) as a user would. `npm test` builds dist/ first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/cqc.js', import.meta.url));

export interface CliResult { code: number; stdout: string; stderr: string }

export function cqc(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...opts.env };
  delete env.GITHUB_STEP_SUMMARY;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd, env, encoding: 'utf8', input: opts.input ?? '' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
