// The shape every governance step shares (recommend, close, hold, reopen, review): find the action
// and the acting person, edit a copy of its YAML document, judge the result with the rules, and only
// then write it (and commit it with --commit). A refused step writes nothing.
import type { Document } from 'yaml';
import { today } from '../dates.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import type { Finding, Person } from '../model.js';
import { renderDocument } from '../repo/write.js';
import type { ActionRecord } from '../engine/types.js';
import { closeStoppers, errorsFor, findingsWith, newErrors } from './evaluate.js';
import { signingKeySet } from '../git/index.js';
import { actingPerson, gitIdentity, personByEmail, personName } from './person.js';
import { saveRecords, savedNote, type Saved, type WorkflowEvent } from './save.js';
import { actionFor, openWorkspace, type Workspace } from './workspace.js';
import { tell } from './tell.js';

export interface StepOptions {
  dir?: string;
  /** Person id acting (default: the current git identity's person). */
  by?: string;
  /** Date of the step, YYYY-MM-DD (default today). */
  on?: string;
  commit?: boolean;
}

export interface Step {
  ws: Workspace;
  record: ActionRecord;
  person: Person;
  on: string;
  /** A copy of the action's document, for the step to edit. */
  doc: Document;
}

export type StepResult = { ok: true; saved: Saved } | { ok: false; reasons: string[] };

export async function beginStep(id: string, opts: StepOptions, io: Io): Promise<Step> {
  const now = today();
  const on = opts.on ?? now;
  notInFuture('--on', on, now);
  const ws = await openWorkspace(io.cwd, opts.dir, on, io);
  const record = actionFor(ws, id);
  const person = await actingPerson(ws.ctx, opts.by);
  return { ws, record, person, on, doc: record.file.document()!.clone() };
}

/** A governance step or record dated after today would claim something that has not happened yet. */
export function notInFuture(flag: string, date: string, now: string): void {
  if (date > now) throw new UsageError(`${flag} ${date} is in the future; record a step on or after the day it happens.`);
}

export interface FinishOptions {
  event: WorkflowEvent;
  subject: string;
  commit?: boolean;
  /** close: every error against the action blocks. Other steps: only errors the edit would add. */
  blockAll?: boolean;
  /** Findings that block the step whatever the edit (close: what `cqc status` says stops closure). */
  alsoBlocking?: readonly Finding[];
}

/** Why findings block a step, one plain sentence each (a finding found twice is said once). */
export function reasonsFrom(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => `${f.rule}: ${f.message}`))];
}

export async function finishStep(step: Step, opts: FinishOptions): Promise<StepResult> {
  const { ws, record, on } = step;
  const sign = ws.ctx.policy.require_signed_closures;
  const wrongAuthor = opts.commit ? await commitAuthorProblem(step) : undefined;
  if (wrongAuthor) return refuse(wrongAuthor);
  if (opts.commit && sign && !(await signingKeySet(ws.root))) return refuse(unsignedProblem(step));
  const path = record.file.path;
  const id = record.action.id;
  const text = renderDocument(step.doc, record.file.text);
  const findings = await findingsWith(ws, [{ path, text }], on);
  const after = errorsFor(findings, id, [path]);
  // close: a warning that stops closure (placeholder text) blocks too.
  const blockers = [...(opts.alsoBlocking ?? []), ...(opts.blockAll ? [...after, ...closeStoppers(findings, id)] : newErrors(errorsFor(await findingsWith(ws, [], on), id, [path]), after))];
  if (blockers.length) return { ok: false, reasons: reasonsFrom(blockers) };
  const saved = await saveRecords(ws.root, [{ path, text, expected: record.file.text }],
    opts.commit ? { action: id, event: opts.event, subject: opts.subject, sign } : undefined);
  return { ok: true, saved };
}

/**
 * With --commit, the commit is the trail's proof of who took the step: it must be authored by the
 * person the record names, or cqc check would reject it (closure-attribution). Undefined when it is.
 */
async function commitAuthorProblem(step: Step): Promise<string | undefined> {
  const { email, name } = await gitIdentity(step.ws.root);
  const author = email === undefined ? undefined : personByEmail(step.ws.ctx.people.values(), email);
  if (author?.id === step.person.id) return undefined;
  const them = step.person;
  const theirEmail = them.emails?.[0];
  const current = email === undefined ? 'git has no user.email set' : `git would author it as ${name ?? ''} <${email}>${author ? `, that is ${personName(author)}` : ', an email not listed in people.yaml'}`;
  const asThem = theirEmail
    ? ` If ${them.name ?? them.id} is taking this step at this computer, commit as them for this one command: GIT_AUTHOR_NAME="${them.name ?? them.id}" GIT_AUTHOR_EMAIL=${theirEmail} GIT_COMMITTER_NAME="${them.name ?? them.id}" GIT_COMMITTER_EMAIL=${theirEmail} cqc …, or leave out --commit and commit the file with git -c user.name="${them.name ?? them.id}" -c user.email=${theirEmail} commit.`
    : ` ${them.id} has no email in people.yaml yet: a senior person adds it first.`;
  return `--commit records this step in a commit, and the audit trail counts it only when that commit is by ${personName(them)}, the person it names; but ${current}. `
    + `Ask ${them.name ?? them.id} to run the command themselves.${asThem}`;
}

/** Signed mode: the step's commit must be signed, and git has no key to sign with. */
function unsignedProblem(step: Step): string {
  return `policy.require_signed_closures is on, so --commit signs the commit with ${personName(step.person)}'s own key, but git has no signing key set (user.signingkey). `
    + 'Set it to the key listed for you in people.yaml (for an SSH key: git config gpg.format ssh and git config user.signingkey ~/.ssh/id_ed25519.pub), or leave out --commit and commit the file signed yourself ("git commit -S").';
}

/** Print a step's outcome; the exit code: 0 done, 1 refused (nothing written). */
export function reportStep(io: Io, result: StepResult, done: string, refused: string): number {
  if (result.ok) {
    tell(io, 'stdout', `${done}\n${savedNote(result.saved)}\n`);
    return 0;
  }
  tell(io, 'stderr', `cqc: ${refused} Nothing was written.\n${result.reasons.map((r) => `  - ${r}\n`).join('')}`);
  return 1;
}

/** A refusal decided before any rule runs (wrong status, missing role). */
export function refuse(...reasons: string[]): StepResult {
  return { ok: false, reasons };
}
