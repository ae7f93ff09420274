// One action's life as dated events: raised, work started, evidence gathered on its dates,
// monitoring, a recommendation by the registered manager, a decision by a senior approver and a
// post-closure review. Offsets are days after `raised`; placement on the calendar comes last, so
// closed actions spread over the whole history and open ones sit near its end.

import { FREQUENCY_DAYS } from './topics.js';
import { measurementFor, meetsGoal } from './measurements.js';

const OTHER_TYPES = ['observation', 'care_record', 'feedback', 'minutes'];

/** Types of the unmeasured items, led by the topic's second required type so it always appears. */
function unmeasuredTypes(topic, count) {
  const cycle = [topic.second, 'training', ...OTHER_TYPES.filter((type) => type !== topic.second)];
  return Array.from({ length: count }, (_, k) => cycle[k % cycle.length]);
}

function measuredOffsets(count, fDays, random) {
  const offsets = [random.int(3, 8)];
  while (offsets.length < count) {
    offsets.push(offsets[offsets.length - 1] + Math.max(1, Math.round(fDays * (0.75 + random.next() * 0.4))));
  }
  return offsets;
}

function recorderOf(type, team, owner, random) {
  switch (type) {
    case 'audit': return random.chance(0.5) ? team['registered-manager'] : owner;
    case 'observation': return team['senior-carer'];
    case 'feedback': case 'training': return team['deputy-manager'];
    case 'minutes': return team['registered-manager'];
    default: return owner;
  }
}

/** Measured items (audits, the odd trend) then unmeasured ones, each with its offset and finding. */
function planEvidence(ctx, count, meetFromFate) {
  const { topic, fate, team, owner, random, fDays } = ctx;
  const measuredCount = Math.min(count, Math.max(2, Math.round(count * 0.4)));
  const offsets = measuredOffsets(measuredCount, fDays, random);
  const last = offsets[offsets.length - 1];
  const meetFrom = meetFromFate(measuredCount);
  const items = offsets.map((offset, j) => {
    // A trend only once the goal is met: a concern needs a later supporting item of its own type.
    const type = j === measuredCount - 1 || j < meetFrom || !random.chance(0.3) ? 'audit' : 'trend';
    const measurement = measurementFor(topic, topic.goal, j, meetFrom, random);
    const finding = meetsGoal(topic, topic.goal, measurement) ? 'supports' : 'concern';
    const attach = random.chance(0.15);
    // The last audit before a decision is the registered manager's own check: independent of the owner.
    const recordedBy = j === measuredCount - 1 ? team['registered-manager'] : recorderOf(type, team, owner, random);
    return { type, offset, measurement, finding, attach, recordedBy };
  });
  const types = unmeasuredTypes(topic, count - measuredCount);
  // The latest item of each type is dated first, near the end, and the earlier ones before it,
  // so "the last observation" really is the latest observation.
  const latestOfType = new Map();
  for (const type of new Set(types)) latestOfType.set(type, random.int(Math.max(2, last - 40), last));
  types.forEach((type, k) => {
    const lastOfType = types.lastIndexOf(type) === k;
    const offset = lastOfType ? latestOfType.get(type) : random.int(1, latestOfType.get(type) - 1);
    let finding = 'supports';
    if (type === 'training' || type === 'minutes') finding = 'neutral';
    else if (!lastOfType) finding = random.chance(0.6) ? 'concern' : 'supports';
    else if (fate === 'in_progress' || fate === 'open') finding = random.chance(0.6) ? 'supports' : 'concern';
    const item = { type, offset, finding, recordedBy: recorderOf(type, team, owner, random) };
    if (type === 'feedback') item.from = topic.feedbackFrom ?? random.pick(['people', 'staff', 'partners']);
    items.push(item);
  });
  // Evidence ids follow the order it was gathered in.
  items.sort((a, b) => a.offset - b.offset);
  return { items, last, measuredCount, meetFrom, offsets };
}

const MEET_FROM = {
  closed: (m) => m - 2,
  reopened: (m) => m - 2,
  monitoring: (m) => m - 1,
  in_progress: (m) => m + 1,
  open: (m) => m + 1,
};

/**
 * Plan an action's evidence and governance stages. `ctx` has topic, fate, team (region byRole),
 * owner, approver, random; `count` is how many evidence items it gets; `calendar` is { start, end }.
 * Returns { raised, fDays, evidence, stages, closure, postClosure, reopened } with absolute days.
 */
