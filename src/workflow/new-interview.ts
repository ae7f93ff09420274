// `cqc new` on a terminal: the questions a quality lead answers to raise an action, each offered as
// choices from the repo itself (templates, locations, people, roles, risk areas, quality statements)
// and checked as it is answered, so the record written at the end already passes `cqc check`.
// Only what the flags did not give is asked; no message names a flag.
import { addDuration, isCalendarDate, parseDuration } from '../dates.js';
import type { RuleContext } from '../engine/types.js';
import { resolveStatement } from '../framework/index.js';
import { guessStatement, searchStatements } from '../framework/search.js';
import type { ActionSource, Person } from '../model.js';
import type { ActionSeed, NewActionInput } from './action-builder.js';
import { askUntil, numbered, readChoice, readChoices, type Choice, type Conversation, type Reading } from './choices.js';
import { listSeeds, seedByName } from './template-seed.js';

export const SOURCES: readonly ActionSource[] = ['cqc-inspection', 'internal-audit', 'mock-inspection', 'provider-visit', 'complaint', 'incident',
  'safeguarding', 'whistleblowing', 'commissioner', 'local-authority', 'pharmacy-audit', 'feedback', 'other'];

/** What the flags already gave (undefined: ask). */
export type Given = Partial<Record<'template' | 'title' | 'baseline' | 'location' | 'owner' | 'source' | 'measure' | 'due' | 'reviewer' | 'approver', string>>
  & Partial<Record<'riskArea' | 'qualityStatement', string[]>>;

export type Answers = Partial<Omit<NewActionInput, 'id' | 'raised'>>;

const text = (answer: string, what: string): Reading<string> =>
  answer ? { value: answer } : { problem: `${what} is needed: type it, then press Enter.` };

/** A due date as a date or a period from `raised`: 2026-12-01, P6W, "6 weeks", "3 months". */
export function readDue(answer: string, raised: string): Reading<string> {
  const words = /^(\d+)\s*(day|week|month|year)s?$/i.exec(answer);
  const due = isCalendarDate(answer) ? answer
    : parseDuration(answer.toUpperCase()) ? addDuration(raised, answer.toUpperCase())
      : words ? addDuration(raised, { [`${words[2]!.toLowerCase()}s`]: Number(words[1]) })
        : undefined;
  if (due === undefined) return { problem: `"${answer}" is not a date. Write it as YYYY-MM-DD (e.g. 2026-12-01), or as a period from today such as "6 weeks" or "3 months".` };
  if (due < raised) return { problem: `${due} is before the action is raised (${raised}). Give a date on or after ${raised}.` };
  return { value: due };
}

export function readGoal(answer: string, unit: string | undefined): Reading<string> {
  const n = Number(answer);
  if (answer === '' || !Number.isFinite(n) || n < 0) return { problem: `The goal must be a number of 0 or more, e.g. 95; "${answer}" is not one.` };
  if (unit === 'percent' && n > 100) return { problem: `A percentage goal is at most 100; ${answer} is more.` };
  return { value: String(n) };
}

/** The quality statements: search by words, pick by number, or type an id. Empty answer: done. */
async function askStatements(talk: Conversation, ctx: RuleContext, initial: readonly string[]): Promise<string[]> {
  const fw = ctx.framework;
  let chosen = [...initial];
  let shown: string[] = [];
  talk.say('Quality statements this action improves: type words to search (e.g. "medicines"), "list" for all of them, numbers from the list shown to choose, "clear" to start again; press Enter when done.\n');
  for (;;) {
    const answer = (await talk.asker.ask(`Quality statements${chosen.length ? ` (chosen: ${chosen.join(', ')})` : ''}`)).trim();
    if (!answer) return chosen;
    if (answer.toLowerCase() === 'clear') { chosen = []; continue; }
    if (/^[\d,\s]+$/.test(answer) && shown.length) {
      const picked = readChoices(answer, shown.map((value) => ({ value })), 'a statement in the list');
      if ('problem' in picked) talk.say(`  ${picked.problem}\n`);
      else chosen = [...new Set([...chosen, ...picked.value])];
      continue;
    }
    const exact = resolveStatement(fw, answer);
    if (exact) { chosen = [...new Set([...chosen, exact.id])]; continue; }
    const found = answer.toLowerCase() === 'list' ? [...fw.statements.values()] : searchStatements(fw, answer);
    if (!found.length) {
      const guess = guessStatement(fw, answer);
      talk.say(`  No quality statement matches "${answer}".${guess ? ` Did you mean "${guess}"?` : ''} Try a word from its title, or "list".\n`);
      continue;
    }
    shown = found.map((s) => s.id);
    talk.say(numbered(found.map((s) => ({ value: s.id, label: s.title }))));
  }
}

