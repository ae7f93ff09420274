// `cqc new`: raise an improvement action, from flags, a template, or answers on a terminal. The
// record is judged by the same rules as `cqc check` before it is written.
import { today } from '../dates.js';
import { Cancelled, UsageError } from '../errors.js';
import { gitInfo } from '../git/repo.js';
import type { Io } from '../io.js';
import type { Action } from '../model.js';
import { buildAction, type ActionSeed, type NewActionInput } from '../workflow/action-builder.js';
import { askUntil, readYesNo, type Conversation } from '../workflow/choices.js';
import { errorsFor, findingsWith } from '../workflow/evaluate.js';
import { nextActionId, prefixFromTitle } from '../workflow/ids.js';
import { askRequired, interviewNewAction, type Answers } from '../workflow/new-interview.js';
import { actionSummary } from '../workflow/new-summary.js';
import { gitIdentity, personByEmail } from '../workflow/person.js';
import { askMissing, terminalAsker, type Asker, type Question } from '../workflow/prompt.js';
import { recordText } from '../workflow/records.js';
import { saveRecords, savedNote } from '../workflow/save.js';
import { notInFuture, reasonsFrom } from '../workflow/step.js';
import { listSeeds, seedByName, seedWithinPolicy } from '../workflow/template-seed.js';
import { fileId } from '../repo/layout.js';
import { openWorkspace, type Workspace } from '../workflow/workspace.js';
import { tell } from '../workflow/tell.js';
import { hanging, terminalWidth } from '../report/width.js';

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

/** Flags that say what the record holds (not where, when or how): with any of them, there is no interview. */
const RECORD_FLAGS = ['template', 'title', 'location', 'owner', 'source', 'baseline', 'riskArea', 'qualityStatement', 'regulation',
  'measure', 'unit', 'goal', 'direction', 'due', 'requiredEvidence', 'minSources', 'sustainedFor', 'reviewPeriod', 'reviewer', 'approver', 'frequency'] as const;

/** With no terminal (a script, CI) nothing is asked: what is missing is named by its flag. */
async function fromFlagsOnly(opts: NewOptions, seed: ActionSeed | undefined, io: Io): Promise<Answers> {
  const questions: Question[] = [];
  if ((opts.title ?? seed?.fields.title) === undefined) questions.push({ flag: '--title', question: 'Title', required: true });
  // A script never makes whoever runs it the owner by default: ownership is a decision.
  if (opts.owner === undefined) questions.push({ flag: '--owner', question: 'Owner', required: true });
  await askMissing(questions, io, { input: false });
  return {};
}

/** One template a line (name, id pattern, what it is for); on a terminal the description wraps under itself. */
function templateList(width: number | undefined): string {
  return listSeeds().map((s) => {
    const lead = `${s.name.padEnd(22)} ${`${s.prefix}-nnn`.padEnd(9)} `;
    return width === undefined ? `${lead}${s.description}` : hanging(s.description, width, lead).join('\n');
  }).join('\n') + '\n';
}

