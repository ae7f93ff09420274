// The realistic sprinkling of mistakes a large group's repo always has: a manager closing their
// own action, a closure on one kind of evidence, a typo in a field name. Each is recorded with the
// rule ids it should trigger, so the benchmark's output can be sanity-checked against the plan.

import { measurementFor } from './measurements.js';

const stageOf = (action, name) => action.stages.find((stage) => stage.stage === name);
const unessential = (action) => action.evidence.filter((item) => item.type === 'training' || item.type === 'minutes');

const CLOSED_ONLY = {
  'self-approval'(action) {
    action.closure.decidedBy = action.owner;
    stageOf(action, 'decided').by = action.owner;
    return ['self-approval', 'approver-role', 'senior-review'];
  },
  'single-source'(action) {
    for (const item of action.evidence) if (item.type === action.topic.second) item.finding = 'concern';
    return ['evidence-sources', 'evidence-required-type', 'evidence-conflict'];
  },
  'not-sustained'(action, { random }) {
    const measured = action.evidence.filter((item) => item.measurement && item !== action.postClosure?.audit);
    const item = measured[measured.length - 2];
    item.measurement = measurementFor(action.topic, action.goal, 0, 1, random);
    Object.assign(item, { type: 'audit', finding: 'concern' });
    return ['target-not-sustained'];
  },
  'late-review'(action) {
    action.postClosure.reviewDue = action.closure.decidedOn + 130;
    action.postClosure.reviewOn = null;
    action.stages = action.stages.filter((stage) => stage.stage !== 'reviewed');
    return ['post-closure-missing'];
  },
  'concern-after-closure'(action, { random, end }) {
    const item = unessential(action)[0];
    const date = action.closure.decidedOn + random.int(3, 20);
    if (!item || date > end) return null;
    Object.assign(item, { type: 'incident', finding: 'concern', date, recordedBy: action.team['senior-carer'] });
    return ['reopen-required'];
  },
  attribution(action, { roster }) {
    const standIn = roster.central['provider-quality-lead'].find((person) => person !== action.closure.decidedBy);
    stageOf(action, 'decided').commitBy = standIn;
    return ['closure-attribution'];
  },
  backdated(action, { random, end }) {
    const item = unessential(action)[0];
    const commitDay = action.closure.decidedOn + random.int(1, 7);
    if (!item || commitDay > end) return null;
    item.commitDay = commitDay;
    return ['evidence-backdated'];
  },
  'skip-monitoring'(action) {
    action.stages = action.stages.filter((stage) => stage.stage !== 'monitoring');
    return ['status-transition'];
  },
};

const ANY_FATE = {
  'schema-typo'(action, { random }) {
    // On an item the closure does not rest on, so the typo's only effect is the schema finding.
    const incidental = action.evidence.filter((item) => !item.measurement && item.finding !== 'supports');
    random.pick(incidental.length > 0 ? incidental : action.evidence).typo = true;
    return ['schema'];
  },
  'unknown-person'(action, { random }) {
    random.pick(action.evidence).recordedByOverride = 'agency-worker';
    return ['unknown-reference'];
  },
  'missing-attachment'(action, { random }) {
    random.pick(action.evidence).attachmentMissing = true;
    return ['attachment-missing'];
  },
  'before-raised'(action, { random }) {
    const item = action.evidence[0];
    item.commitDay = action.raised;
    item.date = action.raised - random.int(3, 20);
    return ['evidence-window'];
  },
  weakened(action, { random }) {
    const index = action.stages.findIndex((stage) => stage.stage === 'in_progress');
    const next = action.stages[index + 1];
    if (index < 0 || !action.withCriteria || (next && next.day - action.stages[index].day < 2)) return null;
    const day = action.stages[index].day + 1;
    const goal = action.topic.direction === 'at_least' ? action.goal - random.int(5, 15) : action.goal + random.int(1, 3);
    action.stages.splice(index + 1, 0, { stage: 'weakened', by: action.owner, day, goal });
    return ['criteria-weakened'];
  },
};

/** Give one action one problem that fits its fate. Returns { problem, rules } or null. */
export function injectProblem(action, context) {
  const table = action.fate === 'closed' ? { ...CLOSED_ONLY, ...ANY_FATE } : ANY_FATE;
  const name = context.random.pick(Object.keys(table));
  const rules = table[name](action, context);
  return rules ? { problem: name, rules } : null;
}