/** Everyone in people.yaml, for the owner question. */
function peopleChoices(ctx: RuleContext): Choice[] {
  return [...ctx.people.values()].map((p: Person) => ({ value: p.id, label: [p.name, p.roles?.length ? `(${p.roles.join(', ')})` : ''].filter(Boolean).join(' ') }));
}

const askTitle = (talk: Conversation, fallback: string | undefined) =>
  askUntil(talk, 'Title: the problem being fixed, in a short sentence', (x) => text(x, 'A title'), fallback);

async function askOwner(talk: Conversation, ctx: RuleContext, me: Person | undefined): Promise<string> {
  const people = peopleChoices(ctx);
  talk.say(`People in people.yaml:\n${numbered(people)}`);
  return askUntil(talk, 'Owner: who is responsible for the work (number or id)', (x) => readChoice(x, people, 'a person in people.yaml'), me?.id);
}

/** Where the action is, when cqc.yaml lists more than one location (`required`: only if the layout needs one). */
async function askLocation(talk: Conversation, ctx: RuleContext, required: boolean): Promise<{ location?: string }> {
  const locations = (ctx.config.locations ?? []).filter((l) => typeof l?.id === 'string');
  const byLocation = ctx.layout.name === 'by-location';
  if (locations.length < 2 || (required && !byLocation)) return {};
  const choices = [...locations.map((l) => ({ value: l.id, label: l.name })), ...(byLocation ? [] : [{ value: 'none', label: 'provider-wide' }])];
  talk.say(`Locations:\n${numbered(choices)}`);
  const where = await askUntil(talk, 'Location (number or id)', (x) => readChoice(x, choices, 'a location in cqc.yaml'));
  return where === 'none' ? {} : { location: where };
}

/** On a terminal with some flags given: ask only what the record cannot do without. */
export async function askRequired(talk: Conversation, ctx: RuleContext, given: Given, seed: ActionSeed | undefined, me: Person | undefined): Promise<Answers> {
  const a: Answers = {};
  if (given.title === undefined && seed === undefined) a.title = await askTitle(talk, undefined);
  if (given.location === undefined) Object.assign(a, await askLocation(talk, ctx, true));
  if (given.owner === undefined) a.owner = await askOwner(talk, ctx, me);
  return a;
}

