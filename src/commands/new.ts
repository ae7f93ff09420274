// `cqc new`: raise an improvement action, from flags, a template, or answers on a terminal. The
// record is judged by the same rules as `cqc check` before it is written.
import { today } from '../dates.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { buildAction, type NewActionInput } from '../workflow/action-builder.js';
import { errorsFor, findingsWith } from '../workflow/evaluate.js';
import { nextActionId, prefixFromTitle } from '../workflow/ids.js';
import { gitIdentity, personByEmail } from '../workflow/person.js';
import { askMissing, type Asker, type Question } from '../workflow/prompt.js';
import { recordText } from '../workflow/records.js';
import { saveRecords, savedNote } from '../workflow/save.js';
import { notInFuture, reasonsFrom } from '../workflow/step.js';
import { listSeeds, seedByName } from '../workflow/template-seed.js';
import { fileId } from '../repo/layout.js';
import { openWorkspace } from '../workflow/workspace.js';

/** Commander's options: the target and criteria flags are the builder's own fields, as given. */
export interface NewOptions extends Partial<Pick<NewActionInput, 'measure' | 'unit' | 'goal' | 'direction' | 'due' | 'minSources' | 'sustainedFor' | 'reviewPeriod' | 'reviewer' | 'approver' | 'frequency'>> {
  dir?: string;
  template?: string;
  listTemplates?: boolean;
  id?: string;
  title?: string;
  location?: string;
  owner?: string;
  raised?: string;
  source?: string;
  baseline?: string;
  riskArea?: string[];
  qualityStatement?: string[];
  regulation?: string[];
  requiredEvidence?: string[];
  commit?: boolean;
  input?: boolean;
  asker?: Asker;
}

export async function newCommand(opts: NewOptions, io: Io): Promise<number> {
  if (opts.listTemplates) {
    io.stdout(listSeeds().map((s) => `${s.name.padEnd(22)} ${s.prefix}-nnn  ${s.description}`).join('\n') + '\n');
    return 0;
  }
  const seed = opts.template !== undefined ? seedByName(opts.template) : undefined;
  if (opts.template !== undefined && !seed) {
    throw new UsageError(`--template ${opts.template}: there is no such template. Use one of: ${listSeeds().map((s) => s.name).join(', ')}.`);
  }
  const now = today();
  const raised = opts.raised ?? now;
  notInFuture('--raised', raised, now);
  const ws = await openWorkspace(io.cwd, opts.dir, raised, io);
  const existing = ws.repo.actions.map((r) => fileId(r.file.path));
  const me = personByEmail(ws.ctx.people.values(), (await gitIdentity(ws.root)).email ?? '');
  const onlyLocation = ws.ctx.locations?.size === 1 ? [...ws.ctx.locations][0] : undefined;

  const title = opts.title ?? seed?.fields.title;
  const questions: Question[] = [];
  if (title === undefined) questions.push({ flag: '--title', question: 'Title: the problem being fixed, in a short sentence', required: true });
  if (opts.owner === undefined) questions.push({ flag: '--owner', question: 'Owner: who is responsible for the work (people.yaml id)', required: true, ...(me ? { fallback: me.id } : {}) });
  if (opts.location === undefined && ws.ctx.locations && ws.ctx.locations.size > 1) {
    questions.push({ flag: '--location', question: `Location (${[...ws.ctx.locations].join(', ')}; empty for provider-wide)`, required: false });
  }
  if (!seed && opts.measure === undefined) {
    questions.push({ flag: '--measure', question: 'Target: what will be measured (empty to agree it later)', required: false });
  }
  const answers = await askMissing(questions, io, opts);
  const measure = opts.measure ?? answers.get('--measure');
  const more = !seed && measure !== undefined && opts.unit === undefined
    ? await askMissing([
      { flag: '--unit', question: 'Target unit (percent, count, days, other)', fallback: 'percent', required: true },
      { flag: '--goal', question: 'Target goal (e.g. 95)', required: true },
      { flag: '--direction', question: 'Direction (at_least, at_most)', fallback: 'at_least', required: true },
      { flag: '--reviewer', question: 'Role that recommends closure (e.g. registered-manager)', required: false },
      { flag: '--approver', question: 'Role that decides closure (e.g. nominated-individual)', required: false },
    ].filter((q) => (opts as Record<string, unknown>)[q.flag.slice(2)] === undefined), io, opts)
    : new Map<string, string>();

  const finalTitle = title ?? answers.get('--title')!;
  const id = opts.id ?? nextActionId(seed?.prefix ?? prefixFromTitle(finalTitle), existing);
  const input: NewActionInput = {
    id,
    title: finalTitle,
    owner: opts.owner ?? answers.get('--owner')!,
    raised,
    location: opts.location ?? answers.get('--location') ?? onlyLocation,
    source: opts.source,
    baseline: opts.baseline,
    riskAreas: opts.riskArea ?? [],
    qualityStatements: opts.qualityStatement ?? [],
    regulations: opts.regulation ?? [],
    measure,
    unit: opts.unit ?? more.get('--unit'),
    goal: opts.goal ?? more.get('--goal'),
    direction: opts.direction ?? more.get('--direction'),
    due: opts.due,
    requiredEvidence: opts.requiredEvidence ?? [],
    minSources: opts.minSources,
    sustainedFor: opts.sustainedFor,
    reviewPeriod: opts.reviewPeriod,
    reviewer: opts.reviewer ?? more.get('--reviewer'),
    approver: opts.approver ?? more.get('--approver'),
    frequency: opts.frequency,
  };
  const action = buildAction(input, seed);
  const path = ws.repo.layout.actionPath(id, input.location);
  if (path === undefined) throw new UsageError(`${id} needs a location: this repo keeps records per location (layout: by-location in cqc.yaml). Give --location with one of: ${[...(ws.ctx.locations ?? [])].join(', ')}.`);
  if (existing.includes(id)) throw new UsageError(`${id} already exists (${path}). Leave out --id to take the next free one (${nextActionId(id.replace(/-\d+$/, ''), existing)}).`);
  const text = recordText('action', action, `Improvement action ${id}${seed ? `, from the ${seed.name} template: adapt every field to what you found` : ''}.`);

  const blockers = errorsFor(await findingsWith(ws, [{ path, text }], raised), id, [path]);
  if (blockers.length) {
    io.stderr(`cqc: ${id} was not written. Nothing was written.\n${reasonsFrom(blockers).map((r) => `  - ${r}\n`).join('')}`);
    return 1;
  }
  const saved = await saveRecords(ws.root, [{ path, text, expected: null }], opts.commit ? { action: id, event: 'raised', subject: `${id}: raise action — ${finalTitle}` } : undefined);
  io.stdout(`Raised ${id}: ${finalTitle} (owner ${input.owner}${action.target?.due ? `, due ${action.target.due}` : ''}).\n`);
  if (!action.target || !action.closure_criteria) io.stdout(`Agree its target and closure criteria before work starts: add them to ${path}.\n`);
  io.stdout(`${savedNote(saved)}\n`);
  return 0;
}
