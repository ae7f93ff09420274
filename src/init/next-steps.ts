// What `cqc init` prints: the files it wrote and the next steps, in order. The audit trail is git,
// so the steps end with the files committed (after `git init` when there is no repository yet):
// until then no check can say who set the policy.
import { relative } from 'node:path';
import type { ScaffoldFile } from './scaffold.js';
import type { Starter } from './people-template.js';
import { personIdFrom } from './people-template.js';
import { hanging } from '../report/width.js';

export interface InitOutcome {
  /** Absolute folder set up, and the folder the command ran from. */
  target: string;
  cwd: string;
  files: readonly ScaffoldFile[];
  providerGiven: boolean;
  who: Starter;
  /** Whether `target` already sits inside a git work tree. */
  inGitRepo: boolean;
}

/** Quoted for a POSIX shell only when it has to be, so the usual case stays easy to read. */
function shellWord(text: string): string {
  return /^[\w./@%+=:,-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The shell lines that put the new files under git, run from the folder the user is in. */
export function firstCommitCommands(outcome: InitOutcome): string[] {
  const where = relative(outcome.cwd, outcome.target);
  const tops = [...new Set(outcome.files.map((f) => f.path.split('/')[0]!))];
  return [
    ...(where ? [`cd ${shellWord(where)}`] : []),
    ...(outcome.inGitRepo ? [] : ['git init']),
    ...(outcome.who.email ? [] : ['git config user.name "Your Name"', 'git config user.email you@example.org']),
    `git add ${tops.map(shellWord).join(' ')}`,
    'git commit -m "Start the assurance repo"',
  ];
}

/** Widest a line of the next steps may be: a laptop terminal's 80 columns, or a narrower one. */
export const NEXT_STEPS_WIDTH = 80;

/** One numbered step, wrapped under its number, then any shell lines indented beneath it. */
function step(n: number, text: string, width: number, commands: readonly string[] = []): string[] {
  return [...hanging(text, width, `  ${n}. `), ...commands.map((line) => `       ${line}`)];
}

export function initSummary(outcome: InitOutcome, width = NEXT_STEPS_WIDTH): string {
  const { who } = outcome;
  const id = personIdFrom(who);
  const fit = Math.min(width, NEXT_STEPS_WIDTH);
  return [
    `Started an assurance repo in ${outcome.target}:`,
    ...outcome.files.map((f) => `  ${f.path}`),
    '',
    'Next:',
    ...step(1, `Edit cqc.yaml: your provider name${outcome.providerGiven ? '' : ' (it says "Your Care Provider Ltd")'}, locations and policy.`, fit),
    ...step(2, id && who.email
      ? `Check people.yaml: you are listed as ${id} (${who.email}) with the role registered-manager; correct it, fill in your nominated individual, and add everyone else now: after the first commit only a senior person (policy.senior_roles) may change people.yaml or cqc.yaml.`
      : 'Add everyone to people.yaml, with the email they commit with (git config user.email), and fill in your nominated individual, now: after the first commit only a senior person (policy.senior_roles) may change it or cqc.yaml.', fit),
    ...step(3, `Start the audit trail: commit these files${outcome.inGitRepo ? '' : ' in a new git repository'}.`, fit, firstCommitCommands(outcome)),
    ...step(4, 'Raise the first action from a template (moving-and-handling, supervision or nutrition; cqc new --list-templates describes them), for example:', fit,
      ['cqc new --template moving-and-handling --commit']),
    ...step(5, 'Turn the checks on: set CQC_FROM in .github/workflows/cqc.yml to the cqc source you pin (see the comment there) and push. For the pre-commit hook, run:', fit,
      ['git config core.hooksPath .githooks']),
    '',
  ].join('\n');
}
