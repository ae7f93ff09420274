// `cqc demo [dir]`: build the bundled example into a new git repo with a real history, then show
// what check, status and audit make of it. The example is set on one date so the demo never changes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoRepo } from '../demo/build.js';
import { DEMO_STORY } from '../demo/story.js';
import { CqcError } from '../errors.js';
import type { Io } from '../io.js';
import { auditCommand } from './audit.js';
import { checkCommand } from './check.js';
import { statusCommand } from './status.js';

/** The day the example's story is told as of (the last commit is the day before). */
export const DEMO_AS_OF = '2026-11-26';

export async function demoCommand(opts: { dir?: string | undefined }, io: Io): Promise<number> {
  const dir = opts.dir !== undefined ? resolve(io.cwd, opts.dir) : mkdtempSync(join(tmpdir(), 'cqc-demo-'));
  try {
    await buildDemoRepo(dir);
  } catch (e) {
    throw new CqcError((e as Error).message.split('\n')[0]!);
  }
  const people = new Set(DEMO_STORY.map((c) => c.author)).size;
  const say = (title: string) => io.stdout(`\n== ${title} ==\n\n`);
  io.stdout(`Built the example assurance repo in ${dir}\n${DEMO_STORY.length} commits by ${people} people, judged as of ${DEMO_AS_OF}.\n`);
  io.stdout('MH-001 closed correctly; SUP-001 is held in monitoring because its evidence\ndisagrees; NUT-001 was closed in a commit by the wrong person.\n');
  const inDemo: Io = { ...io, cwd: dir };

  say(`cqc check --as-of ${DEMO_AS_OF}`);
  await checkCommand({ paths: [], git: true, format: [], asOf: DEMO_AS_OF, cache: false }, inDemo);
  say(`cqc status --as-of ${DEMO_AS_OF}`);
  await statusCommand({ git: true, format: 'human', asOf: DEMO_AS_OF }, inDemo);
  say(`cqc audit --as-of ${DEMO_AS_OF}`);
  await auditCommand({ format: 'human', asOf: DEMO_AS_OF }, inDemo);
  say(`cqc audit NUT-001 --as-of ${DEMO_AS_OF}`);
  await auditCommand({ id: 'NUT-001', format: 'human', asOf: DEMO_AS_OF }, inDemo);
  const cqc = `node ${fileURLToPath(new URL('../../bin/cqc.js', import.meta.url))}`;
  io.stdout(`\nTry it yourself (or type "cqc" once it is installed from a source you pin):\n  cd ${dir}\n  ${cqc} check\n  ${cqc} status --format json\n  ${cqc} audit NUT-001\n  ${cqc} report --format html -o pack.html\n`);
  return 0;
}
