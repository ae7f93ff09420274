// Runs of the built CLI (`node bin/cqc.js`) as a user's shell would start it, judged the way CI
// would: exit 0 or 1 with a JSON report is a working run (1 only means the repo has errors);
// exit 2, a crash, or output that is not the JSON report is a failure, shown with its stderr.

import { timeCommand, peakMemory } from './measure.js';
import { gitEnv } from './fast-import.js';

const TEN_MINUTES = 600_000;

export function createCli(cliPath, cwd) {
  const spawnOptions = { cwd, env: { ...gitEnv(), NO_COLOR: '1' }, timeout: TEN_MINUTES };

  function judge(result) {
    if (result.status !== 0 && result.status !== 1) {
      const why = result.signal ? `killed by ${result.signal}` : `exit ${result.status}`;
      return { ...result, ok: false, error: `cqc ${why}: ${result.stderr.trim() || '(no stderr)'}` };
    }
    try {
      const report = JSON.parse(result.stdout);
      if (report.version !== 1 || !report.summary) throw new Error('no version 1 summary');
      return { ...result, ok: true, report };
    } catch (error) {
      return { ...result, ok: false, error: `cqc printed something other than its JSON report (${error.message}): ${result.stderr.trim()}` };
    }
  }

  return {
    /** `cqc check <args> --format json`, timed; `env` adds variables (e.g. the cache folder). */
    check(args, env = {}) {
      return judge(timeCommand(process.execPath, [cliPath, 'check', ...args, '--format', 'json'], { ...spawnOptions, env: { ...spawnOptions.env, ...env } }));
    },
    /** The same, also measuring peak memory. */
    async checkWithMemory(args, env = {}) {
      return judge(await peakMemory(process.execPath, [cliPath, 'check', ...args, '--format', 'json'], { ...spawnOptions, env: { ...spawnOptions.env, ...env } }));
    },
    /** Any other cqc command, untimed; returns the raw result. */
    run(args, env = {}) {
      return timeCommand(process.execPath, [cliPath, ...args], { ...spawnOptions, env: { ...spawnOptions.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    },
  };
}

/** How many findings differ between two reports (order-insensitive), plus whether summaries match. */
export function compareReports(a, b) {
  const key = (finding) => JSON.stringify(finding);
  const count = (findings) => findings.reduce((map, f) => map.set(key(f), (map.get(key(f)) ?? 0) + 1), new Map());
  const left = count(a.findings ?? []);
  const right = count(b.findings ?? []);
  let differences = 0;
  for (const [k, n] of left) differences += Math.abs(n - (right.get(k) ?? 0));
  for (const [k, n] of right) if (!left.has(k)) differences += n;
  if (JSON.stringify(a.summary) !== JSON.stringify(b.summary)) differences += 1;
  if (JSON.stringify(a.actions) !== JSON.stringify(b.actions)) differences += 1;
  return { differences };
}
