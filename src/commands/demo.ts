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

// What the example shows under contract v2, kept within 80 columns. examples/README.md tells the
// same story at length; test/e2e/demo.test.ts checks that check and status still bear it out.
const WHAT_IT_SHOWS = `
Example Care Ltd has two homes, each with a folder of its own (layout:
by-location in cqc.yaml): locations/rose-house/ and locations/maple-lodge/.

  MH-001   Rose House   closed, and the closure stands: weekly audits at 100%,
                        transfers observed on nights and at a weekend, and an
                        independent senior's post-closure review citing later
                        audits.
  NUT-001  Maple Lodge  closed on two targets measured weekly. SPC over 12
                        weeks: MUST screening consistently passes; escalation
                        is hit and miss (a warning, target-not-assured).
  SUP-001  Rose House   held in monitoring until January: both targets met
                        once, but staff feedback and observation disagree.
                        Its targets are past due (two overdue warnings).
  SUP-002  Maple Lodge  in progress on the same concern, so "supervision" is
                        a group-wide theme in cqc report.

One problem is there on purpose, to show what the audit trail is for: the
NUT-001 closure decision names the provider quality lead, but the owner
committed it "for" her. cqc check reports it (closure-attribution), and
cqc audit shows who really made the commit.
`;

export async function demoCommand(opts: { dir?: string | undefined }, io: Io): Promise<number> {
  const dir = opts.dir !== undefined ? resolve(io.cwd, opts.dir) : mkdtempSync(join(tmpdir(), 'cqc-demo-'));
  try {
    await buildDemoRepo(dir);
  } catch (e) {
    throw new CqcError((e as Error).message.split('\n')[0]!);
  }
  const people = new Set(DEMO_STORY.map((c) => c.author)).size;
  const say = (title: string) => io.stdout(`\n== ${title} ==\n\n`);
  io.stdout(`Built the example assurance repo, with its git history, in\n  ${dir}\n`
    + `${DEMO_STORY.length} commits by ${people} people, July to November 2026, judged as of ${DEMO_AS_OF}.\n`
    + WHAT_IT_SHOWS);
  const inDemo: Io = { ...io, cwd: dir };

  say(`cqc check --as-of ${DEMO_AS_OF}`);
  await checkCommand({ paths: [], git: true, format: [], asOf: DEMO_AS_OF, cache: false }, inDemo);
  say(`cqc status --as-of ${DEMO_AS_OF}`);
  await statusCommand({ git: true, format: 'human', asOf: DEMO_AS_OF }, inDemo);
  say(`cqc audit --as-of ${DEMO_AS_OF}`);
  await auditCommand({ format: 'human', asOf: DEMO_AS_OF }, inDemo);
  // The package is not on the npm registry, and the name "cqc" there is someone else's: point to
  // the README's pinned install rather than print an install line.
  const cli = fileURLToPath(new URL('../../bin/cqc.js', import.meta.url));
  const tryIt: [string, string][] = [
    [`audit NUT-001 --as-of ${DEMO_AS_OF}`, 'who really committed each step of NUT-001'],
    [`check --location maple-lodge --as-of ${DEMO_AS_OF}`, 'one home only, as a per-home CI job would'],
    [`report --by theme --as-of ${DEMO_AS_OF} -o pack.md`, 'the meeting pack by theme, group-wide themes first'],
    [`report --format html --as-of ${DEMO_AS_OF} -o pack.html`, 'the same pack as a web page, with the SPC charts'],
  ];
  io.stdout(`\nTry it yourself:\n  cd ${dir}\n${tryIt.map(([args, what]) => `  cqc ${args}\n      ${what}\n`).join('')}`
    + '"cqc" is the command once installed as the README shows (from a pinned source,\n'
    + `never by its bare name on the npm registry); without installing it, use\n  node ${cli}\n`);
  return 0;
}