export function planTimeline(ctx, count, calendar) {
  const { fate, team, random } = ctx;
  ctx.fDays = FREQUENCY_DAYS[ctx.topic.frequency];
  // A closed action keeps one item back: the audit its post-closure review looks at.
  const afterClosure = fate === 'closed' || fate === 'reopened';
  const { items, last, offsets, meetFrom } = planEvidence(ctx, afterClosure ? count - 1 : count, MEET_FROM[fate]);
  const manager = team['registered-manager'];
  const stages = [{ offset: 0, stage: 'raised', by: manager }];
  if (fate !== 'open') stages.push({ offset: random.int(1, 2), stage: 'in_progress', by: ctx.owner });
  // The target date was agreed at the start: usually about when the plan expected the goal met.
  const dueOffset = Math.max(ctx.topic.periodDays, last + random.int(0, 42));
  const plan = { evidence: items, stages, closure: null, postClosure: null, reopened: null, fDays: ctx.fDays, meetFrom, dueOffset };
  let endOffset = last;
  if (fate === 'monitoring' || fate === 'closed' || fate === 'reopened') {
    const monitorFrom = Math.max(offsets[Math.max(0, meetFrom)] ?? last, stages[1].offset + 1);
    stages.push({ offset: monitorFrom, stage: 'monitoring', by: manager });
    const holds = fate === 'monitoring' && random.chance(0.25);
    if (fate !== 'monitoring' || holds) {
      const recommendedOn = Math.max(last, monitorFrom) + random.int(1, 6);
      const decidedOn = recommendedOn + random.int(2, 9);
      stages.push({ offset: recommendedOn, stage: 'recommended', by: manager });
      stages.push({ offset: decidedOn, stage: 'decided', by: ctx.approver });
      plan.closure = { recommendedBy: manager, recommendedOn, decidedBy: ctx.approver, decidedOn, decision: holds ? 'hold' : 'close', returnBy: decidedOn + 28 };
      endOffset = decidedOn;
      // The goal has held from the first of the measurements that meet it until the decision (v2 review_period).
      plan.heldDays = decidedOn - offsets[Math.max(0, meetFrom)];
    }
    if (plan.closure && !holds) {
      const reviewDue = plan.closure.decidedOn + random.int(56, 84);
      const reviewOn = reviewDue - random.int(0, 10);
      // An independent senior reviews, on an audit dated after the decision (v2 post-closure-review).
      const reviewer = ctx.reviewLead;
      const sustained = fate !== 'reopened';
      const audit = { type: 'audit', offset: reviewOn - random.int(1, 7), measurement: measurementFor(ctx.topic, ctx.topic.goal, 0, sustained ? 0 : 1, random), recordedBy: reviewer, attach: false };
      audit.finding = meetsGoal(ctx.topic, ctx.topic.goal, audit.measurement) ? 'supports' : 'concern';
      items.push(audit);
      plan.postClosure = { reviewDue, reviewOn, reviewBy: reviewer, result: sustained ? 'sustained' : 'deteriorated', audit };
      endOffset = Math.max(endOffset, reviewOn);
      if (fate === 'reopened') {
        stages.push({ offset: reviewOn, stage: 'reviewed', by: reviewer });
        const reopenOn = reviewOn + random.int(1, 4);
        stages.push({ offset: reopenOn, stage: 'reopened', by: manager });
        plan.reopened = { on: reopenOn, by: manager };
        endOffset = reopenOn;
      }
    }
  }
  const raised = placeOnCalendar(fate, endOffset, ctx.fDays, calendar, random);
  plan.raised = raised;
  plan.due = raised + dueOffset;
  for (const item of items) item.date = raised + item.offset;
  for (const stage of stages) stage.day = raised + stage.offset;
  if (plan.closure) {
    plan.closure.recommendedOn += raised;
    plan.closure.decidedOn += raised;
    plan.closure.returnBy += raised;
  }
  if (plan.postClosure) {
    plan.postClosure.reviewDue += raised;
    plan.postClosure.reviewOn += raised;
    if (plan.postClosure.reviewOn > calendar.end) plan.postClosure.reviewOn = null;
    else if (fate === 'closed') stages.push({ stage: 'reviewed', by: plan.postClosure.reviewBy, day: plan.postClosure.reviewOn });
  }
  if (plan.reopened) plan.reopened.on += raised;
  return plan;
}

/** Closed actions anywhere in the history; the rest still running at its end. */
function placeOnCalendar(fate, endOffset, fDays, { start, end }, random) {
  if (fate === 'closed') return random.int(start, Math.max(start, end - endOffset));
  return Math.max(start, end - endOffset - random.int(0, Math.floor(fDays * 0.9)));
}