export async function newCommand(opts: NewOptions, io: Io): Promise<number> {
  if (opts.listTemplates) {
    io.stdout(templateList(terminalWidth(io)));
    return 0;
  }
  let seed = opts.template !== undefined ? seedByName(opts.template) : undefined;
  if (opts.template !== undefined && !seed) {
    throw new UsageError(`--template ${opts.template}: there is no such template. Use one of: ${listSeeds().map((s) => s.name).join(', ')}.`);
  }
  const now = today();
  const raised = opts.raised ?? now;
  notInFuture('--raised', raised, now);
  const ws = await openWorkspace(io.cwd, opts.dir, raised, io);
  const existing = ws.repo.actions.map((r) => fileId(r.file.path));
  const onlyLocation = ws.ctx.locations?.size === 1 ? [...ws.ctx.locations][0] : undefined;

  const interactive = opts.asker !== undefined || (io.stdinIsTTY && opts.input !== false);
  const asker = interactive ? opts.asker ?? terminalAsker() : undefined;
  const talk: Conversation | undefined = asker && { asker, say: (text) => io.stderr(text) };
  try {
    let answers: Answers;
    // No flags on a terminal: the whole interview. Some flags: the person knows what they want,
    // so only what the record cannot do without is asked, and it is written as given.
    const interview = talk !== undefined && !RECORD_FLAGS.some((k) => opts[k] !== undefined);
    const me = talk ? personByEmail(ws.ctx.people.values(), (await gitIdentity(ws.root)).email ?? '') : undefined;
    if (talk && interview) {
      const answered = await interviewNewAction(talk, ws.ctx, opts, raised, me);
      seed = answered.seed;
      answers = answered.answers;
    } else if (talk) {
      answers = await askRequired(talk, ws.ctx, opts, seed, me);
    } else {
      answers = await fromFlagsOnly(opts, seed, io);
    }
    const title = opts.title ?? answers.title ?? seed?.fields.title ?? '';
    const id = opts.id ?? nextActionId(seed?.prefix ?? prefixFromTitle(title), existing);
    const input: NewActionInput = {
      id, title, raised,
      owner: opts.owner ?? answers.owner ?? '',
      location: opts.location ?? answers.location ?? onlyLocation,
      source: opts.source ?? answers.source,
      baseline: opts.baseline ?? answers.baseline,
      riskAreas: opts.riskArea ?? answers.riskAreas ?? [],
      qualityStatements: opts.qualityStatement ?? answers.qualityStatements ?? [],
      regulations: opts.regulation ?? [],
      measure: opts.measure ?? answers.measure,
      unit: opts.unit ?? answers.unit,
      goal: opts.goal ?? answers.goal,
      direction: opts.direction ?? answers.direction,
      due: opts.due ?? answers.due,
      requiredEvidence: opts.requiredEvidence ?? [],
      minSources: opts.minSources,
      sustainedFor: opts.sustainedFor,
      reviewPeriod: opts.reviewPeriod,
      reviewer: opts.reviewer ?? answers.reviewer,
      approver: opts.approver ?? answers.approver,
      frequency: opts.frequency,
    };
    // A template asks at least what the provider's policy does (an action may tighten policy, never loosen it).
    const action = buildAction(input, seed && seedWithinPolicy(seed, ws.ctx.policy));
    const path = ws.repo.layout.actionPath(id, input.location);
    if (path === undefined) throw new UsageError(`${id} needs a location: this repo keeps records per location (layout: by-location in cqc.yaml). Give --location with one of: ${[...(ws.ctx.locations ?? [])].join(', ')}.`);
    if (existing.includes(id)) throw new UsageError(`${id} already exists (${path}). Leave out --id to take the next free one (${nextActionId(id.replace(/-\d+$/, ''), existing)}).`);
    const text = recordText('action', action, `Improvement action ${id}${seed ? `, from the ${seed.name} template: adapt every field to what you found` : ''}.`);

    const blockers = errorsFor(await findingsWith(ws, [{ path, text }], raised), id, [path]);
    if (blockers.length) {
      tell(io, 'stderr', `cqc: ${id} was not written. Nothing was written.\n${reasonsFrom(blockers).map((r) => `  - ${r}\n`).join('')}`);
      return 1;
    }
    const commit = talk && interview ? await confirm(talk, ws, action, path, opts.commit === true) : opts.commit === true;
    const saved = await saveRecords(ws.root, [{ path, text, expected: null }], commit ? { action: id, event: 'raised', subject: `${id}: raise action — ${title}` } : undefined);
    tell(io, 'stdout', `Raised ${id}: ${title} (owner ${input.owner}${action.target?.due ? `, due ${action.target.due}` : ''}).\n`);
    if (!action.target || !action.closure_criteria) tell(io, 'stdout', `Agree its target and closure criteria before work starts: add them to ${path}.\n`);
    tell(io, 'stdout', `${savedNote(saved)}\n`);
    return 0;
  } finally {
    if (asker && !opts.asker) asker.close();
  }
}

/** Show what will be written and ask to go ahead, then whether to commit it; false: leave it uncommitted. */
async function confirm(talk: Conversation, ws: Workspace, action: Action, path: string, commitAsked: boolean): Promise<boolean> {
  talk.say(`\n${actionSummary(action, path, ws.ctx)}\n`);
  if (!(await askUntil(talk, `Write ${path}? (y/n)`, readYesNo, 'y'))) throw new Cancelled();
  if (commitAsked || !(await gitInfo(ws.root))) return commitAsked;
  return askUntil(talk, 'Commit it now, as you, so the audit trail records who raised it? (y/n)', readYesNo, 'y');
}
