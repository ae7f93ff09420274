// One mistake, one message. A file cqc cannot read (a tab, a bad indent, a permission) is reported
// once, at its root cause; what merely follows from it is held back and counted (summary.held_back):
// a broken people.yaml must not put "not in people.yaml" on every action, nor a broken action file
// a finding on each of its evidence items.
//
// "Merely follows" is decided by asking the rules again, with each unreadable file replaced by what
// it seems to hold (the parser's best reading, when that passes its schema) or, failing that, by a
// stand-in that satisfies any reference to it: a register where everyone exists and holds every
// role, an open action with the file's id. A finding that the second run does not repeat follows
// from the broken file; one it repeats stands on its own and is reported.
import type { Finding, Person } from '../model.js';
import { fileId, type Layout } from '../repo/layout.js';
import type { LoadedRepo } from '../repo/load.js';
import { SourceFile } from '../repo/source.js';
import { RULES } from '../rules/index.js';
import { problemsOf } from '../schema/validator.js';
import { buildContext } from './context.js';
import type { RecordFile, RuleContext } from './types.js';

export interface Sorted { kept: Finding[]; heldBack: Finding[] }

/** The files of the run that could not be read (not YAML, not text, not readable). */
export function unreadableFiles(ctx: RuleContext): RecordFile[] {
  return ctx.files.filter((f) => f.file.syntax.length > 0);
}

/** The broken file as it seems to be, or as a stand-in, or null to leave it out. */
function standIn(record: RecordFile, layout: Layout): SourceFile | null {
  const seems = record.file.recovered();
  const usable = seems !== undefined && problemsOf(record.kind, seems).length === 0;
  if (usable) return SourceFile.restored(record.file.path, record.file.text, seems, []);
  if (record.kind === 'action') {
    const stub = { id: fileId(record.file.path), title: '', raised: '0001-01-01', owner: '', status: 'open' };
    return SourceFile.restored(record.file.path, '', stub, []);
  }
  // An evidence item with the id its file name gives, in its folder's action: a reference to it
  // ("listed as reviewed but no evidence file has that id") follows from the file being unreadable.
  // It supports nothing: what the rules that count the action's evidence say is held back instead
  // (holdBack), since nobody can tell what the file holds.
  const action = record.kind === 'evidence' ? layout.folderActionOf(record.file.path) : undefined;
  if (action !== undefined) {
    const stub = { id: fileId(record.file.path), action, type: 'other', date: '0001-01-01', recorded_by: '', summary: '', finding: 'neutral' };
    return SourceFile.restored(record.file.path, '', stub, []);
  }
  return null;
}

/** A register in which anyone named exists and holds every role: nothing about people can fail. */
function anyoneRegister(ctx: RuleContext, roles: Set<string>): Pick<RuleContext, 'people' | 'roles'> {
  const holder = (id: string): Person => ({ id, name: id, roles: [...roles], emails: [] });
  const people = new (class extends Map<string, Person> {
    override has(): boolean { return true; }
    override get(id: string): Person { return super.get(id) ?? holder(id); }
  })(ctx.people);
  const anyRole = new (class extends Set<string> { override has(): boolean { return true; } })(roles);
  return { people, roles: anyRole };
}

/** Every role an action or the policy names: what a stand-in person must hold. */
function namedRoles(ctx: RuleContext): Set<string> {
  const roles = new Set([...ctx.roles, ...ctx.policy.senior_roles]);
  for (const { action } of ctx.actions) {
    for (const r of [action.closure_criteria?.reviewer, action.closure_criteria?.approver]) if (r) roles.add(r);
  }
  return roles;
}

/** The context as it would be with every unreadable file as it seems to be; undefined when none is. */
export function counterfactual(repo: LoadedRepo, ctx: RuleContext): RuleContext | undefined {
  const broken = unreadableFiles(ctx);
  if (!broken.length) return undefined;
  const replace = (list: RecordFile[]) => list.flatMap((r) => {
    if (!r.file.syntax.length) return [r];
    const file = standIn(r, repo.layout);
    return file ? [{ file, kind: r.kind, problems: [] }] : [];
  });
  let people = repo.people;
  const peopleBroken = broken.find((r) => r.kind === 'people');
  if (peopleBroken) people = standIn(peopleBroken, repo.layout);
  const seeming = buildContext({ ...repo, people, actions: replace(repo.actions), evidence: replace(repo.evidence) }, ctx.asOf);
  const trail = ctx.trail ? { trail: ctx.trail } : {};
  if (peopleBroken && !people) return { ...seeming, ...anyoneRegister(seeming, namedRoles(seeming)), ...trail };
  return { ...seeming, ...trail };
}

const keyOf = (f: Finding) => [f.rule, f.file, f.line ?? 0, f.column ?? 0, f.action ?? ''].join('\0');

/**
 * Split the run's findings. On a broken file only its first yaml-syntax finding (the root cause)
 * stands; elsewhere a finding stands when the run with the files as they seem repeats it.
 */
export function holdBack(findings: readonly Finding[], ctx: RuleContext, seeming: RuleContext | undefined): Sorted {
  if (!seeming) return { kept: [...findings], heldBack: [] };
  const broken = new Set(unreadableFiles(ctx).map((r) => r.file.path));
  // An action with an unreadable evidence item: whether it has enough types, categories, independent
  // items or measurements meeting its goal depends on what that item holds, which cannot be known.
  const unknownEvidenceOf = new Set(unreadableFiles(ctx).filter((r) => r.kind === 'evidence').map((r) => ctx.layout.folderActionOf(r.file.path)).filter((id) => id !== undefined));
  const countsEvidence = new Set(RULES.filter((r) => r.meta.countsEvidence).map((r) => r.meta.id));
  const repeated = new Map<string, number>();
  for (const f of RULES.flatMap((rule) => rule.check(seeming))) repeated.set(keyOf(f), (repeated.get(keyOf(f)) ?? 0) + 1);
  const rooted = new Set<string>();
  const kept: Finding[] = [];
  const heldBack: Finding[] = [];
  for (const f of findings) {
    if (broken.has(f.file)) {
      const first = f.rule === 'yaml-syntax' && !rooted.has(f.file);
      if (first) rooted.add(f.file);
      (first ? kept : heldBack).push(f);
      continue;
    }
    if (countsEvidence.has(f.rule) && f.action !== undefined && unknownEvidenceOf.has(f.action)) {
      heldBack.push(f);
      continue;
    }
    const left = repeated.get(keyOf(f)) ?? 0;
    if (left > 0) {
      repeated.set(keyOf(f), left - 1);
      kept.push(f);
    } else {
      heldBack.push(f);
    }
  }
  return { kept, heldBack };
}

/**
 * With people.yaml unreadable nobody can tell who may recommend or decide a closure: an action not
 * yet closed is not ready, for that one reason (rather than for every role check the empty register
 * fails). Undefined when the register was read.
 */
export function registerUnreadable(ctx: RuleContext, actionId: string): Finding | undefined {
  const people = ctx.peopleFile?.syntax.length ? ctx.files.find((r) => r.kind === 'people') : undefined;
  const cause = people?.file.syntax[0];
  if (!people || !cause) return undefined;
  return {
    rule: 'yaml-syntax', severity: 'error', file: people.file.path, line: cause.line ?? 1, column: cause.column ?? 1, action: actionId,
    message: `${people.file.path} could not be read (line ${cause.line ?? 1}), so cqc cannot tell who may recommend or decide the closure of ${actionId}. Fix ${people.file.path} first.`,
  };
}