export async function interviewNewAction(talk: Conversation, ctx: RuleContext, given: Given, raised: string, me: Person | undefined): Promise<{ seed?: ActionSeed; answers: Answers }> {
  const a: Answers = {};
  let seed = given.template !== undefined ? seedByName(given.template) : undefined;
  if (given.template === undefined) {
    const templates = listSeeds().map((s) => ({ value: s.name, label: s.description }));
    talk.say(`Templates from the provider guidance's worked examples:\n${numbered(templates)}`);
    const name = await askUntil(talk, 'Start from a template (number or name; "none" to start empty)',
      (x) => (x.toLowerCase() === 'none' ? { value: 'none' } : readChoice(x, templates, 'a template')), 'none');
    seed = name === 'none' ? undefined : seedByName(name);
  }
  if (given.title === undefined) a.title = await askTitle(talk, seed?.fields.title);
  if (given.baseline === undefined) {
    const baseline = await askUntil(talk, 'What was found: the baseline, in a sentence or two (Enter to write it later)', (x) => ({ value: x }));
    if (baseline) a.baseline = baseline;
    else if (seed) talk.say('  The template\'s baseline stays for now; cqc check will remind you to replace it before closure.\n');
  }
  if (given.location === undefined) Object.assign(a, await askLocation(talk, ctx, false));
  if (given.owner === undefined) a.owner = await askOwner(talk, ctx, me);
  if (given.source === undefined && !seed) {
    const sources = SOURCES.map((value) => ({ value }));
    talk.say(`What raised it:\n${numbered(sources)}`);
    const source = await askUntil(talk, 'Source (number or name; Enter to leave out)', (x) => (x ? readChoice(x, sources, 'a source') : { value: '' }));
    if (source) a.source = source;
  }
  if (given.riskArea === undefined) {
    const areas = ctx.policy.high_risk_areas.map((value) => ({ value }));
    talk.say(`Risk areas that make an action high-risk here (it then needs senior review):\n${numbered(areas)}`);
    const fallback = seed?.fields.risk_areas?.join(', ') || 'none';
    const chosen = await askUntil(talk, 'Risk areas (numbers or names, separated by commas; "none" for none)', (x) => (x.toLowerCase() === 'none' ? { value: [] } : readChoices(x, areas, 'a risk area in policy.high_risk_areas')), fallback);
    a.riskAreas = chosen;
  }
  if (given.qualityStatement === undefined) a.qualityStatements = await askStatements(talk, ctx, seed?.fields.quality_statements ?? []);
  const measured = seed !== undefined || given.measure !== undefined;
  if (!measured) {
    const measure = await askUntil(talk, 'Target: what will be measured, e.g. "Care files with a current risk assessment" (Enter to agree it later)', (x) => ({ value: x }));
    if (measure) {
      a.measure = measure;
      const units = ['percent', 'count', 'days', 'other'].map((value) => ({ value }));
      a.unit = await askUntil(talk, `Unit (${units.map((u) => u.value).join(', ')})`, (x) => readChoice(x, units, 'a unit'), 'percent');
      a.goal = await askUntil(talk, 'Goal: the number to reach, e.g. 95', (x) => readGoal(x, a.unit));
      const directions = [{ value: 'at_least', label: 'the measure must reach the goal or more' }, { value: 'at_most', label: 'the measure must stay at the goal or less' }];
      talk.say(numbered(directions));
      a.direction = await askUntil(talk, 'Direction (number or name)', (x) => readChoice(x, directions, 'a direction'), 'at_least');
    }
  }
  if (given.due === undefined && (measured || a.measure !== undefined)) {
    const fallback = seed?.period ? addDuration(raised, seed.period) : undefined;
    a.due = await askUntil(talk, 'Target due date (YYYY-MM-DD, or a period such as "6 weeks")', (x) => readDue(x, raised), fallback);
  }
  const roles = [...ctx.roles].sort().map((value) => ({ value }));
  for (const [key, question] of [['reviewer', 'Role that recommends closure (number or name)'], ['approver', 'Role that decides closure (number or name)']] as const) {
    if (given[key] !== undefined || !roles.length) continue;
    const suggested = seed?.fields.closure_criteria?.[key];
    const fallback = suggested !== undefined && ctx.roles.has(suggested) ? suggested : undefined;
    if (key === 'reviewer') talk.say(`Roles held in people.yaml:\n${numbered(roles)}`);
    if (suggested !== undefined && !fallback) talk.say(`  The template suggests the ${suggested} role here, but nobody in people.yaml holds it.\n`);
    const role = await askUntil(talk, fallback ? question : `${question.slice(0, -1)}; Enter to agree it later)`, (x) => (x ? readChoice(x, roles, 'a role anyone holds in people.yaml') : { value: '' }), fallback);
    if (role) a[key] = role;
  }
  return { ...(seed ? { seed } : {}), answers: a };
}
