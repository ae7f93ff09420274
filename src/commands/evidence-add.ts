// `cqc evidence add <action>`: write one evidence item, evidence/<ACTION>/<ACTION>-E<nn>.yaml. The
// first evidence of an `open` action also moves it to in_progress: gathering evidence means the work
// has started, and the lifecycle only lets an action reach monitoring from in_progress.
// Evidence that a closed action must be reopened (a concern or incident after the decision) is
// always recorded, with a warning saying to reopen it; any other new error refuses the item.
import { today } from '../dates.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import type { Action, Evidence, EvidenceType } from '../model.js';
import { renderDocument } from '../repo/write.js';
import { personalDataInCopies, planAttachments } from '../workflow/attachments.js';
import { setOrdered } from '../workflow/edit.js';
import { errorsFor, findingsWith, newErrors, type Candidate } from '../workflow/evaluate.js';
import { nextEvidenceId } from '../workflow/ids.js';
import { actingPerson, personName } from '../workflow/person.js';
import { askMissing, type Asker, type Question } from '../workflow/prompt.js';
import { recordText } from '../workflow/records.js';
import { saveRecords, savedNote, type PlannedWrite } from '../workflow/save.js';
import { reasonsFrom } from '../workflow/step.js';
import { tell } from '../workflow/tell.js';
import { fileId } from '../repo/layout.js';
import { actionFor, openWorkspace } from '../workflow/workspace.js';
import { isCalendarDate } from '../dates.js';

export const EVIDENCE_TYPES: readonly EvidenceType[] = ['audit', 'care_record', 'observation', 'feedback', 'trend', 'incident', 'minutes', 'training', 'other'];

export interface EvidenceAddOptions {
  action: string;
  dir?: string;
  id?: string;
  type?: string;
  date?: string;
  summary?: string;
  finding?: 'supports' | 'concern' | 'neutral';
  measurement?: string;
  value?: string;
  /** Which of the action's targets the measurement is of (needed with `targets:`). */
  target?: string;
  from?: 'people' | 'staff' | 'partners';
  attach?: string[];
  by?: string;
  commit?: boolean;
  input?: boolean;
  asker?: Asker;
}

