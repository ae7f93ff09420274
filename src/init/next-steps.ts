// What `cqc init` prints: the files it wrote and the next steps, in order. The audit trail is git,
// so the steps end with the files committed (after `git init` when there is no repository yet):
// until then no check can say who set the policy.
import { relative } from 'node:path';
import type { ScaffoldFile } from './scaffold.js';
import type { Starter } from './people-template.js';
import { personIdFrom } from './people-template.js';

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

export function initSummary(outcome: InitOutcome): string {
  const { who } = outcome;
  const id = personIdFrom(who);
  return [
    `Started an assurance repo in ${outcome.target}:`,
    ...outcome.files.map((f) => `  ${f.path}`),
    '',
    'Next:',
    `  1. Edit cqc.yaml: your provider name${outcome.providerGiven ? '' : ' (it says "Your Care Provider Ltd")'}, locations and policy.`,
    id && who.email
      ? `  2. Check people.yaml: you are listed as ${id} (${who.email}) with the role\n     registered-manager; correct it, fill in your nominated individual, and\n     add everyone else now: after the first commit only a\n     senior person (policy.senior_roles) may change people.yaml or cqc.yaml.`
      : '  2. Add everyone to people.yaml, with the email they commit with (git config user.email), and\n     fill in your nominated individual, now: after the first commit only a senior person\n     (policy.senior_roles) may change it or cqc.yaml.',
    `  3. Start the audit trail: commit these files${outcome.inGitRepo ? '' : ' in a new git repository'}.`,
    ...firstCommitCommands(outcome).map((line) => `       ${line}`),
    '  4. Raise the first action: cqc new --template moving-and-handling --commit',
    '     (or --template supervision or nutrition; cqc new --list-templates lists them).',
    '  5. Turn the checks on: set CQC_FROM in .github/workflows/cqc.yml to the cqc source you pin (see',
    '     the comment there) and push; for the pre-commit hook, run: git config core.hooksPath .githooks',
    '',
  ].join('\n');
}