export function parseMeasurement(measurement: string | undefined, value: string | undefined): Evidence['measurement'] | undefined {
  if (measurement !== undefined && value !== undefined) throw new UsageError('Give either --measurement (e.g. 12/12) or --value (e.g. 96), not both.');
  if (value !== undefined) {
    const v = Number(value);
    if (value.trim() === '' || !Number.isFinite(v) || v < 0) throw new UsageError(`--value needs a number of 0 or more, e.g. 96; "${value}" is not one.`);
    return { value: v };
  }
  if (measurement === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(measurement);
  if (!m || Number(m[2]) <= 0) throw new UsageError(`--measurement needs a count out of a total, e.g. 12/12 (11 of 12 records met the standard); "${measurement}" is not one.`);
  return { numerator: Number(m[1]), denominator: Number(m[2]) };
}

/** The measurement with the target it is of: --target, which an action with several targets needs. */
function measurementOfTarget(action: Action, measurement: Evidence['measurement'], target: string | undefined): Evidence['measurement'] {
  if (target !== undefined && measurement === undefined) throw new UsageError('--target says which target a measurement is of; give it with --measurement or --value.');
  if (measurement && target === undefined && action.targets) {
    throw new UsageError(`${action.id} has several targets (${action.targets.map((t) => t.id).join(', ')}): say which one this measures with --target <id>.`);
  }
  return measurement && target !== undefined ? { target, ...measurement } : measurement;
}

function questionsFor(opts: EvidenceAddOptions, action: Action): Question[] {
  const q: Question[] = [];
  if (opts.type === undefined) q.push({ flag: '--type', question: `Type of evidence (${EVIDENCE_TYPES.join(', ')})`, required: true });
  if (opts.summary === undefined) q.push({ flag: '--summary', question: 'Summary: what was looked at and what was found', required: true });
  if (opts.finding === undefined) q.push({ flag: '--finding', question: 'Does it support the improvement? (supports, concern, neutral)', required: false });
  if (opts.measurement === undefined && opts.value === undefined) q.push({ flag: '--measurement', question: 'Measurement against the target, e.g. 12/12 or 96 (leave empty if none)', required: false });
  if (action.targets && opts.target === undefined) q.push({ flag: '--target', question: `Which target it measures (${action.targets.map((t) => t.id).join(', ')}; leave empty if none)`, required: false });
  return q;
}

export async function evidenceAddCommand(opts: EvidenceAddOptions, io: Io): Promise<number> {
  const asOf = today();
  const ws = await openWorkspace(io.cwd, opts.dir, asOf, io);
  const record = actionFor(ws, opts.action);
  const { action } = record;
  const person = await actingPerson(ws.ctx, opts.by);

  const answers = await askMissing(questionsFor(opts, action), io, opts);
  const type = (opts.type ?? answers.get('--type')) as EvidenceType;
  if (!EVIDENCE_TYPES.includes(type)) throw new UsageError(`--type ${type}: not an evidence type. Use one of ${EVIDENCE_TYPES.join(', ')}.`);
  const finding = opts.finding ?? answers.get('--finding');
  if (finding !== undefined && !['supports', 'concern', 'neutral'].includes(finding)) throw new UsageError(`--finding ${finding}: use supports, concern or neutral.`);
  const asked = answers.get('--measurement');
  const measurement = asked === undefined ? parseMeasurement(opts.measurement, opts.value)
    : asked.includes('/') ? parseMeasurement(asked, undefined) : parseMeasurement(undefined, asked);
  const measured = measurementOfTarget(action, measurement, opts.target ?? answers.get('--target'));
  const date = opts.date ?? asOf;
  if (!isCalendarDate(date)) throw new UsageError(`--date needs YYYY-MM-DD; "${date}" is not one.`);
  if (opts.from !== undefined && type !== 'feedback') throw new UsageError('--from says who gave feedback; use it only with --type feedback.');

  const knownIds = [...ws.ctx.evidenceById.keys(), ...ws.repo.evidence.map((r) => fileId(r.file.path))];
  const id = opts.id ?? nextEvidenceId(action.id, knownIds);
  const folder = ws.repo.layout.evidenceFolder(action.id, action.location);
  if (folder === undefined) throw new UsageError(`${action.id} has no location, and this repo keeps evidence per location (layout: by-location in cqc.yaml). Give ${action.id} its location first.`);
  const path = `${folder}/${id}.yaml`;
  const attachments = planAttachments(ws.root, io.cwd, folder, opts.attach ?? []);

  const evidence: Evidence = {
    id, action: action.id, type,
    ...(opts.from ? { from: opts.from } : {}),
    date,
    recorded_by: person.id,
    summary: opts.summary ?? answers.get('--summary')!,
    ...(measured ? { measurement: measured } : {}),
    ...(finding ? { finding: finding as Evidence['finding'] } : {}),
    ...(attachments.paths.length ? { attachments: attachments.paths } : {}),
  };
  const writes: PlannedWrite[] = [...attachments.copies, { path, text: recordText('evidence', evidence, `Evidence for ${action.id}: ${action.title}`), expected: null }];
  let started = false;
  if (action.status === 'open') {
    const doc = record.file.document()!.clone();
    setOrdered(doc, ['status'], 'in_progress');
    writes.push({ path: record.file.path, text: renderDocument(doc, record.file.text), expected: record.file.text });
    started = true;
  }

  // Judge the new file (and the action's new status) before anything is written.
  const candidates: Candidate[] = writes.filter((w): w is PlannedWrite & { text: string } => typeof w.text === 'string');
  const copied = new Set(attachments.copies.map((c) => c.path));
  const after = errorsFor(await findingsWith(ws, candidates, asOf), action.id, [path, record.file.path])
    .filter((f) => !(f.rule === 'attachment-missing' && f.file === path && copied.size > 0 && [...copied].some((c) => f.message.includes(c))));
  const before = errorsFor(await findingsWith(ws, [], asOf), action.id, [record.file.path]);
  // A copied-in attachment is not on disk yet, so the rule cannot read it: look before copying.
  const added = newErrors(before, after);
  // A concern, incident or missed goal after closure is the reason to reopen, not a reason to
  // leave it unrecorded: reporting a problem is never refused. It is written, and the user is told.
  const reopenReasons = added.filter((f) => f.rule === 'reopen-required');
  const blockers = [...added.filter((f) => f.rule !== 'reopen-required'), ...personalDataInCopies(ws.ctx.policy.personal_data.patterns, attachments.copies, { id, action: action.id })];
  if (blockers.length) {
    // The action is still open: the rule's words ("is in progress … set the status back to open")
    // describe the file as it would be, so say what this command would do instead.
    const reasons = reasonsFrom(blockers).map((r) => (started && r.startsWith('criteria-missing: ')
      ? `criteria-missing: ${action.id} is still open, and recording evidence starts the work (status in progress), which needs a target and closure criteria agreed first. Add its target and closure_criteria (required evidence, reviewer and approver) to ${record.file.path}, agreed with the approver, then record the evidence.`
      : r));
    tell(io, 'stderr', `cqc: ${id} was not recorded. Nothing was written.\n${reasons.map((r) => `  - ${r}\n`).join('')}`);
    return 1;
  }
  if (ws.repo.evidence.some((r) => r.file.path === path) || ws.ctx.evidenceById.has(id)) throw new UsageError(`${id} already exists. Leave out --id to take the next free one.`);

  const saved = await saveRecords(ws.root, writes, opts.commit ? { action: action.id, event: 'evidence', subject: `${action.id}: record evidence ${id} (${type.replace('_', ' ')})` } : undefined);
  tell(io, 'stdout', `${personName(person)} recorded ${id} (${type.replace('_', ' ')}, ${date}${finding ? `, ${finding}` : ''}) for ${action.id}.\n`);
  if (!finding) tell(io, 'stdout', `It has no finding, so it does not count towards closure. Add "finding: supports" (or concern) to ${path} once it has been judged.\n`);
  if (started) tell(io, 'stdout', `${action.id} has moved from open to in progress.\n`);
  tell(io, 'stdout', `${savedNote(saved)}\n`);
  if (reopenReasons.length) {
    tell(io, 'stderr', `cqc: warning: ${action.id} is closed, and what ${id} records is a reason to reopen it; cqc check reports it as an error until it is reopened:\n${reasonsFrom(reopenReasons).map((r) => `  - ${r}\n`).join('')}`);
  }
  return 0;
}
